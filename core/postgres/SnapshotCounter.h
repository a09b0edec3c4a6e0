// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "config/ServerConfig.h"
#include "history/TableCount.h"
#include "postgres/PgSession.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <optional>

class QThread;

namespace larder {

// Row counts in the very snapshot pg_dump reads: a REPEATABLE READ READ ONLY transaction exports
// its snapshot for `pg_dump --snapshot`, then counts every user table on a worker thread. The
// transaction stays open until release(): pg_dump must import the snapshot while it exists.
class SnapshotCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotCounter)

public:
    explicit SnapshotCounter(QObject* parent = nullptr);
    // Cancels and waits for the worker (a moment: a cancel request and a rollback).
    ~SnapshotCounter() override;

    void start(const ServerConfig& server, const QString& dbname, const std::optional<QString>& password);
    // pg_dump has exited: end the transaction once counting is done.
    void release();
    // Stop counting and end the transaction now; finished() reports an error.
    void cancel();

Q_SIGNALS:
    // Empty when no snapshot could be exported (the reason follows in finished()).
    void snapshotReady(const QString& snapshotId);
    // error empty: counts are complete.
    void finished(const QList<larder::TableCount>& counts, const QString& error);

private:
    void work(ServerConfig server, QString dbname, std::optional<QString> password);

    QThread* m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    Interrupt m_interrupt = makeInterrupt();
    bool m_released = false;
    bool m_cancelled = false;
};

} // namespace larder
