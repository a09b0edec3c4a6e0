// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "run/RunPipeline.h"

#include "base/LogCategories.h"
#include "base/Version.h"
#include "engine/DatabaseEngine.h"
#include "history/FleetClaims.h"
#include "history/History.h"
#include "hooks/HookResult.h"
#include "hooks/HookRunner.h"
#include "metrics/MetricsFile.h"
#include "notify/NotifyDispatcher.h"
#include "notify/NotifyEvent.h"
#include "plan/DatabaseDiscovery.h"
#include "plan/Planner.h"
#include "run/HookRunLog.h"
#include "run/RunCoordinator.h"
#include "run/RunPreparation.h"
#include "verify/TestRestoreQueue.h"

#include <QDateTime>
#include <QHash>
#include <QHostInfo>
#include <QPointer>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace larder {

RunPipeline::RunPipeline(DatabaseEngine& engine, History* history, PasswordLookup passwords, QObject* parent)
    : QObject(parent), m_engine(engine), m_history(history), m_passwords(std::move(passwords))
{}

RunPipeline::~RunPipeline()
{
    // The worker uses m_engine: it must end first. Discovery is bounded by the connect timeouts.
    if (m_discoveryThread) {
        m_discoveryThread->disconnect(this);
        m_discoveryThread->wait();
        delete m_discoveryThread;
        m_discoveryThread = nullptr;
    }
    // Its deliveries are aborted unrecorded: a finished run has waited for them already.
    m_notify.reset();
    // Cancels running dumps and test-restores while the history they write to still exists.
    if (m_coordinator)
        m_coordinator->disconnect(this);
    m_coordinator.reset();
    if (m_testRestores)
        m_testRestores->disconnect(this);
    m_testRestores.reset();
}

void RunPipeline::start(RunRequest request)
{
    Q_ASSERT(m_history || request.dryRun);
    m_request = std::move(request);
    m_loadedConfig = m_request.config;
    if (!m_request.dryRun && !m_request.config.notify.isEmpty()) {
        m_notify = std::make_unique<NotifyDispatcher>(m_request.config.notify, m_history);
        connect(m_notify.get(), &NotifyDispatcher::deliveryFailed, this,
                [this](const QString& message) { Q_EMIT notice(tr("WARNING: %1").arg(message), true); });
        connect(this, &RunPipeline::jobChanged, this, &RunPipeline::notifyJob);
    }
    prepare();
}

void RunPipeline::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_restores.clear();
    // Before the dumps, the next step sees m_cancelled.
    if (m_coordinator && m_coordinator->isRunning())
        m_coordinator->cancel();
    else if (m_testRestores && m_testRestores->isRunning())
        m_testRestores->cancel();
}

bool RunPipeline::isDumping() const
{
    return m_coordinator && m_coordinator->isRunning();
}

bool RunPipeline::isTestRestoring() const
{
    return m_testRestores && m_testRestores->isRunning();
}

void RunPipeline::prepare()
{
    // A dry run changes nothing, so it repairs nothing either.
    if (!m_request.dryRun) {
        const Result<QStringList> repaired = RunPreparation::recover(*m_history, m_request.config);
        if (!repaired) {
            finish(RunResult::Ending::Failed, repaired.error().message);
            return;
        }
        Q_EMIT recovered(*repaired);
    }
    if (m_history) {
        auto records = m_history->planHistory();
        if (!records) {
            finish(RunResult::Ending::Failed, records.error().message);
            return;
        }
        m_records = std::move(*records);
        // Seen by the fleet (`larder fleet`) at every run, whether or not anything is due; after the
        // reads, so a damaged history file is refused before anything is written to it.
        if (!m_request.dryRun) {
            if (const Result<void> seen = FleetClaims(*m_history).checkIn(version()); !seen) {
                finish(RunResult::Ending::Failed, seen.error().message);
                return;
            }
        }
    }
    if (DatabaseDiscovery::isNeeded(m_request.config))
        discover();
    else
        plan();
}

