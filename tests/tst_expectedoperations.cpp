// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The dumps the schedule expects in the next 24 hours (ExpectedOperations, pure): time order, the
// waits that server and run limits cause among jobs due together, due jobs first, disabled and
// manual jobs left out, retries, the horizon and the cap per job.

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

QTEST_GUILESS_MAIN(TestExpectedOperations)
#include "tst_expectedoperations.moc"
