#pragma once

#include "DumpFinalizer.h"
#include "DumpRequest.h"
#include "DumpTask.h"
#include "Error.h"
#include "PgDumpLocator.h"
#include "ServerInfo.h"
#include "SnapshotCounter.h"

#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace larder {

// One pg_dump run: probe and tool lookup on a worker thread, pg_dump as a child process that gets
// its connection (and password) only through its environment, then DumpFinalizer on a worker
// thread. Once pg_dump has exited successfully the dump is complete: cancel() no longer applies.
class PgDumpTask final : public DumpTask
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgDumpTask)

public:
    explicit PgDumpTask(DumpRequest request, QObject* parent = nullptr);
    ~PgDumpTask() override;

    void start() override;
    void cancel() override;
    QString partialPath() const override { return m_partialPath; }
    QString finalPath() const override { return m_finalPath; }

    // pg_dump's command line, without the connection (which travels in the environment).
    static QStringList pgDumpArguments(const JobConfig& job, const QString& outputPath);

private:
    enum class State { Created, Preparing, Dumping, Finalizing, Done };
    enum class StopReason { None, Cancelled, TimedOut };

    struct Preparation
    {
        std::optional<Error> error;
        ServerInfo server;
        PgDumpBinary binary;
    };

    void onPrepared(const Preparation& preparation);
    void startProcess();
    void onStderr();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void onTimeout();
    void onFinalized(const Result<FinalizedDump>& result);
    void emitProgress();
    void stopProcess(StopReason reason, int graceMs);
    void takeStderrLine(const QString& line);
    QString stderrSummary() const;
    QString removePartial();
    void fail(const QString& message, AttemptStatus status = AttemptStatus::Failed);
    void finish(DumpOutcome outcome);
    void onSnapshotReady(const QString& snapshotId);
    void onCountsFinished(const QList<TableCount>& counts, const QString& error);

    DumpRequest m_request;
    QString m_partialPath;
    QString m_finalPath;
    State m_state = State::Created;
    StopReason m_stopReason = StopReason::None;
    ServerInfo m_server;
    PgDumpBinary m_binary;
    QProcess* m_process = nullptr;
    QByteArray m_stderrBuffer;
    QStringList m_stderrTail;
    QTimer m_progressTimer;
    QTimer m_timeoutTimer;
    QTimer m_killTimer;
    qint64 m_lastProgress = -1;
    bool m_finishing = false;
    // Row counts in pg_dump's snapshot (jobs with a scheduled test_restore only).
    SnapshotCounter* m_counter = nullptr;
    QString m_snapshot;
    bool m_countsDone = false;
    QList<TableCount> m_counts;
    std::optional<DumpOutcome> m_pendingOutcome; // finalized, waiting for the counts
};

} // namespace larder
