// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// RunService, the desktop app's host for runs, against a real cluster with real pg_dump and a real
// history file: runs on demand and on schedule, the run lock shared with cron, follow-up runs,
// cancellation, and reacting to the config and history files changing on disk.

#include "BackupFixture.h"
#include "JobDumpFiles.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "history/History.h"
#include "history/RestoreCheck.h"
#include "history/RunLock.h"
#include "postgres/PostgresEngine.h"
#include "run/RunService.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace larder;

namespace {

constexpr int kRunTimeoutMs = 60'000;

QList<JobEvent> eventsOf(const QSignalSpy& spy, const QString& job)
{
    QList<JobEvent> events;
    for (const QList<QVariant>& arguments : spy) {
        const auto event = arguments.first().value<JobEvent>();
        if (event.job == job)
            events.append(event);
    }
    return events;
}

// What `larder run` from cron does to the same history file: one failed attempt of alpha on main.
Result<HistoryRecord> writeCronFailure(History& history)
{
    HistoryRecord record;
    record.job = QStringLiteral("alpha");
    record.server = QStringLiteral("main");
    record.database = QStringLiteral("alpha");
    record.pid = 4242;
    const auto id = history.beginAttempt(record);
    if (!id)
        return tl::unexpected(id.error());
    record.id = *id;
    record.status = AttemptStatus::Failed;
    record.error = QStringLiteral("cron's failure");
    record.finishedUtc = QDateTime::currentDateTimeUtc();
    if (const auto finished = history.finishAttempt(record); !finished)
        return tl::unexpected(finished.error());
    return record;
}

QList<JobState> statesOf(const QList<JobEvent>& events)
{
    QList<JobState> states;
    for (const JobEvent& event : events)
        states.append(event.state);
    return states;
}

} // namespace

class TestRunService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void runNow_dumpsTheJobAndRecordsItInHistory();
    void pauseUntil_resumesByItselfUnlessPausedOrResumedMeanwhile();
    void runDue_dumpsOnlyTheDueJobs();
    void scheduling_dumpsRepeatedlyUntilPaused();
    void scheduling_aFailedJobWaitsForItsBackoffButRunsWhenNamed();
    void lockHeldElsewhere_isReportedAndTheRunStartsOnceItIsFree();
    void runNowDuringARun_startsAFollowUpRun();
    void unknownJob_isAnErrorNamingTheKnownJobs();
    void stop_cancelsTheRunningDumpAndLeavesNoDump();
    void anotherWriterToHistory_isReportedAsHistoryChanged();
    void burstOfHistoryChanges_isPlannedOnceForEveryView();
    void configRewritten_isReloadedAndPlanned();
    void invalidConfig_isReportedAndTheOldConfigStays();
    void wrongPassword_failsWithTheServersError();
    void discovery_listsOffTheMainThreadAndItsJobsRunByName();
    void testRestoreDue_runsAfterTheDumpUnderTheLockAndDropsItsScratchDatabase();
    void testRestoreOnARefusingServer_finishesWithTheError();

private:
    // [defaults] and [servers.main], then the given sections.
    void writeConfig(const QString& databases);
    std::unique_ptr<RunService> makeService(const QString& password = QString());
    QStringList dumpsOf(const QString& job) const { return JobDumpFiles::of(m_dumpDir, job); }

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_history;
    QString m_dumpDir;
};

void TestRunService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Only the service's password lookup may authenticate: no ~/.pgpass, no PG* from the caller.
    BackupFixture::isolateFromPgEnvironment();

    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    for (const char* db : {"alpha", "beta", "gamma"}) {
        auto made = BackupFixture::createFilledDatabase(*m_cluster, QLatin1String(db), m_cluster->superuser(),
                                                        QStringLiteral("t"), 1000);
        QVERIFY_RESULT(made);
    }
}

void TestRunService::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-runservice-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    m_history = m_dir->filePath(QStringLiteral("history.sqlite"));
    m_dumpDir = m_dir->filePath(QStringLiteral("dumps"));
}

void TestRunService::cleanup()
{
    m_dir.reset();
}

