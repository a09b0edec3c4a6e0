// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/JobConfig.h"
#include "config/PasswordLookup.h"
#include "history/ClaimAnswer.h"
#include "history/HistoryRecord.h"
#include "run/JobEvent.h"
#include "run/RunSummary.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace larder {

class DatabaseEngine;
class DumpTask;
class FleetClaims;
class History;
struct HookResult;

// Runs a list of jobs within the run-wide limit and each server's own limit, records every
// attempt in history, and reports what happens as signals. One job's failure never stops others.
// Each dump is claimed first (FleetClaims): hosts sharing a history dump each slot once, and a
// server's limit counts every host's dumps. A job another host has is skipped; one whose server is
// full across the fleet waits.
class RunCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCoordinator)

public:
    RunCoordinator(DatabaseEngine& engine, History& history, PasswordLookup passwordLookup,
                   QObject* parent = nullptr);
    ~RunCoordinator() override;

    // Jobs start in the order given (callers put the longest expected first).
    void start(const QList<JobConfig>& jobs, Trigger trigger, int maxParallel);
    // Cancels running dumps and drops queued ones; runFinished follows.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void jobChanged(const larder::JobEvent& event);
    void jobProgress(const QString& job, qint64 bytesWritten);
    // notice: a line the user should read even without --verbose (DumpTask::notice).
    void jobActivity(const QString& job, const QString& line, bool notice);
    // why the running dump writes nothing (DumpTask::stalled); empty once it grows again.
    void jobStalled(const QString& job, const QString& why);
    void runFinished(const larder::RunSummary& summary);
    // After each successful dump, retention ran for that job: the dumps it deleted (each with its
    // .sha256 sidecar) and what went wrong (empty if nothing). A prune error never fails the dump.
    void jobPruned(const QString& job, const QStringList& deletedPaths, const QString& error);

private:
    struct Running;

    void startMore();
    // Claims the job's slot and launches it, skips it, or leaves it queued (false: its server is
    // full across the fleet).
    bool claimAndLaunch(const JobConfig& job);
    void skip(const JobConfig& job, const ClaimAnswer& answer);
    void launch(const JobConfig& job, const ClaimKey& claim);
    // The waiting reason of a job whose server has no place for this host.
    QString fleetWaitReason(const JobConfig& job, const ClaimAnswer& answer) const;
    // The run is over: this host waits for no server any more.
    void stopWaiting();
    // Renews the running dumps' claims; a dump whose claim another host took over is stopped.
    void renewClaims();
    // Ends the attempt's claim; false when another host had taken it over (the attempt then counts
    // as interrupted, never as the slot's dump).
    bool releaseClaim(Running& running);
    // The job ends without a dump: why it could not start.
    void notStarted(const JobConfig& job, const QDateTime& startedUtc, const QString& why);
    // The dump itself, once before_dump (if any) succeeded.
    void startTask(const std::shared_ptr<Running>& running);
    void onTaskFinished(const QString& job, const larder::DumpOutcome& outcome);
    // before_dump failed (or the run was cancelled while it ran): the attempt fails, no dump started.
    void failBeforeDump(const std::shared_ptr<Running>& running, const HookResult& result);
    // after_dump for a success, on_failure for a failure, then record().
    void runAfterHooks(const std::shared_ptr<Running>& running);
    static void addAfterDumpWarning(Running& running, const HookResult& result);
    // The attempt's row, the job's event, retention, and the next jobs.
    void record(const std::shared_ptr<Running>& running);
    // Runs one hook of running's job; then() gets its result on the event loop. Its output lines are
    // the job's activity.
    void runHook(const std::shared_ptr<Running>& running, const QString& hook, const QStringList& argv,
                 QMap<QString, QString> variables, std::function<void(const HookResult&)> then);
    void finishJob(JobEvent event);
    void prune(const JobConfig& job);
    // A successful dump much smaller than the job's recent ones gets a warning (DumpSizeCheck), in
    // its history row and its event. A history that cannot be read only loses the check.
    void checkSize(const JobConfig& job, HistoryRecord& record, JobEvent& event) const;
    void reportWaiting();
    int runningOn(const QString& server) const;

    DatabaseEngine& m_engine;
    History& m_history;
    PasswordLookup m_passwordLookup;
    QList<JobConfig> m_queue;
    QHash<QString, std::shared_ptr<Running>> m_running; // by job name
    // Finished tasks, destroyed with the coordinator rather than by a deferred delete: a task
    // finishes inside its own signal, and `larder run` exits without returning to an event loop, so
    // a deleteLater() would never run the destructor that waits for the task's workers.
    std::vector<std::unique_ptr<DumpTask>> m_finishedTasks;
    QHash<QString, std::optional<QString>> m_passwords; // per server, looked up once at start
    QHash<QString, QString> m_waitReasons;              // last reason reported per queued job
    QHash<QString, ClaimAnswer> m_fleetFull; // per server this pass: why it has no place for this host
    std::unique_ptr<FleetClaims> m_claims;
    QTimer* m_heartbeat = nullptr;  // renews the running dumps' claims
    QTimer* m_claimRetry = nullptr; // tries the jobs of servers full across the fleet again
    Trigger m_trigger = Trigger::Schedule;
    int m_maxParallel = 1;
    bool m_cancelled = false;
    bool m_active = false;
    RunSummary m_summary;
};

} // namespace larder