void RunPipeline::discover()
{
    // The password lookup may be the keychain, which works on the main thread only: look every
    // password up before the worker starts.
    QHash<QString, std::optional<QString>> passwords;
    for (const ServerConfig& server : std::as_const(m_request.config.servers)) {
        if (!server.discoverPatterns.isEmpty())
            passwords.insert(server.name, password(server));
    }
    if (m_cancelled) {
        finish(RunResult::Ending::Stopped);
        return;
    }

    auto outcome = std::make_shared<DatabaseDiscovery::Outcome>();
    DatabaseEngine* engine = &m_engine;
    QThread* thread = QThread::create([outcome, engine, passwords, config = m_request.config,
                                       historyJobs = m_records.lastSuccesses.keys()] {
        *outcome = DatabaseDiscovery::expand(
            config, *engine,
            [&passwords](const ServerConfig& server) { return passwords.value(server.name); }, historyJobs);
    });
    thread->setObjectName(QStringLiteral("larder-discovery"));
    m_discoveryThread = thread;
    connect(thread, &QThread::finished, this, [this, thread, outcome] {
        thread->deleteLater();
        m_discoveryThread = nullptr;
        onDiscovered(outcome->jobs, outcome->errors, outcome->warnings);
    });
    thread->start();
}

void RunPipeline::onDiscovered(const QList<JobConfig>& jobs, const QStringList& errors,
                               const QStringList& warnings)
{
    for (const QString& error : errors)
        Q_EMIT notice(error, true);
    for (const QString& warning : warnings)
        Q_EMIT notice(warning, false);
    // A server that could not be listed keeps no discovered jobs until it can be listed again, and
    // fails the run while every other job still runs.
    m_result.problems = errors + warnings;
    m_result.discoveryFailed = !errors.isEmpty();
    Q_EMIT discovered(jobs);
    if (m_cancelled) {
        finish(RunResult::Ending::Stopped);
        return;
    }

    QList<JobConfig> extra;
    for (const JobConfig& job : jobs) {
        if (!m_request.config.job(job.name))
            extra.append(job);
    }
    DatabaseDiscovery::apply(m_request.config, extra);
    if (!m_request.lenient) {
        if (const auto unknown = RunPreparation::unknownJob(m_request.config, m_request.names,
                                                            /*withDiscovered=*/true)) {
            finish(RunResult::Ending::UnknownJob, *unknown);
            return;
        }
    }
    plan();
}

void RunPipeline::plan()
{
    if (m_request.lenient) {
        for (const QString& name : std::as_const(m_request.names)) {
            if (!m_request.config.job(name))
                Q_EMIT notice(tr("%1 is not dumped: it is no longer a job of %2 (its database is gone, or "
                                 "the config changed)")
                                  .arg(name, m_request.config.path),
                              false);
        }
    }

    const QList<PlannedJob> everyJob = Planner::plan(
        m_request.config, m_records, QDateTime::currentDateTimeUtc(), QTimeZone::systemTimeZone());
    // A test-restore request dumps nothing.
    const QList<PlannedJob> selected = m_request.testRestoreNames.isEmpty()
                                           ? RunPreparation::select(everyJob, m_request.names, m_request.all)
                                           : QList<PlannedJob>();
    for (const QString& note : RunPreparation::disabledSkipped(everyJob, m_request.all))
        Q_EMIT notice(note, false);
    Q_EMIT planned(everyJob, selected);
    if (m_request.dryRun) {
        finish(RunResult::Ending::Planned);
        return;
    }

    if (!m_request.testRestoreNames.isEmpty()) {
        QList<JobConfig> requested;
        for (const QString& name : std::as_const(m_request.testRestoreNames)) {
            if (const JobConfig* job = m_request.config.job(name))
                requested.append(*job);
            else
                Q_EMIT notice(tr("%1 is not test-restored: it is no longer a job of %2")
                                  .arg(name, m_request.config.path),
                              true);
        }
        m_restores = requested;
        m_result.startedUtc = QDateTime::currentDateTimeUtc();
        startTestRestores();
        return;
    }

    const std::optional<QList<JobConfig>> restores = dueRestores(selected);
    if (!restores)
        return;
    if (selected.isEmpty() && restores->isEmpty()) {
        qCDebug(lcService) << "nothing to dump or test-restore";
        finish(RunResult::Ending::NothingDue);
        return;
    }
    if (m_cancelled) {
        finish(RunResult::Ending::Stopped);
        return;
    }
    m_restores = *restores;
    m_result.startedUtc = QDateTime::currentDateTimeUtc();
    if (selected.isEmpty())
        startTestRestores();
    else
        startDumps(selected);
}

