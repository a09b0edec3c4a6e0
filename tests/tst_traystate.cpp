// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "TrayState.h"

#include <QTest>

using namespace larder;

Q_DECLARE_METATYPE(larder::TrayState::Icon)

namespace {

// A step of a scenario: "q:app" queued, "r:app" running, "s:app" succeeded, "w:app" succeeded with a
// warning, "f:app" failed,
// "c:app" cancelled, "pending:a,b", "finished" (run over), "pause", "resume".
void apply(TrayState& state, const QString& step)
{
    const QString arg = step.section(QLatin1Char(':'), 1);
    if (step.startsWith(QLatin1String("q:")))
        state.jobChanged(arg, JobState::Queued);
    else if (step.startsWith(QLatin1String("r:")))
        state.jobChanged(arg, JobState::Running);
    else if (step.startsWith(QLatin1String("s:")))
        state.jobChanged(arg, JobState::Succeeded);
    else if (step.startsWith(QLatin1String("w:")))
        state.jobChanged(arg, JobState::Succeeded, {}, QStringLiteral("dump is 4 % of the median"));
    else if (step.startsWith(QLatin1String("f:")))
        state.jobChanged(arg, JobState::Failed);
    else if (step.startsWith(QLatin1String("c:")))
        state.jobChanged(arg, JobState::Cancelled);
    else if (step.startsWith(QLatin1String("pending:")))
        state.setPendingJobs(arg.isEmpty() ? QStringList() : arg.split(QLatin1Char(',')));
    else if (step == QLatin1String("finished"))
        state.runFinished();
    else if (step == QLatin1String("pause"))
        state.setScheduling(false);
    else if (step == QLatin1String("resume"))
        state.setScheduling(true);
    else
        QFAIL(qPrintable(QStringLiteral("unknown step ") + step));
}

const QDateTime kNow(QDate(2026, 11, 26), QTime(14, 0), Qt::LocalTime);

PlannedJob planned(const QString& name, const QString& schedule, const QDateTime& lastSuccessUtc,
                   bool enabled = true, const QDateTime& knownSinceUtc = {})
{
    PlannedJob entry;
    entry.job.name = name;
    entry.job.schedule = *Schedule::parse(schedule);
    entry.job.enabled = enabled;
    entry.lastSuccessUtc = lastSuccessUtc;
    entry.knownSinceUtc = knownSinceUtc;
    return entry;
}

} // namespace

class TestTrayState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void transitions_data();
    void transitions();
    void toolTip_data();
    void toolTip();
    void failures_listOnlyTheFirstThree();
    void warnings_listOnlyTheFirstThree_iconUnchanged();
    void iconName_namesEveryState();
    void stale_afterTwoPeriodsWithoutSuccess();
    void stale_neverForNeverDumpedDisabledOrManualJobs();
    void stale_clearedBySuccess_andBelowFailedAboveOthers();
    void stale_toolTipNamesJobsWithTheirAge();
    void headline_andSummary_sayHealthAtAGlance();
    void headline_andSummary_allGood_paused_running_dueNow();
};

