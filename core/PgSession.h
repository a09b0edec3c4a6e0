#pragma once

#include "Error.h"
#include "ServerConfig.h"
#include "TableCount.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_cancel;

namespace larder {

// One blocking libpq connection: probes, discovery, verification, test-restores and restores. Use it from one
// thread at a time (a worker thread, never the GUI thread); cancel() may be called from any thread.
class PgSession final
{
    Q_DECLARE_TR_FUNCTIONS(PgSession)
    Q_DISABLE_COPY_MOVE(PgSession)

public:
    ~PgSession();

    // Errors name the database and server and suggest a fix (password, address, settings).
    static Result<std::unique_ptr<PgSession>> connect(const ServerConfig& server, const QString& dbname,
                                                      const std::optional<QString>& password);

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
    PgSession(pg_conn* connection, QString where, std::optional<QString> password);
    QString lastError() const;

    pg_conn* m_connection = nullptr;
    pg_cancel* m_cancel = nullptr;
    QString m_where; // "database \"x\" on server (user@host:port)"
    std::optional<QString> m_password;
};

} // namespace larder
