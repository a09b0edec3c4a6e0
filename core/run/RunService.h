// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "config/Config.h"
#include "config/ConfigIssue.h"
#include "config/PasswordLookup.h"
#include "history/HistoryRecord.h"
#include "history/RestoreCheck.h"
#include "plan/PlannedJob.h"
#include "run/JobEvent.h"
#include "run/RunRequest.h"
#include "run/RunResult.h"
#include "run/RunSummary.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class QFileSystemWatcher;

namespace larder {

class DatabaseEngine;
class History;
class RunPipeline;
class RunLock;

// A long-running host for runs (the GUI): keeps the config and history, runs due jobs while
// scheduling is on (checked every minute, and at once after the machine wakes up), and runs jobs on
// demand, through the same RunPipeline and the same RunLock as `larder run` from cron: whichever
// starts first runs; the other waits (lockBusy) and retries. The lock is held only during a run, so
// cron can run in between. History written by another process (cron) is noticed through the file
// system and reported as historyChanged. Main thread only; nothing here blocks the event loop for
// longer than a keychain lookup (discovery connects on a worker thread). Test-restores that are due
// (a job's test_restore schedule) run after the dumps, one at a time and still under the lock, as in
// `larder run`.
class RunService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunService)

public:
    // The engine of whoever runs (the desktop app shares its engine with the dialogs) and the OS
    // keychain.
    RunService(QString configPath, std::shared_ptr<DatabaseEngine> engine, QObject* parent = nullptr);
    // For tests: another engine or password lookup.
    RunService(QString configPath, std::shared_ptr<DatabaseEngine> engine, PasswordLookup passwords,
               QObject* parent = nullptr);
    // The engine it dumps through, for the desktop app's own work on dumps (verify, restore).
    std::shared_ptr<DatabaseEngine> engine() const { return m_engine; }
    // How it finds a server's password (the keychain's, in the desktop app): for the app's restores.
    const PasswordLookup& passwords() const { return m_passwords; }
    ~RunService() override;

    QString configPath() const { return m_configPath; }
    // Reads the config file. On failure the previous config stays in use and the issues are kept
    // (configIssues) and signalled; a valid config also reopens the history if its path changed.
    bool reload();
    const Config& config() const { return m_config; }
    bool hasConfig() const { return m_hasConfig; }
    QList<ConfigIssue> configIssues() const { return m_configIssues; }

    // Every job (configured and last discovered) with due / next due / last success, now.
    QList<PlannedJob> plan() const;
    // A configured or last discovered job by name, without planning (which reads history).
    std::optional<JobConfig> job(const QString& name) const;
    // The history store of the current config, for reading (nullptr if it could not be opened:
    // historyError() says why).
    History* history() const { return m_history.get(); }
    QString historyError() const { return m_historyError; }

    bool isScheduling() const { return m_scheduling; }
    // Pauses scheduling until resumeUtc (the tray's "for 1 hour", "until tomorrow"), judged by the wall
    // clock at each check, so a machine asleep past it resumes when it wakes; setScheduling() either
    // way ends the timed pause.
    void pauseUntil(const QDateTime& resumeUtc);
    // When a timed pause ends; invalid when scheduling runs or is paused with no end.
    QDateTime resumesAtUtc() const { return m_resumeUtc; }
    // Pause / resume the background schedule; resuming checks at once. The first check after
    // construction happens as soon as the event loop runs (unless scheduling was turned off by then).
    void setScheduling(bool enabled);
    void setCheckInterval(int milliseconds);     // default 60 s; tests shorten it
    void setLockRetryInterval(int milliseconds); // default 5 s; tests shorten it

    // Dumps the named jobs now (trigger manual); empty: every job. While a run is active the jobs
    // join a follow-up run that starts when it finishes. Unknown names are an error.
    Result<void> runNow(const QStringList& jobs);
    // Test-restores the job's newest dump now, as a scheduled test_restore would (recorded in history;
    // testRestoreFinished follows), in a run of its own after any dumps waiting. Unknown job: an error.
    Result<void> testRestoreNow(const QString& job);
    // Dumps what is due now, if no run is active (also what the timer does while scheduling).
    void runDue();
    // Cancels running dumps and test-restores (their scratch databases are still dropped) and drops
    // queued and follow-up jobs.
    void stop();
    // True from taking the lock until the run's dumps and test-restores have ended.
    bool isRunning() const;
    // Jobs waiting for the lock or for the current run to finish.
    QStringList pendingJobs() const;
    // Start of the next scheduled slot of any job (invalid if none): for "next at 02:30".
    QDateTime nextDueUtc() const;