void TestTrayState::transitions_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<TrayState::Icon>("icon");
    QTest::addColumn<int>("running");
    QTest::addColumn<int>("queued");
    QTest::addColumn<QStringList>("failed");

    using I = TrayState::Icon;
    QTest::newRow("fresh_isIdle") << QStringList{} << I::Idle << 0 << 0 << QStringList{};
    QTest::newRow("queued_isRunning") << QStringList{"q:a"} << I::Running << 0 << 1 << QStringList{};
    QTest::newRow("running") << QStringList{"q:a", "r:a", "q:b"} << I::Running << 1 << 1 << QStringList{};
    QTest::newRow("success_backToIdle") << QStringList{"r:a", "s:a"} << I::Idle << 0 << 0 << QStringList{};
    QTest::newRow("failure_staysAfterRun")
        << QStringList{"r:a", "r:b", "f:a", "s:b", "finished"} << I::Failed << 0 << 0 << QStringList{"a"};
    QTest::newRow("runningOverridesFailure")
        << QStringList{"r:a", "f:a", "r:b"} << I::Running << 1 << 0 << QStringList{"a"};
    QTest::newRow("nextSuccessOfThatJob_clears")
        << QStringList{"r:a", "f:a", "finished", "r:a", "s:a"} << I::Idle << 0 << 0 << QStringList{};
    QTest::newRow("successOfAnotherJob_keeps")
        << QStringList{"f:a", "r:b", "s:b"} << I::Failed << 0 << 0 << QStringList{"a"};
    QTest::newRow("cancelled_keepsFailure")
        << QStringList{"f:a", "r:a", "c:a"} << I::Failed << 0 << 0 << QStringList{"a"};
    QTest::newRow("cancelled_setsNoFailure")
        << QStringList{"r:a", "c:a"} << I::Idle << 0 << 0 << QStringList{};
    QTest::newRow("failingTwice_staysFailed")
        << QStringList{"f:a", "f:b", "finished", "r:a", "f:a", "finished"} << I::Failed << 0 << 0
        << QStringList{"a", "b"};
    QTest::newRow("paused") << QStringList{"pause"} << I::Paused << 0 << 0 << QStringList{};
    QTest::newRow("failureOverridesPaused")
        << QStringList{"pause", "f:a"} << I::Failed << 0 << 0 << QStringList{"a"};
    QTest::newRow("runningOverridesPaused")
        << QStringList{"pause", "r:a"} << I::Running << 1 << 0 << QStringList{};
    QTest::newRow("resumed") << QStringList{"pause", "resume"} << I::Idle << 0 << 0 << QStringList{};
    QTest::newRow("pendingCount_isRunning")
        << QStringList{"pending:a,b"} << I::Running << 0 << 2 << QStringList{};
    QTest::newRow("pendingAndQueued_countedOnce")
        << QStringList{"q:a", "pending:a,b"} << I::Running << 0 << 2 << QStringList{};
    QTest::newRow("pendingThatRuns_notQueued")
        << QStringList{"pending:a", "r:a"} << I::Running << 1 << 0 << QStringList{};
    QTest::newRow("missedEvents_clearedByRunFinished")
        << QStringList{"q:a", "r:b", "finished"} << I::Idle << 0 << 0 << QStringList{};
}

void TestTrayState::transitions()
{
    QFETCH(QStringList, steps);
    TrayState state;
    for (const QString& step : steps)
        apply(state, step);
    QTEST(state.icon(), "icon");
    QTEST(state.runningCount(), "running");
    QTEST(state.queuedCount(), "queued");
    QTEST(state.failedJobs(), "failed");
}

void TestTrayState::toolTip_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QDateTime>("nextDue");
    QTest::addColumn<QString>("toolTip");

    const QDateTime today = QDateTime(QDate(2026, 11, 26), QTime(23, 30), Qt::LocalTime).toUTC();
    const QDateTime tomorrow = QDateTime(QDate(2026, 11, 27), QTime(2, 30), Qt::LocalTime).toUTC();
    const QDateTime later = QDateTime(QDate(2026, 12, 24), QTime(2, 30), Qt::LocalTime).toUTC();

    QTest::newRow("idle") << QStringList{} << today << "Larder\nNext at 23:30";
    QTest::newRow("idle_tomorrow") << QStringList{} << tomorrow << "Larder\nNext at Fri 02:30";
    QTest::newRow("idle_farAhead") << QStringList{} << later << "Larder\nNext at 2026-12-24 02:30";
    QTest::newRow("idle_overdue") << QStringList{} << kNow.addSecs(-60).toUTC() << "Larder\nNext: due now";
    QTest::newRow("nothingScheduled") << QStringList{} << QDateTime() << "Larder\nNothing scheduled";
    QTest::newRow("running") << QStringList{"r:a", "r:b", "r:c"} << today
                             << "Larder\n3 dump(s) running\nNext at 23:30";
    QTest::newRow("runningAndQueued")
        << QStringList{"r:a", "q:b"} << today << "Larder\n1 dump(s) running, 1 queued\nNext at 23:30";
    QTest::newRow("waiting") << QStringList{"pending:a,b"} << today
                             << "Larder\n2 dump(s) waiting\nNext at 23:30";
    QTest::newRow("failed") << QStringList{"f:app"} << today << "Larder\nLast run: app failed\nNext at 23:30";
    QTest::newRow("failedTwo") << QStringList{"f:zz", "f:app"} << today
                               << "Larder\nLast run: app, zz failed\nNext at 23:30";
    QTest::newRow("warning") << QStringList{"w:app"} << today
                             << "Larder\nLast run: app with a warning\nNext at 23:30";
    QTest::newRow("warningAndFailure")
        << QStringList{"w:b", "f:a", "w:c"} << today
        << "Larder\nLast run: a failed\nLast run: b, c with a warning\nNext at 23:30";
    QTest::newRow("warningClearedBySuccess")
        << QStringList{"w:app", "s:app"} << today << "Larder\nNext at 23:30";
    QTest::newRow("warningThenFailure")
        << QStringList{"w:app", "f:app"} << today << "Larder\nLast run: app failed\nNext at 23:30";
    QTest::newRow("warningKeptByCancel") << QStringList{"w:app", "r:app", "c:app"} << today
                                         << "Larder\nLast run: app with a warning\nNext at 23:30";
    QTest::newRow("paused") << QStringList{"pause"} << today << "Larder\nSchedules paused";
    QTest::newRow("runningWhilePaused") << QStringList{"pause", "r:a", "f:b"} << today
                                        << "Larder\n1 dump(s) running\nLast run: b failed\nSchedules paused";
}

