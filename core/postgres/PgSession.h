// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "base/Interrupt.h"
#include "config/ServerConfig.h"
#include "history/TableCount.h"
#include "postgres/PgConnection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_cancel;

namespace larder {

// One libpq connection: probes, discovery, row counts, test-restores and restores. Use it from one
// thread at a time (a worker thread, never the GUI thread). Every wait is bounded: connecting by the
// server's connect_timeout, each statement by the session's statement timeout (kDefaultStatementTimeoutMs
// unless set); and an Interrupt set from another thread ends either within a fraction of a second
// (the server is asked to cancel the statement).
class PgSession final
{
    Q_DECLARE_TR_FUNCTIONS(PgSession)
    Q_DISABLE_COPY_MOVE(PgSession)

public:
    // Catalog queries (a probe, discovery, a check before a restore) answer in milliseconds; a server
    // that takes longer is in trouble, and a run must not wait for it for ever.
    static constexpr int kDefaultStatementTimeoutMs = 60'000;
    // libpq's connect_timeout of 0 means "wait for ever": Larder's bound then.
    static constexpr int kMaxConnectMs = 120'000;

    ~PgSession();

    // Errors name the database and server and suggest a fix (password, address, settings).
    static Result<std::unique_ptr<PgSession>> connect(const PgConnection& connection,
                                                      Interrupt interrupt = {});
    static Result<std::unique_ptr<PgSession>> connect(const ServerConfig& server, const QString& dbname,
                                                      const std::optional<QString>& password,
                                                      Interrupt interrupt = {});

    // 0: no bound (only the Interrupt ends a statement).
    void setStatementTimeout(int milliseconds) { m_statementTimeoutMs = milliseconds; }
    int serverVersion() const;         // e.g. 150004
    QString serverVersionText() const; // e.g. "15.4"
    QString quoteIdentifier(const QString& name) const;
    QString quoteLiteral(const QString& text) const;
    // Rows of text values; parameters are passed separately ($1, $2, ...), never spliced in.
    Result<QList<QStringList>> query(const QString& sql, const QStringList& parameters = {});
    Result<void> execute(const QString& sql);
    // Rows of every ordinary table and partition leaf outside the system schemas, skipping tables
    // that belong to an extension (pg_dump does not dump their rows). Sorted by schema, table.
    Result<QList<TableCount>> countRows();
    // Asks the server to cancel the running statement; thread-safe.
    void cancel();

private:
    enum class Wait { Readable, Writable };
    enum class Stop { None, Interrupted, TimedOut };

    PgSession(pg_conn* connection, QString where, std::optional<QString> password, Interrupt interrupt);
    QString lastError() const;
    // Waits up to a slice for the socket; says why to stop waiting, if so.
    Stop waitForSocket(pg_conn* connection, Wait wait, const QDeadlineTimer& deadline,
                       bool interruptible = true) const;
    // Collects the statement's results once sent; the last error or the last rows.
    Result<QList<QStringList>> awaitResult(const QString& sql);
    QString stopMessage(Stop stop, const QString& sql) const;

    pg_conn* m_connection = nullptr;
    pg_cancel* m_cancel = nullptr;
    QString m_where; // "database \"x\" on server (user@host:port)"
    std::optional<QString> m_password;
    Interrupt m_interrupt;
    int m_statementTimeoutMs = kDefaultStatementTimeoutMs;
    bool m_broken = false; // a statement could not be ended: the connection is of no further use
};

} // namespace larder
