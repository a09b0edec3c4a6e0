// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Concurrency limits and failure isolation of the coordinator. The engine is a fake (the only
// one in the suite): this tests the scheduling logic alone; real dumps are in tst_cli.
#include "ResultAssert.h"
#include "ScratchHistory.h"
#include "config/Schedule.h"
#include "engine/DatabaseEngine.h"
#include "engine/DumpTask.h"
#include "engine/RestoreTask.h"
#include "engine/TestRestoreRequest.h"
#include "engine/TestRestoreTask.h"
#include "history/FleetClaims.h"
#include "history/History.h"
#include "run/DumpSlot.h"
#include "run/RunCoordinator.h"
#include "system/HostIdentity.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

using namespace larder;

namespace {

struct Tally
{
    int running = 0;
    int maxRunning = 0;
    QHash<QString, int> runningOn;
    QHash<QString, int> maxRunningOn;
};

class FakeTask final : public DumpTask
{
public:
    FakeTask(const DumpRequest& request, Tally& tally, int durationMs, bool fail, QObject* parent)
        : DumpTask(parent), m_request(request), m_tally(tally), m_durationMs(durationMs), m_fail(fail)
    {}

    void start() override
    {
        const QString server = m_request.job.server.name;
        m_tally.running++;
        m_tally.runningOn[server]++;
        m_tally.maxRunning = qMax(m_tally.maxRunning, m_tally.running);
        m_tally.maxRunningOn[server] = qMax(m_tally.maxRunningOn.value(server), m_tally.runningOn[server]);
        QTimer::singleShot(m_durationMs / 2, this, [this] { Q_EMIT progress(1234); });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            DumpOutcome outcome;
            outcome.status = m_fail ? AttemptStatus::Failed : AttemptStatus::Success;
            outcome.error = m_fail ? QStringLiteral("pg_dump: error: connection refused") : QString();
            outcome.bytes = m_fail ? 0 : 4096;
            outcome.path = finalPath();
            finish(outcome);
        });
        m_timer.start(m_durationMs);
    }
    void cancel() override
    {
        m_timer.stop();
        DumpOutcome outcome;
        outcome.status = AttemptStatus::Cancelled;
        QTimer::singleShot(0, this, [this, outcome] { finish(outcome); });
    }
    QString partialPath() const override { return finalPath() + QStringLiteral(".partial"); }
    QString finalPath() const override
    {
        return QStringLiteral("/nonexistent/%1.dump").arg(m_request.job.name);
    }

private:
    void finish(const DumpOutcome& outcome)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_tally.running--;
        m_tally.runningOn[m_request.job.server.name]--;
        Q_EMIT finished(outcome);
    }

    DumpRequest m_request;
    Tally& m_tally;
    int m_durationMs;
    bool m_fail;
    bool m_finished = false;
    QTimer m_timer;
};

class FakeEngine final : public DatabaseEngine
{
public:
    QString name() const override { return QStringLiteral("fake"); }
    Result<ServerInfo> probe(const ServerConfig&, const QString&, const std::optional<QString>&) override
    {
        return ServerInfo{150000, QStringLiteral("15.0"), std::nullopt};
    }
    Result<QStringList> listDatabases(const ServerConfig&, const std::optional<QString>&) override
    {
        return QStringList();
    }
    Result<QString> dumpTool(const ServerConfig&, const ServerInfo&) override
    {
        return QStringLiteral("/usr/bin/fake-dump (fake 1.0)");
    }
    // The coordinator never test-restores: none to make.
    std::unique_ptr<TestRestoreTask> createTestRestore(const TestRestoreRequest&, QObject*) override
    {
        return nullptr;
    }
    std::unique_ptr<DumpTask> createDump(const DumpRequest& request, QObject* parent) override
    {
        passwords.insert(request.job.name, request.password);
        return std::make_unique<FakeTask>(request, tally, durationMs, failing.contains(request.job.name),
                                          parent);
    }
    // The coordinator never reads or restores dumps: it has none.
    bool wroteDump(const QString&) const override { return false; }
    bool recognizesDump(const QString&) const override { return false; }
    std::optional<Message> readDump(const QString&, const QString&, const DumpReadLimits&) const override
    {
        return std::nullopt;
    }
    QString globalsSummary(const QString&) const override { return QString(); }
    Result<RestorableDump> checkRestore(const RestoreRequest&) const override
    {
        return makeError(QStringLiteral("the fake engine restores nothing"));
    }
    std::unique_ptr<RestoreTask> createRestore(const RestoreRequest&, QObject*) override { return nullptr; }

    Tally tally;
    int durationMs = 60;
    QSet<QString> failing;
    QHash<QString, std::optional<QString>> passwords;
};

