// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "FakePipeline.h"
#include "live/LiveRun.h"
#include "live/LiveRunState.h"
#include "plan/PlannedJob.h"
#include "run/RunPipeline.h"
#include "run/RunResult.h"
#include "run/RunSummary.h"

#include <QJsonDocument>
#include <QTest>

using namespace larder;

// LiveRun follows the real RunPipeline through the same template: this fails to compile if their
// signals part.
[[maybe_unused]] static void (LiveRun::*const kFollowsRunPipeline)(RunPipeline&) =
    &LiveRun::follow<RunPipeline>;

namespace {

PlannedJob planned(const QString& job, const QString& server, int serverLimit)
{
    PlannedJob planned;
    planned.job.name = job;
    planned.job.server.name = server;
    planned.job.server.maxParallel = serverLimit;
    planned.due = true;
    return planned;
}

JobEvent jobEvent(const QString& job, JobState state, const QString& detail = QString())
{
    JobEvent event;
    event.job = job;
    event.server = QStringLiteral("db1");
    event.state = state;
    event.detail = detail;
    return event;
}

} // namespace

class TestLiveRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void planned_setsDueAndServerLimits();
    void queued_waitsWithTheCoordinatorsReason();
    void running_leavesTheQueueWithItsEstimate();
    void running_withoutLookupEstimatesFromThePlansLastSuccess();
    void progress_setsBytesRateAndGrowth();
    void progress_rateIsOfTheLastSeconds();
    void activity_keepsTheNewestLinesOfRunningJobs();
    void stalled_keepsTheWordsUntilCleared();
    void finished_countsAndKeepsTheFirstErrorLine();
    void dumpsFinished_endsTheRun();
    void json_roundTripIsEqual();
    void json_otherVersionIsRefused();

private:
    void runShop();

    FakePipeline* m_pipeline = nullptr;
    LiveRun* m_live = nullptr;
    qint64 m_now = 0;
    QStringList m_estimated; // the jobs whose estimate was looked up
    int m_changes = 0;
};

