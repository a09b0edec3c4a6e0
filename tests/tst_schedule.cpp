// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ResultAssert.h"
#include "config/Schedule.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTest>

#include <vector>

using larder::Schedule;

namespace {

QDateTime utc(const char* iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

Schedule parsed(const char* text)
{
    const auto schedule = Schedule::parse(QString::fromLatin1(text));
    if (!schedule)
        qFatal("test schedule '%s' does not parse: %s", text, qPrintable(schedule.error().message));
    return *schedule;
}

QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

QTimeZone zoneNamed(const QString& name)
{
    return name == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(name.toLatin1());
}

// All slots in [from, to], walked with nextSlot.
QList<QDateTime> slotsBetween(const Schedule& schedule, const QDateTime& from, const QDateTime& to,
                              const QTimeZone& zone)
{
    QList<QDateTime> result;
    QDateTime slot = schedule.nextSlot(from.addSecs(-1), zone);
    while (slot.isValid() && slot <= to) {
        result << slot;
        slot = schedule.nextSlot(slot, zone);
    }
    return result;
}

QList<QDateTime> utcList(std::initializer_list<const char*> isos)
{
    QList<QDateTime> result;
    for (const char* iso : isos)
        result << utc(iso);
    return result;
}

} // namespace

class tst_Schedule final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parse_acceptsEveryForm_data();
    void parse_acceptsEveryForm();
    void parse_keepsInputTrimmedAsText();
    void parse_rejectsWithActionableMessage_data();
    void parse_rejectsWithActionableMessage();
    void defaultConstructed_isManual();
    void equality_comparesMeaningNotText();

    void slots_latestAndNext_data();
    void slots_latestAndNext();
    void slots_invariantsHoldAroundDstTransitions_data();
    void slots_invariantsHoldAroundDstTransitions();

    void isDue_cronEvery30Minutes_dumpsDailyOnceWithoutDrift_data();
    void isDue_cronEvery30Minutes_dumpsDailyOnceWithoutDrift();
    void isDue_afterAWeekOff_catchesUpOnceThenWaitsForNextSlot();
    void isDue_failedAttempt_leavesItDue();
    void isDue_neverSucceeded_isDue();
    void isDue_successStartedExactlyAtSlot_isNotDue();

    void dst_springForwardGap_slotFallsAtNextValidMinute();
    void dst_fallBackRepeatedHour_slotOnceAtFirstOccurrence();
    void dst_every30MinutesAroundFallBack_noDuplicateAndMonotonic();
    void dst_everyHour_acrossBothTransitions();
    void dst_every15MinutesAcrossGap_collapsesGapSlotsIntoOne();

    void alwaysAndManual_dueAlwaysOrNeverAndHaveNoSlots();
    void planner_thousandJobs_computeQuickly();
};

void tst_Schedule::initTestCase()
{
    QVERIFY2(berlin().isValid(), "Europe/Berlin must be known to QTimeZone (tzdata)");
}

