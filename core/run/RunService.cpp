// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "run/RunService.h"

#include "base/LogCategories.h"
#include "config/toml/ConfigLoader.h"
#include "engine/DatabaseEngine.h"
#include "history/History.h"
#include "history/PlanHistory.h"
#include "history/RunLock.h"
#include "plan/DatabaseDiscovery.h"
#include "plan/Planner.h"
#include "run/RunPipeline.h"
#include "run/RunPreparation.h"
#include "system/CredentialStore.h"
#include "system/HostIdentity.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMetaMethod>
#include <QTimeZone>

#include <algorithm>

// Each run is a RunPipeline, as in `larder run`: due test-restores (test_restore = "...") run after
// the dumps, one at a time, under the same lock, so that they never compete with a dump and a cron
// run waits for them.

namespace larder {

namespace {

constexpr int kDefaultCheckMs = 60'000;
constexpr int kDefaultLockRetryMs = 5'000;
// Atomic saves and SQLite commits arrive as bursts of file events: one reaction per burst.
constexpr int kDebounceMs = 300;
constexpr int kPlanSettleMs = 500; // a run's jobs ending one after another are planned once

bool isFinal(JobState state)
{
    return state != JobState::Queued && state != JobState::Running;
}

} // namespace

RunService::RunService(QString configPath, std::shared_ptr<DatabaseEngine> engine, QObject* parent)
    : RunService(
          std::move(configPath), std::move(engine),
          [](const ServerConfig& server) { return CredentialStore().readPassword(server); }, parent)
{}

RunService::RunService(QString configPath, std::shared_ptr<DatabaseEngine> engine, PasswordLookup passwords,
                       QObject* parent)
    : QObject(parent), m_configPath(QFileInfo(configPath).absoluteFilePath()), m_engine(std::move(engine)),
      m_passwords(std::move(passwords))
{
    init();
}

RunService::~RunService()
{
    // Waits for a running discovery (it uses m_engine) and cancels running dumps and test-restores
    // while the history they write to still exists; a test-restore drops its scratch database first.
    if (m_pipeline)
        m_pipeline->disconnect(this);
    m_pipeline.reset();
    // Runs still sending their notifications, before the history they record into goes.
    qDeleteAll(findChildren<RunPipeline*>(Qt::FindDirectChildrenOnly));
}

void RunService::init()
{
    m_tick.setInterval(kDefaultCheckMs);
    connect(&m_tick, &QTimer::timeout, this, &RunService::tick);
    m_lockRetry.setSingleShot(true);
    m_lockRetry.setInterval(kDefaultLockRetryMs);
    connect(&m_lockRetry, &QTimer::timeout, this, &RunService::startPending);
    m_historyDebounce.setSingleShot(true);
    m_historyDebounce.setInterval(kDebounceMs);
    connect(&m_historyDebounce, &QTimer::timeout, this, &RunService::onHistoryFileEvent);
    m_planSettle.setSingleShot(true);
    m_planSettle.setInterval(kPlanSettleMs);
    connect(&m_planSettle, &QTimer::timeout, this, &RunService::settlePlan);
    for (const auto change :
         {&RunService::historyChanged, &RunService::configReloaded, &RunService::jobsDiscovered})
        connect(this, change, &m_planSettle, qOverload<>(&QTimer::start));
    m_configDebounce.setSingleShot(true);
    m_configDebounce.setInterval(kDebounceMs);
    connect(&m_configDebounce, &QTimer::timeout, this, [this] { onConfigFileEvent(m_configPath); });

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& path) {
        if (path == m_configPath)
            m_configDebounce.start();
        else
            m_historyDebounce.start();
    });
    // Only the config's directory is watched, and only while the file is missing: to see it appear.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this](const QString&) { m_configDebounce.start(); });

    reload();

    m_lastTickUtc = QDateTime::currentDateTimeUtc();
    if (m_scheduling)
        m_tick.start();
    // The first check waits for the event loop, so the owner can connect or pause scheduling first.
    QTimer::singleShot(0, this, &RunService::tick);
}

