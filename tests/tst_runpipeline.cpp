// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// RunPipeline, the one run sequence that `larder run` and the desktop app's RunService share, against
// a real cluster with real pg_dump and a real history file: the order of its steps and signals,
// discovery on a worker thread, cancellation at each step, and a dry run without history.

#include "BackupFixture.h"
#include "HttpTestServer.h"
#include "JobDumpFiles.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "TableLock.h"
#include "config/toml/ConfigLoader.h"
#include "history/History.h"
#include "postgres/PostgresEngine.h"
#include "run/RunPipeline.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace larder;

namespace {

constexpr int kRunTimeoutMs = 60'000;

} // namespace

class TestRunPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void run_recoversPlansDumpsThenTestRestoresInThatOrder();
    void cancelDuringTheDump_endsCancelledWithNoDumpAndNoTestRestore();
    void discovery_runsOnAWorkerAndANameItDoesNotFindEndsTheRun();
    void discovery_lenientReportsTheNameAndRunsTheRest();
    void cancelDuringDiscovery_stopsBeforeAnyDump();
    void nothingDue_endsWithoutStartingAnything();
    void dryRun_plansWithoutHistoryAndChangesNothing();
    void metricsFile_isWrittenBeforeFinished_evenWhenNothingIsDue_butNotByADryRun();
    void finished_comesBeforeDeliveriesEnd_settledAfterThemWithTheirRecord();

private:
    // [defaults] and [servers.main] (with serverKeys), then the given sections.
    Config config(const QString& databases, const QString& serverKeys = QString());
    // A manual run of the jobs that discovery finds on [servers.main] (serverKeys); no [databases].
    RunRequest discoveryRequest(const QString& serverKeys);
    std::unique_ptr<RunPipeline> makePipeline(History* history);
    QStringList dumpsOf(const QString& job) const { return JobDumpFiles::of(m_dumpDir, job); }
    // The order of the pipeline's signals, one name each (jobChanged with its state).
    void record(RunPipeline& pipeline);

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresEngine> m_engine;
    std::unique_ptr<History> m_history;
    QString m_historyPath;
    QString m_dumpDir;
    QStringList m_events;
    QList<QThread*> m_lookupThreads;
};

void TestRunPipeline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    BackupFixture::isolateFromPgEnvironment();
    auto cluster = PgCluster::start();
    QVERIFY2(cluster, qPrintable(cluster ? QString() : cluster.error().message));
    m_cluster = std::move(*cluster);
    for (const char* db : {"alpha", "beta", "gamma"}) {
        auto made = BackupFixture::createFilledDatabase(*m_cluster, QLatin1String(db), m_cluster->superuser(),
                                                        QStringLiteral("t"), 1000);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    }
}

void TestRunPipeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-runpipeline-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_historyPath = m_dir->filePath(QStringLiteral("history.sqlite"));
    m_dumpDir = m_dir->filePath(QStringLiteral("dumps"));
    auto opened = History::open(m_historyPath);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_history = std::move(*opened);
    m_engine = std::make_unique<PostgresEngine>();
    m_events.clear();
    m_lookupThreads.clear();
}

void TestRunPipeline::cleanup()
{
    m_history.reset();
    m_engine.reset();
    m_dir.reset();
}

Config TestRunPipeline::config(const QString& databases, const QString& serverKeys)
{
    const QString text = BackupFixture::configHead(m_dumpDir, m_historyPath, QStringLiteral("manual"),
                                                   m_cluster->port(), QStringLiteral("postgres")) +
                         QStringLiteral("\n") + serverKeys + QStringLiteral("\n") + databases;
    auto loaded = ConfigLoader::loadString(text, QStringLiteral("larder.toml"), m_dir->path());
    if (!loaded) {
        qWarning() << loaded.error().first().message;
        return {};
    }
    return *loaded;
}

std::unique_ptr<RunPipeline> TestRunPipeline::makePipeline(History* history)
{
    const QString secret = m_cluster->superPassword();
    return std::make_unique<RunPipeline>(*m_engine, history, [this, secret](const ServerConfig&) {
        m_lookupThreads.append(QThread::currentThread());
        return std::optional<QString>(secret);
    });
}