void TestRunService::writeConfig(const QString& databases)
{
    // Atomically, as the GUI's editor saves: the watcher must survive the file being replaced.
    const QString text = BackupFixture::configHead(m_dumpDir, m_history, QStringLiteral("manual"),
                                                   m_cluster->port(), QStringLiteral("postgres")) +
                         QStringLiteral("\n") + databases;
    auto written = BackupFixture::writeFileAtomically(m_config, text.toUtf8());
    QVERIFY_RESULT(written);
}

std::unique_ptr<RunService> TestRunService::makeService(const QString& password)
{
    const QString secret = password.isEmpty() ? m_cluster->superPassword() : password;
    auto service = std::make_unique<RunService>(
        m_config, std::make_unique<PostgresEngine>(),
        [secret](const ServerConfig&) { return std::optional<QString>(secret); });
    // Tests start runs themselves unless they test the schedule.
    service->setScheduling(false);
    return service;
}

void TestRunService::runNow_dumpsTheJobAndRecordsItInHistory()
{
    writeConfig(QStringLiteral("[databases.alpha]\nserver = \"main\"\n"));
    auto service = makeService();
    QVERIFY2(
        service->hasConfig(),
        qPrintable(service->configIssues().isEmpty() ? QString() : service->configIssues().first().message));
    QVERIFY(service->history());
    QSignalSpy started(service.get(), &RunService::runStarted);
    QSignalSpy changed(service.get(), &RunService::jobChanged);
    QSignalSpy finished(service.get(), &RunService::runFinished);
    QSignalSpy historyChanged(service.get(), &RunService::historyChanged);

    const auto ran = service->runNow({QStringLiteral("alpha")});
    QVERIFY_RESULT(ran);
    QVERIFY(service->isRunning());
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toStringList(), QStringList{QStringLiteral("alpha")});
    QCOMPARE(started.first().at(1).value<Trigger>(), Trigger::Manual);
    QVERIFY(finished.wait(kRunTimeoutMs));
    QVERIFY(!service->isRunning());

    const QList<JobEvent> events = eventsOf(changed, QStringLiteral("alpha"));
    const QList<JobState> states = statesOf(events);
    QVERIFY2(states.contains(JobState::Running), qPrintable(jobStateName(states.last())));
    QCOMPARE(states.last(), JobState::Succeeded);
    QVERIFY(states.indexOf(JobState::Running) < states.indexOf(JobState::Succeeded));
    const QString path = events.last().outcome.path;
    QVERIFY2(QFileInfo(path).isFile() && QFileInfo(path).size() > 0, qPrintable(path));
    QVERIFY(path.startsWith(m_dumpDir));
    QVERIFY(historyChanged.size() >= 1);

    const auto rows = service->history()->attempts(QStringLiteral("alpha"), 0);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().status, AttemptStatus::Success);
    QCOMPARE(rows->first().trigger, Trigger::Manual);
    QCOMPARE(rows->first().path, path);
    QVERIFY(!QFileInfo::exists(m_history + QStringLiteral(".lock")));
}

void TestRunService::runDue_dumpsOnlyTheDueJobs()
{
    writeConfig(QStringLiteral("[databases.alpha]\nserver = \"main\"\nschedule = \"always\"\n\n"
                               "[databases.beta]\nserver = \"main\"\n"));
    auto service = makeService();
    QSignalSpy started(service.get(), &RunService::runStarted);
    QSignalSpy finished(service.get(), &RunService::runFinished);

    service->runDue();
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toStringList(), QStringList{QStringLiteral("alpha")});
    QCOMPARE(started.first().at(1).value<Trigger>(), Trigger::Schedule);
    const auto summary = finished.first().first().value<RunSummary>();
    QCOMPARE(summary.jobs.size(), 1);
    QCOMPARE(summary.succeeded(), 1);
    QCOMPARE(dumpsOf(QStringLiteral("alpha")).size(), 1);
    QVERIFY(dumpsOf(QStringLiteral("beta")).isEmpty());
    const auto rows = service->history()->attempts(QStringLiteral("alpha"), 0);
    QVERIFY(rows);
    QCOMPARE(rows->first().trigger, Trigger::Schedule);
}