void tst_Schedule::parse_acceptsEveryForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Schedule::Kind>("kind");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QTime>("at");
    QTest::addColumn<int>("weekday");
    QTest::addColumn<QString>("description");

    using K = Schedule::Kind;
    const QTime midnight(0, 0);
    // clang-format off
    QTest::newRow("every N minutes") << "every 15 minutes" << K::Minutes << 15 << midnight << 1 << "every 15 minutes";
    QTest::newRow("every minute") << "every minute" << K::Minutes << 1 << midnight << 1 << "every minute";
    QTest::newRow("every 1 minute") << "every 1 minute" << K::Minutes << 1 << midnight << 1 << "every minute";
    QTest::newRow("minutes upper limit") << "every 1440 minutes" << K::Minutes << 1440 << midnight << 1 << "every 1440 minutes";
    QTest::newRow("every N hours") << "every 6 hours" << K::Hours << 6 << midnight << 1 << "every 6 hours";
    QTest::newRow("every hour") << "every hour" << K::Hours << 1 << midnight << 1 << "every hour";
    QTest::newRow("every 1 hours") << "every 1 hours" << K::Hours << 1 << midnight << 1 << "every hour";
    QTest::newRow("hourly") << "hourly" << K::Hours << 1 << midnight << 1 << "every hour";
    QTest::newRow("hours upper limit") << "every 24 hours" << K::Hours << 24 << midnight << 1 << "every 24 hours";
    QTest::newRow("daily") << "daily" << K::Days << 1 << midnight << 1 << "every day at 00:00";
    QTest::newRow("daily at") << "daily at 02:30" << K::Days << 1 << QTime(2, 30) << 1 << "every day at 02:30";
    QTest::newRow("every day at one-digit hour") << "every day at 2:30" << K::Days << 1 << QTime(2, 30) << 1 << "every day at 02:30";
    QTest::newRow("every N days") << "every 3 days" << K::Days << 3 << midnight << 1 << "every 3 days at 00:00";
    QTest::newRow("every N days at") << "every 2 days at 23:59" << K::Days << 2 << QTime(23, 59) << 1 << "every 2 days at 23:59";
    QTest::newRow("days upper limit") << "every 366 days" << K::Days << 366 << midnight << 1 << "every 366 days at 00:00";
    QTest::newRow("weekly") << "weekly" << K::Weeks << 1 << midnight << 1 << "every week on Monday at 00:00";
    QTest::newRow("weekly on at") << "weekly on sunday at 03:00" << K::Weeks << 1 << QTime(3, 0) << 7 << "every week on Sunday at 03:00";
    QTest::newRow("weekly at on") << "weekly at 03:00 on sunday" << K::Weeks << 1 << QTime(3, 0) << 7 << "every week on Sunday at 03:00";
    QTest::newRow("every N weeks") << "every 2 weeks on friday at 23:00" << K::Weeks << 2 << QTime(23, 0) << 5 << "every 2 weeks on Friday at 23:00";
    QTest::newRow("every week abbreviated day") << "every week on sat" << K::Weeks << 1 << midnight << 6 << "every week on Saturday at 00:00";
    QTest::newRow("plural day") << "every week on tuesdays" << K::Weeks << 1 << midnight << 2 << "every week on Tuesday at 00:00";
    QTest::newRow("weeks upper limit") << "every 52 weeks on wed" << K::Weeks << 52 << midnight << 3 << "every 52 weeks on Wednesday at 00:00";
    QTest::newRow("upper case and extra spaces") << "  EVERY   6 \t Hours  " << K::Hours << 6 << midnight << 1 << "every 6 hours";
    QTest::newRow("mixed case keywords") << "Daily AT 02:30" << K::Days << 1 << QTime(2, 30) << 1 << "every day at 02:30";
    QTest::newRow("upper case weekday") << "WEEKLY ON THURSDAY" << K::Weeks << 1 << midnight << 4 << "every week on Thursday at 00:00";
    QTest::newRow("always") << "always" << K::Always << 1 << midnight << 1 << "at every run";
    QTest::newRow("ALWAYS") << "ALWAYS" << K::Always << 1 << midnight << 1 << "at every run";
    QTest::newRow("manual") << "manual" << K::Manual << 1 << midnight << 1 << "only on demand";
    QTest::newRow("Manual") << " Manual " << K::Manual << 1 << midnight << 1 << "only on demand";
    // clang-format on
}

void tst_Schedule::parse_acceptsEveryForm()
{
    QFETCH(QString, text);
    QFETCH(Schedule::Kind, kind);
    QFETCH(int, interval);
    QFETCH(QTime, at);
    QFETCH(int, weekday);
    QFETCH(QString, description);

    const auto schedule = Schedule::parse(text);
    QVERIFY_RESULT(schedule);
    QCOMPARE(schedule->kind(), kind);
    QCOMPARE(schedule->interval(), interval);
    QCOMPARE(schedule->at(), at);
    QCOMPARE(static_cast<int>(schedule->weekday()), weekday);
    QCOMPARE(schedule->describe(), description);
}

void tst_Schedule::parse_keepsInputTrimmedAsText()
{
    QCOMPARE(parsed("  every  6 hours \n").text(), QStringLiteral("every  6 hours"));
    QCOMPARE(parsed("Daily at 02:30").text(), QStringLiteral("Daily at 02:30"));
    QCOMPARE(Schedule().text(), QStringLiteral("manual"));
}

