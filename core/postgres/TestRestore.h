// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"
#include "config/JobConfig.h"
#include "engine/TestRestoreRequest.h"
#include "engine/TestRestoreTask.h"
#include "history/HistoryRecord.h"
#include "history/RestoreCheck.h"
#include "history/TableCount.h"
#include "postgres/PgSession.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcess>

#include <optional>

class QThread;

namespace larder {

// One test-restore: the dump is restored into a new scratch database on the job's restore_server,
// its rows are counted and compared with the counts recorded at dump time, and the scratch database
// is dropped again, also on failure. Nothing else on that server is touched: an existing database
// with the scratch name is refused. Asynchronous (libpq on worker threads, pg_restore/psql as child
// processes): start() returns at once and finished() is emitted exactly once.
class TestRestore final : public TestRestoreTask
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestRestore)

public:
    using Request = TestRestoreRequest;

    explicit TestRestore(Request request, QObject* parent = nullptr);
    // A scratch database still there is dropped before returning (blocking).
    ~TestRestore() override;

    // larder_verify_<job>_<yyyymmddhhmmss>: lower case, other characters than [a-z0-9_] become '_',
    // the job part shortened so that the name fits PostgreSQL's 63 bytes.
    static QString scratchDatabaseName(const QString& job, const QDateTime& startedUtc);
    // Whether pg_dump_args choose which tables' data is dumped (PgDumpOptions::selectsTables): then a
    // table counted at dump time may rightly be absent.
    static bool selectsTables(const QStringList& pgDumpArgs);

    void start() override;
    // Stops the restore; the scratch database is still dropped before finished().
    void cancel() override;
    QString scratchDatabase() const override { return m_check.scratchDatabase; }

private:
    void onTimeout() override;
    enum class Stage { Created, Creating, Restoring, Checking, Done };

    struct Prepared
    {
        std::optional<Message> error;
        bool created = false;
        QString toolPath;
        int serverVersion = 0;
    };
    struct Checked
    {
        Message countProblem; // non-empty: rows differ or could not be counted
        Message countSummary;
        QString dropProblem;
    };

    void onCreated(const Prepared& prepared);
    void startRestore();
    void onRestoreFinished(int exitCode, QProcess::ExitStatus status);
    void onRestoreError(QProcess::ProcessError error);
    void check(bool count);
    void onChecked(const Checked& checked);
    void runWorker(std::function<void()> work, std::function<void()> then);
    void complete(bool ok, const Message& detail);
    static Message joined(const QList<Message>& parts);
    // "1 row", "2 rows": %n counts in int, so a larger count is always plural.
    static Message rowCount(qint64 rows);
    // dumpedTables: the "schema table" pairs whose data the archive holds, when pg_dump_args select
    // tables; nullopt: everything counted was dumped.
    Message compareCounts(const QList<TableCount>& restored, const std::optional<QStringList>& dumpedTables,
                          Message* summary) const;

    Request m_request;
    RestoreCheck m_check;
    Stage m_stage = Stage::Created;
    QString m_toolPath;
    int m_serverVersion = 0;
    bool m_created = false;
    bool m_cancelled = false;
    Message m_restoreProblem;
    QProcess* m_gzip = nullptr;
    QProcess* m_restore = nullptr;
    QByteArray m_stderr;
    QElapsedTimer m_elapsed;
    QPointer<QThread> m_worker;
    Interrupt m_interrupt = makeInterrupt(); // stops the worker's statement and tools
};

} // namespace larder