void TestLiveRun::init()
{
    m_now = 100'000;
    m_estimated.clear();
    m_changes = 0;
    m_pipeline = new FakePipeline;
    m_live = new LiveRun(
        QStringLiteral("/etc/larder/larder.toml"), 2,
        [this](const QString& job) {
            m_estimated.append(job);
            return job == QLatin1String("shop") ? qint64(10'000) : qint64(0);
        },
        [this] { return m_now; });
    m_live->follow(*m_pipeline);
    connect(m_live, &LiveRun::changed, this, [this] { ++m_changes; });
}

void TestLiveRun::cleanup()
{
    delete m_live;
    delete m_pipeline;
}

void TestLiveRun::runShop()
{
    Q_EMIT m_pipeline->jobChanged(jobEvent(QStringLiteral("shop"), JobState::Queued));
    Q_EMIT m_pipeline->jobChanged(jobEvent(QStringLiteral("shop"), JobState::Running));
}

void TestLiveRun::planned_setsDueAndServerLimits()
{
    const QList<PlannedJob> selected{planned(QStringLiteral("shop"), QStringLiteral("db1"), 1),
                                     planned(QStringLiteral("blog"), QStringLiteral("db1"), 1),
                                     planned(QStringLiteral("wiki"), QStringLiteral("db2"), 3)};
    Q_EMIT m_pipeline->planned(selected, selected);
    const LiveRunState& state = m_live->state();
    QCOMPARE(state.configPath, QStringLiteral("/etc/larder/larder.toml"));
    QCOMPARE(state.maxParallel, 2);
    QCOMPARE(state.due, 3);
    const QMap<QString, int> limits{{QStringLiteral("db1"), 1}, {QStringLiteral("db2"), 3}};
    QCOMPARE(state.serverLimits, limits);
    QCOMPARE(m_changes, 1);
    Q_EMIT m_pipeline->dumpsStarted({QStringLiteral("shop"), QStringLiteral("blog")}, Trigger::Manual);
    QCOMPARE(m_live->state().due, 2);
}

void TestLiveRun::queued_waitsWithTheCoordinatorsReason()
{
    Q_EMIT m_pipeline->jobChanged(jobEvent(QStringLiteral("blog"), JobState::Queued));
    QCOMPARE(m_live->state().waiting.size(), 1);
    QCOMPARE(m_live->state().waiting.at(0).reason, QString());
    const QString reason = QStringLiteral("waiting: server db1 is at its limit of 1 dump at once");
    Q_EMIT m_pipeline->jobChanged(jobEvent(QStringLiteral("blog"), JobState::Queued, reason));
    QCOMPARE(m_live->state().waiting.size(), 1);
    QCOMPARE(m_live->state().waiting.at(0),
             (LiveWaiting{QStringLiteral("blog"), QStringLiteral("db1"), reason}));
    QVERIFY(m_live->state().running.isEmpty());
}

void TestLiveRun::running_leavesTheQueueWithItsEstimate()
{
    runShop();
    Q_EMIT m_pipeline->jobChanged(
        jobEvent(QStringLiteral("blog"), JobState::Queued, QStringLiteral("limit")));
    Q_EMIT m_pipeline->jobChanged(jobEvent(QStringLiteral("blog"), JobState::Running));
    const LiveRunState& state = m_live->state();
    QVERIFY(state.waiting.isEmpty());
    QCOMPARE(state.running.size(), 2);
    QCOMPARE(m_estimated, (QStringList{QStringLiteral("shop"), QStringLiteral("blog")}));
    const LiveDump& shop = state.running.at(0);
    QCOMPARE(shop.job, QStringLiteral("shop"));
    QCOMPARE(shop.server, QStringLiteral("db1"));
    QCOMPARE(shop.estimate, qint64(10'000));
    QCOMPARE(shop.startedMs, m_now);
    QCOMPARE(shop.bytes, qint64(0));
    QCOMPARE(state.running.at(1).estimate, qint64(0)); // a first dump: no estimate
    // A repeated Running event (a listener connected late) starts nothing twice.
    Q_EMIT m_pipeline->jobChanged(jobEvent(QStringLiteral("shop"), JobState::Running));
    QCOMPARE(m_live->state().running.size(), 2);
    QCOMPARE(m_estimated.size(), 2);
}

void TestLiveRun::running_withoutLookupEstimatesFromThePlansLastSuccess()
{
    FakePipeline pipeline;
    LiveRun live(QStringLiteral("/etc/larder/larder.toml"), 2, {});
    live.follow(pipeline);
    PlannedJob shop = planned(QStringLiteral("shop"), QStringLiteral("db1"), 1);
    shop.lastSuccessUtc = QDateTime::currentDateTimeUtc();
    shop.lastBytes = 7'000;
    PlannedJob blog = planned(QStringLiteral("blog"), QStringLiteral("db1"), 1);
    blog.lastBytes = 9'000; // no success: not an estimate
    Q_EMIT pipeline.planned({shop, blog}, {shop, blog});
    Q_EMIT pipeline.jobChanged(jobEvent(QStringLiteral("shop"), JobState::Running));
    Q_EMIT pipeline.jobChanged(jobEvent(QStringLiteral("blog"), JobState::Running));
    QCOMPARE(live.state().running.size(), 2);
    QCOMPARE(live.state().running.at(0).estimate, qint64(7'000));
    QCOMPARE(live.state().running.at(1).estimate, qint64(0));
}

void TestLiveRun::progress_setsBytesRateAndGrowth()
{
    runShop();
    m_now += 1000;
    Q_EMIT m_pipeline->jobProgress(QStringLiteral("shop"), 2000);
    LiveDump dump = m_live->state().running.at(0);
    QCOMPARE(dump.bytes, qint64(2000));
    QCOMPARE(dump.bytesPerSecond, qint64(2000));
    QCOMPARE(dump.grewMs, m_now);
    const qint64 grew = m_now;
    m_now += 1000;
    Q_EMIT m_pipeline->jobProgress(QStringLiteral("shop"), 2000);
    dump = m_live->state().running.at(0);
    QCOMPARE(dump.grewMs, grew); // no growth: a stall shows from here
    QCOMPARE(dump.bytesPerSecond, qint64(1000));
    Q_EMIT m_pipeline->jobProgress(QStringLiteral("nobody"), 5); // not running: ignored
    QCOMPARE(m_live->state().running.size(), 1);
}

void TestLiveRun::progress_rateIsOfTheLastSeconds()
{
    runShop();
    const qint64 start = m_now;
    for (const auto& [ms, bytes] : {std::pair{1000, 1000}, {2000, 2000}, {9000, 2100}}) {
        m_now = start + ms;
        Q_EMIT m_pipeline->jobProgress(QStringLiteral("shop"), bytes);
    }
    // Over the last 5 s (from the sample at 2 s on): 100 bytes in 7 s, not 2100 in 9 s.
    QCOMPARE(m_live->state().running.at(0).bytesPerSecond, qint64(14));
}

void TestLiveRun::activity_keepsTheNewestLinesOfRunningJobs()
{
    runShop();
    Q_EMIT m_pipeline->jobChanged(jobEvent(QStringLiteral("blog"), JobState::Running));
    for (int i = 0; i < 25; ++i)
        Q_EMIT m_pipeline->jobActivity(QStringLiteral("shop"), QStringLiteral("line %1").arg(i), i == 24);
    Q_EMIT m_pipeline->jobActivity(QStringLiteral("blog"), QStringLiteral("dumping blog"), false);
    QList<LiveActivity> activity = m_live->state().activity;
    QCOMPARE(activity.size(), LiveRunState::kActivityLines);
    QCOMPARE(activity.first(), (LiveActivity{QStringLiteral("shop"), QStringLiteral("line 6"), false}));
    QCOMPARE(activity.at(18), (LiveActivity{QStringLiteral("shop"), QStringLiteral("line 24"), true}));
    QCOMPARE(activity.last(), (LiveActivity{QStringLiteral("blog"), QStringLiteral("dumping blog"), false}));
    // A finished job's lines go with it.
    Q_EMIT m_pipeline->jobChanged(jobEvent(QStringLiteral("shop"), JobState::Succeeded));
    activity = m_live->state().activity;
    QCOMPARE(activity,
             (QList<LiveActivity>{{QStringLiteral("blog"), QStringLiteral("dumping blog"), false}}));
}

void TestLiveRun::stalled_keepsTheWordsUntilCleared()
{
    runShop();
    const QString why = QStringLiteral("waiting for a lock on public.orders held by pid 4242");
    const int before = m_changes;
    Q_EMIT m_pipeline->jobStalled(QStringLiteral("shop"), why);
    QCOMPARE(m_live->state().running.value(0).stalled, why);
    QCOMPARE(m_changes, before + 1);
    Q_EMIT m_pipeline->jobStalled(QStringLiteral("shop"), why); // the same words: nothing to redraw
    QCOMPARE(m_changes, before + 1);
    Q_EMIT m_pipeline->jobStalled(QStringLiteral("blog"), why); // not running: nowhere to show it
    QCOMPARE(m_live->state().running.size(), 1);
    Q_EMIT m_pipeline->jobStalled(QStringLiteral("shop"), QString());
    QCOMPARE(m_live->state().running.value(0).stalled, QString());
    QCOMPARE(m_changes, before + 2);
}

void TestLiveRun::finished_countsAndKeepsTheFirstErrorLine()
{
    runShop();
    JobEvent succeeded = jobEvent(QStringLiteral("shop"), JobState::Succeeded);
    succeeded.elapsedMs = 4200;
    succeeded.outcome.bytes = 12'345;
    succeeded.outcome.path = QStringLiteral("/backups/shop/shop.dump");
    succeeded.warning = QStringLiteral("dump is 12 KiB, 2 % of the median");
    Q_EMIT m_pipeline->jobChanged(succeeded);
    Q_EMIT m_pipeline->jobChanged(jobEvent(QStringLiteral("blog"), JobState::Running));
    Q_EMIT m_pipeline->jobChanged(
        jobEvent(QStringLiteral("blog"), JobState::Failed,
                 QStringLiteral("pg_dump failed: no connection\npg_dump: detail\n")));
    Q_EMIT m_pipeline->jobChanged(jobEvent(QStringLiteral("wiki"), JobState::Queued));
    Q_EMIT m_pipeline->jobChanged(
        jobEvent(QStringLiteral("wiki"), JobState::Cancelled, QStringLiteral("cancelled before it started")));

    const LiveRunState& state = m_live->state();
    QVERIFY(state.running.isEmpty());
    QVERIFY(state.waiting.isEmpty());
    QCOMPARE(state.done(), 1);
    QCOMPARE(state.failed(), 1);
    QCOMPARE(state.cancelledJobs(), 1);
    QCOMPARE(state.finished.size(), 3);
    QCOMPARE(state.finished.at(0),
             (LiveFinished{QStringLiteral("shop"), QStringLiteral("db1"), JobState::Succeeded, QString(),
                           QStringLiteral("/backups/shop/shop.dump"), 12'345, 4200,
                           QStringLiteral("dump is 12 KiB, 2 % of the median")}));
    QCOMPARE(state.finished.at(1).error, QStringLiteral("pg_dump failed: no connection"));
    QCOMPARE(state.finished.at(2).state, JobState::Cancelled);
    QVERIFY(!state.over);
}

void TestLiveRun::dumpsFinished_endsTheRun()
{
    runShop();
    RunSummary summary;
    summary.cancelled = true;
    Q_EMIT m_pipeline->dumpsFinished(summary);
    QVERIFY(m_live->state().over);
    QVERIFY(m_live->state().cancelled);
    RunResult result;
    result.error = QStringLiteral("discovery failed");
    Q_EMIT m_pipeline->finished(result);
    QCOMPARE(m_live->state().error, QStringLiteral("discovery failed"));
    QVERIFY(m_live->state().running.isEmpty());
}

void TestLiveRun::json_roundTripIsEqual()
{
    const QList<PlannedJob> selected{planned(QStringLiteral("shop"), QStringLiteral("db1"), 1)};
    Q_EMIT m_pipeline->planned(selected, selected);
    runShop();
    m_now += 1500;
    Q_EMIT m_pipeline->jobProgress(QStringLiteral("shop"), 3000);
    Q_EMIT m_pipeline->jobStalled(QStringLiteral("shop"), QStringLiteral("waiting for a lock"));
    Q_EMIT m_pipeline->jobChanged(
        jobEvent(QStringLiteral("blog"), JobState::Queued, QStringLiteral("limit")));
    Q_EMIT m_pipeline->jobActivity(QStringLiteral("shop"), QStringLiteral("reading tables"), false);
    Q_EMIT m_pipeline->jobChanged(
        jobEvent(QStringLiteral("wiki"), JobState::Failed, QStringLiteral("no pg_dump")));
    const LiveRunState& state = m_live->state();
    QVERIFY(!state.running.isEmpty() && !state.waiting.isEmpty() && !state.activity.isEmpty() &&
            !state.finished.isEmpty());

    // As a status channel would send it: one line of compact JSON.
    const QByteArray line = QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(!line.contains('\n'));
    QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("version")).toInt(),
             LiveRunState::kVersion);
    const Result<LiveRunState> read = LiveRunState::fromJson(QJsonDocument::fromJson(line).object());
    QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().message));
    QCOMPARE(*read, state);
    // And the comparison sees a difference.
    LiveRunState other = *read;
    other.running[0].bytes += 1;
    QVERIFY(!(other == state));
    other = *read;
    other.running[0].stalled.clear();
    QVERIFY(!(other == state));
}

void TestLiveRun::json_otherVersionIsRefused()
{
    QJsonObject json = m_live->state().toJson();
    json.insert(QStringLiteral("version"), LiveRunState::kVersion + 1);
    const Result<LiveRunState> read = LiveRunState::fromJson(json);
    QVERIFY(!read.has_value());
    QVERIFY2(read.error().message.contains(QString::number(LiveRunState::kVersion + 1)),
             qPrintable(read.error().message));
}

QTEST_GUILESS_MAIN(TestLiveRun)
#include "tst_liverun.moc"