void tst_Schedule::parse_rejectsWithActionableMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    // clang-format off
    QTest::newRow("empty") << "" << "it is empty";
    QTest::newRow("blank") << "   " << "it is empty";
    QTest::newRow("unknown unit") << "every 6 hourz" << "unknown unit 'hourz'; use e.g. \"every 6 hours\"";
    QTest::newRow("unknown start") << "sometimes" << "it must start with \"every\"";
    QTest::newRow("every alone") << "every" << "\"every\" needs a unit";
    QTest::newRow("count without unit") << "every 6" << "a unit is missing after '6'";
    QTest::newRow("glued unit") << "every 6hours" << "put a space between the number and the unit in '6hours'";
    QTest::newRow("negative count") << "every -3 days" << "the count '-3' must be a positive whole number";
    QTest::newRow("fractional count") << "every 1.5 hours" << "the count '1.5' must be a positive whole number";
    QTest::newRow("zero count") << "every 0 hours" << "hours go from 1 to 24, not 0";
    QTest::newRow("too many minutes") << "every 1441 minutes" << "minutes go from 1 to 1440, not 1441";
    QTest::newRow("too many hours") << "every 25 hours" << "hours go from 1 to 24, not 25";
    QTest::newRow("too many days") << "every 367 days" << "days go from 1 to 366, not 367";
    QTest::newRow("too many weeks") << "every 53 weeks" << "weeks go from 1 to 52, not 53";
    QTest::newRow("huge count") << "every 99999999999999999999 minutes" << "minutes go from 1 to 1440, not 99999999999999999999";
    QTest::newRow("at on minutes") << "every 15 minutes at 02:00" << "\"at\" only applies to day and week intervals";
    QTest::newRow("at on hourly") << "hourly at 02:00" << "\"at\" only applies to day and week intervals";
    QTest::newRow("on on days") << "daily on monday" << "\"on\" only applies to week intervals";
    QTest::newRow("on on hours") << "every 2 hours on monday" << "\"on\" only applies to week intervals";
    QTest::newRow("hour out of range") << "daily at 25:00" << "'25:00' is not a time of day (write HH:MM from 00:00 to 23:59)";
    QTest::newRow("minute out of range") << "daily at 02:60" << "'02:60' is not a time of day";
    QTest::newRow("time without colon") << "daily at 0230" << "'0230' is not a time of day";
    QTest::newRow("time in words") << "daily at noon" << "'noon' is not a time of day";
    QTest::newRow("at without time") << "daily at" << "\"at\" needs a time of day such as 02:30";
    QTest::newRow("at twice") << "daily at 02:00 at 03:00" << "\"at\" is given twice";
    QTest::newRow("unknown weekday") << "weekly on funday" << "unknown weekday 'funday' (use monday to sunday";
    QTest::newRow("on without day") << "weekly at 03:00 on" << "\"on\" needs a weekday such as sunday";
    QTest::newRow("on twice") << "weekly on monday on friday" << "\"on\" is given twice";
    QTest::newRow("trailing word") << "daily please" << "unexpected 'please'";
    QTest::newRow("words after always") << "always now" << "unexpected 'now' after \"always\"";
    QTest::newRow("words after manual") << "manual daily" << "unexpected 'daily' after \"manual\"";
    // clang-format on
}

void tst_Schedule::parse_rejectsWithActionableMessage()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const auto schedule = Schedule::parse(text);
    QVERIFY(!schedule.has_value());
    const QString message = schedule.error().message;
    const QString quoted = QStringLiteral("'%1' is not a schedule: ").arg(text.trimmed());
    QVERIFY2(message.startsWith(quoted), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("\"daily at 02:30\"")), qPrintable(message));
}

void tst_Schedule::defaultConstructed_isManual()
{
    const Schedule schedule;
    QCOMPARE(schedule.kind(), Schedule::Kind::Manual);
    QVERIFY(schedule == parsed("manual"));
    QVERIFY(!schedule.isDue(QDateTime(), utc("2026-05-10T12:00:00"), QTimeZone::utc()));
}

void tst_Schedule::equality_comparesMeaningNotText()
{
    QVERIFY(parsed("daily") == parsed("every 1 day at 00:00"));
    QVERIFY(parsed("hourly") == parsed("EVERY HOUR"));
    QVERIFY(parsed("weekly") == parsed("every week on monday at 0:00"));
    QVERIFY(!(parsed("daily") == parsed("daily at 00:01")));
    QVERIFY(!(parsed("weekly") == parsed("weekly on tuesday")));
    QVERIFY(!(parsed("every 2 days") == parsed("every 3 days")));
    QVERIFY(!(parsed("weekly") == parsed("every 7 days")));
    QVERIFY(!(parsed("every 60 minutes") == parsed("hourly")));
    QVERIFY(!(parsed("always") == parsed("manual")));
}