void TestRunService::scheduling_aFailedJobWaitsForItsBackoffButRunsWhenNamed()
{
    // Before the backoff, each check (every minute in the app) tried the missing database again.
    writeConfig(QStringLiteral("[databases.gone]\nserver = \"main\"\ndbname = \"no_such_db\"\n"
                               "schedule = \"always\"\n"));
    auto service = makeService();
    QSignalSpy started(service.get(), &RunService::runStarted);
    QSignalSpy finished(service.get(), &RunService::runFinished);
    service->setCheckInterval(100);
    service->setScheduling(true);
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(finished.first().first().value<RunSummary>().failed(), 1);
    QTest::qWait(1500); // a dozen checks
    QCOMPARE(started.size(), 1);
    const QList<PlannedJob> planned = service->plan();
    QCOMPARE(planned.size(), 1);
    QVERIFY(!planned.first().due);
    QVERIFY2(planned.first().reason.contains(QLatin1String("retrying after failure at")),
             qPrintable(planned.first().reason));

    QVERIFY(service->runNow({QStringLiteral("gone")}));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, kRunTimeoutMs);
    QCOMPARE(started.last().at(1).value<Trigger>(), Trigger::Manual);
    service->setScheduling(false);
}

void TestRunService::scheduling_dumpsRepeatedlyUntilPaused()
{
    writeConfig(QStringLiteral("[databases.alpha]\nserver = \"main\"\nschedule = \"always\"\n"));
    auto service = makeService();
    QSignalSpy scheduling(service.get(), &RunService::schedulingChanged);
    QSignalSpy started(service.get(), &RunService::runStarted);
    QSignalSpy finished(service.get(), &RunService::runFinished);
    // Paused since construction: nothing may have run.
    QTest::qWait(500);
    QCOMPARE(started.size(), 0);

    service->setCheckInterval(200);
    service->setScheduling(true);
    QCOMPARE(scheduling.size(), 1);
    QCOMPARE(scheduling.first().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 3 * kRunTimeoutMs);

    service->setScheduling(false);
    QCOMPARE(scheduling.size(), 2);
    QCOMPARE(scheduling.last().first().toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(!service->isRunning(), kRunTimeoutMs);
    const qsizetype runs = started.size();
    QTest::qWait(1000);
    QCOMPARE(started.size(), runs);
    QCOMPARE(finished.size(), runs);

    const auto rows = service->history()->attempts(QStringLiteral("alpha"), 0);
    QVERIFY(rows);
    QCOMPARE(rows->size(), runs);
    for (const HistoryRecord& row : *rows)
        QCOMPARE(row.status, AttemptStatus::Success);
}

// The tray's "Pause for 1 hour": scheduling resumes by itself when the time has come, and a plain
// pause or resume in between ends the timed one.
void TestRunService::pauseUntil_resumesByItselfUnlessPausedOrResumedMeanwhile()
{
    writeConfig(QStringLiteral("[databases.alpha]\nserver = \"main\"\nschedule = \"manual\"\n"));
    auto service = makeService();
    service->setCheckInterval(50);
    service->setScheduling(true);
    QSignalSpy scheduling(service.get(), &RunService::schedulingChanged);

    const QDateTime resume = QDateTime::currentDateTimeUtc().addMSecs(400);
    service->pauseUntil(resume);
    QVERIFY(!service->isScheduling());
    QCOMPARE(service->resumesAtUtc(), resume);
    QCOMPARE(scheduling.size(), 2); // paused, then told when it ends
    QTRY_VERIFY_WITH_TIMEOUT(service->isScheduling(), 5'000);
    QVERIFY(QDateTime::currentDateTimeUtc() >= resume);
    QVERIFY(!service->resumesAtUtc().isValid());

    service->pauseUntil(QDateTime::currentDateTimeUtc().addMSecs(300));
    service->setScheduling(false); // paused with no end: the timed one is over
    QVERIFY(!service->resumesAtUtc().isValid());
    QTest::qWait(800);
    QVERIFY(!service->isScheduling());
}

void TestRunService::lockHeldElsewhere_isReportedAndTheRunStartsOnceItIsFree()
{
    writeConfig(QStringLiteral("[databases.alpha]\nserver = \"main\"\n"));
    auto service = makeService();
    service->setLockRetryInterval(200);
    QSignalSpy busy(service.get(), &RunService::lockBusy);
    QSignalSpy started(service.get(), &RunService::runStarted);
    QSignalSpy finished(service.get(), &RunService::runFinished);

    // What a `larder run` from cron holds while it dumps.
    RunLock cron(m_history);
    QVERIFY(cron.tryLock());
    QVERIFY(service->runNow({QStringLiteral("alpha")}));
    QCOMPARE(busy.size(), 1);
    const QString message = busy.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
             qPrintable(message));
    QVERIFY(!service->isRunning());
    QCOMPARE(service->pendingJobs(), QStringList{QStringLiteral("alpha")});
    QTRY_VERIFY_WITH_TIMEOUT(busy.size() >= 3, 10'000); // it keeps retrying
    QCOMPARE(started.size(), 0);

    cron.unlock();
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(started.size(), 1);
    QVERIFY(service->pendingJobs().isEmpty());
    QCOMPARE(finished.first().first().value<RunSummary>().succeeded(), 1);
    QCOMPARE(dumpsOf(QStringLiteral("alpha")).size(), 1);
    // Retrying stopped with the run.
    const qsizetype reports = busy.size();
    QTest::qWait(600);
    QCOMPARE(busy.size(), reports);
}

void TestRunService::runNowDuringARun_startsAFollowUpRun()
{
    writeConfig(
        QStringLiteral("[databases.alpha]\nserver = \"main\"\n\n[databases.beta]\nserver = \"main\"\n"));
    auto service = makeService();
    QSignalSpy started(service.get(), &RunService::runStarted);
    QSignalSpy finished(service.get(), &RunService::runFinished);

    QVERIFY(service->runNow({QStringLiteral("alpha")}));
    QVERIFY(service->isRunning());
    QVERIFY(service->runNow({QStringLiteral("beta")}));
    QCOMPARE(started.size(), 1);
    QCOMPARE(service->pendingJobs(), QStringList{QStringLiteral("beta")});

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 2 * kRunTimeoutMs);
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.at(0).at(0).toStringList(), QStringList{QStringLiteral("alpha")});
    QCOMPARE(started.at(1).at(0).toStringList(), QStringList{QStringLiteral("beta")});
    QCOMPARE(started.at(1).at(1).value<Trigger>(), Trigger::Manual);
    for (const QList<QVariant>& arguments : std::as_const(finished))
        QCOMPARE(arguments.first().value<RunSummary>().succeeded(), 1);
    QCOMPARE(dumpsOf(QStringLiteral("alpha")).size(), 1);
    QCOMPARE(dumpsOf(QStringLiteral("beta")).size(), 1);
    QVERIFY(service->pendingJobs().isEmpty());
}