void TestTrayState::toolTip()
{
    QFETCH(QStringList, steps);
    QFETCH(QDateTime, nextDue);
    TrayState state;
    for (const QString& step : steps)
        apply(state, step);
    state.setNextDue(nextDue);
    QTEST(state.toolTip(kNow), "toolTip");
}

void TestTrayState::failures_listOnlyTheFirstThree()
{
    TrayState state;
    for (const char* job : {"e", "d", "c", "b", "a"})
        state.jobChanged(QString::fromLatin1(job), JobState::Failed);
    QCOMPARE(state.toolTip(kNow),
             QStringLiteral("Larder\nLast run: a, b, c and 2 more failed\nNothing scheduled"));
}

void TestTrayState::warnings_listOnlyTheFirstThree_iconUnchanged()
{
    TrayState state;
    for (const char* job : {"e", "d", "c", "b", "a"})
        state.jobChanged(QString::fromLatin1(job), JobState::Succeeded, {},
                         QStringLiteral("after_dump failed"));
    QCOMPARE(state.warnedJobs(), (QStringList{"a", "b", "c", "d", "e"}));
    QCOMPARE(state.icon(), TrayState::Icon::Idle);
    QCOMPARE(state.toolTip(kNow),
             QStringLiteral("Larder\nLast run: a, b, c and 2 more with a warning\nNothing scheduled"));
}

void TestTrayState::iconName_namesEveryState()
{
    QCOMPARE(TrayState::iconName(TrayState::Icon::Idle), QStringLiteral("idle"));
    QCOMPARE(TrayState::iconName(TrayState::Icon::Running), QStringLiteral("running"));
    QCOMPARE(TrayState::iconName(TrayState::Icon::Failed), QStringLiteral("failed"));
    QCOMPARE(TrayState::iconName(TrayState::Icon::Paused), QStringLiteral("paused"));
}

void TestTrayState::stale_afterTwoPeriodsWithoutSuccess()
{
    // The rule is core's Freshness (two periods and an hour, or max_age), as `larder check --fresh`.
    const QDateTime now = kNow.toUTC();
    TrayState state;
    state.setPlan({planned(QStringLiteral("daily"), QStringLiteral("daily"), now.addSecs(-47 * 3600)),
                   planned(QStringLiteral("hourly"), QStringLiteral("hourly"), now.addSecs(-4 * 3600))});
    state.updateStale(now);
    QCOMPARE(state.staleJobs(), QStringList{QStringLiteral("hourly")});
    QCOMPARE(state.icon(), TrayState::Icon::Stale);
    // Time passes without a dump.
    state.updateStale(now.addSecs(3 * 3600));
    QCOMPARE(state.staleJobs(), (QStringList{QStringLiteral("daily"), QStringLiteral("hourly")}));
    // Exactly at the limit: not yet; a second later: stale.
    const qint64 limit = Freshness::defaultLimitSeconds(*Schedule::parse(QStringLiteral("daily")));
    state.setPlan({planned(QStringLiteral("daily"), QStringLiteral("daily"), now.addSecs(-limit))});
    state.updateStale(now);
    QCOMPARE(state.staleJobs(), QStringList{});
    state.updateStale(now.addSecs(1));
    QCOMPARE(state.staleJobs(), QStringList{QStringLiteral("daily")});
}