void tst_Schedule::slots_latestAndNext_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("latest");
    QTest::addColumn<QDateTime>("next");

    // clang-format off
    QTest::newRow("15 minutes align with the hour")
        << "every 15 minutes" << "UTC" << utc("2026-05-10T10:07:30") << utc("2026-05-10T10:00:00") << utc("2026-05-10T10:15:00");
    QTest::newRow("now exactly on a slot: latest inclusive, next exclusive")
        << "every 15 minutes" << "UTC" << utc("2026-05-10T10:15:00") << utc("2026-05-10T10:15:00") << utc("2026-05-10T10:30:00");
    QTest::newRow("7 minutes across the hour")
        << "every 7 minutes" << "UTC" << utc("2026-05-10T00:59:00") << utc("2026-05-10T00:56:00") << utc("2026-05-10T01:03:00");
    QTest::newRow("7 minutes restart at midnight")
        << "every 7 minutes" << "UTC" << utc("2026-05-10T23:58:00") << utc("2026-05-10T23:55:00") << utc("2026-05-11T00:00:00");
    QTest::newRow("7 minutes just after midnight")
        << "every 7 minutes" << "UTC" << utc("2026-05-11T00:03:00") << utc("2026-05-11T00:00:00") << utc("2026-05-11T00:07:00");
    QTest::newRow("90 minutes before midnight")
        << "every 90 minutes" << "UTC" << utc("2026-05-10T23:10:00") << utc("2026-05-10T22:30:00") << utc("2026-05-11T00:00:00");
    QTest::newRow("90 minutes after midnight")
        << "every 90 minutes" << "UTC" << utc("2026-05-11T00:45:00") << utc("2026-05-11T00:00:00") << utc("2026-05-11T01:30:00");
    QTest::newRow("90 minutes in local time")
        << "every 90 minutes" << "Europe/Berlin" << utc("2026-05-10T22:10:00") << utc("2026-05-10T22:00:00") << utc("2026-05-10T23:30:00");
    QTest::newRow("1440 minutes is local midnight")
        << "every 1440 minutes" << "Europe/Berlin" << utc("2026-05-10T12:00:00") << utc("2026-05-09T22:00:00") << utc("2026-05-10T22:00:00");
    QTest::newRow("6 hours")
        << "every 6 hours" << "UTC" << utc("2026-05-10T13:00:00") << utc("2026-05-10T12:00:00") << utc("2026-05-10T18:00:00");
    QTest::newRow("6 hours in local time")
        << "every 6 hours" << "Europe/Berlin" << utc("2026-05-10T20:00:00") << utc("2026-05-10T16:00:00") << utc("2026-05-10T22:00:00");
    QTest::newRow("5 hours restart at midnight")
        << "every 5 hours" << "UTC" << utc("2026-05-10T22:30:00") << utc("2026-05-10T20:00:00") << utc("2026-05-11T00:00:00");
    QTest::newRow("24 hours")
        << "every 24 hours" << "UTC" << utc("2026-05-10T22:30:00") << utc("2026-05-10T00:00:00") << utc("2026-05-11T00:00:00");
    QTest::newRow("daily just before the slot")
        << "daily at 02:30" << "UTC" << utc("2026-05-10T02:29:59") << utc("2026-05-09T02:30:00") << utc("2026-05-10T02:30:00");
    QTest::newRow("daily exactly at the slot in local time")
        << "daily at 02:30" << "Europe/Berlin" << utc("2026-05-10T00:30:00") << utc("2026-05-10T00:30:00") << utc("2026-05-11T00:30:00");
    QTest::newRow("daily in winter time")
        << "daily at 02:30" << "Europe/Berlin" << utc("2026-01-15T12:00:00") << utc("2026-01-15T01:30:00") << utc("2026-01-16T01:30:00");
    // 2026-05-10 is 9624 days after the reference 2000-01-03, a multiple of 3.
    QTest::newRow("3 days on a slot day after the time")
        << "every 3 days at 04:00" << "UTC" << utc("2026-05-10T05:00:00") << utc("2026-05-10T04:00:00") << utc("2026-05-13T04:00:00");
    QTest::newRow("3 days on a slot day before the time")
        << "every 3 days at 04:00" << "UTC" << utc("2026-05-10T03:00:00") << utc("2026-05-07T04:00:00") << utc("2026-05-10T04:00:00");
    QTest::newRow("3 days between slot days")
        << "every 3 days" << "UTC" << utc("2026-05-12T03:00:00") << utc("2026-05-10T00:00:00") << utc("2026-05-13T00:00:00");
    QTest::newRow("3 days at the reference date")
        << "every 3 days" << "UTC" << utc("2000-01-04T00:00:00") << utc("2000-01-03T00:00:00") << utc("2000-01-06T00:00:00");
    QTest::newRow("3 days before the reference date")
        << "every 3 days" << "UTC" << utc("2000-01-02T12:00:00") << utc("1999-12-31T00:00:00") << utc("2000-01-03T00:00:00");
    QTest::newRow("weekly on sunday")
        << "weekly on sunday at 03:00" << "Europe/Berlin" << utc("2026-05-13T12:00:00") << utc("2026-05-10T01:00:00") << utc("2026-05-17T01:00:00");
    QTest::newRow("weekly defaults to monday midnight")
        << "weekly" << "UTC" << utc("2026-05-10T12:00:00") << utc("2026-05-04T00:00:00") << utc("2026-05-11T00:00:00");
    // The ISO week of Monday 2026-05-04 is an even number of weeks after 2000-01-03.
    QTest::newRow("2 weeks on friday, in the slot week")
        << "every 2 weeks on friday at 23:00" << "UTC" << utc("2026-05-09T10:00:00") << utc("2026-05-08T23:00:00") << utc("2026-05-22T23:00:00");
    QTest::newRow("2 weeks on friday, in the off week")
        << "every 2 weeks on friday at 23:00" << "UTC" << utc("2026-05-15T23:30:00") << utc("2026-05-08T23:00:00") << utc("2026-05-22T23:00:00");
    QTest::newRow("2 weeks on friday, local time crossing UTC midnight")
        << "every 2 weeks on fri at 01:00" << "Europe/Berlin" << utc("2026-05-08T00:00:00") << utc("2026-05-07T23:00:00") << utc("2026-05-21T23:00:00");
    // clang-format on
}