void TestRunService::unknownJob_isAnErrorNamingTheKnownJobs()
{
    writeConfig(
        QStringLiteral("[databases.alpha]\nserver = \"main\"\n\n[databases.beta]\nserver = \"main\"\n"));
    auto service = makeService();
    QSignalSpy started(service.get(), &RunService::runStarted);

    const auto ran = service->runNow({QStringLiteral("alpha"), QStringLiteral("nope")});
    QVERIFY(!ran);
    QVERIFY2(ran.error().message.contains(QStringLiteral("'nope'")), qPrintable(ran.error().message));
    QVERIFY2(ran.error().message.contains(QStringLiteral("alpha, beta")), qPrintable(ran.error().message));
    QVERIFY(!service->isRunning());
    QVERIFY(service->pendingJobs().isEmpty());
    QTest::qWait(200);
    QCOMPARE(started.size(), 0);
}

void TestRunService::stop_cancelsTheRunningDumpAndLeavesNoDump()
{
    writeConfig(QStringLiteral("[databases.gamma]\nserver = \"main\"\n"));
    // A session holding an exclusive lock on gamma's table keeps pg_dump waiting, so the dump is
    // surely still running when stop() comes.
    QProcess holder;
    holder.setProgram(QDir(m_cluster->binDir()).filePath(QStringLiteral("psql")));
    holder.setArguments(
        {QStringLiteral("-X"), QStringLiteral("-h"), m_cluster->socketDir(), QStringLiteral("-p"),
         QString::number(m_cluster->port()), QStringLiteral("-U"), m_cluster->superuser(),
         QStringLiteral("-d"), QStringLiteral("gamma"), QStringLiteral("-c"),
         QStringLiteral("BEGIN; LOCK TABLE t IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(120);")});
    holder.start();
    QVERIFY(holder.waitForStarted());
    const auto granted = [&] {
        const auto locks = m_cluster->query(
            QStringLiteral("gamma"),
            QStringLiteral("SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' AND granted "
                           "AND relation = 't'::regclass"));
        return locks && locks->trimmed() == QLatin1String("1");
    };
    QTRY_VERIFY_WITH_TIMEOUT(granted(), 10'000);

    auto service = makeService();
    QSignalSpy changed(service.get(), &RunService::jobChanged);
    QSignalSpy finished(service.get(), &RunService::runFinished);
    QVERIFY(service->runNow({QStringLiteral("gamma")}));
    QTRY_VERIFY_WITH_TIMEOUT(statesOf(eventsOf(changed, QStringLiteral("gamma"))).contains(JobState::Running),
                             10'000);
    // pg_dump is connected and waiting for the table lock.
    QTest::qWait(1000);
    QVERIFY(service->isRunning());
    service->stop();
    QVERIFY(finished.wait(kRunTimeoutMs));
    holder.kill();
    holder.waitForFinished();

    const auto summary = finished.first().first().value<RunSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(statesOf(eventsOf(changed, QStringLiteral("gamma"))).last(), JobState::Cancelled);
    QVERIFY2(dumpsOf(QStringLiteral("gamma")).isEmpty(),
             qPrintable(dumpsOf(QStringLiteral("gamma")).join(' ')));
    const auto rows = service->history()->attempts(QStringLiteral("gamma"), 0);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().status, AttemptStatus::Cancelled);
    QVERIFY(!service->isRunning());
}

void TestRunService::anotherWriterToHistory_isReportedAsHistoryChanged()
{
    writeConfig(QStringLiteral("[databases.alpha]\nserver = \"main\"\n"));
    auto service = makeService();
    QSignalSpy changed(service.get(), &RunService::historyChanged);
    QTest::qWait(800); // the service's own start-up notifications
    changed.clear();

    // The other writer: what `larder run` from cron does to the same file.
    auto other = History::open(m_history);
    QVERIFY_RESULT(other);
    const auto record = writeCronFailure(**other);
    QVERIFY_RESULT(record);

    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
    const auto rows = service->history()->attempts(QStringLiteral("alpha"), 0);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().error, QStringLiteral("cron's failure"));

    // And again, once the watch has been renewed.
    changed.clear();
    QVERIFY((*other)->beginAttempt(*record));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
}