std::optional<QList<JobConfig>> RunPipeline::dueRestores(const QList<PlannedJob>& selected)
{
    // Test-restores due now among the jobs this run covers (all of them for a scheduled check).
    auto due = TestRestoreQueue::due(m_request.config, m_request.all ? QStringList() : m_request.names,
                                     *m_history, QDateTime::currentDateTimeUtc());
    if (!due && !m_request.lenient) {
        finish(RunResult::Ending::Failed, due.error().message);
        return std::nullopt;
    }
    if (!due) {
        Q_EMIT notice(due.error().message, true);
        return QList<JobConfig>();
    }
    QList<JobConfig> restores = std::move(*due);
    if (m_request.lenient) {
        // A job with no successful dump before this run and none in it has nothing to restore: `larder
        // run` says so each time, a host that checks every minute would say it every minute.
        restores.erase(std::remove_if(restores.begin(), restores.end(),
                                      [&](const JobConfig& job) {
                                          return !m_records.lastSuccesses.contains(job.name) &&
                                                 std::none_of(selected.cbegin(), selected.cend(),
                                                              [&job](const PlannedJob& entry) {
                                                                  return entry.job.name == job.name;
                                                              });
                                      }),
                       restores.end());
    }
    return restores;
}

void RunPipeline::startDumps(const QList<PlannedJob>& selected)
{
    const QList<JobConfig> jobs = RunPreparation::jobsOf(selected);
    QStringList names;
    for (const JobConfig& job : jobs)
        names.append(job.name);

    m_coordinator = std::make_unique<RunCoordinator>(
        m_engine, *m_history, [this](const ServerConfig& server) { return password(server); });
    RunCoordinator* coordinator = m_coordinator.get();
    connect(coordinator, &RunCoordinator::jobChanged, this, &RunPipeline::jobChanged);
    connect(coordinator, &RunCoordinator::jobProgress, this, &RunPipeline::jobProgress);
    connect(coordinator, &RunCoordinator::jobActivity, this, &RunPipeline::jobActivity);
    connect(coordinator, &RunCoordinator::jobStalled, this, &RunPipeline::jobStalled);
    connect(coordinator, &RunCoordinator::jobPruned, this, &RunPipeline::jobPruned);
    connect(coordinator, &RunCoordinator::runFinished, this, &RunPipeline::onDumpsFinished);

    qCInfo(lcService) << "dumps started," << triggerName(m_request.trigger) << ":" << names;
    Q_EMIT dumpsStarted(names, m_request.trigger);
    coordinator->start(jobs, m_request.trigger, m_request.config.maxParallel);
    // cancel() from a dumpsStarted listener, or during start()'s keychain lookups.
    if (m_cancelled && coordinator->isRunning())
        coordinator->cancel();
}

void RunPipeline::onDumpsFinished(const RunSummary& summary)
{
    qCInfo(lcService) << "dumps finished:" << summary.succeeded() << "succeeded," << summary.failed()
                      << "failed" << (summary.cancelled ? "(cancelled)" : "");
    m_result.dumps = summary;
    Q_EMIT dumpsFinished(summary);
    // A stopped run skips its test-restores.
    if (summary.cancelled)
        m_restores.clear();
    startTestRestores();
}