void tst_Schedule::slots_latestAndNext()
{
    QFETCH(QString, schedule);
    QFETCH(QString, zone);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, latest);
    QFETCH(QDateTime, next);

    const Schedule s = parsed(qPrintable(schedule));
    const QTimeZone tz = zoneNamed(zone);
    const QDateTime gotLatest = s.latestSlot(now, tz);
    const QDateTime gotNext = s.nextSlot(now, tz);
    QCOMPARE(gotLatest, latest);
    QCOMPARE(gotNext, next);
    QCOMPARE(gotLatest.timeSpec(), Qt::UTC);
    QCOMPARE(gotNext.timeSpec(), Qt::UTC);
}

void tst_Schedule::slots_invariantsHoldAroundDstTransitions_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QDateTime>("from");

    const QStringList schedules{QStringLiteral("every minute"),
                                QStringLiteral("every 7 minutes"),
                                QStringLiteral("every 30 minutes"),
                                QStringLiteral("every 90 minutes"),
                                QStringLiteral("every hour"),
                                QStringLiteral("every 5 hours"),
                                QStringLiteral("daily at 02:30"),
                                QStringLiteral("daily at 02:00"),
                                QStringLiteral("every 2 days at 03:00"),
                                QStringLiteral("weekly on sunday at 02:15")};
    for (const QString& schedule : schedules) {
        QTest::addRow("%s, spring", qPrintable(schedule)) << schedule << utc("2026-03-28T12:00:00");
        QTest::addRow("%s, autumn", qPrintable(schedule)) << schedule << utc("2026-10-24T12:00:00");
    }
}

void tst_Schedule::slots_invariantsHoldAroundDstTransitions()
{
    QFETCH(QString, schedule);
    QFETCH(QDateTime, from);

    const Schedule s = parsed(qPrintable(schedule));
    const QTimeZone tz = berlin();
    QDateTime previousLatest;
    for (QDateTime now = from; now < from.addDays(2); now = now.addSecs(7 * 60 + 13)) {
        const QDateTime latest = s.latestSlot(now, tz);
        const QDateTime next = s.nextSlot(now, tz);
        QVERIFY2(latest <= now && now < next, qPrintable(now.toString(Qt::ISODate)));
        // No slot lies strictly between latest and next.
        QCOMPARE(s.nextSlot(latest, tz), next);
        QCOMPARE(s.latestSlot(next, tz), next);
        if (previousLatest.isValid())
            QVERIFY2(previousLatest <= latest, qPrintable(now.toString(Qt::ISODate)));
        previousLatest = latest;
    }
}