void TestRunService::burstOfHistoryChanges_isPlannedOnceForEveryView()
{
    writeConfig(QStringLiteral("[databases.alpha]\nserver = \"main\"\n"));
    auto service = makeService();
    QSignalSpy settled(service.get(), &RunService::planSettled);
    QTest::qWait(1200); // the start-up's own changes settle
    settled.clear();

    // Cron's run ends three failed attempts, each written separately.
    auto other = History::open(m_history);
    QVERIFY_RESULT(other);
    for (int i = 0; i < 3; ++i) {
        QVERIFY_RESULT(writeCronFailure(**other));
        Q_EMIT service->historyChanged(); // as if each write were seen at once
    }

    QTRY_VERIFY_WITH_TIMEOUT(settled.size() >= 1, 5000);
    QTest::qWait(1200); // the file watch's own report of the same writes
    QVERIFY2(settled.size() <= 2, qPrintable(QString::number(settled.size())));
    const auto plan = settled.last().at(0).value<QList<PlannedJob>>();
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.first().job.name, QStringLiteral("alpha"));
    QCOMPARE(plan.first().failures, 3);

    // A job is found by name without planning; an unknown one is not.
    const std::optional<JobConfig> alpha = service->job(QStringLiteral("alpha"));
    QVERIFY(alpha);
    QCOMPARE(alpha->server.name, QStringLiteral("main"));
    QVERIFY(!service->job(QStringLiteral("nope")));
}

