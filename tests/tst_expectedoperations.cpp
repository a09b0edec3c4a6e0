// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The dumps the schedule expects in the next 24 hours (ExpectedOperations, pure): time order, the
// waits that server and run limits cause among jobs due together, due jobs first, disabled and
// manual jobs left out, retries, the horizon and the cap per job; and the timeline: when each dump
// is expected to start and end, behind its server's and the run's limits and the run before it.

#include "base/Translator.h"
#include "plan/ExpectedOperations.h"

#include <QTest>

using namespace larder;

namespace {

const QTimeZone kUtc = QTimeZone::utc();
const QDateTime kNow(QDate(2026, 12, 4), QTime(1, 0), kUtc);

PlannedJob job(const QString& name, const QString& server, int serverLimit, const QString& schedule)
{
    PlannedJob entry;
    entry.job.name = name;
    entry.job.server.name = server;
    entry.job.server.maxParallel = serverLimit;
    entry.job.schedule = *Schedule::parse(schedule);
    return entry;
}

QStringList described(const QList<ExpectedOperation>& operations)
{
    QStringList lines;
    for (const ExpectedOperation& operation : operations)
        lines.append(
            operation.atUtc.toString(QStringLiteral("dd HH:mm ")) + operation.job +
            (operation.waitsFor.isEmpty() ? QString() : QStringLiteral(" waits for ") + operation.waitsFor));
    return lines;
}

PlannedJob lasting(PlannedJob entry, int minutes)
{
    entry.lastDurationMs = qint64(minutes) * 60 * 1000;
    return entry;
}

// "04 02:30 blog 02:40-02:45 waits for server db1"; "(default)" marks a duration not known.
QStringList timeline(const QList<ExpectedOperation>& operations)
{
    QStringList lines;
    for (const ExpectedOperation& operation : operations)
        lines.append(
            operation.atUtc.toString(QStringLiteral("dd HH:mm ")) + operation.job +
            operation.startUtc.toString(QStringLiteral(" HH:mm")) +
            operation.endUtc.toString(QStringLiteral("-HH:mm")) +
            (operation.durationKnown ? QString() : QStringLiteral(" (default)")) +
            (operation.waitsFor.isEmpty() ? QString() : QStringLiteral(" waits for ") + operation.waitsFor));
    return lines;
}

struct TimelineRow
{
    QList<PlannedJob> plan;
    int runMaxParallel = 2;
    QStringList expected; // timeline()
};

QList<std::pair<const char*, TimelineRow>> timelineRows()
{
    const auto daily = [](const char* name, const char* server, int serverLimit, const char* at,
                          int minutes) {
        return lasting(job(QString::fromLatin1(name), QString::fromLatin1(server), serverLimit,
                           QStringLiteral("daily at ") + QString::fromLatin1(at)),
                       minutes);
    };
    QList<std::pair<const char*, TimelineRow>> rows;
    rows.append({"known duration: from the slot, for as long as the last dump",
                 {{daily("shop", "db1", 1, "02:30", 10)}, 2, {QStringLiteral("04 02:30 shop 02:30-02:40")}}});
    rows.append({"one server, one at a time: the second starts when the first ends",
                 {{daily("shop", "db1", 1, "02:30", 10), daily("blog", "db1", 1, "02:30", 5)},
                  2,
                  {QStringLiteral("04 02:30 shop 02:30-02:40"),
                   QStringLiteral("04 02:30 blog 02:40-02:45 waits for server db1")}}});
    rows.append(
        {"two servers, the run allows two: side by side",
         {{daily("shop", "db1", 1, "02:30", 10), daily("wiki", "db2", 1, "02:30", 20)},
          2,
          {QStringLiteral("04 02:30 shop 02:30-02:40"), QStringLiteral("04 02:30 wiki 02:30-02:50")}}});
    rows.append(
        {"two servers, the run allows one: one after the other",
         {{daily("shop", "db1", 1, "02:30", 10), daily("wiki", "db2", 1, "02:30", 20)},
          1,
          {QStringLiteral("04 02:30 shop 02:30-02:40"),
           QStringLiteral("04 02:30 wiki 02:40-03:00 waits for the run's limit of 1 dump at once")}}});
    rows.append(
        {"never succeeded: the default duration, not known",
         {{daily("new", "db1", 1, "02:30", 0)}, 2, {QStringLiteral("04 02:30 new 02:30-02:31 (default)")}}});
    rows.append({"a job behind a busy server lets the next server's job pass (the coordinator's order)",
                 {{daily("a", "db1", 1, "02:30", 30), daily("b", "db1", 1, "02:30", 10),
                   daily("c", "db2", 1, "02:30", 10)},
                  2,
                  {QStringLiteral("04 02:30 a 02:30-03:00"),
                   QStringLiteral("04 02:30 b 03:00-03:10 waits for server db1"),
                   QStringLiteral("04 02:30 c 02:30-02:40")}}});
    rows.append({"the run's limit frees when the shortest dump ends",
                 {{daily("a", "db1", 1, "02:30", 30), daily("b", "db2", 1, "02:30", 10),
                   daily("c", "db3", 1, "02:30", 10)},
                  2,
                  {QStringLiteral("04 02:30 a 02:30-03:00"), QStringLiteral("04 02:30 b 02:30-02:40"),
                   QStringLiteral("04 02:30 c 02:40-02:50 waits for the run's limit of 2 dumps at once")}}});
    rows.append({"a run overrunning the next slot delays that slot's run to its end",
                 {{daily("big", "db1", 1, "02:00", 90), daily("small", "db2", 1, "03:00", 5),
                   daily("later", "db2", 1, "04:00", 5)},
                  2,
                  {QStringLiteral("04 02:00 big 02:00-03:30"),
                   QStringLiteral("04 03:00 small 03:30-03:35 waits for the previous run"),
                   QStringLiteral("04 04:00 later 04:00-04:05")}}});
    rows.append({"the slots a long run overlaps run one after the other after it, not merged",
                 {{daily("big", "db1", 1, "02:00", 90), daily("x", "db2", 1, "02:30", 10),
                   daily("y", "db3", 1, "03:00", 10)},
                  2,
                  {QStringLiteral("04 02:00 big 02:00-03:30"),
                   QStringLiteral("04 02:30 x 03:30-03:40 waits for the previous run"),
                   QStringLiteral("04 03:00 y 03:40-03:50 waits for the previous run")}}});
    rows.append(
        {"a run ending at the next slot does not delay it",
         {{daily("hour", "db1", 1, "02:00", 60), daily("next", "db1", 1, "03:00", 5)},
          2,
          {QStringLiteral("04 02:00 hour 02:00-03:00"), QStringLiteral("04 03:00 next 03:00-03:05")}}});
    PlannedJob due = daily("late", "db1", 1, "00:30", 15);
    due.due = true;
    rows.append(
        {"due now: starts now, then its next slot",
         {{due},
          2,
          {QStringLiteral("04 01:00 late 01:00-01:15"), QStringLiteral("05 00:30 late 00:30-00:45")}}});
    return rows;
}

} // namespace

class TestExpectedOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!Translator::install(QStringLiteral("en")).isEmpty()); }
    void jobsDueTogetherWaitForTheirServersLimit();
    void theRunsLimitHoldsBackTheRest();
    void dueJobsComeNowThenTheirSlots();
    void disabledManualAndAlwaysJobsHaveNoSlots();
    void aRetryComesBeforeTheNextSlot();
    void frequentJobsStopAtTheCap();
    void timeline_startsBehindTheLimitsAndTheRunBefore_data();
    void timeline_startsBehindTheLimitsAndTheRunBefore();
};

void TestExpectedOperations::jobsDueTogetherWaitForTheirServersLimit()
{
    const QList<PlannedJob> plan{
        job(QStringLiteral("shop"), QStringLiteral("db1"), 1, QStringLiteral("daily at 02:30")),
        job(QStringLiteral("blog"), QStringLiteral("db1"), 1, QStringLiteral("daily at 02:30")),
        job(QStringLiteral("wiki"), QStringLiteral("db2"), 1, QStringLiteral("every 6 hours"))};
    QCOMPARE(
        described(ExpectedOperations::list(plan, 4, kNow, kUtc)),
        (QStringList{QStringLiteral("04 02:30 shop"), QStringLiteral("04 02:30 blog waits for server db1"),
                     QStringLiteral("04 06:00 wiki"), QStringLiteral("04 12:00 wiki"),
                     QStringLiteral("04 18:00 wiki"), QStringLiteral("05 00:00 wiki")}));
}