void tst_Schedule::isDue_cronEvery30Minutes_dumpsDailyOnceWithoutDrift_data()
{
    QTest::addColumn<QDateTime>("firstDay"); // local midnight of the first simulated day, in UTC
    QTest::addColumn<int>("cronMinute");     // cron fires at this minute and 30 minutes later

    QTest::newRow("May, :00 and :30") << utc("2026-05-09T22:00:00") << 0;
    QTest::newRow("May, :07 and :37") << utc("2026-05-09T22:00:00") << 7;
    QTest::newRow("May, :29 and :59") << utc("2026-05-09T22:00:00") << 29;
    QTest::newRow("across spring forward, :00 and :30") << utc("2026-03-24T23:00:00") << 0;
    QTest::newRow("across spring forward, :07 and :37") << utc("2026-03-24T23:00:00") << 7;
    QTest::newRow("across fall back, :00 and :30") << utc("2026-10-20T22:00:00") << 0;
    QTest::newRow("across fall back, :07 and :37") << utc("2026-10-20T22:00:00") << 7;
}

void tst_Schedule::isDue_cronEvery30Minutes_dumpsDailyOnceWithoutDrift()
{
    QFETCH(QDateTime, firstDay);
    QFETCH(int, cronMinute);

    const Schedule s = parsed("every 1 day at 02:30");
    const QTimeZone tz = berlin();
    constexpr int kDays = 10;

    // Steady state: the previous day's dump is done.
    QDateTime lastSuccess = firstDay.addSecs(-3600);
    QList<QDateTime> dumps;
    QMap<QDate, QDateTime> expected; // local date -> first invocation at/after 02:30 local
    for (QDateTime t = firstDay.addSecs(cronMinute * 60); t < firstDay.addDays(kDays);
         t = t.addSecs(30 * 60)) {
        const QDateTime local = t.toTimeZone(tz);
        if (local.time() >= QTime(2, 30) && !expected.contains(local.date()))
            expected.insert(local.date(), t);
        if (s.isDue(lastSuccess, t, tz)) {
            dumps << t;
            lastSuccess = t;
        }
    }

    QCOMPARE(expected.size(), kDays);
    QCOMPARE(dumps.size(), kDays);
    for (const QDateTime& dump : std::as_const(dumps)) {
        const QDate day = dump.toTimeZone(tz).date();
        QCOMPARE(dump, expected.value(day));
    }
}

void tst_Schedule::isDue_afterAWeekOff_catchesUpOnceThenWaitsForNextSlot()
{
    const Schedule s = parsed("daily at 02:30");
    const QTimeZone tz = berlin();
    const QDateTime now = utc("2026-05-17T10:00:00");
    QDateTime lastSuccess = now.addDays(-7);

    QVERIFY(s.isDue(lastSuccess, now, tz));
    lastSuccess = now;

    const QDateTime nextSlot = utc("2026-05-18T00:30:00");
    QCOMPARE(s.nextSlot(now, tz), nextSlot);
    int dumps = 0;
    for (QDateTime t = now.addSecs(60); t < nextSlot; t = t.addSecs(15 * 60)) {
        if (s.isDue(lastSuccess, t, tz))
            ++dumps;
    }
    QCOMPARE(dumps, 0);
    QVERIFY(!s.isDue(lastSuccess, nextSlot.addSecs(-1), tz));
    QVERIFY(s.isDue(lastSuccess, nextSlot, tz));
}

void tst_Schedule::isDue_failedAttempt_leavesItDue()
{
    const Schedule s = parsed("every 6 hours");
    const QTimeZone tz = berlin();
    const QDateTime lastSuccess = utc("2026-05-10T04:30:00");  // after the 06:00 CEST slot
    const QDateTime firstAttempt = utc("2026-05-10T10:00:00"); // after the 12:00 CEST slot
    QVERIFY(s.isDue(lastSuccess, firstAttempt, tz));
    // The attempt failed: no new success, so every following run retries until one succeeds.
    for (int i = 1; i <= 6; ++i)
        QVERIFY(s.isDue(lastSuccess, firstAttempt.addSecs(i * 30 * 60), tz));
    const QDateTime retrySuccess = firstAttempt.addSecs(3 * 30 * 60);
    QVERIFY(!s.isDue(retrySuccess, retrySuccess.addSecs(30 * 60), tz));
}