bool RunService::reload()
{
    ConfigLoader::LoadResult loaded = ConfigLoader::loadFile(m_configPath);
    const QFileInfo info(m_configPath);
    m_configFileExisted = info.exists();
    m_configModified = m_configFileExisted ? info.lastModified() : QDateTime();
    if (!loaded) {
        m_configIssues = loaded.error();
        qCWarning(lcService) << "config" << m_configPath << "has" << m_configIssues.size()
                             << "issue(s); keeping the previous config";
        watchFiles();
        Q_EMIT configFailed(m_configIssues);
        return false;
    }

    const QString oldHistoryPath = m_hasConfig ? m_config.historyPath : QString();
    m_config = std::move(*loaded);
    HostIdentity::set(m_config.hostId);
    m_hasConfig = true;
    m_configIssues.clear();
    // Discovered jobs stay until the next discovery, unless their server stopped discovering.
    m_discovered.erase(std::remove_if(m_discovered.begin(), m_discovered.end(),
                                      [this](const JobConfig& job) {
                                          const auto server = m_config.servers.constFind(job.server.name);
                                          return server == m_config.servers.cend() ||
                                                 server->discoverPatterns.isEmpty();
                                      }),
                       m_discovered.end());
    if (!m_history || m_config.historyPath != oldHistoryPath) {
        // The running coordinator writes to the open history: switch once it has finished.
        if (isRunning())
            m_reopenHistoryAfterRun = true;
        else
            openHistory();
    }
    watchFiles();
    qCInfo(lcService) << "read config" << m_configPath << "with" << m_config.jobs.size() << "job(s)";
    Q_EMIT configReloaded();
    return true;
}

Config RunService::configWithDiscovered() const
{
    Config config = m_config;
    QList<JobConfig> discovered;
    for (const JobConfig& job : m_discovered) {
        if (!config.job(job.name))
            discovered.append(job);
    }
    DatabaseDiscovery::apply(config, discovered);
    return config;
}

std::optional<JobConfig> RunService::job(const QString& name) const
{
    if (!m_hasConfig)
        return std::nullopt;
    // Expanded like plan()'s jobs: a discovered job inherits its pattern's settings.
    const Config config = configWithDiscovered();
    if (const JobConfig* found = config.job(name))
        return *found;
    return std::nullopt;
}

QList<PlannedJob> RunService::plan() const
{
    if (!m_hasConfig)
        return {};
    PlanHistory records;
    if (m_history) {
        if (auto read = m_history->planHistory(); read)
            records = std::move(*read);
        else
            qCWarning(lcService) << "cannot read the last successes and failures from" << m_history->path()
                                 << ":" << read.error().message;
    }
    return Planner::plan(configWithDiscovered(), records, QDateTime::currentDateTimeUtc(),
                         QTimeZone::systemTimeZone());
}

void RunService::settlePlan()
{
    // Planning reads history: not for nobody (the CLI's runs have no views).
    if (isSignalConnected(QMetaMethod::fromSignal(&RunService::planSettled)))
        Q_EMIT planSettled(plan());
}

void RunService::setScheduling(bool enabled)
{
    m_resumeUtc = QDateTime();
    if (enabled == m_scheduling)
        return;
    m_scheduling = enabled;
    if (enabled) {
        m_lastTickUtc = QDateTime::currentDateTimeUtc();
        m_tick.start();
        QTimer::singleShot(0, this, &RunService::tick);
    } else {
        m_tick.stop();
        m_pendingDue = false; // a scheduled check waiting for the lock; manual requests still run
    }
    qCInfo(lcService) << (enabled ? "scheduling resumed" : "scheduling paused");
    Q_EMIT schedulingChanged(enabled);
}

void RunService::pauseUntil(const QDateTime& resumeUtc)
{
    setScheduling(false);
    m_resumeUtc = resumeUtc;
    m_tick.start(); // to see when it ends
    qCInfo(lcService) << "scheduling paused until" << resumeUtc.toLocalTime().toString(Qt::ISODate);
    Q_EMIT schedulingChanged(false);
}

