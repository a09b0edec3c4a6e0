// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/JobConfig.h"
#include "config/PasswordLookup.h"
#include "history/PlanHistory.h"
#include "history/RestoreCheck.h"
#include "plan/PlannedJob.h"
#include "run/JobEvent.h"
#include "run/RunRequest.h"
#include "run/RunResult.h"
#include "run/RunSummary.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace larder {

class HookRunner;

class DatabaseEngine;
class History;
class NotifyDispatcher;
class RunCoordinator;
class TestRestoreQueue;

// One run, after its caller has taken the run lock: repairs what a killed run left, reads the last
// successes, lists the servers that discover databases (on a worker thread, so that the event loop
// never waits on a server), plans and selects the jobs, finds the due test-restores, runs the dumps
// (RunCoordinator) and then the test-restores one at a time (TestRestoreQueue), and reports each step
// as a signal; at the end it rewrites metrics_file. `larder run` and the desktop app's RunService both
// run this, so cron and the app choose, order and explain runs alike. Main thread only (the password lookup
// may be the keychain). One run per object.
class RunPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPipeline)

public:
    // engine and history must outlive this; history may be null only for a dry run.
    RunPipeline(DatabaseEngine& engine, History* history, PasswordLookup passwords,
                QObject* parent = nullptr);
    // Waits for a running discovery; cancels running dumps and test-restores (a test-restore drops
    // its scratch database first). No signals.
    ~RunPipeline() override;

    // Runs the steps up to the first that waits (discovery, the dumps or the test-restores) before
    // returning; so finished() may come before start() returns.
    void start(RunRequest request);
    // Stops the run at whatever step it is: before the dumps nothing starts; running dumps are
    // cancelled and the test-restores skipped; a running test-restore is stopped (its scratch
    // database still dropped) and the rest skipped. finished() follows.
    void cancel();
    bool isDumping() const;
    bool isTestRestoring() const;
    bool isFinished() const { return m_finished; }
    // Finished, and the notifications still in flight then were sent or given up.
    bool isSettled() const { return m_settled; }
    // Gives up the deliveries still in flight, unrecorded: the history is about to go (RunService
    // reopens it elsewhere). settled() follows at once when finished.
    void abandonNotifications();

Q_SIGNALS:
    // One line per attempt of a killed run that was repaired and recorded in history.
    void recovered(const QStringList& lines);
    // Something a person should read that is not a job's outcome: discovery's errors and warnings,
    // disabled jobs that --all skips, and (lenient) names that are no longer jobs.
    void notice(const QString& message, bool isError);
    // Discovery listed the servers: the discovered jobs (none for a server that could not be listed).
    void discovered(const QList<larder::JobConfig>& jobs);
    // Every job, and those that this run dumps in the order it starts them.
    void planned(const QList<larder::PlannedJob>& plan, const QList<larder::PlannedJob>& selected);
    void dumpsStarted(const QStringList& jobs, larder::Trigger trigger);
    void jobChanged(const larder::JobEvent& event);
    void jobProgress(const QString& job, qint64 bytesWritten);
    // notice: a line the user should read even without --verbose.
    void jobActivity(const QString& job, const QString& line, bool notice);
    // why the running dump writes nothing (DumpTask::stalled); empty once it grows again.
    void jobStalled(const QString& job, const QString& why);
    void jobPruned(const QString& job, const QStringList& deletedPaths, const QString& error);
    void dumpsFinished(const larder::RunSummary& summary);
    void testRestoreStarted(const QString& job, const QString& scratchDatabase);
    // A test-restore's line for a person, in `larder run`'s wording.
    void testRestoreLog(const QString& line, bool isFailure);
    void testRestoreFinished(const larder::RestoreCheck& check);
    // After the last step (metrics_file written, stale jobs handed to the notifications).
    void finished(const larder::RunResult& result);
    // After finished(), once the notifications still in flight were sent or given up (at most
    // NotifyDispatcher::kEndWaitMs later): a process must not exit before it (cron), a desktop app
    // need not wait for it to show the run's end.
    void settled();

private:
    void prepare();
    void discover();
    void onDiscovered(const QList<JobConfig>& jobs, const QStringList& errors, const QStringList& warnings);
    void plan();
    std::optional<QList<JobConfig>> dueRestores(const QList<PlannedJob>& selected);
    void startDumps(const QList<PlannedJob>& selected);
    void onDumpsFinished(const RunSummary& summary);
    void startTestRestores();
    void finish(RunResult::Ending ending, const QString& error = QString());
    // after_run, once, when the run dumped something; then finishing goes on.
    void runAfterRunHook(const std::function<void()>& then);
    void finishNow();
    void settle();
    // [notify.NAME]: a job's start and end, and at the run's end each stale job.
    void notifyJob(const JobEvent& event);
    // records: the history after this run's dumps, read once for both (a large history takes time).
    void notifyStale(const PlanHistory& records);
    // metrics_file, from history: a failure is a warning, never the run's.
    void writeMetrics(const PlanHistory* records);
    std::optional<QString> password(const ServerConfig& server) const;

    DatabaseEngine& m_engine;
    History* m_history;
    PasswordLookup m_passwords;
    RunRequest m_request;
    // The config as loaded, before discovery adds jobs to m_request's: what `larder metrics` reads
    // too, so that the file and the command agree.
    Config m_loadedConfig;
    PlanHistory m_records;
    QList<JobConfig> m_restores; // due, started after the dumps
    RunResult m_result;
    QThread* m_discoveryThread = nullptr;
    std::unique_ptr<RunCoordinator> m_coordinator;
    std::unique_ptr<TestRestoreQueue> m_testRestores;
    std::unique_ptr<HookRunner> m_afterRun;
    std::unique_ptr<NotifyDispatcher> m_notify; // only when the config has [notify.NAME] sections
    bool m_cancelled = false;
    bool m_finishing = false; // finish() ran: waiting for notifications still in flight
    bool m_finished = false;
    bool m_settled = false;
};

} // namespace larder
