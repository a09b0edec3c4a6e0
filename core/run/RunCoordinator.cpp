// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "run/RunCoordinator.h"

#include "base/LogCategories.h"
#include "base/Message.h"
#include "config/EngineKind.h"
#include "engine/DatabaseEngine.h"
#include "engine/DumpTask.h"
#include "history/FleetClaims.h"
#include "history/History.h"
#include "hooks/HookResult.h"
#include "hooks/HookRunner.h"
#include "plan/Planner.h"
#include "retention/Pruner.h"
#include "run/DumpSizeCheck.h"
#include "run/DumpSlot.h"
#include "run/HookRunLog.h"
#include "system/HostIdentity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QTimer>

namespace larder {

struct RunCoordinator::Running
{
    JobConfig job;
    std::unique_ptr<DumpTask> task;
    bool taskStarted = false;
    std::unique_ptr<HookRunner> hook; // the hook running now, if any
    HistoryRecord record;
    JobEvent event; // the final event, once the dump (or before_dump) ended
    QElapsedTimer elapsed;
    ClaimKey claim;
    bool claimLost = false; // another host took the slot over: stopped, and never counted as its dump
};

namespace {

// What every hook of a job is told (README "Hooks" lists them).
QMap<QString, QString> jobVariables(const JobConfig& job, const QString& hook)
{
    return {
        {QStringLiteral("LARDER_HOOK"), hook},
        {QStringLiteral("LARDER_JOB"), job.name},
        {QStringLiteral("LARDER_SERVER"), job.server.name},
        {QStringLiteral("LARDER_DATABASE"), job.dbname},
        {QStringLiteral("LARDER_ENGINE"), engineKindName(job.server.engine)},
        {QStringLiteral("LARDER_JOB_DIR"), job.outputDirectory()},
    };
}

// A time another host reported, as this host's user reads it.
QString localTime(const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone::systemTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

RunCoordinator::RunCoordinator(DatabaseEngine& engine, History& history, PasswordLookup passwordLookup,
                               QObject* parent)
    : QObject(parent), m_engine(engine), m_history(history), m_passwordLookup(std::move(passwordLookup)),
      m_claims(std::make_unique<FleetClaims>(history)), m_heartbeat(new QTimer(this)),
      m_claimRetry(new QTimer(this))
{
    // Four renewals per lease: one lost to a slow or briefly unreachable history costs nothing.
    m_heartbeat->setInterval(m_claims->leaseSeconds() * 1000 / 4);
    connect(m_heartbeat, &QTimer::timeout, this, &RunCoordinator::renewClaims);
    m_claimRetry->setSingleShot(true);
    m_claimRetry->setInterval(FleetClaims::kAskAgainMs);
    connect(m_claimRetry, &QTimer::timeout, this, &RunCoordinator::startMore);
    // Another host's dump that ends may free a place this run waits for: ask at once.
    m_history.subscribeToChanges(this, [this] {
        if (m_active && m_claimRetry->isActive()) {
            m_claimRetry->stop();
            QTimer::singleShot(0, this, &RunCoordinator::startMore);
        }
    });
}

RunCoordinator::~RunCoordinator()
{
    for (const auto& running : std::as_const(m_running)) {
        if (running->hook)
            running->hook->disconnect(this); // its destructor kills the process group
        if (running->task && running->taskStarted) {
            running->task->disconnect(this);
            running->task->cancel();
        }
    }
}

void RunCoordinator::start(const QList<JobConfig>& jobs, Trigger trigger, int maxParallel)
{
    Q_ASSERT(!m_active);
    m_queue = jobs;
    m_trigger = trigger;
    m_maxParallel = qMax(1, maxParallel);
    m_cancelled = false;
    m_active = true;
    m_summary = RunSummary{};
    m_waitReasons.clear();
    // Keychain lookups may spin a local event loop: do them all now, before any dump runs, so no
    // task event can re-enter the scheduler halfway through a launch.
    m_passwords.clear();
    for (const JobConfig& job : std::as_const(m_queue)) {
        if (!m_passwords.contains(job.server.name))
            m_passwords.insert(job.server.name,
                               m_passwordLookup ? m_passwordLookup(job.server) : std::optional<QString>{});
    }
    for (const JobConfig& job : std::as_const(m_queue)) {
        JobEvent event;
        event.job = job.name;
        event.server = job.server.name;
        event.state = JobState::Queued;
        Q_EMIT jobChanged(event);
    }
    // Start from the event loop so that listeners connected after start() see everything.
    QTimer::singleShot(0, this, &RunCoordinator::startMore);
}

void RunCoordinator::cancel()
{
    if (!m_active || m_cancelled)
        return;
    m_cancelled = true;
    m_summary.cancelled = true;
    const QList<JobConfig> queued = std::exchange(m_queue, {});
    for (const JobConfig& job : queued) {
        JobEvent event;
        event.job = job.name;
        event.server = job.server.name;
        event.state = JobState::Cancelled;
        event.detail = tr("cancelled before it started");
        event.outcome.status = AttemptStatus::Cancelled;
        finishJob(event);
    }
    for (const auto& running : std::as_const(m_running)) {
        if (running->hook)
            running->hook->cancel(); // its end goes on as a failed hook
        else if (running->task && running->taskStarted)
            running->task->cancel();
    }
    QTimer::singleShot(0, this, &RunCoordinator::startMore);
}

bool RunCoordinator::isRunning() const
{
    return m_active;
}

int RunCoordinator::runningOn(const QString& server) const
{
    int count = 0;
    for (const auto& running : m_running)
        count += running->job.server.name == server ? 1 : 0;
    return count;
}

void RunCoordinator::startMore()
{
    if (!m_active)
        return;
    m_fleetFull.clear();
    for (int i = 0; i < m_queue.size() && m_running.size() < m_maxParallel;) {
        const JobConfig& job = m_queue.at(i);
        if (runningOn(job.server.name) >= job.server.maxParallel || m_fleetFull.contains(job.server.name)) {
            ++i;
            continue;
        }
        const JobConfig next = m_queue.takeAt(i);
        if (!claimAndLaunch(next))
            m_queue.insert(i++, next);
    }
    reportWaiting();
    if (!m_fleetFull.isEmpty() && !m_queue.isEmpty())
        m_claimRetry->start();
    if (m_queue.isEmpty() && m_running.isEmpty()) {
        m_active = false;
        m_heartbeat->stop();
        m_claimRetry->stop();
        stopWaiting();
        Q_EMIT runFinished(m_summary);
    }
}

void RunCoordinator::stopWaiting()
{
    if (const Result<void> stopped = m_claims->stopWaiting(); !stopped)
        qCWarning(lcRunner).noquote() << stopped.error().message; // others wait for it a few seconds
}

bool RunCoordinator::claimAndLaunch(const JobConfig& job)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString slot =
        DumpSlot::of(job, m_trigger, now, QTimeZone::systemTimeZone(), HostIdentity::current());
    const qint64 cap = Planner::backoffCapSeconds(job.schedule);
    const Result<ClaimAnswer> answer =
        m_claims->claim(job.name, job.server.name, job.server.maxParallel, slot, [&job, cap](int failures) {
            return Planner::backoffSeconds(job.retrySeconds, failures, cap);
        });
    if (!answer) {
        // Never a dump this host could not claim: another host may be making it.
        notStarted(job, now, answer.error().message);
        return true;
    }
    switch (answer->kind) {
    case ClaimAnswer::Kind::Granted:
        launch(job, answer->key);
        return true;
    case ClaimAnswer::Kind::ServerFull:
    case ClaimAnswer::Kind::Yielded:
        m_fleetFull.insert(job.server.name, *answer);
        return false;
    default:
        skip(job, *answer);
        return true;
    }
}

void RunCoordinator::skip(const JobConfig& job, const ClaimAnswer& answer)
{
    JobEvent event;
    event.job = job.name;
    event.server = job.server.name;
    event.state = JobState::Skipped;
    switch (answer.kind) {
    case ClaimAnswer::Kind::Done:
        event.detail = tr("host %1 dumped this slot at %2").arg(answer.host, localTime(answer.whenUtc));
        break;
    case ClaimAnswer::Kind::Busy:
        event.detail = tr("host %1 is dumping this slot").arg(answer.host);
        break;
    default:
        event.detail = tr("this slot failed on host %1; it is tried again from %2")
                           .arg(answer.host, localTime(answer.whenUtc));
        break;
    }
    qCInfo(lcRunner).noquote() << "job" << job.name << "skipped:" << event.detail;
    finishJob(event);
}

void RunCoordinator::notStarted(const JobConfig& job, const QDateTime& startedUtc, const QString& why)
{
    JobEvent event;
    event.job = job.name;
    event.server = job.server.name;
    event.startedUtc = startedUtc;
    event.state = JobState::Failed;
    event.detail = tr("not started: %1").arg(why);
    event.outcome.status = AttemptStatus::Failed;
    event.outcome.error = event.detail;
    qCWarning(lcRunner) << "job" << job.name << event.detail;
    finishJob(event);
}

void RunCoordinator::renewClaims()
{
    QList<ClaimKey> keys;
    for (const auto& running : std::as_const(m_running))
        keys.append(running->claim);
    if (keys.isEmpty()) {
        m_heartbeat->stop();
        return;
    }
    const Result<QList<ClaimKey>> lost = m_claims->renew(keys);
    if (!lost) {
        // The lease outlasts a few missed renewals; release() finds out whether it held.
        qCWarning(lcRunner).noquote() << lost.error().message;
        return;
    }
    for (const ClaimKey& key : *lost) {
        const std::shared_ptr<Running> running = m_running.value(key.job);
        if (!running || running->claimLost)
            continue;
        running->claimLost = true;
        Q_EMIT jobActivity(key.job,
                           tr("another host took this dump's slot over after this host's claim lapsed; "
                              "stopping it"),
                           true);
        if (running->hook)
            running->hook->cancel();
        else if (running->task && running->taskStarted)
            running->task->cancel();
    }
}

bool RunCoordinator::releaseClaim(Running& running)
{
    const Result<bool> released = m_claims->release(running.claim, running.record.status);
    if (!released) {
        // Unknown, not lost: the history could not be asked, and finishAttempt will say so too.
        qCWarning(lcRunner).noquote() << released.error().message;
        return true;
    }
    return *released && !running.claimLost;
}

void RunCoordinator::reportWaiting()
{
    for (const JobConfig& job : std::as_const(m_queue)) {
        const auto fleet = m_fleetFull.constFind(job.server.name);
        const QString reason =
            fleet != m_fleetFull.cend() ? fleetWaitReason(job, *fleet)
            : runningOn(job.server.name) >= job.server.maxParallel
                ? tr("waiting: server %1 is at its limit of %n dump(s) at once", nullptr,
                     job.server.maxParallel)
                      .arg(job.server.name)
                : tr("waiting: the run is at its limit of %n dump(s) at once", nullptr, m_maxParallel);
        if (m_waitReasons.value(job.name) == reason)
            continue;
        m_waitReasons.insert(job.name, reason);
        JobEvent event;
        event.job = job.name;
        event.server = job.server.name;
        event.state = JobState::Queued;
        event.detail = reason;
        Q_EMIT jobChanged(event);
    }
}

QString RunCoordinator::fleetWaitReason(const JobConfig& job, const ClaimAnswer& answer) const
{
    if (answer.kind == ClaimAnswer::Kind::Yielded) {
        return tr("waiting: server %1's next place goes to host %2, which has waited for it longer")
            .arg(job.server.name, answer.host);
    }
    return tr("waiting: server %1 is at its limit of %n dump(s) at once across the fleet (%2)", nullptr,
              job.server.maxParallel)
        .arg(job.server.name, answer.serverHosts.join(QStringLiteral(", ")));
}

void RunCoordinator::launch(const JobConfig& job, const ClaimKey& claim)
{
    m_waitReasons.remove(job.name);
    DumpRequest request;
    request.job = job;
    request.password = m_passwords.value(job.server.name);
    request.startedUtc = QDateTime::currentDateTimeUtc();

    auto running = std::make_shared<Running>();
    running->job = job;
    running->task = m_engine.createDump(request, nullptr);
    running->record.job = job.name;
    running->record.server = job.server.name;
    running->record.database = job.dbname;
    running->record.trigger = m_trigger;
    running->record.startedUtc = request.startedUtc;
    running->record.status = AttemptStatus::Running;
    running->record.path = running->task->finalPath();
    running->record.partialPath = running->task->partialPath();
    running->record.pid = QCoreApplication::applicationPid();
    running->claim = claim;

    JobEvent event;
    event.job = job.name;
    event.server = job.server.name;
    event.startedUtc = request.startedUtc;

    const Result<qint64> id = m_history.beginAttempt(running->record);
    if (!id) {
        // Best effort: the history just failed, and a lease left behind lapses on its own.
        (void)m_claims->release(claim, AttemptStatus::Cancelled);
        notStarted(job, request.startedUtc, id.error().message);
        return;
    }
    running->record.id = *id;
    if (const Result<void> attached = m_claims->attach(claim, *id); !attached)
        qCWarning(lcRunner).noquote() << attached.error().message;
    if (!m_heartbeat->isActive())
        m_heartbeat->start();

    DumpTask* task = running->task.get();
    const QString name = job.name;
    connect(task, &DumpTask::progress, this, [this, name](qint64 bytes) { Q_EMIT jobProgress(name, bytes); });
    connect(task, &DumpTask::activity, this,
            [this, name](const QString& line) { Q_EMIT jobActivity(name, line, false); });
    connect(task, &DumpTask::notice, this,
            [this, name](const QString& line) { Q_EMIT jobActivity(name, line, true); });
    connect(task, &DumpTask::stalled, this,
            [this, name](const QString& why) { Q_EMIT jobStalled(name, why); });
    connect(task, &DumpTask::finished, this,
            [this, name](const DumpOutcome& outcome) { onTaskFinished(name, outcome); });

    running->elapsed.start();
    m_running.insert(name, running);
    event.state = JobState::Running;
    event.detail = running->record.partialPath;
    qCDebug(lcRunner) << "starting" << name << "on" << job.server.name;
    Q_EMIT jobChanged(event);
    if (job.beforeDump.isEmpty()) {
        startTask(running);
        return;
    }
    runHook(running, QStringLiteral("before_dump"), job.beforeDump,
            jobVariables(job, QStringLiteral("before_dump")), [this, running](const HookResult& result) {
                if (result.ok && !m_cancelled)
                    startTask(running);
                else
                    failBeforeDump(running, result);
            });
}

void RunCoordinator::startTask(const std::shared_ptr<Running>& running)
{
    running->taskStarted = true;
    running->task->start();
}

void RunCoordinator::failBeforeDump(const std::shared_ptr<Running>& running, const HookResult& result)
{
    HistoryRecord& record = running->record;
    record.finishedUtc = QDateTime::currentDateTimeUtc();
    JobEvent& event = running->event;
    event.job = running->job.name;
    event.server = running->job.server.name;
    event.startedUtc = record.startedUtc;
    event.elapsedMs = running->elapsed.elapsed();
    Message error;
    if (m_cancelled) {
        record.status = AttemptStatus::Cancelled;
        error = Message::of<RunCoordinator>(QT_TR_NOOP("cancelled before the dump started"));
        event.state = JobState::Cancelled;
    } else {
        record.status = AttemptStatus::Failed;
        error = Message::of<RunCoordinator>(QT_TR_NOOP("before_dump failed, no dump was started: %1"))
                    .arg(result.message);
        event.state = JobState::Failed;
    }
    record.error = error.toString();
    record.storedError = error.serialize();
    event.detail = record.error;
    event.outcome.status = record.status;
    event.outcome.error = record.error;
    // The task never ran: it goes with the coordinator, as finished ones do.
    m_finishedTasks.push_back(std::move(running->task));
    runAfterHooks(running);
}

void RunCoordinator::onTaskFinished(const QString& job, const DumpOutcome& outcome)
{
    const std::shared_ptr<Running> running = m_running.value(job);
    if (!running || !running->task)
        return;

    HistoryRecord& record = running->record;
    record.status = outcome.status;
    record.finishedUtc = QDateTime::currentDateTimeUtc();
    record.bytes = outcome.bytes;
    if (!outcome.path.isEmpty())
        record.path = outcome.path;
    record.sha256 = outcome.sha256;
    record.pgDumpVersion = outcome.toolVersion;
    record.serverVersion = outcome.serverVersion;
    record.error = outcome.error;
    record.storedError = outcome.storedError;

    JobEvent& event = running->event;
    event.job = job;
    event.server = running->job.server.name;
    event.startedUtc = record.startedUtc;
    event.elapsedMs = running->elapsed.elapsed();
    event.outcome = outcome;
    switch (outcome.status) {
    case AttemptStatus::Success:
        event.state = JobState::Succeeded;
        break;
    case AttemptStatus::Cancelled:
        event.state = JobState::Cancelled;
        break;
    default:
        event.state = JobState::Failed;
        break;
    }
    event.detail = outcome.error;
    if (outcome.status == AttemptStatus::Success)
        checkSize(running->job, record, event);

    // The task is still inside its own signal: it goes with the coordinator.
    m_finishedTasks.push_back(std::move(running->task));
    runAfterHooks(running);
}

void RunCoordinator::runAfterHooks(const std::shared_ptr<Running>& running)
{
    const JobConfig& job = running->job;
    const HistoryRecord& attempt = running->record;
    if (running->event.state == JobState::Succeeded && !job.afterDump.isEmpty()) {
        QMap<QString, QString> variables = jobVariables(job, QStringLiteral("after_dump"));
        variables.insert(QStringLiteral("LARDER_STATUS"), QStringLiteral("success"));
        variables.insert(QStringLiteral("LARDER_DUMP_PATH"), attempt.path);
        variables.insert(QStringLiteral("LARDER_SHA256"), attempt.sha256);
        variables.insert(QStringLiteral("LARDER_BYTES"), QString::number(attempt.bytes));
        variables.insert(QStringLiteral("LARDER_WARNING"), attempt.warning);
        runHook(running, QStringLiteral("after_dump"), job.afterDump, variables,
                [this, running](const HookResult& result) {
                    if (!result.ok)
                        addAfterDumpWarning(*running, result);
                    record(running);
                });
        return;
    }
    if (running->event.state == JobState::Failed && !job.onFailure.isEmpty()) {
        QMap<QString, QString> variables = jobVariables(job, QStringLiteral("on_failure"));
        variables.insert(QStringLiteral("LARDER_STATUS"), QStringLiteral("failed"));
        variables.insert(QStringLiteral("LARDER_ERROR"), attempt.error);
        runHook(running, QStringLiteral("on_failure"), job.onFailure, variables,
                [this, running](const HookResult&) { record(running); });
        return;
    }
    record(running);
}

void RunCoordinator::addAfterDumpWarning(Running& running, const HookResult& result)
{
    // The dump is good and stays: the hook's failure is the attempt's warning, after a size warning.
    HistoryRecord& row = running.record;
    const Message warning =
        Message::of<RunCoordinator>(QT_TR_NOOP("after_dump failed: %1")).arg(result.message);
    const Message combined =
        row.storedWarning.isEmpty()
            ? warning
            : Message::fromStored(row.storedWarning).followedBy(QStringLiteral("\n")).followedBy(warning);
    row.storedWarning = combined.serialize();
    row.warning = combined.toString();
    running.event.warning = row.warning;
}

void RunCoordinator::runHook(const std::shared_ptr<Running>& running, const QString& hook,
                             const QStringList& argv, QMap<QString, QString> variables,
                             std::function<void(const HookResult&)> then)
{
    const QString name = running->job.name;
    running->hook =
        std::make_unique<HookRunner>(hook, argv, std::move(variables), running->job.hookTimeoutSeconds);
    HookRunner* runner = running->hook.get();
    connect(runner, &HookRunner::outputLine, this,
            [this, name](const QString& hookName, const QString& line) {
                Q_EMIT jobActivity(name, QStringLiteral("%1: %2").arg(hookName, line), false);
            });
    connect(runner, &HookRunner::finished, this,
            [this, name, running, then = std::move(then)](const HookResult& result) {
                if (!result.ok)
                    Q_EMIT jobActivity(name, result.error, true);
                HookRunLog::save(m_history, result, running->record.id, name);
                // Finished inside the runner's own signal: it is destroyed from the event loop.
                running->hook.release()->deleteLater();
                then(result);
            });
    runner->start();
}

void RunCoordinator::record(const std::shared_ptr<Running>& running)
{
    const QString job = running->job.name;
    HistoryRecord& attempt = running->record;
    JobEvent event = running->event;
    if (!releaseClaim(*running)) {
        // Fenced: a host that took the slot over dumps it; this attempt must not count as that dump.
        const Message why =
            Message::of<RunCoordinator>(
                QT_TR_NOOP(
                    "another host took this slot over after this host's claim lapsed (no renewal for %1 s); "
                    "this attempt does not count as the slot's dump"))
                .arg(m_claims->leaseSeconds());
        attempt.status = AttemptStatus::Interrupted;
        attempt.error = why.toString();
        attempt.storedError = why.serialize();
        event.state = JobState::Failed;
        event.detail = attempt.error;
        event.outcome.status = attempt.status;
        event.outcome.error = attempt.error;
        event.outcome.storedError = attempt.storedError;
        event.warning.clear();
    }
    const Result<void> saved = m_history.finishAttempt(attempt);
    if (!saved) {
        // The dump may be complete on disk, but a run that cannot record it must not look green.
        event.state = JobState::Failed;
        event.detail = tr("the dump finished but history could not record it: %1").arg(saved.error().message);
        event.outcome.error = event.detail;
        event.outcome.storedError.clear();
        event.warning.clear();
        qCWarning(lcRunner) << "job" << job << event.detail;
    } else if (attempt.status == AttemptStatus::Success && !event.outcome.tableCounts.isEmpty()) {
        // Without counts a test-restore still runs; it only cannot compare rows.
        if (const Result<void> counted = m_history.saveTableCounts(attempt.id, event.outcome.tableCounts);
            !counted)
            qCWarning(lcRunner).noquote() << "job" << job << counted.error().message;
    }

    m_running.remove(job);
    finishJob(event);
    // Only a fresh good dump makes older ones redundant; a failure never deletes anything.
    if (event.state == JobState::Succeeded)
        prune(running->job);
    startMore();
}

void RunCoordinator::checkSize(const JobConfig& job, HistoryRecord& record, JobEvent& event) const
{
    if (job.minSizeRatio <= 0.0)
        return;
    // This attempt is still 'running' in history: the sizes are those of the dumps before it.
    const Result<QList<qint64>> earlier = m_history.recentDumpSizes(job.name, DumpSizeCheck::kSamples);
    if (!earlier) {
        qCWarning(lcRunner).noquote() << "job" << job.name << "size not checked:" << earlier.error().message;
        return;
    }
    const std::optional<Message> warning = DumpSizeCheck::judge(record.bytes, *earlier, job.minSizeRatio);
    if (!warning)
        return;
    record.warning = warning->toString();
    record.storedWarning = warning->serialize();
    event.warning = record.warning;
    qCInfo(lcRunner).noquote() << "job" << job.name << record.warning;
}

void RunCoordinator::prune(const JobConfig& job)
{
    Pruner pruner(m_history, QTimeZone::systemTimeZone());
    const Result<Pruner::Report> report = pruner.prune(job, QDateTime::currentDateTimeUtc());
    if (!report) {
        qCInfo(lcRunner).noquote() << report.error().message;
        Q_EMIT jobPruned(job.name, {}, report.error().message);
        return;
    }
    Q_EMIT jobPruned(job.name, report->deletedDumps(), report->errors().join(QLatin1Char('\n')));
}

void RunCoordinator::finishJob(JobEvent event)
{
    m_summary.jobs.append(event);
    Q_EMIT jobChanged(event);
}

} // namespace larder