RunRequest TestRunPipeline::discoveryRequest(const QString& serverKeys)
{
    RunRequest request;
    request.config = config(QString(), serverKeys);
    request.trigger = Trigger::Manual;
    return request;
}

void TestRunPipeline::record(RunPipeline& pipeline)
{
    connect(&pipeline, &RunPipeline::recovered, this, [this](const QStringList& lines) {
        m_events.append(QStringLiteral("recovered %1").arg(lines.size()));
    });
    connect(&pipeline, &RunPipeline::discovered, this,
            [this] { m_events.append(QStringLiteral("discovered")); });
    connect(&pipeline, &RunPipeline::planned, this, [this] { m_events.append(QStringLiteral("planned")); });
    connect(&pipeline, &RunPipeline::dumpsStarted, this,
            [this] { m_events.append(QStringLiteral("dumpsStarted")); });
    connect(&pipeline, &RunPipeline::jobChanged, this, [this](const JobEvent& event) {
        if (event.state != JobState::Queued)
            m_events.append(QStringLiteral("%1 %2").arg(event.job, jobStateName(event.state)));
    });
    connect(&pipeline, &RunPipeline::dumpsFinished, this,
            [this] { m_events.append(QStringLiteral("dumpsFinished")); });
    connect(&pipeline, &RunPipeline::testRestoreStarted, this, [this](const QString& job) {
        m_events.append(QStringLiteral("testRestoreStarted %1").arg(job));
    });
    connect(&pipeline, &RunPipeline::testRestoreFinished, this,
            [this] { m_events.append(QStringLiteral("testRestoreFinished")); });
    connect(&pipeline, &RunPipeline::finished, this, [this] { m_events.append(QStringLiteral("finished")); });
}

void TestRunPipeline::run_recoversPlansDumpsThenTestRestoresInThatOrder()
{
    RunRequest request;
    request.config =
        config(QStringLiteral("[databases.alpha]\nserver = \"main\"\ntest_restore = \"always\"\n"));
    QVERIFY(request.config.job(QStringLiteral("alpha")));
    request.names = {QStringLiteral("alpha")};
    request.trigger = Trigger::Manual;
    // An attempt a killed run left running: recovery must mark it before the planner reads history.
    HistoryRecord killed;
    killed.job = QStringLiteral("alpha");
    killed.server = QStringLiteral("main");
    killed.database = QStringLiteral("alpha");
    killed.startedUtc = QDateTime::currentDateTimeUtc().addSecs(-60);
    killed.path = QDir(m_dumpDir).filePath(QStringLiteral("alpha/alpha_20261126T010000Z.dump"));
    killed.partialPath = killed.path + QStringLiteral(".partial");
    killed.pid = 999999;
    const auto killedId = m_history->beginAttempt(killed);
    QVERIFY(killedId);
    AttemptStatus statusWhenPlanned = AttemptStatus::Running;

    auto pipeline = makePipeline(m_history.get());
    record(*pipeline);
    connect(pipeline.get(), &RunPipeline::planned, this,
            [&] { statusWhenPlanned = m_history->attempt(*killedId)->status; });
    QSignalSpy finished(pipeline.get(), &RunPipeline::finished);
    pipeline->start(request);
    // No discovery: the dumps are running when start() returns.
    QVERIFY(pipeline->isDumping());
    QVERIFY(finished.wait(kRunTimeoutMs));

    QCOMPARE(m_events, (QStringList{QStringLiteral("recovered 1"), QStringLiteral("planned"),
                                    QStringLiteral("dumpsStarted"), QStringLiteral("alpha running"),
                                    QStringLiteral("alpha succeeded"), QStringLiteral("dumpsFinished"),
                                    QStringLiteral("testRestoreStarted alpha"),
                                    QStringLiteral("testRestoreFinished"), QStringLiteral("finished")}));
    QCOMPARE(statusWhenPlanned, AttemptStatus::Interrupted);
    const auto result = finished.first().first().value<RunResult>();
    QCOMPARE(result.ending, RunResult::Ending::Ran);
    QVERIFY(result.dumps);
    QCOMPARE(result.dumps->succeeded(), 1);
    QVERIFY(!result.dumps->cancelled);
    QCOMPARE(result.restoreChecks.size(), 1);
    QVERIFY2(result.restoreChecks.first().ok, qPrintable(result.restoreChecks.first().detail));
    QVERIFY(result.startedUtc.isValid());
    QCOMPARE(dumpsOf(QStringLiteral("alpha")).size(), 1);
    QVERIFY(pipeline->isFinished());
    QVERIFY(!pipeline->isDumping() && !pipeline->isTestRestoring());
}