void TestExpectedOperations::theRunsLimitHoldsBackTheRest()
{
    const QList<PlannedJob> plan{
        job(QStringLiteral("a"), QStringLiteral("db1"), 5, QStringLiteral("daily at 03:00")),
        job(QStringLiteral("b"), QStringLiteral("db2"), 5, QStringLiteral("daily at 03:00")),
        job(QStringLiteral("c"), QStringLiteral("db3"), 5, QStringLiteral("daily at 03:00"))};
    const QList<ExpectedOperation> expected = ExpectedOperations::list(plan, 2, kNow, kUtc);
    QCOMPARE(expected.size(), 3);
    QVERIFY(expected[0].waitsFor.isEmpty());
    QVERIFY(expected[1].waitsFor.isEmpty());
    QCOMPARE(expected[2].waitsFor, QStringLiteral("the run's limit of 2 dumps at once"));
}

void TestExpectedOperations::dueJobsComeNowThenTheirSlots()
{
    PlannedJob due = job(QStringLiteral("late"), QStringLiteral("db1"), 1, QStringLiteral("daily at 00:30"));
    due.due = true;
    const QList<PlannedJob> plan{
        job(QStringLiteral("early"), QStringLiteral("db1"), 1, QStringLiteral("daily at 01:30")), due};
    QCOMPARE(described(ExpectedOperations::list(plan, 2, kNow, kUtc)),
             (QStringList{QStringLiteral("04 01:00 late"), QStringLiteral("04 01:30 early"),
                          QStringLiteral("05 00:30 late")}));
}

void TestExpectedOperations::disabledManualAndAlwaysJobsHaveNoSlots()
{
    PlannedJob disabled =
        job(QStringLiteral("off"), QStringLiteral("db1"), 1, QStringLiteral("daily at 02:00"));
    disabled.job.enabled = false;
    const QList<PlannedJob> plan{
        disabled, job(QStringLiteral("hand"), QStringLiteral("db1"), 1, QStringLiteral("manual")),
        job(QStringLiteral("each"), QStringLiteral("db1"), 1, QStringLiteral("always"))};
    QVERIFY(ExpectedOperations::list(plan, 2, kNow, kUtc).isEmpty());
}

void TestExpectedOperations::aRetryComesBeforeTheNextSlot()
{
    PlannedJob failing =
        job(QStringLiteral("flaky"), QStringLiteral("db1"), 1, QStringLiteral("daily at 02:30"));
    failing.failures = 2;
    failing.retryUtc = kNow.addSecs(20 * 60);
    QCOMPARE(described(ExpectedOperations::list({failing}, 2, kNow, kUtc)),
             (QStringList{QStringLiteral("04 01:20 flaky"), QStringLiteral("04 02:30 flaky")}));
}

void TestExpectedOperations::frequentJobsStopAtTheCap()
{
    const QList<PlannedJob> plan{
        job(QStringLiteral("busy"), QStringLiteral("db1"), 1, QStringLiteral("every 1 minute"))};
    const QList<ExpectedOperation> expected = ExpectedOperations::list(plan, 2, kNow, kUtc);
    QCOMPARE(expected.size(), ExpectedOperations::kMostSlotsPerJob);
    QCOMPARE(expected.first().atUtc, kNow.addSecs(60));
    QVERIFY(std::all_of(expected.cbegin(), expected.cend(),
                        [](const ExpectedOperation& o) { return o.waitsFor.isEmpty(); }));
}

void TestExpectedOperations::timeline_startsBehindTheLimitsAndTheRunBefore_data()
{
    QTest::addColumn<int>("index");
    const auto rows = timelineRows();
    for (int i = 0; i < rows.size(); ++i)
        QTest::newRow(rows.at(i).first) << i;
}

void TestExpectedOperations::timeline_startsBehindTheLimitsAndTheRunBefore()
{
    QFETCH(int, index);
    const TimelineRow row = timelineRows().at(index).second;
    const QList<ExpectedOperation> expected =
        ExpectedOperations::list(row.plan, row.runMaxParallel, kNow, kUtc);
    QCOMPARE(timeline(expected), row.expected);
    for (const ExpectedOperation& operation : expected) {
        // A dump waits for something exactly when it starts after its slot.
        QCOMPARE(operation.waitsFor.isEmpty(), operation.startUtc == operation.atUtc);
        QVERIFY(operation.startUtc >= operation.atUtc);
    }
}

QTEST_GUILESS_MAIN(TestExpectedOperations)
#include "tst_expectedoperations.moc"