void RunService::setCheckInterval(int milliseconds)
{
    m_tick.setInterval(qMax(1, milliseconds));
}

void RunService::setLockRetryInterval(int milliseconds)
{
    m_lockRetry.setInterval(qMax(1, milliseconds));
}

void RunService::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_scheduling) {
        if (m_resumeUtc.isValid() && now >= m_resumeUtc)
            setScheduling(true);
        return;
    }
    // QTimer counts monotonic time, which stands still while the machine sleeps; the wall clock
    // does not. A large jump means slots may have passed unnoticed: say so, and check now.
    if (m_lastTickUtc.isValid() && m_lastTickUtc.msecsTo(now) > 2 * qint64(m_tick.interval()))
        qCInfo(lcService) << "the clock moved" << m_lastTickUtc.msecsTo(now) / 1000
                          << "s since the last check (the machine slept?): checking what is due now";
    m_lastTickUtc = now;
    runDue();
}

Result<void> RunService::runNow(const QStringList& jobs)
{
    if (!m_hasConfig)
        return makeError(
            tr("no job can run until the config %1 is valid: fix the issues it reports").arg(m_configPath));
    QStringList names = jobs;
    names.removeDuplicates();
    if (const auto unknown =
            RunPreparation::unknownJob(configWithDiscovered(), names, DatabaseDiscovery::isNeeded(m_config)))
        return makeError(*unknown);
    if (names.isEmpty())
        m_pendingAll = true;
    else
        m_pending.unite(QSet<QString>(names.cbegin(), names.cend()));
    startPending();
    return {};
}

Result<void> RunService::testRestoreNow(const QString& job)
{
    if (!m_hasConfig)
        return makeError(
            tr("no job can run until the config %1 is valid: fix the issues it reports").arg(m_configPath));
    // One copy, kept while found points into it.
    const Config config = configWithDiscovered();
    if (const auto unknown = RunPreparation::unknownJob(config, {job}, DatabaseDiscovery::isNeeded(m_config)))
        return makeError(*unknown);
    if (const JobConfig* found = config.job(job); found && found->kind == JobKind::Globals)
        return makeError(
            tr("%1 is a server's roles and tablespaces: test-restoring it would create them on the "
               "restore server, so larder does not")
                .arg(job));
    m_pendingTestRestores.insert(job);
    startPending();
    return {};
}

void RunService::runDue()
{
    if (isRunning() || !m_hasConfig)
        return;
    m_pendingDue = true;
    startPending();
}

void RunService::clearPending()
{
    m_pending.clear();
    m_pendingTestRestores.clear();
    m_pendingAll = false;
    m_pendingDue = false;
}

void RunService::stop()
{
    clearPending();
    m_lockRetry.stop();
    if (m_pipeline)
        m_pipeline->cancel();
}

bool RunService::isRunning() const
{
    return m_lock && m_lock->isLocked();
}