void TestRunPipeline::cancelDuringTheDump_endsCancelledWithNoDumpAndNoTestRestore()
{
    RunRequest request;
    request.config =
        config(QStringLiteral("[databases.gamma]\nserver = \"main\"\ntest_restore = \"always\"\n"));
    request.names = {QStringLiteral("gamma")};
    request.trigger = Trigger::Manual;
    // A successful dump from before, so that the due test-restore would have something to restore.
    {
        auto first = makePipeline(m_history.get());
        QSignalSpy done(first.get(), &RunPipeline::finished);
        RunRequest dumpOnly = request;
        dumpOnly.config = config(QStringLiteral("[databases.gamma]\nserver = \"main\"\n"));
        first->start(dumpOnly);
        QVERIFY(done.wait(kRunTimeoutMs));
        QCOMPARE(dumpsOf(QStringLiteral("gamma")).size(), 1);
    }
    const QStringList before = dumpsOf(QStringLiteral("gamma"));

    // pg_dump waits behind the lock, so the dump surely still runs when cancel() comes.
    TableLock lock(*m_cluster, QStringLiteral("gamma"), QStringLiteral("t"),
                   QStringLiteral("tst_runpipeline"));
    QTRY_VERIFY_WITH_TIMEOUT(lock.isHeld(), 10'000);
    auto pipeline = makePipeline(m_history.get());
    record(*pipeline);
    QSignalSpy finished(pipeline.get(), &RunPipeline::finished);
    pipeline->start(request);
    QTRY_VERIFY_WITH_TIMEOUT(lock.waitingDumps() > 0, 20'000);
    QVERIFY(pipeline->isDumping());
    pipeline->cancel();
    QVERIFY(finished.wait(kRunTimeoutMs));
    lock.release();

    const auto result = finished.first().first().value<RunResult>();
    QCOMPARE(result.ending, RunResult::Ending::Ran);
    QVERIFY(result.dumps);
    QVERIFY(result.dumps->cancelled);
    QCOMPARE(result.dumps->jobs.size(), 1);
    QCOMPARE(result.dumps->jobs.first().state, JobState::Cancelled);
    QVERIFY(result.restoreChecks.isEmpty());
    QVERIFY2(!m_events.contains(QStringLiteral("testRestoreStarted gamma")), qPrintable(m_events.join(", ")));
    QCOMPARE(m_events.last(), QStringLiteral("finished"));
    // Nothing under a final name but the earlier dump, and no partial left either.
    QCOMPARE(dumpsOf(QStringLiteral("gamma")), before);
    const auto rows = m_history->attempts(QStringLiteral("gamma"), 0);
    QVERIFY(rows);
    QCOMPARE(rows->first().status, AttemptStatus::Cancelled);
}

void TestRunPipeline::discovery_runsOnAWorkerAndANameItDoesNotFindEndsTheRun()
{
    RunRequest request = discoveryRequest(QStringLiteral("databases = [\"alpha\", \"beta\"]\n"));
    QVERIFY(request.config.servers.contains(QStringLiteral("main")));
    request.names = {QStringLiteral("main.nosuch")};
    auto pipeline = makePipeline(m_history.get());
    record(*pipeline);
    QSignalSpy finished(pipeline.get(), &RunPipeline::finished);
    pipeline->start(request);
    // Discovery lists the server on its worker: start() returned before it did.
    QVERIFY(!pipeline->isFinished());
    QVERIFY(!m_events.contains(QStringLiteral("discovered")));
    QVERIFY(finished.wait(kRunTimeoutMs));

    const auto result = finished.first().first().value<RunResult>();
    QCOMPARE(result.ending, RunResult::Ending::UnknownJob);
    QVERIFY2(result.error.contains(QStringLiteral("main.nosuch")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("main.alpha")), qPrintable(result.error));
    QCOMPARE(m_events, (QStringList{QStringLiteral("recovered 0"), QStringLiteral("discovered"),
                                    QStringLiteral("finished")}));
    // The keychain works on the main thread only: every password was looked up there.
    QVERIFY(!m_lookupThreads.isEmpty());
    for (QThread* thread : std::as_const(m_lookupThreads))
        QCOMPARE(thread, QThread::currentThread());
}

void TestRunPipeline::discovery_lenientReportsTheNameAndRunsTheRest()
{
    RunRequest request = discoveryRequest(QStringLiteral("databases = [\"alpha\"]\n"));
    request.names = {QStringLiteral("main.alpha"), QStringLiteral("main.nosuch")};
    request.lenient = true;
    auto pipeline = makePipeline(m_history.get());
    QSignalSpy notices(pipeline.get(), &RunPipeline::notice);
    QSignalSpy discovered(pipeline.get(), &RunPipeline::discovered);
    QSignalSpy finished(pipeline.get(), &RunPipeline::finished);
    pipeline->start(request);
    QVERIFY(finished.wait(kRunTimeoutMs));

    QCOMPARE(discovered.size(), 1);
    QCOMPARE(discovered.first().first().value<QList<JobConfig>>().size(), 1);
    bool reported = false;
    for (const QList<QVariant>& arguments : std::as_const(notices)) {
        if (arguments.first().toString().startsWith(QStringLiteral("main.nosuch is not dumped")) &&
            !arguments.at(1).toBool())
            reported = true;
    }
    QVERIFY(reported);
    const auto result = finished.first().first().value<RunResult>();
    QCOMPARE(result.ending, RunResult::Ending::Ran);
    QVERIFY(result.dumps);
    QCOMPARE(result.dumps->succeeded(), 1);
    QCOMPARE(result.dumps->jobs.first().job, QStringLiteral("main.alpha"));
}

void TestRunPipeline::cancelDuringDiscovery_stopsBeforeAnyDump()
{
    RunRequest request = discoveryRequest(QStringLiteral("databases = [\"alpha\", \"beta\"]\n"));
    request.all = true;
    auto pipeline = makePipeline(m_history.get());
    record(*pipeline);
    QSignalSpy finished(pipeline.get(), &RunPipeline::finished);
    pipeline->start(request);
    QVERIFY(!pipeline->isFinished());
    pipeline->cancel();
    QVERIFY(finished.wait(kRunTimeoutMs));

    const auto result = finished.first().first().value<RunResult>();
    QCOMPARE(result.ending, RunResult::Ending::Stopped);
    QVERIFY(!result.dumps);
    QCOMPARE(m_events, (QStringList{QStringLiteral("recovered 0"), QStringLiteral("discovered"),
                                    QStringLiteral("finished")}));
    QVERIFY(dumpsOf(QStringLiteral("main.alpha")).isEmpty());
    const auto rows = m_history->attempts(QStringLiteral("main.alpha"), 0);
    QVERIFY(rows);
    QVERIFY(rows->isEmpty());
}

void TestRunPipeline::nothingDue_endsWithoutStartingAnything()
{
    RunRequest request; // scheduled: the manual job is not due
    request.config = config(QStringLiteral("[databases.alpha]\nserver = \"main\"\n"));
    auto pipeline = makePipeline(m_history.get());
    record(*pipeline);
    QSignalSpy finished(pipeline.get(), &RunPipeline::finished);
    pipeline->start(request);
    // Nothing waits: finished() came from start() itself.
    QVERIFY(pipeline->isFinished());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<RunResult>().ending, RunResult::Ending::NothingDue);
    QCOMPARE(m_events, (QStringList{QStringLiteral("recovered 0"), QStringLiteral("planned"),
                                    QStringLiteral("finished")}));
}

void TestRunPipeline::dryRun_plansWithoutHistoryAndChangesNothing()
{
    RunRequest request;
    request.config = config(QStringLiteral("[databases.alpha]\nserver = \"main\"\n\n"
                                           "[databases.beta]\nserver = \"main\"\n"));
    request.names = {QStringLiteral("beta")};
    request.trigger = Trigger::Manual;
    request.dryRun = true;
    auto pipeline = makePipeline(nullptr);
    record(*pipeline);
    QSignalSpy planned(pipeline.get(), &RunPipeline::planned);
    QSignalSpy finished(pipeline.get(), &RunPipeline::finished);
    pipeline->start(request);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<RunResult>().ending, RunResult::Ending::Planned);
    // No recovery in a dry run.
    QCOMPARE(m_events, (QStringList{QStringLiteral("planned"), QStringLiteral("finished")}));
    const auto plan = planned.first().at(0).value<QList<PlannedJob>>();
    const auto selected = planned.first().at(1).value<QList<PlannedJob>>();
    QCOMPARE(plan.size(), 2);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().job.name, QStringLiteral("beta"));
    QVERIFY(!QFileInfo::exists(m_dumpDir));
}