void TestRunService::configRewritten_isReloadedAndPlanned()
{
    writeConfig(QStringLiteral("[databases.alpha]\nserver = \"main\"\n"));
    auto service = makeService();
    QSignalSpy reloaded(service.get(), &RunService::configReloaded);
    const auto planned = [&] {
        QStringList names;
        for (const PlannedJob& entry : service->plan())
            names.append(entry.job.name);
        return names;
    };
    QCOMPARE(planned(), QStringList{QStringLiteral("alpha")});

    writeConfig(
        QStringLiteral("[databases.alpha]\nserver = \"main\"\n\n[databases.gamma]\nserver = \"main\"\n"));
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.size() >= 1, 5000);
    QCOMPARE(planned(), (QStringList{QStringLiteral("alpha"), QStringLiteral("gamma")}));

    // The file was replaced: the watch must follow the new one.
    QTest::qWait(50);
    reloaded.clear();
    writeConfig(QStringLiteral("[databases.beta]\nserver = \"main\"\nschedule = \"every 1 day at 03:00\"\n"));
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.size() >= 1, 5000);
    QCOMPARE(planned(), QStringList{QStringLiteral("beta")});
    QVERIFY(service->nextDueUtc().isValid());
    QVERIFY(service->nextDueUtc() > QDateTime::currentDateTimeUtc());
}

void TestRunService::invalidConfig_isReportedAndTheOldConfigStays()
{
    writeConfig(QStringLiteral("[databases.alpha]\nserver = \"main\"\n"));
    auto service = makeService();
    QSignalSpy reloaded(service.get(), &RunService::configReloaded);
    QSignalSpy failed(service.get(), &RunService::configFailed);

    writeConfig(QStringLiteral("[databases.alpha]\nserver = \"nowhere\"\n"));
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 1, 5000);
    QCOMPARE(reloaded.size(), 0);
    const auto issues = failed.first().first().value<QList<ConfigIssue>>();
    QVERIFY(!issues.isEmpty());
    QVERIFY2(issues.first().message.contains(QStringLiteral("nowhere")), qPrintable(issues.first().message));
    QCOMPARE(service->configIssues().size(), issues.size());
    QVERIFY(service->hasConfig());
    QCOMPARE(service->config().jobs.size(), 1);
    QCOMPARE(service->config().jobs.first().server.name, QStringLiteral("main"));
    // Still runnable from the old config.
    QSignalSpy finished(service.get(), &RunService::runFinished);
    QVERIFY(service->runNow({QStringLiteral("alpha")}));
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(finished.first().first().value<RunSummary>().succeeded(), 1);
}

void TestRunService::wrongPassword_failsWithTheServersError()
{
    writeConfig(QStringLiteral("[databases.alpha]\nserver = \"main\"\n"));
    auto service = makeService(QStringLiteral("not-the-password"));
    QSignalSpy changed(service.get(), &RunService::jobChanged);
    QSignalSpy finished(service.get(), &RunService::runFinished);

    QVERIFY(service->runNow({QStringLiteral("alpha")}));
    QVERIFY(finished.wait(kRunTimeoutMs));
    const QList<JobEvent> events = eventsOf(changed, QStringLiteral("alpha"));
    QCOMPARE(events.last().state, JobState::Failed);
    QVERIFY2(events.last().detail.contains(QStringLiteral("password authentication failed")),
             qPrintable(events.last().detail));
    QCOMPARE(finished.first().first().value<RunSummary>().failed(), 1);
    QVERIFY(dumpsOf(QStringLiteral("alpha")).isEmpty());
}

