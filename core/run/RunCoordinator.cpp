#include "run/RunCoordinator.h"

#include "base/LogCategories.h"
#include "engine/DatabaseEngine.h"
#include "engine/DumpTask.h"
#include "history/History.h"
#include "retention/Pruner.h"
#include "run/DumpSizeCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QTimer>

namespace larder {

struct RunCoordinator::Running
{
    JobConfig job;
    std::unique_ptr<DumpTask> task;
    HistoryRecord record;
    QElapsedTimer elapsed;
};

RunCoordinator::RunCoordinator(DatabaseEngine& engine, History& history, PasswordLookup passwordLookup,
                               QObject* parent)
    : QObject(parent), m_engine(engine), m_history(history), m_passwordLookup(std::move(passwordLookup))
{}

RunCoordinator::~RunCoordinator()
{
    for (const auto& running : std::as_const(m_running)) {
        running->task->disconnect(this);
        running->task->cancel();
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
    for (const auto& running : std::as_const(m_running))
        running->task->cancel();
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
    for (int i = 0; i < m_queue.size() && m_running.size() < m_maxParallel;) {
        const JobConfig& job = m_queue.at(i);
        if (runningOn(job.server.name) >= job.server.maxParallel) {
            ++i;
            continue;
        }
        launch(m_queue.takeAt(i));
    }
    reportWaiting();
    if (m_queue.isEmpty() && m_running.isEmpty()) {
        m_active = false;
        Q_EMIT runFinished(m_summary);
    }
}

void RunCoordinator::reportWaiting()
{
    for (const JobConfig& job : std::as_const(m_queue)) {
        const QString reason =
            runningOn(job.server.name) >= job.server.maxParallel
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

void RunCoordinator::launch(const JobConfig& job)
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

    JobEvent event;
    event.job = job.name;
    event.server = job.server.name;
    event.startedUtc = request.startedUtc;

    const Result<qint64> id = m_history.beginAttempt(running->record);
    if (!id) {
        event.state = JobState::Failed;
        event.detail = tr("not started: %1").arg(id.error().message);
        event.outcome.status = AttemptStatus::Failed;
        event.outcome.error = event.detail;
        qCWarning(lcRunner) << "job" << job.name << event.detail;
        finishJob(event);
        return;
    }
    running->record.id = *id;

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
    task->start();
}

void RunCoordinator::onTaskFinished(const QString& job, const DumpOutcome& outcome)
{
    const std::shared_ptr<Running> running = m_running.take(job);
    if (!running)
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

    JobEvent event;
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

    const Result<void> saved = m_history.finishAttempt(record);
    if (!saved) {
        // The dump may be complete on disk, but a run that cannot record it must not look green.
        event.state = JobState::Failed;
        event.detail = tr("the dump finished but history could not record it: %1").arg(saved.error().message);
        event.outcome.error = event.detail;
        event.outcome.storedError.clear();
        event.warning.clear();
        qCWarning(lcRunner) << "job" << job << event.detail;
    } else if (outcome.status == AttemptStatus::Success && !outcome.tableCounts.isEmpty()) {
        // Without counts a test-restore still runs; it only cannot compare rows.
        if (const Result<void> counted = m_history.saveTableCounts(record.id, outcome.tableCounts); !counted)
            qCWarning(lcRunner).noquote() << "job" << job << counted.error().message;
    }

    // The task is still inside its own signal: it goes with the coordinator.
    m_finishedTasks.push_back(std::move(running->task));
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