// The desktop app runs through the pipeline too: metrics_file is its, not only `larder run`'s.
void TestRunPipeline::metricsFile_isWrittenBeforeFinished_evenWhenNothingIsDue_butNotByADryRun()
{
    const QString metrics = m_dir->filePath(QStringLiteral("larder.prom"));
    RunRequest request; // scheduled: the manual job is not due
    request.config = config(QStringLiteral("[databases.alpha]\nserver = \"main\"\n"));
    request.config.metricsFile = metrics;
    auto pipeline = makePipeline(m_history.get());
    bool writtenAtFinished = false;
    connect(pipeline.get(), &RunPipeline::finished, this,
            [&] { writtenAtFinished = QFileInfo::exists(metrics); });
    pipeline->start(request);
    QVERIFY(pipeline->isFinished());
    QVERIFY(writtenAtFinished);
    QFile file(metrics);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray text = file.readAll();
    QVERIFY2(
        text.contains("\nlarder_job_stale{job_name=\"alpha\",server=\"main\",engine=\"postgresql\"} 0\n"),
        text.constData());

    const QString dryMetrics = m_dir->filePath(QStringLiteral("dry.prom"));
    request.config.metricsFile = dryMetrics;
    request.dryRun = true;
    auto dryRun = makePipeline(m_history.get());
    dryRun->start(request);
    QVERIFY(dryRun->isFinished());
    QVERIFY(!QFileInfo::exists(dryMetrics));
}