void TestRunService::discovery_listsOffTheMainThreadAndItsJobsRunByName()
{
    // Keys of [servers.main]: it discovers alpha and beta.
    writeConfig(QStringLiteral("databases = [\"alpha\", \"beta\"]\n"));
    QList<QThread*> lookupThreads;
    const QString secret = m_cluster->superPassword();
    auto service = std::make_unique<RunService>(m_config, std::make_unique<PostgresEngine>(),
                                                [&lookupThreads, secret](const ServerConfig&) {
                                                    lookupThreads.append(QThread::currentThread());
                                                    return std::optional<QString>(secret);
                                                });
    service->setScheduling(false);
    QVERIFY(service->plan().isEmpty());
    // Not discovered yet: unknown, and the message says discovered names count.
    const auto early = service->runNow({QStringLiteral("main.alpha")});
    QVERIFY(!early);
    QVERIFY2(early.error().message.contains(QStringLiteral("configured and discovered")),
             qPrintable(early.error().message));

    QSignalSpy discovered(service.get(), &RunService::jobsDiscovered);
    QSignalSpy started(service.get(), &RunService::runStarted);
    QSignalSpy finished(service.get(), &RunService::runFinished);
    QVERIFY(service->runNow({}));
    QVERIFY(service->isRunning());
    QCOMPARE(started.size(), 0); // discovery runs on its worker; the event loop goes on
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(discovered.size(), 1);
    QCOMPARE(started.first().at(0).toStringList(),
             (QStringList{QStringLiteral("main.alpha"), QStringLiteral("main.beta")}));
    QCOMPARE(finished.first().first().value<RunSummary>().succeeded(), 2);
    QVERIFY(!lookupThreads.isEmpty());
    for (QThread* thread : std::as_const(lookupThreads))
        QCOMPARE(thread, QThread::currentThread());
    QStringList planned;
    for (const PlannedJob& entry : service->plan())
        planned.append(entry.job.name);
    QCOMPARE(planned, (QStringList{QStringLiteral("main.alpha"), QStringLiteral("main.beta")}));

    QVERIFY(service->runNow({QStringLiteral("main.alpha")}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kRunTimeoutMs);
    QCOMPARE(started.last().at(0).toStringList(), QStringList{QStringLiteral("main.alpha")});
    QCOMPARE(dumpsOf(QStringLiteral("main.alpha")).size(), 2);
    QCOMPARE(dumpsOf(QStringLiteral("main.beta")).size(), 1);
}

void TestRunService::testRestoreDue_runsAfterTheDumpUnderTheLockAndDropsItsScratchDatabase()
{
    writeConfig(QStringLiteral("[databases.alpha]\nserver = \"main\"\nschedule = \"manual\"\n"
                               "test_restore = \"always\"\n"));
    auto service = makeService();
    QVERIFY(service->hasConfig());
    QSignalSpy changed(service.get(), &RunService::jobChanged);
    QSignalSpy restoreStarted(service.get(), &RunService::testRestoreStarted);
    QSignalSpy restoreFinished(service.get(), &RunService::testRestoreFinished);
    QSignalSpy finished(service.get(), &RunService::runFinished);
    QSignalSpy notices(service.get(), &RunService::notice);

    // While the restore runs, the run still holds the lock that cron's `larder run` takes.
    int dumpsDoneAtRestoreStart = -1;
    bool runningAtStart = false;
    bool lockFreeAtStart = true;
    bool runningAtFinish = false;
    connect(service.get(), &RunService::testRestoreStarted, this, [&] {
        dumpsDoneAtRestoreStart =
            int(statesOf(eventsOf(changed, QStringLiteral("alpha"))).count(JobState::Succeeded));
        runningAtStart = service->isRunning();
        RunLock other(m_history);
        lockFreeAtStart = bool(other.tryLock());
    });
    connect(service.get(), &RunService::testRestoreFinished, this,
            [&] { runningAtFinish = service->isRunning(); });

    QVERIFY(service->runNow({QStringLiteral("alpha")}));
    QVERIFY(finished.wait(kRunTimeoutMs));
    QVERIFY(!service->isRunning());
    QCOMPARE(statesOf(eventsOf(changed, QStringLiteral("alpha"))).last(), JobState::Succeeded);

    QCOMPARE(restoreStarted.size(), 1);
    QCOMPARE(restoreStarted.first().at(0).toString(), QStringLiteral("alpha"));
    const QString scratch = restoreStarted.first().at(1).toString();
    QVERIFY2(scratch.startsWith(QLatin1String("larder_verify_alpha_")), qPrintable(scratch));
    QCOMPARE(dumpsDoneAtRestoreStart, 1);
    QVERIFY(runningAtStart);
    QVERIFY(!lockFreeAtStart);
    QVERIFY(runningAtFinish);

    QCOMPARE(restoreFinished.size(), 1);
    const auto check = restoreFinished.first().first().value<RestoreCheck>();
    QVERIFY2(check.ok, qPrintable(check.detail));
    QCOMPARE(check.job, QStringLiteral("alpha"));
    QCOMPARE(check.scratchDatabase, scratch);
    QVERIFY(check.id > 0);

    const auto recorded = service->history()->restoreChecks(QStringLiteral("alpha"), 0);
    QVERIFY_RESULT(recorded);
    QCOMPARE(recorded->size(), 1);
    QCOMPARE(recorded->first().id, check.id);
    QVERIFY(recorded->first().ok);
    const auto left = m_cluster->query(
        QStringLiteral("postgres"),
        QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(scratch));
    QVERIFY_RESULT(left);
    QCOMPARE(left->trimmed(), QStringLiteral("0"));
    QVERIFY(!QFileInfo::exists(m_history + QStringLiteral(".lock")));

    // The log lines are `larder run`'s.
    QStringList lines;
    for (const QList<QVariant>& arguments : std::as_const(notices))
        lines.append(arguments.first().toString());
    QVERIFY2(lines.contains(QStringLiteral("alpha: test-restore ok: %1").arg(check.detail)),
             qPrintable(lines.join(QLatin1Char('\n'))));
}

void TestRunService::testRestoreOnARefusingServer_finishesWithTheError()
{
    // Nothing listens on port 1: the scratch database cannot even be created.
    writeConfig(QStringLiteral("[servers.nowhere]\nhost = \"127.0.0.1\"\nport = 1\nuser = \"postgres\"\n\n"
                               "[databases.alpha]\nserver = \"main\"\nschedule = \"manual\"\n"
                               "test_restore = \"always\"\nrestore_server = \"nowhere\"\n"));
    auto service = makeService();
    QVERIFY2(
        service->hasConfig(),
        qPrintable(service->configIssues().isEmpty() ? QString() : service->configIssues().first().message));
    QSignalSpy changed(service.get(), &RunService::jobChanged);
    QSignalSpy restoreFinished(service.get(), &RunService::testRestoreFinished);
    QSignalSpy finished(service.get(), &RunService::runFinished);
    QSignalSpy notices(service.get(), &RunService::notice);

    QVERIFY(service->runNow({QStringLiteral("alpha")}));
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(statesOf(eventsOf(changed, QStringLiteral("alpha"))).last(), JobState::Succeeded);
    QCOMPARE(restoreFinished.size(), 1);
    const auto check = restoreFinished.first().first().value<RestoreCheck>();
    QVERIFY(!check.ok);
    QCOMPARE(check.server, QStringLiteral("nowhere"));
    QVERIFY2(check.detail.contains(QStringLiteral("127.0.0.1")) ||
                 check.detail.contains(QStringLiteral("refused")),
             qPrintable(check.detail));
    const auto recorded = service->history()->restoreChecks(QStringLiteral("alpha"), 0);
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), 1);
    QVERIFY(!recorded->first().ok);
    bool reported = false;
    for (const QList<QVariant>& arguments : std::as_const(notices)) {
        if (arguments.at(1).toBool() &&
            arguments.first().toString() ==
                QStringLiteral("alpha: test-restore FAILED: %1").arg(check.detail))
            reported = true;
    }
    QVERIFY(reported);
    QVERIFY(!service->isRunning());
}

QTEST_GUILESS_MAIN(TestRunService)
#include "tst_runservice.moc"