QStringList RunService::pendingJobs() const
{
    if (!hasPending())
        return {};
    QSet<QString> names = m_pending;
    const QList<PlannedJob> planned = plan();
    for (const PlannedJob& entry : planned) {
        if (m_pendingAll || (m_pendingDue && entry.due))
            names.insert(entry.job.name);
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

QDateTime RunService::nextDueUtc() const
{
    QDateTime next;
    const QList<PlannedJob> planned = plan();
    for (const PlannedJob& entry : planned) {
        if (entry.nextDueUtc.isValid() && (!next.isValid() || entry.nextDueUtc < next))
            next = entry.nextDueUtc;
    }
    return next;
}

void RunService::startPending()
{
    if (isRunning() || !hasPending())
        return;
    if (!m_hasConfig || !m_history) {
        if (m_hasConfig)
            Q_EMIT notice(tr("cannot run jobs: %1").arg(m_historyError), true);
        clearPending();
        return;
    }

    auto lock = std::make_unique<RunLock>(m_config.historyPath);
    if (const Result<void> locked = lock->tryLock(); !locked) {
        if (locked.error().kind != ErrorKind::Busy) {
            // Retrying cannot create a lock file that could not be created: report it once and
            // drop the requests, like a history that cannot be opened.
            m_lockRetry.stop();
            Q_EMIT notice(tr("cannot run jobs: %1").arg(locked.error().message), true);
            clearPending();
            return;
        }
        // Manual and scheduled requests alike wait for the holder (cron) and retry on this timer;
        // stop() or pausing the schedule drops them.
        qCInfo(lcService) << "run lock busy, retrying in" << m_lockRetry.interval()
                          << "ms:" << locked.error().message;
        m_lockRetry.start();
        Q_EMIT lockBusy(locked.error().message);
        return;
    }
    m_lockRetry.stop();
    m_lock = std::move(lock);

    // Manual requests first; a scheduled check waiting beside them runs as the follow-up.
    RunRequest request;
    request.config = m_config;
    request.lenient = true;
    if (m_pendingAll || !m_pending.isEmpty()) {
        request.trigger = Trigger::Manual;
        request.all = m_pendingAll;
        request.names = QStringList(m_pending.cbegin(), m_pending.cend());
        request.names.sort();
        m_pending.clear();
        m_pendingAll = false;
    } else if (!m_pendingTestRestores.isEmpty()) {
        request.trigger = Trigger::Manual;
        request.testRestoreNames = QStringList(m_pendingTestRestores.cbegin(), m_pendingTestRestores.cend());
        request.testRestoreNames.sort();
        m_pendingTestRestores.clear();
    } else {
        request.trigger = Trigger::Schedule;
        m_pendingDue = false;
    }
    startRun(std::move(request));
}

void RunService::startRun(RunRequest request)
{
    m_pipeline = std::make_unique<RunPipeline>(
        *m_engine, m_history.get(), [this](const ServerConfig& server) { return password(server); });
    RunPipeline* pipeline = m_pipeline.get();
    Q_EMIT pipelineStarting(pipeline);
    connect(pipeline, &RunPipeline::recovered, this, [this](const QStringList& lines) {
        for (const QString& line : lines)
            Q_EMIT notice(line, false);
        if (!lines.isEmpty())
            Q_EMIT historyChanged();
    });
    connect(pipeline, &RunPipeline::notice, this, &RunService::notice);
    connect(pipeline, &RunPipeline::discovered, this, [this](const QList<JobConfig>& jobs) {
        m_discovered = jobs;
        Q_EMIT jobsDiscovered();
    });
    connect(pipeline, &RunPipeline::dumpsStarted, this, [this](const QStringList& names, Trigger trigger) {
        qCInfo(lcService) << "run started," << triggerName(trigger) << ":" << names;
        Q_EMIT runStarted(names, trigger);
    });
    connect(pipeline, &RunPipeline::jobChanged, this, [this](const JobEvent& event) {
        Q_EMIT jobChanged(event);
        if (isFinal(event.state))
            Q_EMIT historyChanged();
    });
    connect(pipeline, &RunPipeline::jobProgress, this, &RunService::jobProgress);
    connect(pipeline, &RunPipeline::jobActivity, this, &RunService::jobActivity);
    connect(pipeline, &RunPipeline::jobStalled, this, &RunService::jobStalled);
    connect(pipeline, &RunPipeline::jobPruned, this, &RunService::jobPruned);
    connect(pipeline, &RunPipeline::testRestoreStarted, this, &RunService::testRestoreStarted);
    connect(pipeline, &RunPipeline::testRestoreLog, this, &RunService::notice);
    connect(pipeline, &RunPipeline::testRestoreFinished, this, [this](const RestoreCheck& check) {
        Q_EMIT testRestoreFinished(check);
        Q_EMIT historyChanged();
    });
    connect(pipeline, &RunPipeline::finished, this, &RunService::onPipelineFinished);
    pipeline->start(std::move(request));
}

void RunService::onPipelineFinished(const RunResult& result)
{
    // The run is over for whoever shows it; the pipeline lives on, as a child, until its
    // notifications are out. It may only be deleted once its own signal returns.
    RunPipeline* pipeline = m_pipeline.release();
    pipeline->disconnect(this);
    pipeline->setParent(this);
    if (pipeline->isSettled())
        pipeline->deleteLater();
    else
        connect(pipeline, &RunPipeline::settled, pipeline, &QObject::deleteLater);
    if (result.ending == RunResult::Ending::Failed)
        Q_EMIT notice(result.error, true);
    if (result.ending == RunResult::Ending::Ran)
        finishRun(result.dumps);
    else
        abandonRun();
}

void RunService::finishRun(const std::optional<RunSummary>& dumps)
{
    m_lock->unlock();
    m_lock.reset();
    if (std::exchange(m_reopenHistoryAfterRun, false)) {
        openHistory();
        watchFiles();
    }
    if (dumps) {
        qCInfo(lcService) << "run finished";
        Q_EMIT runFinished(*dumps);
    }
    Q_EMIT runEnded();
    startPending();
}

void RunService::abandonRun()
{
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    if (std::exchange(m_reopenHistoryAfterRun, false)) {
        openHistory();
        watchFiles();
    }
    // From the event loop: a failure that abandons every attempt must not recurse.
    QTimer::singleShot(0, this, &RunService::startPending);
}

void RunService::openHistory()
{
    // Finished runs still sending notifications record them into the history that goes now.
    for (RunPipeline* draining : findChildren<RunPipeline*>(Qt::FindDirectChildrenOnly))
        draining->abandonNotifications();
    m_history.reset();
    m_historyError.clear();
    Result<std::unique_ptr<History>> opened = History::open(m_config.historyPath);
    if (!opened) {
        m_historyError = opened.error().message;
        qCWarning(lcService) << "cannot open the history" << m_config.historyPath << ":" << m_historyError;
        // Later, so that the owner sees it even when this happens in the constructor.
        QTimer::singleShot(0, this, [this, message = m_historyError] { Q_EMIT notice(message, true); });
        return;
    }
    m_history = std::move(*opened);
    // A shared history changes under other hosts' runs too, and has no file to watch.
    m_history->subscribeToChanges(this, [this] { m_historyDebounce.start(); });
    QTimer::singleShot(0, this, &RunService::historyChanged);
}

void RunService::watchFiles()
{
    // Re-added every time: an atomic save replaces the config file's inode, and the watch on the
    // old one is gone or stale.
    if (const QStringList files = m_watcher->files(); !files.isEmpty())
        m_watcher->removePaths(files);
    if (const QStringList dirs = m_watcher->directories(); !dirs.isEmpty())
        m_watcher->removePaths(dirs);

    QStringList paths;
    if (QFileInfo::exists(m_configPath))
        paths.append(m_configPath);
    else if (const QString dir = QFileInfo(m_configPath).absolutePath(); QFileInfo(dir).isDir())
        paths.append(dir);
    if (m_history) {
        // Another process's commits land in the -wal file; checkpoints in the main file.
        for (const QString& path : {m_history->path(), m_history->path() + QStringLiteral("-wal")}) {
            if (QFileInfo::exists(path))
                paths.append(path);
        }
    }
    if (!paths.isEmpty()) {
        const QStringList failed = m_watcher->addPaths(paths);
        for (const QString& path : failed)
            qCWarning(lcService) << "cannot watch" << path
                                 << "for changes; restart to see changes made to it";
    }
}

void RunService::onConfigFileEvent(const QString& path)
{
    watchFiles();
    const QFileInfo info(path);
    // Directory events and our own reload() (after the GUI saved) leave the file as last read.
    if (info.exists() == m_configFileExisted && (!info.exists() || info.lastModified() == m_configModified))
        return;
    qCInfo(lcService) << "config" << path << "changed on disk: reading it again";
    reload();
}

void RunService::onHistoryFileEvent()
{
    watchFiles();
    Q_EMIT historyChanged();
}

std::optional<QString> RunService::password(const ServerConfig& server)
{
    return m_passwords ? m_passwords(server) : std::nullopt;
}

} // namespace larder