void RunPipeline::startTestRestores()
{
    // One at a time after the dumps, so that they never compete with them.
    const QList<JobConfig> jobs = std::exchange(m_restores, {});
    if (jobs.isEmpty() || m_cancelled) {
        finish(RunResult::Ending::Ran);
        return;
    }
    m_testRestores = std::make_unique<TestRestoreQueue>(m_engine);
    TestRestoreQueue* queue = m_testRestores.get();
    connect(queue, &TestRestoreQueue::log, this, &RunPipeline::testRestoreLog);
    connect(queue, &TestRestoreQueue::checkStarted, this, &RunPipeline::testRestoreStarted);
    connect(queue, &TestRestoreQueue::checkFinished, this, &RunPipeline::testRestoreFinished);
    connect(queue, &TestRestoreQueue::finished, this, [this](const QList<RestoreCheck>& checks) {
        qCInfo(lcService) << "test-restores finished:" << checks.size() << "checked";
        m_result.restoreChecks = checks;
        finish(RunResult::Ending::Ran);
    });
    queue->start(
        jobs, *m_history, [this](const ServerConfig& server) { return password(server); },
        /*requireDump=*/!m_request.testRestoreNames.isEmpty());
}

void RunPipeline::finish(RunResult::Ending ending, const QString& error)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_result.ending = ending;
    m_result.error = error;
    if (ending == RunResult::Ending::Ran && !m_request.dryRun && !m_loadedConfig.afterRun.isEmpty() &&
        m_result.dumps && !m_result.dumps->jobs.isEmpty()) {
        runAfterRunHook([this] { finishNow(); });
        return;
    }
    finishNow();
}

void RunPipeline::runAfterRunHook(const std::function<void()>& then)
{
    const RunSummary& dumps = *m_result.dumps;
    QStringList failedJobs;
    for (const JobEvent& event : dumps.jobs) {
        if (event.state == JobState::Failed)
            failedJobs.append(event.job);
    }
    const bool failed = dumps.failed() > 0 || dumps.cancelled;
    const QMap<QString, QString> variables = {
        {QStringLiteral("LARDER_HOOK"), QStringLiteral("after_run")},
        {QStringLiteral("LARDER_STATUS"), failed ? QStringLiteral("failed") : QStringLiteral("ok")},
        {QStringLiteral("LARDER_JOBS"), QString::number(dumps.jobs.size())},
        {QStringLiteral("LARDER_SUCCEEDED"), QString::number(dumps.succeeded())},
        {QStringLiteral("LARDER_FAILED"), QString::number(dumps.failed())},
        {QStringLiteral("LARDER_WARNED"), QString::number(dumps.warned())},
        {QStringLiteral("LARDER_FAILED_JOBS"), failedJobs.join(QLatin1Char(' '))},
    };
    m_afterRun = std::make_unique<HookRunner>(QStringLiteral("after_run"), m_loadedConfig.afterRun, variables,
                                              m_loadedConfig.afterRunTimeoutSeconds);
    connect(m_afterRun.get(), &HookRunner::outputLine, this,
            [this](const QString& hook, const QString& line) {
                Q_EMIT notice(QStringLiteral("%1: %2").arg(hook, line), false);
            });
    connect(m_afterRun.get(), &HookRunner::finished, this, [this, then](const HookResult& result) {
        // A failing after_run is told, but the run's own outcome stays what its dumps made it.
        if (!result.ok)
            Q_EMIT notice(result.error, true);
        if (m_history)
            HookRunLog::save(*m_history, result, 0, QString());
        m_afterRun.release()->deleteLater();
        then();
    });
    m_afterRun->start();
}