void tst_Schedule::isDue_neverSucceeded_isDue()
{
    const QTimeZone tz = berlin();
    const QDateTime now = utc("2026-05-10T12:00:00");
    for (const char* text : {"every minute", "every 6 hours", "daily at 02:30", "every 52 weeks"})
        QVERIFY2(parsed(text).isDue(QDateTime(), now, tz), text);
}

void tst_Schedule::isDue_successStartedExactlyAtSlot_isNotDue()
{
    const QTimeZone tz = berlin();
    const Schedule s = parsed("daily at 02:30");
    const QDateTime slot = utc("2026-05-10T00:30:00");
    QVERIFY(!s.isDue(slot, slot, tz));
    QVERIFY(!s.isDue(slot, slot.addSecs(3600), tz));
    QVERIFY(s.isDue(slot.addSecs(-1), slot, tz));
}

void tst_Schedule::dst_springForwardGap_slotFallsAtNextValidMinute()
{
    const Schedule daily = parsed("daily at 02:30");
    const QTimeZone tz = berlin();
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST (01:00 UTC); 02:30 does not exist.
    QCOMPARE(daily.nextSlot(utc("2026-03-29T00:00:00"), tz), utc("2026-03-29T01:00:00"));
    QCOMPARE(daily.latestSlot(utc("2026-03-29T01:00:00"), tz), utc("2026-03-29T01:00:00"));
    QCOMPARE(daily.latestSlot(utc("2026-03-29T00:59:59"), tz), utc("2026-03-28T01:30:00"));
    QCOMPARE(daily.nextSlot(utc("2026-03-29T01:00:00"), tz), utc("2026-03-30T00:30:00"));

    const QDateTime lastSuccess = utc("2026-03-28T01:35:00");
    QVERIFY(!daily.isDue(lastSuccess, utc("2026-03-29T00:59:00"), tz));
    QVERIFY(daily.isDue(lastSuccess, utc("2026-03-29T01:00:00"), tz));

    // 2026-03-29 is a Sunday.
    QCOMPARE(parsed("weekly on sunday at 02:30").nextSlot(utc("2026-03-28T00:00:00"), tz),
             utc("2026-03-29T01:00:00"));
}

void tst_Schedule::dst_fallBackRepeatedHour_slotOnceAtFirstOccurrence()
{
    const Schedule daily = parsed("daily at 02:30");
    const QTimeZone tz = berlin();
    // 2026-10-25: 03:00 CEST falls back to 02:00 CET (01:00 UTC); 02:30 happens twice.
    QCOMPARE(slotsBetween(daily, utc("2026-10-24T12:00:00"), utc("2026-10-25T12:00:00"), tz),
             utcList({"2026-10-25T00:30:00"}));
    QCOMPARE(daily.nextSlot(utc("2026-10-25T00:00:00"), tz), utc("2026-10-25T00:30:00"));
    QCOMPARE(daily.nextSlot(utc("2026-10-25T00:30:00"), tz), utc("2026-10-26T01:30:00"));
    // During the second 02:30 (CET) the slot is still the first one.
    QCOMPARE(daily.latestSlot(utc("2026-10-25T01:30:00"), tz), utc("2026-10-25T00:30:00"));
    QVERIFY(!daily.isDue(utc("2026-10-25T00:30:05"), utc("2026-10-25T01:30:00"), tz));
}

void tst_Schedule::dst_every30MinutesAroundFallBack_noDuplicateAndMonotonic()
{
    const Schedule s = parsed("every 30 minutes");
    const QTimeZone tz = berlin();
    const QList<QDateTime> got = slotsBetween(s, utc("2026-10-24T23:00:00"), utc("2026-10-25T03:00:00"), tz);
    // Local 01:00 .. 02:30 CEST, then the repeated 02:00 and 02:30 CET are skipped, then 03:00 CET on.
    QCOMPARE(got, utcList({"2026-10-24T23:00:00", "2026-10-24T23:30:00", "2026-10-25T00:00:00",
                           "2026-10-25T00:30:00", "2026-10-25T02:00:00", "2026-10-25T02:30:00",
                           "2026-10-25T03:00:00"}));

    // Minute by minute through the repeated hour, latestSlot never goes back and is never repeated.
    QDateTime previous;
    for (QDateTime t = utc("2026-10-24T23:00:00"); t <= utc("2026-10-25T03:00:00"); t = t.addSecs(60)) {
        const QDateTime latest = s.latestSlot(t, tz);
        QVERIFY2(got.contains(latest), qPrintable(t.toString(Qt::ISODate)));
        if (previous.isValid())
            QVERIFY2(previous <= latest, qPrintable(t.toString(Qt::ISODate)));
        previous = latest;
    }
    QCOMPARE(s.latestSlot(utc("2026-10-25T01:45:00"), tz), utc("2026-10-25T00:30:00"));
    QCOMPARE(s.nextSlot(utc("2026-10-25T01:45:00"), tz), utc("2026-10-25T02:00:00"));
}