Q_SIGNALS:
    void configReloaded();
    void configFailed(const QList<larder::ConfigIssue>& issues);
    void schedulingChanged(bool enabled);
    void runStarted(const QStringList& jobs, larder::Trigger trigger);
    void jobChanged(const larder::JobEvent& event);
    void jobProgress(const QString& job, qint64 bytesWritten);
    void jobActivity(const QString& job, const QString& line);
    // Why the running dump writes nothing; empty once it grows again (RunPipeline::jobStalled).
    void jobStalled(const QString& job, const QString& why);
    void jobPruned(const QString& job, const QStringList& deletedPaths, const QString& error);
    // After the dumps and the test-restores that followed them, once the lock is released.
    void runFinished(const larder::RunSummary& summary);
    // Any run ended, one of dumps, of test-restores or of both, and the lock is released.
    void runEnded();
    // A due test-restore of job's newest dump into scratchDatabase; one at a time, after the dumps
    // (or alone when a scheduled check finds only test-restores due). Its log lines come as notice.
    void testRestoreStarted(const QString& job, const QString& scratchDatabase);
    // Recorded in history (historyChanged follows); ok false: the restore or the row counts failed.
    void testRestoreFinished(const larder::RestoreCheck& check);
    // Another process (`larder run` from cron, another GUI) holds the lock; retried every few seconds
    // while jobs wait. The message names the holder.
    void lockBusy(const QString& message);
    // Something a person should read that is not a job's outcome: recovery of a killed run,
    // discovery errors and warnings, a history that cannot be opened.
    void notice(const QString& message, bool isError);
    // The history store changed (this process or another one wrote to it).
    void historyChanged();
    // A run (under the lock) is about to start: observers may follow pipeline's signals until its
    // finished(), which they see before this service does (the desktop app publishes its runs).
    void pipelineStarting(larder::RunPipeline* pipeline);
    // A run's discovery listed the servers again: plan() now holds the discovered jobs it found.
    void jobsDiscovered();
    // The plan after a burst of history, config or discovery changes has settled (half a second
    // after the last): planned once for every view that shows it, and only while one listens.
    void planSettled(const QList<larder::PlannedJob>& plan);

private:
    void init();
    void tick();
    // Starts a run of what is pending if none is active and the lock is free; else retries later.
    void startPending();
    // Runs request through a RunPipeline, whose signals this re-emits.
    void startRun(RunRequest request);
    void onPipelineFinished(const RunResult& result);
    // Releases the lock at the end of a run and reports its dumps (none: only test-restores ran).
    void finishRun(const std::optional<RunSummary>& dumps);
    // Releases the lock after a preparation that started no run, then serves what else is pending.
    void abandonRun();
    void openHistory();
    void watchFiles();
    void settlePlan();
    void onConfigFileEvent(const QString& path);
    void onHistoryFileEvent();
    Config configWithDiscovered() const;
    bool hasPending() const
    {
        return m_pendingAll || m_pendingDue || !m_pending.isEmpty() || !m_pendingTestRestores.isEmpty();
    }
    void clearPending();
    std::optional<QString> password(const ServerConfig& server);

    QString m_configPath;
    Config m_config;
    bool m_hasConfig = false;
    QList<ConfigIssue> m_configIssues;
    QList<JobConfig> m_discovered; // from the last discovery
    std::shared_ptr<DatabaseEngine> m_engine;
    PasswordLookup m_passwords;
    std::unique_ptr<History> m_history;
    QString m_historyError;
    bool m_reopenHistoryAfterRun = false; // the history path changed while a run used the old one
    std::unique_ptr<RunLock> m_lock;
    std::unique_ptr<RunPipeline> m_pipeline; // the current run, from taking the lock until it ends
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_tick;
    QTimer m_lockRetry;
    QTimer m_historyDebounce;
    QTimer m_planSettle; // planSettled once per burst of changes
    QTimer m_configDebounce;
    QDateTime m_lastTickUtc;
    QDateTime m_resumeUtc; // a timed pause's end
    bool m_configFileExisted = false;
    QDateTime m_configModified; // of the file last read, to ignore unrelated directory changes
    bool m_scheduling = true;
    QSet<QString> m_pending;             // manual jobs waiting for the lock or the current run
    QSet<QString> m_pendingTestRestores; // requested test-restores, likewise (after the dumps)
    bool m_pendingAll = false;
    bool m_pendingDue = false;
};

} // namespace larder
