// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Freshness: a job's newest success against max_age, with the times given (no clock).
#include "config/keys/ConfigKeyNames.h"
#include "config/toml/ConfigLoader.h"
#include "plan/Freshness.h"
#include "plan/Planner.h"

#include <QTest>

using namespace larder;

namespace {

const QDateTime kNow(QDate(2026, 11, 26), QTime(3, 10), Qt::UTC);

JobConfig job(const QString& schedule, std::optional<int> maxAge = std::nullopt)
{
    JobConfig config;
    config.name = QStringLiteral("app");
    config.schedule = Schedule::parse(schedule).value_or(Schedule());
    config.maxAgeSeconds = maxAge;
    config.origins.insert(keys::maxAge, maxAge ? QStringLiteral("databases.app (larder.toml:4:11)")
                                               : QStringLiteral("built-in"));
    return config;
}

} // namespace

class TestFreshness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultLimit_isTwoPeriodsAndAnHour_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("daily") << "daily at 02:30" << qint64(49 * 3600);
        QTest::newRow("every 6 hours") << "every 6 hours" << qint64(13 * 3600);
        QTest::newRow("every 15 minutes") << "every 15 minutes" << qint64(90 * 60);
        QTest::newRow("hourly") << "hourly" << qint64(3 * 3600);
        QTest::newRow("every 2 weeks") << "every 2 weeks on friday at 23:00" << qint64(28 * 86400 + 3600);
        QTest::newRow("always: a day as its period") << "always" << qint64(49 * 3600);
        QTest::newRow("manual: none") << "manual" << qint64(0);
    }
    void defaultLimit_isTwoPeriodsAndAnHour()
    {
        QFETCH(QString, schedule);
        QFETCH(qint64, limit);
        QCOMPARE(Freshness::defaultLimitSeconds(Schedule::parse(schedule).value()), limit);
        const Freshness fresh = Freshness::of(job(schedule), kNow.addSecs(-60), QDateTime(), kNow);
        QCOMPARE(fresh.limitSeconds(), limit);
        QCOMPARE(fresh.isChecked(), limit > 0);
    }

    void defaultLimit_staleJustPastIt()
    {
        const JobConfig daily = job(QStringLiteral("daily at 02:30"));
        const Freshness atLimit = Freshness::of(daily, kNow.addSecs(-49 * 3600), QDateTime(), kNow);
        QCOMPARE(atLimit.state(), Freshness::State::Fresh);
        QCOMPARE(atLimit.ageSeconds(), qint64(49 * 3600));
        const Freshness past = Freshness::of(daily, kNow.addSecs(-49 * 3600 - 1), QDateTime(), kNow);
        QCOMPARE(past.state(), Freshness::State::Stale);
        QCOMPARE(past.limitSource(), QStringLiteral("default: 2 × every day at 02:30 + 1 hour"));
        QVERIFY2(past.describe().contains(QStringLiteral("older than 49 hours (default: 2 × every day")),
                 qPrintable(past.describe()));
    }

    void explicitMaxAge_winsOverTheDefault_andNamesWhereItIsSet()
    {
        const JobConfig daily = job(QStringLiteral("daily at 02:30"), 36 * 3600);
        const Freshness stale = Freshness::of(daily, kNow.addSecs(-37 * 3600), QDateTime(), kNow);
        QVERIFY(stale.isStale()); // the default (49 h) would call it fresh
        QCOMPARE(stale.limitSeconds(), qint64(36 * 3600));
        QCOMPARE(stale.limitSource(), QStringLiteral("max_age in databases.app (larder.toml:4:11)"));
        QVERIFY(!Freshness::of(daily, kNow.addSecs(-35 * 3600), QDateTime(), kNow).isStale());
        // On a manual job, max_age still applies.
        QVERIFY(Freshness::of(job(QStringLiteral("manual"), 3600), kNow.addSecs(-7200), QDateTime(), kNow)
                    .isStale());
    }

    void off_disabledAndManual_areNeverStale()
    {
        const QDateTime ancient = kNow.addYears(-3);
        const Freshness off = Freshness::of(job(QStringLiteral("hourly"), 0), ancient, ancient, kNow);
        QCOMPARE(off.state(), Freshness::State::Unchecked);
        QVERIFY(off.limitSource().contains(QLatin1String("max_age = off in databases.app")));
        JobConfig disabled = job(QStringLiteral("hourly"), 3600);
        disabled.enabled = false;
        QCOMPARE(Freshness::of(disabled, ancient, ancient, kNow).state(), Freshness::State::Unchecked);
        const Freshness manual = Freshness::of(job(QStringLiteral("manual")), ancient, ancient, kNow);
        QCOMPARE(manual.state(), Freshness::State::Unchecked);
        QVERIFY(manual.limitSource().contains(QLatin1String("manual")));
    }

    void neverSucceeded_countsFromWhenTheJobIsKnown()
    {
        const JobConfig daily = job(QStringLiteral("daily at 02:30"));
        const Freshness old = Freshness::of(daily, QDateTime(), kNow.addDays(-3), kNow);
        QVERIFY(old.isStale());
        QVERIFY(old.neverSucceeded());
        QCOMPARE(old.ageSeconds(), qint64(3 * 86400));
        const Freshness recent = Freshness::of(daily, QDateTime(), kNow.addSecs(-3600), kNow);
        QCOMPARE(recent.state(), Freshness::State::Fresh);
        // Nothing known about it at all: not stale, and said so.
        const Freshness unknown = Freshness::of(daily, QDateTime(), QDateTime(), kNow);
        QCOMPARE(unknown.state(), Freshness::State::Fresh);
        QCOMPARE(unknown.ageSeconds(), qint64(-1));
        QVERIFY(unknown.describe().contains(QLatin1String("never dumped successfully")));
        // A success wins over knownSince, however old that is.
        QVERIFY(!Freshness::of(daily, kNow.addSecs(-60), kNow.addYears(-1), kNow).isStale());
    }

    void planner_fillsFreshness_fromFirstAttemptOrConfigChange()
    {
        auto loaded = ConfigLoader::loadString(QStringLiteral("[databases.app]\nschedule = \"daily\"\n"
                                                              "[databases.new]\nschedule = \"daily\"\n"
                                                              "[databases.old]\nschedule = \"daily\"\n"),
                                               QStringLiteral("larder.toml"), QStringLiteral("/tmp"));
        QVERIFY(loaded);
        loaded->fileModifiedUtc = kNow.addSecs(-3600);
        PlanHistory history;
        HistoryRecord last;
        last.job = QStringLiteral("app");
        last.status = AttemptStatus::Success;
        last.startedUtc = kNow.addDays(-4);
        history.lastSuccesses.insert(last.job, last);
        history.firstAttempts.insert(QStringLiteral("app"), kNow.addDays(-30));
        history.firstAttempts.insert(QStringLiteral("old"), kNow.addDays(-5)); // failed ever since
        const QList<PlannedJob> plan = Planner::plan(*loaded, history, kNow, QTimeZone::utc());
        QCOMPARE(plan.size(), 3);
        QVERIFY(plan.at(0).freshness.isStale());  // app: last success 4 days ago
        QVERIFY(!plan.at(1).freshness.isStale()); // new: only the config's change an hour ago
        QVERIFY(plan.at(2).freshness.isStale());  // old: first attempt 5 days ago, never a success
        QCOMPARE(plan.at(2).freshness.ageSeconds(), qint64(5 * 86400));
    }
};

QTEST_GUILESS_MAIN(TestFreshness)
#include "tst_freshness.moc"
