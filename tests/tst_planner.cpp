#include "Planner.h"

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
        QHash<QString, HistoryRecord> last;
        if (lastSuccessUtc.isValid())
            last.insert(QStringLiteral("app"), success(QStringLiteral("app"), lastSuccessUtc));
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
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