// The run's end is told at once (the desktop app shows it), while a notification that gets no answer
// is still being tried; settled() (what `larder run` exits on) waits for it to be given up and recorded.
void TestRunPipeline::finished_comesBeforeDeliveriesEnd_settledAfterThemWithTheirRecord()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    server.hang("/slow");
    RunRequest request;
    request.config =
        config(QStringLiteral("[databases.alpha]\nserver = \"main\"\n\n[notify.slow]\nurl = \"%1\"\n"
                              "on = [\"success\"]\ntimeout = \"1 second\"\n")
                   .arg(server.url(QStringLiteral("/slow"))));
    QCOMPARE(request.config.notify.size(), 1);
    request.names = {QStringLiteral("alpha")};
    request.trigger = Trigger::Manual;
    auto pipeline = makePipeline(m_history.get());
    bool settledAtFinished = true;
    qsizetype recordedAtFinished = -1;
    connect(pipeline.get(), &RunPipeline::finished, this, [&] {
        settledAtFinished = pipeline->isSettled();
        recordedAtFinished = m_history->notifications(0)->size();
    });
    QSignalSpy finished(pipeline.get(), &RunPipeline::finished);
    QSignalSpy settled(pipeline.get(), &RunPipeline::settled);
    pipeline->start(request);
    QVERIFY(finished.wait(kRunTimeoutMs));
    QVERIFY(!settledAtFinished);
    QCOMPARE(recordedAtFinished, 0);
    QVERIFY(settled.wait(kRunTimeoutMs));
    QVERIFY(!server.requests("/slow").isEmpty()); // tried, never answered
    QVERIFY(pipeline->isSettled());
    const auto recorded = m_history->notifications(0);
    QVERIFY_RESULT(recorded);
    QCOMPARE(recorded->size(), 1);
    QCOMPARE(recorded->first().notify, QStringLiteral("slow"));
    QVERIFY(!recorded->first().delivered);
    QCOMPARE(settled.size(), 1);
}

QTEST_GUILESS_MAIN(TestRunPipeline)
#include "tst_runpipeline.moc"