JobConfig makeJob(const QString& name, const QString& server, int serverLimit)
{
    JobConfig job;
    job.name = name;
    job.dbname = name;
    job.server.name = server;
    job.server.maxParallel = serverLimit;
    return job;
}

// a and a2 share server alpha, which takes one dump at a time; b is alone on beta.
QList<JobConfig> twoOnAlphaOneOnBeta()
{
    return {makeJob(QStringLiteral("a"), QStringLiteral("alpha"), 1),
            makeJob(QStringLiteral("a2"), QStringLiteral("alpha"), 1),
            makeJob(QStringLiteral("b"), QStringLiteral("beta"), 1)};
}

// Starts the run and waits up to ten seconds for its end: the run's summary, or nothing if it did not end.
std::optional<RunSummary> runToTheEnd(RunCoordinator& coordinator, const QList<JobConfig>& jobs,
                                      Trigger trigger, int runLimit)
{
    QSignalSpy finished(&coordinator, &RunCoordinator::runFinished);
    coordinator.start(jobs, trigger, runLimit);
    if (!finished.wait(10000))
        return std::nullopt;
    return finished.first().first().value<RunSummary>();
}

} // namespace

class TestRunCoordinator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY_RESULT(m_scratch.emplace().open()); }
    void cleanup() { m_scratch.reset(); }

    void limits_neverExceedRunOrServerLimit()
    {
        FakeEngine engine;
        RunCoordinator coordinator(engine, m_scratch->history(), {});
        QList<JobConfig> jobs;
        for (int i = 0; i < 4; ++i) {
            jobs.append(makeJob(QStringLiteral("a%1").arg(i), QStringLiteral("alpha"), 1));
            jobs.append(makeJob(QStringLiteral("b%1").arg(i), QStringLiteral("beta"), 2));
        }
        const auto summary = runToTheEnd(coordinator, jobs, Trigger::Schedule, 2);
        QVERIFY(summary);

        QCOMPARE(summary->succeeded(), 8);
        QCOMPARE(engine.tally.maxRunning, 2);
        QCOMPARE(engine.tally.maxRunningOn.value(QStringLiteral("alpha")), 1);
        QVERIFY(engine.tally.maxRunningOn.value(QStringLiteral("beta")) <= 2);
        QCOMPARE(engine.tally.running, 0);

        const auto rows = m_scratch->history().attempts(QString(), 0);
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->size(), 8);
        for (const HistoryRecord& row : *rows) {
            QCOMPARE(row.status, AttemptStatus::Success);
            QCOMPARE(row.bytes, 4096);
            QVERIFY(row.finishedUtc.isValid());
        }
    }

    void twoServers_areDumpedSideBySide()
    {
        FakeEngine engine;
        engine.durationMs = 150;
        RunCoordinator coordinator(engine, m_scratch->history(), {});
        QVERIFY(runToTheEnd(coordinator, twoOnAlphaOneOnBeta(), Trigger::Schedule, 2));
        // a2 must wait for a (server limit) while b runs beside a.
        QCOMPARE(engine.tally.maxRunning, 2);
        QCOMPARE(engine.tally.maxRunningOn.value(QStringLiteral("alpha")), 1);
    }

    void waitingJobs_sayWhyTheyWait()
    {
        FakeEngine engine;
        RunCoordinator coordinator(engine, m_scratch->history(), {});
        QStringList reasons;
        connect(&coordinator, &RunCoordinator::jobChanged, this, [&](const JobEvent& event) {
            if (event.state == JobState::Queued && !event.detail.isEmpty())
                reasons.append(event.job + QLatin1Char(':') + event.detail);
        });
        const QList<JobConfig> jobs = twoOnAlphaOneOnBeta()
                                      << makeJob(QStringLiteral("c"), QStringLiteral("gamma"), 1);
        QVERIFY(runToTheEnd(coordinator, jobs, Trigger::Schedule, 2));
        QVERIFY2(reasons.filter(QStringLiteral("a2:waiting: server alpha")).size() >= 1,
                 qPrintable(reasons.join('\n')));
        QVERIFY2(reasons.filter(QStringLiteral("c:waiting: the run is at its limit of 2")).size() >= 1,
                 qPrintable(reasons.join('\n')));
    }

    void oneFailure_doesNotStopTheOthers()
    {
        FakeEngine engine;
        engine.failing.insert(QStringLiteral("b"));
        RunCoordinator coordinator(engine, m_scratch->history(), {});
        const auto summary = runToTheEnd(coordinator,
                                         {makeJob(QStringLiteral("a"), QStringLiteral("s"), 1),
                                          makeJob(QStringLiteral("b"), QStringLiteral("s"), 1),
                                          makeJob(QStringLiteral("c"), QStringLiteral("s"), 1)},
                                         Trigger::Manual, 2);
        QVERIFY(summary);
        QCOMPARE(summary->succeeded(), 2);
        QCOMPARE(summary->failed(), 1);
        const auto rows = m_scratch->history().attempts(QStringLiteral("b"), 0);
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().status, AttemptStatus::Failed);
        QCOMPARE(rows->first().trigger, Trigger::Manual);
        QVERIFY(rows->first().error.contains(QStringLiteral("connection refused")));
    }

    void cancel_stopsRunningAndDropsQueued()
    {
        FakeEngine engine;
        engine.durationMs = 5000;
        RunCoordinator coordinator(engine, m_scratch->history(), {});
        QSignalSpy finished(&coordinator, &RunCoordinator::runFinished);
        QSignalSpy changed(&coordinator, &RunCoordinator::jobChanged);
        coordinator.start({makeJob(QStringLiteral("a"), QStringLiteral("s"), 1),
                           makeJob(QStringLiteral("b"), QStringLiteral("s"), 1)},
                          Trigger::Schedule, 1);
        QTRY_VERIFY(engine.tally.running == 1);
        coordinator.cancel();
        QVERIFY(finished.wait(3000));
        const auto summary = finished.first().first().value<RunSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.jobs.size(), 2);
        for (const JobEvent& event : summary.jobs)
            QCOMPARE(event.state, JobState::Cancelled);
        const auto rows = m_scratch->history().attempts(QString(), 0);
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->size(), 1); // only the started one has a row
        QCOMPARE(rows->first().status, AttemptStatus::Cancelled);
        QVERIFY(!coordinator.isRunning());
    }

    void cancel_duringBeforeDump_killsTheHookAndNeverStartsTheDump()
    {
        FakeEngine engine;
        JobConfig job = makeJob(QStringLiteral("a"), QStringLiteral("s"), 1);
        job.beforeDump = {QStringLiteral("/bin/sleep"), QStringLiteral("30")};
        RunCoordinator coordinator(engine, m_scratch->history(), {});
        QSignalSpy finished(&coordinator, &RunCoordinator::runFinished);
        QSignalSpy changed(&coordinator, &RunCoordinator::jobChanged);
        coordinator.start({job}, Trigger::Schedule, 1);
        QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant>& args) {
            return args.first().value<JobEvent>().state == JobState::Running;
        }));
        QTest::qWait(200); // sleep is running
        coordinator.cancel();
        QVERIFY(finished.wait(3000)); // the hook was killed, not waited for
        const auto summary = finished.first().first().value<RunSummary>();
        QCOMPARE(summary.jobs.size(), 1);
        QCOMPARE(summary.jobs.first().state, JobState::Cancelled);
        QCOMPARE(engine.tally.maxRunning, 0); // the dump never started
        const auto rows = m_scratch->history().attempts(QString(), 0);
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().status, AttemptStatus::Cancelled);
    }

    void afterDumpFailure_warns_onFailureGetsTheError()
    {
        FakeEngine engine;
        engine.failing.insert(QStringLiteral("b"));
        QTemporaryDir dir;
        const QString errorFile = dir.filePath(QStringLiteral("error.txt"));
        JobConfig a = makeJob(QStringLiteral("a"), QStringLiteral("s"), 2);
        a.afterDump = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                       QStringLiteral("echo 'disk quota'; exit 5")};
        a.onFailure = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("exit 0")};
        JobConfig b = makeJob(QStringLiteral("b"), QStringLiteral("s"), 2);
        b.afterDump = {QStringLiteral("/bin/false")}; // never: b fails
        b.onFailure = {
            QStringLiteral("/bin/sh"), QStringLiteral("-c"),
            QStringLiteral("printf '%s %s' \"$LARDER_STATUS\" \"$LARDER_ERROR\" > '%1'").arg(errorFile)};
        RunCoordinator coordinator(engine, m_scratch->history(), {});
        const std::optional<RunSummary> summary = runToTheEnd(coordinator, {a, b}, Trigger::Manual, 2);
        QVERIFY(summary);
        QCOMPARE(summary->succeeded(), 1);
        QCOMPARE(summary->failed(), 1);
        QCOMPARE(summary->warned(), 1);
        for (const JobEvent& event : summary->jobs) {
            if (event.job == QLatin1String("a")) {
                QCOMPARE(event.state, JobState::Succeeded);
                QVERIFY2(event.warning.contains(QLatin1String("after_dump exited with code 5: disk quota")),
                         qPrintable(event.warning));
            }
        }
        const auto rows = m_scratch->history().attempts(QStringLiteral("a"), 1);
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->first().status, AttemptStatus::Success);
        QVERIFY2(rows->first().warning.contains(QLatin1String("after_dump failed")),
                 qPrintable(rows->first().warning));
        QFile error(errorFile);
        QVERIFY(error.open(QIODevice::ReadOnly));
        QCOMPARE(error.readAll(), QByteArray("failed pg_dump: error: connection refused"));
    }

    void passwords_areLookedUpOncePerServer()
    {
        FakeEngine engine;
        QStringList lookups;
        RunCoordinator coordinator(engine, m_scratch->history(), [&](const ServerConfig& server) {
            lookups.append(server.name);
            return server.name == QLatin1String("alpha") ? std::optional<QString>(QStringLiteral("pw"))
                                                         : std::nullopt;
        });
        QVERIFY(runToTheEnd(coordinator, twoOnAlphaOneOnBeta(), Trigger::Schedule, 2));
        lookups.sort();
        QCOMPARE(lookups, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QCOMPARE(engine.passwords.value(QStringLiteral("a2")), std::optional<QString>(QStringLiteral("pw")));
        QCOMPARE(engine.passwords.value(QStringLiteral("b")), std::optional<QString>());
    }

    // Another host sharing the history: a job whose slot it holds is skipped, naming it; a job whose
    // server it fills waits, saying so, and runs once that host's dump ends. Each dump claims its
    // slot, and its claim ends as the dump did.
    void claims_anotherHostsSlotIsSkipped_aFullServerWaits()
    {
        FakeEngine engine;
        const auto daily = Schedule::parse(QStringLiteral("daily"));
        QVERIFY_RESULT(daily);
        QList<JobConfig> jobs = {makeJob(QStringLiteral("a"), QStringLiteral("alpha"), 1),
                                 makeJob(QStringLiteral("b"), QStringLiteral("beta"), 1)};
        for (JobConfig& job : jobs)
            job.schedule = *daily;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto slotOf = [&](const JobConfig& job) {
            return DumpSlot::of(job, Trigger::Schedule, now, QTimeZone::systemTimeZone(), QString());
        };

        FleetClaims other(m_scratch->history());
        HostIdentity::set(QStringLiteral("backup-7"));
        const auto holdsA =
            other.claim(QStringLiteral("a"), QStringLiteral("alpha"), 1, slotOf(jobs.at(0)), {});
        const auto fillsBeta =
            other.claim(QStringLiteral("elsewhere"), QStringLiteral("beta"), 1, QStringLiteral("x"), {});
        HostIdentity::set(QStringLiteral("backup-1"));
        QVERIFY_RESULT(holdsA);
        QVERIFY_RESULT(fillsBeta);
        QCOMPARE(fillsBeta->kind, ClaimAnswer::Kind::Granted);

        RunCoordinator coordinator(engine, m_scratch->history(), {});
        QStringList seen;
        connect(&coordinator, &RunCoordinator::jobChanged, this, [&](const JobEvent& event) {
            seen.append(QStringLiteral("%1 %2 %3").arg(event.job, jobStateName(event.state), event.detail));
            // Once b waits behind backup-7's dump, that dump ends.
            if (event.job == QLatin1String("b") && event.detail.contains(QLatin1String("across the fleet"))) {
                HostIdentity::set(QStringLiteral("backup-7"));
                QVERIFY_RESULT(other.release(fillsBeta->key, AttemptStatus::Success));
                HostIdentity::set(QStringLiteral("backup-1"));
            }
        });
        const auto summary = runToTheEnd(coordinator, jobs, Trigger::Schedule, 2);
        HostIdentity::set(QString());
        QVERIFY(summary);
        QVERIFY2(seen.contains(QStringLiteral("a skipped host backup-7 is dumping this slot")),
                 qPrintable(seen.join('\n')));
        // Plural-neutral: this test loads no translation ("1 dump(s)").
        QVERIFY2(seen.filter(QRegularExpression(
                                 QStringLiteral("^b queued waiting: server beta is at its limit of 1 "
                                                "dump.* at once across the fleet \\(backup-7\\)$")))
                         .size() == 1,
                 qPrintable(seen.join('\n')));
        QCOMPARE(summary->skipped(), 1);
        QCOMPARE(summary->succeeded(), 1);
        const auto rows = m_scratch->history().attempts(QString(), 0);
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().job, QStringLiteral("b"));
        QCOMPARE(rows->first().host, QStringLiteral("backup-1"));

        // b's slot is done: a host asking for it now is told who dumped it.
        HostIdentity::set(QStringLiteral("backup-7"));
        const auto after =
            other.claim(QStringLiteral("b"), QStringLiteral("beta"), 1, slotOf(jobs.at(1)), {});
        HostIdentity::set(QString());
        QVERIFY_RESULT(after);
        QCOMPARE(after->kind, ClaimAnswer::Kind::Done);
        QCOMPARE(after->host, QStringLiteral("backup-1"));
    }

private:
    std::optional<ScratchHistory> m_scratch;
};

QTEST_GUILESS_MAIN(TestRunCoordinator)
#include "tst_runcoordinator.moc"