void TestTrayState::stale_neverForNeverDumpedDisabledOrManualJobs()
{
    const QDateTime now = kNow.toUTC();
    const QDateTime longAgo = now.addDays(-60);
    TrayState state;
    state.setPlan(
        {planned(QStringLiteral("new"), QStringLiteral("hourly"), QDateTime(), true, now.addSecs(-600)),
         planned(QStringLiteral("off"), QStringLiteral("daily"), longAgo, false),
         planned(QStringLiteral("manual"), QStringLiteral("manual"), longAgo)});
    state.updateStale(now);
    QCOMPARE(state.staleJobs(), QStringList{});
    QCOMPARE(state.icon(), TrayState::Icon::Idle);
    // A job that never succeeded counts from when it is known to exist.
    state.setPlan(
        {planned(QStringLiteral("new"), QStringLiteral("hourly"), QDateTime(), true, now.addDays(-1))});
    state.updateStale(now);
    QCOMPARE(state.staleJobs(), QStringList{QStringLiteral("new")});
    QVERIFY2(state.toolTip(now).contains(QLatin1String("new (no dump in 24 hour(s))")),
             qPrintable(state.toolTip(now)));
}

void TestTrayState::stale_clearedBySuccess_andBelowFailedAboveOthers()
{
    const QDateTime now = kNow.toUTC();
    TrayState state;
    state.setPlan({planned(QStringLiteral("a"), QStringLiteral("daily"), now.addDays(-3)),
                   planned(QStringLiteral("b"), QStringLiteral("daily"), now.addDays(-1))});
    state.updateStale(now);
    state.setScheduling(false);
    QCOMPARE(state.icon(), TrayState::Icon::Stale); // old dumps matter more than a pause
    state.jobChanged(QStringLiteral("b"), JobState::Failed);
    QCOMPARE(state.icon(), TrayState::Icon::Failed);
    state.jobChanged(QStringLiteral("a"), JobState::Running);
    QCOMPARE(state.icon(), TrayState::Icon::Running);
    state.jobChanged(QStringLiteral("a"), JobState::Succeeded, now);
    state.jobChanged(QStringLiteral("b"), JobState::Succeeded, now);
    QCOMPARE(state.staleJobs(), QStringList{});
    QCOMPARE(state.icon(), TrayState::Icon::Paused);
    // The success counts for later evaluations too.
    state.updateStale(now.addSecs(3600));
    QCOMPARE(state.staleJobs(), QStringList{});
    state.updateStale(now.addDays(3));
    QCOMPARE(state.staleJobs(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestTrayState::stale_toolTipNamesJobsWithTheirAge()
{
    const QDateTime now = kNow.toUTC();
    TrayState state;
    state.setPlan({planned(QStringLiteral("app"), QStringLiteral("daily"), now.addDays(-5)),
                   planned(QStringLiteral("crm"), QStringLiteral("hourly"), now.addSecs(-7 * 3600))});
    state.updateStale(now);
    const QString tip = state.toolTip(now);
    QVERIFY2(
        tip.contains(QLatin1String("Stale: app (last dump 5 day(s) ago), crm (last dump 7 hour(s) ago)")),
        qPrintable(tip));
    QCOMPARE(TrayState::iconName(TrayState::Icon::Stale), QStringLiteral("stale"));
}

namespace {

PlannedJob withTimes(PlannedJob entry, const QDateTime& nextDueUtc, const QDateTime& lastFailureUtc = {})
{
    entry.nextDueUtc = nextDueUtc;
    entry.lastFailureUtc = lastFailureUtc;
    return entry;
}

QDateTime localToday(int hour, int minute)
{
    return QDateTime(kNow.date(), QTime(hour, minute), Qt::LocalTime).toUTC();
}

} // namespace

void TestTrayState::headline_andSummary_sayHealthAtAGlance()
{
    const QDateTime now = kNow.toUTC();
    TrayState state;
    state.setPlan(
        {withTimes(planned(QStringLiteral("app"), QStringLiteral("daily"), now.addSecs(-2 * 3600)),
                   localToday(14, 30)),
         withTimes(planned(QStringLiteral("blog"), QStringLiteral("daily"), now.addSecs(-3 * 3600)),
                   QDateTime(kNow.date().addDays(1), QTime(2, 30), Qt::LocalTime).toUTC()),
         withTimes(planned(QStringLiteral("ghost"), QStringLiteral("daily"), now.addSecs(-30 * 3600)),
                   localToday(15, 0), localToday(13, 51)),
         withTimes(planned(QStringLiteral("shop"), QStringLiteral("hourly"), now.addDays(-7)),
                   localToday(15, 0)),
         withTimes(planned(QStringLiteral("off"), QStringLiteral("daily"), QDateTime(), false),
                   localToday(14, 5))});
    state.jobChanged(QStringLiteral("ghost"), JobState::Failed);
    state.updateStale(now);

    // Backed up: app and blog; ghost failed, shop stale, off disabled (not counted). Next: the
    // earliest slot of an enabled job.
    QCOMPARE(state.headline(now),
             QStringLiteral("2 of 4 backed up · ghost failed at 13:51 · shop stale · next: app at 14:30"));
    QCOMPARE(state.summary(now), QStringLiteral("1 failed, 1 stale, next at 14:30"));

    // More than one of a kind: the first by name, and how many more.
    state.jobChanged(QStringLiteral("blog"), JobState::Failed);
    QCOMPARE(state.headline(now),
             QStringLiteral("1 of 4 backed up · blog failed (and 1 more) · shop stale · next: app at 14:30"));
    QCOMPARE(state.summary(now), QStringLiteral("2 failed, 1 stale, next at 14:30"));
}

void TestTrayState::headline_andSummary_allGood_paused_running_dueNow()
{
    const QDateTime now = kNow.toUTC();
    TrayState state;
    state.setPlan({withTimes(planned(QStringLiteral("app"), QStringLiteral("daily"), now.addSecs(-3600)),
                             QDateTime(kNow.date().addDays(1), QTime(2, 30), Qt::LocalTime).toUTC()),
                   withTimes(planned(QStringLiteral("wiki"), QStringLiteral("daily"), now.addSecs(-3600)),
                             QDateTime(kNow.date().addDays(2), QTime(2, 30), Qt::LocalTime).toUTC())});
    state.updateStale(now);
    // 2026-11-26 is a Thursday: tomorrow's slot names its day.
    QCOMPARE(state.headline(now), QStringLiteral("2 of 2 backed up · next: app at Fri 02:30"));
    QCOMPARE(state.summary(now), QStringLiteral("all 2 backed up, next at Fri 02:30"));

    state.jobChanged(QStringLiteral("wiki"), JobState::Running);
    QCOMPARE(state.headline(now), QStringLiteral("2 of 2 backed up · 1 running · next: app at Fri 02:30"));
    QCOMPARE(state.summary(now), QStringLiteral("1 running, next at Fri 02:30"));

    state.setScheduling(false);
    QCOMPARE(state.headline(now), QStringLiteral("2 of 2 backed up · 1 running · schedules paused"));
    QCOMPARE(state.summary(now), QStringLiteral("1 running, schedules paused"));

    state.setScheduling(true);
    state.runFinished();
    state.setPlan({withTimes(planned(QStringLiteral("app"), QStringLiteral("daily"), now.addDays(-1)),
                             now.addSecs(-60))});
    state.updateStale(now);
    QCOMPARE(state.headline(now), QStringLiteral("1 of 1 backed up · next: app, due now"));
    QCOMPARE(state.summary(now), QStringLiteral("all 1 backed up, next due now"));
}

QTEST_GUILESS_MAIN(TestTrayState)
#include "tst_traystate.moc"
