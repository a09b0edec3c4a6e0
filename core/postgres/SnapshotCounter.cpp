// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/SnapshotCounter.h"

#include "base/LogCategories.h"
#include "postgres/PgSession.h"

#include <QMutexLocker>
#include <QThread>

namespace larder {

SnapshotCounter::SnapshotCounter(QObject* parent) : QObject(parent) {}

SnapshotCounter::~SnapshotCounter()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SnapshotCounter::start(const ServerConfig& server, const QString& dbname,
                            const std::optional<QString>& password)
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, server, dbname, password] { work(server, dbname, password); });
    m_thread->start();
}

void SnapshotCounter::release()
{
    const QMutexLocker lock(&m_mutex);
    m_released = true;
    m_wake.wakeAll();
}

void SnapshotCounter::cancel()
{
    const QMutexLocker lock(&m_mutex);
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_interrupt->store(true); // also ends a connection attempt or statement in progress
    m_wake.wakeAll();
}

// On the worker thread. Results travel back queued; the destructor waits for this function, so
// `this` outlives every invokeMethod below.
void SnapshotCounter::work(ServerConfig server, QString dbname, std::optional<QString> password)
{
    const auto report = [this](const QString& snapshot, const Result<QList<TableCount>>& counts) {
        if (!snapshot.isNull())
            QMetaObject::invokeMethod(
                this, [this, snapshot] { Q_EMIT snapshotReady(snapshot); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            this,
            [this, counts] {
                Q_EMIT finished(counts ? *counts : QList<TableCount>{},
                                counts ? QString() : counts.error().message);
            },
            Qt::QueuedConnection);
    };

    auto connected = PgSession::connect(server, dbname, password, m_interrupt);
    if (!connected) {
        report(QStringLiteral(""), tl::unexpected(connected.error()));
        return;
    }
    std::unique_ptr<PgSession> session = std::move(*connected);
    auto snapshot =
        session->execute(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")).and_then([&] {
            return session->query(QStringLiteral("SELECT pg_export_snapshot()"));
        });
    if (!snapshot) {
        report(QStringLiteral(""), tl::unexpected(snapshot.error()));
        return;
    }
    const QString snapshotId = snapshot->value(0).value(0);
    QMetaObject::invokeMethod(
        this, [this, snapshotId] { Q_EMIT snapshotReady(snapshotId); }, Qt::QueuedConnection);

    // Bounded by the job's timeout instead, which PgDumpTask enforces by cancelling.
    session->setStatementTimeout(0);
    // A failing count must not abort the transaction: pg_dump may not have imported the snapshot yet.
    Result<QList<TableCount>> counts =
        session->execute(QStringLiteral("SAVEPOINT larder_count")).and_then([&] {
            return session->countRows();
        });
    if (!counts)
        (void)session->execute(QStringLiteral("ROLLBACK TO SAVEPOINT larder_count"));
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelled && counts)
            counts = makeError(tr("counting rows of database \"%1\" was cancelled").arg(dbname));
        while (!m_released && !m_cancelled)
            m_wake.wait(&m_mutex);
    }
    // After a cancel the statement is refused at once; closing the connection rolls back all the same.
    (void)session->execute(QStringLiteral("ROLLBACK"));
    session.reset();
    report(QString(), counts);
}

} // namespace larder
