// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "plan/Planner.h"
#include "run/RunPreparation.h"

#include <QTest>

using namespace larder;

namespace {

JobConfig job(const QString& name, const QString& schedule)
{
    JobConfig config;
    config.name = name;
    config.server.name = QStringLiteral("main");
    auto parsed = Schedule::parse(schedule);
    if (parsed)
        config.schedule = *parsed;
    return config;
}

HistoryRecord success(const QString& name, const QDateTime& startedUtc)
{
    HistoryRecord record;
    record.job = name;
    record.status = AttemptStatus::Success;
    record.startedUtc = startedUtc;
    record.finishedUtc = startedUtc.addSecs(90);
    record.bytes = 2048;
    return record;
}

} // namespace

class TestPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QDateTime>("lastSuccessUtc"); // invalid: never dumped
        QTest::addColumn<bool>("due");
        QTest::addColumn<QString>("reasonFragment");

        const QDateTime now(QDate(2026, 11, 26), QTime(3, 10), Qt::UTC); // 04:10 in Berlin
        QTest::newRow("never dumped") << "daily at 02:30" << QDateTime() << true << "never dumped";
        QTest::newRow("dumped after today's slot")
            << "daily at 02:30" << now.addSecs(-30 * 60) << false << "next slot 2026-11-27 02:30";
        QTest::newRow("dumped before today's slot")
            << "daily at 02:30" << now.addDays(-1) << true << "since the slot at 2026-11-26 02:30";
        QTest::newRow("off for a week: one catch-up")
            << "daily at 02:30" << now.addDays(-7) << true << "since the slot at 2026-11-26 02:30";
        QTest::newRow("manual never due") << "manual" << QDateTime() << false << "only on demand";
        QTest::newRow("always due") << "always" << now.addSecs(-60) << true << "every run";
    }
    void plan()
    {
        QFETCH(QString, schedule);
        QFETCH(QDateTime, lastSuccessUtc);
        QFETCH(bool, due);
        QFETCH(QString, reasonFragment);

        Config config;
        config.jobs.append(job(QStringLiteral("app"), schedule));
        PlanHistory last;
        if (lastSuccessUtc.isValid())
            last.lastSuccesses.insert(QStringLiteral("app"), success(QStringLiteral("app"), lastSuccessUtc));
        const QDateTime now(QDate(2026, 11, 26), QTime(3, 10), Qt::UTC);
        const QList<PlannedJob> planned = Planner::plan(config, last, now, QTimeZone("Europe/Berlin"));

        QCOMPARE(planned.size(), 1);
        QCOMPARE(planned.first().due, due);
        QVERIFY2(planned.first().reason.contains(reasonFragment), qPrintable(planned.first().reason));
        QCOMPARE(planned.first().lastSuccessUtc, lastSuccessUtc);
        if (lastSuccessUtc.isValid()) {
            QCOMPARE(planned.first().lastBytes, 2048);
            QCOMPARE(planned.first().lastDurationMs, 90'000);
        }
    }

    void nextDue_isTheNextSlotAfterNow()
    {
        Config config;
        config.jobs.append(job(QStringLiteral("app"), QStringLiteral("every 6 hours")));
        const QDateTime now(QDate(2026, 7, 1), QTime(7, 0), Qt::UTC); // 09:00 CEST
        const auto planned = Planner::plan(config, {}, now, QTimeZone("Europe/Berlin"));
        QCOMPARE(planned.first().nextDueUtc,
                 QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC)); // 12:00 CEST
    }

    void backoff_doublesUpToThePeriod_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QList<qint64>>("waits"); // after 1, 2, 3, ... failures in a row, in minutes

        QTest::newRow("daily") << "daily at 02:30"
                               << QList<qint64>{15, 30, 60, 120, 240, 480, 960, 1440, 1440};
        QTest::newRow("hourly") << "hourly" << QList<qint64>{15, 30, 60, 60, 60};
        QTest::newRow("every 10 minutes") << "every 10 minutes" << QList<qint64>{10, 10};
        QTest::newRow("always: a day at most")
            << "always" << QList<qint64>{15, 30, 60, 120, 240, 480, 960, 1440, 1440};
    }
    void backoff_doublesUpToThePeriod()
    {
        QFETCH(QString, schedule);
        QFETCH(QList<qint64>, waits);
        const qint64 cap = Planner::backoffCapSeconds(job(QStringLiteral("app"), schedule).schedule);
        for (int failures = 1; failures <= waits.size(); ++failures)
            QCOMPARE(Planner::backoffSeconds(15 * 60, failures, cap) / 60, waits.at(failures - 1));
        QCOMPARE(Planner::backoffSeconds(15 * 60, 0, cap), 0);
        QCOMPARE(Planner::backoffSeconds(0, 3, cap), 0); // retry = "off"
        QCOMPARE(Planner::backoffSeconds(15 * 60, 1000, cap), cap);
    }

    void retry_holdsADueJobBackUntilTheBackoffEnds_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("minutesSinceFailure");
        QTest::addColumn<int>("retrySeconds");
        QTest::addColumn<bool>("due");
        QTest::addColumn<QString>("reasonFragment");

        QTest::newRow("1 failure, 10 min ago") << 1 << 10 << 900 << false
                                               << "retrying after failure at 2026-11-26 04:00: attempt 2 at "
                                                  "2026-11-26 04:15";
        QTest::newRow("1 failure, 20 min ago")
            << 1 << 20 << 900 << true << "retrying after failure at 2026-11-26 03:50 (attempt 2)";
        QTest::newRow("3 failures, 50 min ago") << 3 << 50 << 900 << false << "attempt 4 at 2026-11-26 04:20";
        QTest::newRow("3 failures, 61 min ago") << 3 << 61 << 900 << true << "(attempt 4)";
        QTest::newRow("retry off") << 5 << 1 << 0 << true << "never dumped";
    }
    void retry_holdsADueJobBackUntilTheBackoffEnds()
    {
        QFETCH(int, failures);
        QFETCH(int, minutesSinceFailure);
        QFETCH(int, retrySeconds);
        QFETCH(bool, due);
        QFETCH(QString, reasonFragment);

        const QDateTime now(QDate(2026, 11, 26), QTime(3, 10), Qt::UTC); // 04:10 in Berlin
        Config config;
        config.jobs.append(job(QStringLiteral("app"), QStringLiteral("daily at 02:30")));
        config.jobs.first().retrySeconds = retrySeconds;
        PlanHistory history;
        history.failures.insert(QStringLiteral("app"), {failures, now.addSecs(-60 * minutesSinceFailure)});
        const QList<PlannedJob> planned = Planner::plan(config, history, now, QTimeZone("Europe/Berlin"));

        QCOMPARE(planned.first().due, due);
        QVERIFY2(planned.first().reason.contains(reasonFragment), qPrintable(planned.first().reason));
        QCOMPARE(planned.first().failures, failures);
        QCOMPARE(planned.first().retryUtc.isValid(), !due);
        if (!due)
            QCOMPARE(planned.first().nextDueUtc, planned.first().retryUtc);
    }

    void retry_aSuccessfulJobIsNotHeldBack()
    {
        // Failures older than the latest success are not in PlanHistory::failures; a slot that is
        // not due stays "dumped at" whatever failures there were.
        const QDateTime now(QDate(2026, 11, 26), QTime(3, 10), Qt::UTC);
        Config config;
        config.jobs.append(job(QStringLiteral("app"), QStringLiteral("daily at 02:30")));
        PlanHistory history;
        history.lastSuccesses.insert(QStringLiteral("app"),
                                     success(QStringLiteral("app"), now.addSecs(-600)));
        history.failures.insert(QStringLiteral("app"), {1, now.addSecs(-60)});
        const auto planned = Planner::plan(config, history, now, QTimeZone("Europe/Berlin"));
        QVERIFY(!planned.first().due);
        QVERIFY(!planned.first().retryUtc.isValid());
        QVERIFY2(planned.first().reason.contains(QStringLiteral("dumped at")),
                 qPrintable(planned.first().reason));
    }

    void disabled_isNeverDueButRunsWhenNamed()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(3, 10), Qt::UTC);
        Config config;
        config.jobs.append(job(QStringLiteral("app"), QStringLiteral("always")));
        config.jobs.append(job(QStringLiteral("billing"), QStringLiteral("daily at 02:30")));
        config.jobs.first().enabled = false;
        const auto planned = Planner::plan(config, {}, now, QTimeZone("Europe/Berlin"));

        QVERIFY(!planned.at(0).due);
        QVERIFY(!planned.at(0).nextDueUtc.isValid());
        QVERIFY2(planned.at(0).reason.contains(QStringLiteral("disabled (enabled = false)")),
                 qPrintable(planned.at(0).reason));
        QVERIFY(planned.at(1).due);

        const auto names = [](const QList<PlannedJob>& selected) {
            QStringList list;
            for (const PlannedJob& entry : selected)
                list.append(entry.job.name);
            list.sort();
            return list;
        };
        QCOMPARE(names(RunPreparation::select(planned, {}, false)), QStringList{QStringLiteral("billing")});
        QCOMPARE(names(RunPreparation::select(planned, {}, true)), QStringList{QStringLiteral("billing")});
        QCOMPARE(names(RunPreparation::select(planned, {QStringLiteral("app")}, false)),
                 QStringList{QStringLiteral("app")});
        const QStringList notes = RunPreparation::disabledSkipped(planned, true);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("`larder run app`")), qPrintable(notes.first()));
        QVERIFY(RunPreparation::disabledSkipped(planned, false).isEmpty());
    }

    void manualRun_ignoresTheBackoff()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(3, 10), Qt::UTC);
        Config config;
        config.jobs.append(job(QStringLiteral("app"), QStringLiteral("daily at 02:30")));
        PlanHistory history;
        history.failures.insert(QStringLiteral("app"), {2, now.addSecs(-60)});
        const auto planned = Planner::plan(config, history, now, QTimeZone("Europe/Berlin"));
        QVERIFY(!planned.first().due);
        QVERIFY(RunPreparation::select(planned, {}, false).isEmpty());
        QCOMPARE(RunPreparation::select(planned, {QStringLiteral("app")}, false).size(), 1);
        QCOMPARE(RunPreparation::select(planned, {}, true).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