void RunPipeline::finishNow()
{
    // After every run that may have changed history, before anyone hears of its end: a run started
    // from finished() must find the file already written.
    const bool metrics = !m_request.dryRun && m_history && !m_loadedConfig.metricsFile.isEmpty();
    const bool stale = m_notify && (m_result.ending == RunResult::Ending::Ran ||
                                    m_result.ending == RunResult::Ending::NothingDue);
    std::optional<PlanHistory> records;
    if (metrics || stale) {
        Result<PlanHistory> read = m_history->planHistory();
        if (read)
            records = std::move(*read);
        else
            qCWarning(lcService).noquote()
                << "cannot read the history for metrics and freshness:" << read.error().message;
    }
    if (metrics)
        writeMetrics(records ? &*records : nullptr);
    if (stale && records)
        notifyStale(*records);
    m_finished = true;
    const QPointer<RunPipeline> alive(this);
    Q_EMIT finished(m_result);
    if (!alive)
        return; // a listener deleted it: its notifications went with it
    // A listener may have dropped the notifications (abandonNotifications()).
    if (!m_notify) {
        settle();
        return;
    }
    // A cron run must not exit before its notifications are out, nor hang on a dead service.
    m_notify->whenIdle(NotifyDispatcher::kEndWaitMs, [this] { settle(); });
}

void RunPipeline::settle()
{
    if (m_settled)
        return;
    m_settled = true;
    Q_EMIT settled();
}

void RunPipeline::abandonNotifications()
{
    if (!m_notify)
        return;
    m_notify.reset();
    if (m_finished)
        settle();
}

void RunPipeline::notifyJob(const JobEvent& event)
{
    NotifyEvent notify;
    switch (event.state) {
    case JobState::Queued:
    case JobState::Cancelled:
    case JobState::Skipped: // another host's dump: that host tells of it
        return;
    case JobState::Running:
        notify.event = QStringLiteral("start");
        notify.status = QStringLiteral("running");
        break;
    case JobState::Succeeded:
        // NotifyMessages: a section without "warning" in `on` sees it as the success it also is.
        notify.event = event.warning.isEmpty() ? QStringLiteral("success") : QStringLiteral("warning");
        notify.status = QStringLiteral("success");
        notify.error = event.warning;
        notify.finishedUtc = QDateTime::currentDateTimeUtc();
        break;
    case JobState::Failed:
        notify.event = QStringLiteral("failure");
        notify.status = QStringLiteral("failed");
        notify.error = event.detail.isEmpty() ? event.outcome.error : event.detail;
        notify.finishedUtc = QDateTime::currentDateTimeUtc();
        break;
    }
    notify.job = event.job;
    notify.server = event.server;
    if (const auto server = m_request.config.servers.constFind(event.server);
        server != m_request.config.servers.cend())
        notify.engine = engineKindName(server->engine);
    notify.startedUtc = event.startedUtc;
    notify.durationMs = event.elapsedMs;
    notify.bytes = event.outcome.bytes;
    notify.path = event.outcome.path;
    notify.sha256 = event.outcome.sha256;
    notify.host = QHostInfo::localHostName();
    m_notify->dispatch(notify);
}

void RunPipeline::notifyStale(const PlanHistory& records)
{
    // After this run's dumps: the history now has their successes. The config with the discovered
    // jobs: this run knows them (metrics, like check --fresh, judge only the configured ones).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PlannedJob& entry :
         Planner::plan(m_request.config, records, now, QTimeZone::systemTimeZone())) {
        if (!entry.freshness.isStale())
            continue;
        NotifyEvent notify;
        notify.event = QStringLiteral("stale");
        notify.status = QStringLiteral("stale");
        notify.job = entry.job.name;
        notify.server = entry.job.server.name;
        notify.engine = engineKindName(entry.job.server.engine);
        notify.startedUtc = entry.lastSuccessUtc; // the newest success, if any
        notify.error = entry.freshness.describe();
        notify.host = QHostInfo::localHostName();
        m_notify->dispatch(notify);
    }
}

void RunPipeline::writeMetrics(const PlanHistory* records)
{
    const Result<void> written =
        MetricsFile::write(m_loadedConfig, *m_history, QDateTime::currentDateTimeUtc(), records);
    if (!written)
        qCWarning(lcMetrics).noquote() << written.error().message;
    else
        qCDebug(lcMetrics) << "wrote" << m_loadedConfig.metricsFile;
}

std::optional<QString> RunPipeline::password(const ServerConfig& server) const
{
    return m_passwords ? m_passwords(server) : std::nullopt;
}

} // namespace larder