void tst_Schedule::dst_everyHour_acrossBothTransitions()
{
    const Schedule s = parsed("every 1 hour");
    const QTimeZone tz = berlin();
    // Spring: local 00:00, 01:00 CET, 02:00 (gap, at 03:00 CEST), 03:00 CEST (same instant), 04:00 CEST.
    QCOMPARE(slotsBetween(s, utc("2026-03-28T23:00:00"), utc("2026-03-29T02:00:00"), tz),
             utcList({"2026-03-28T23:00:00", "2026-03-29T00:00:00", "2026-03-29T01:00:00",
                      "2026-03-29T02:00:00"}));
    // Autumn: local 01:00, 02:00 CEST, the repeated 02:00 CET is skipped, 03:00 CET.
    QCOMPARE(slotsBetween(s, utc("2026-10-24T23:00:00"), utc("2026-10-25T03:00:00"), tz),
             utcList({"2026-10-24T23:00:00", "2026-10-25T00:00:00", "2026-10-25T02:00:00",
                      "2026-10-25T03:00:00"}));
}

void tst_Schedule::dst_every15MinutesAcrossGap_collapsesGapSlotsIntoOne()
{
    const Schedule s = parsed("every 15 minutes");
    const QTimeZone tz = berlin();
    QCOMPARE(slotsBetween(s, utc("2026-03-29T00:30:00"), utc("2026-03-29T01:30:00"), tz),
             utcList({"2026-03-29T00:30:00", "2026-03-29T00:45:00", "2026-03-29T01:00:00",
                      "2026-03-29T01:15:00", "2026-03-29T01:30:00"}));
}

void tst_Schedule::alwaysAndManual_dueAlwaysOrNeverAndHaveNoSlots()
{
    const QTimeZone tz = berlin();
    const QDateTime now = utc("2026-05-10T12:00:00");
    const Schedule always = parsed("always");
    const Schedule manual = parsed("manual");

    QVERIFY(always.isDue(now, now, tz));
    QVERIFY(always.isDue(QDateTime(), now, tz));
    QVERIFY(!manual.isDue(QDateTime(), now, tz));
    QVERIFY(!manual.isDue(now.addYears(-5), now, tz));
    QVERIFY(!always.latestSlot(now, tz).isValid());
    QVERIFY(!always.nextSlot(now, tz).isValid());
    QVERIFY(!manual.latestSlot(now, tz).isValid());
    QVERIFY(!manual.nextSlot(now, tz).isValid());
}

void tst_Schedule::planner_thousandJobs_computeQuickly()
{
    const QTimeZone tz = berlin();
    const QStringList texts{QStringLiteral("every 15 minutes"), QStringLiteral("every 6 hours"),
                            QStringLiteral("daily at 02:30"), QStringLiteral("every 3 days at 04:00"),
                            QStringLiteral("every 2 weeks on friday at 23:00")};
    std::vector<Schedule> schedules;
    for (int i = 0; i < 1000; ++i)
        schedules.push_back(*Schedule::parse(texts.at(i % texts.size())));

    // Right after fall-back, the slowest path (the transition is searched for).
    const QDateTime now = utc("2026-10-25T01:30:00");
    const QDateTime lastSuccess = now.addDays(-1);
    QElapsedTimer timer;
    timer.start();
    int due = 0;
    for (const Schedule& s : schedules) {
        due += s.isDue(lastSuccess, now, tz) ? 1 : 0;
        QVERIFY(s.nextSlot(now, tz) > now);
    }
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    QVERIFY(due > 0);
}

QTEST_GUILESS_MAIN(tst_Schedule)
#include "tst_schedule.moc"
