// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Which successful dumps retention keeps, and why: each rule alone, combinations, more rules than
// dumps, the newest always kept, ties, and local days/weeks/months across DST changes in Berlin.
#include "retention/RetentionPolicy.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace larder;

namespace {

QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

QDateTime utc(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

// "keep_last=2 keep_daily=3 keep_within=1209600", as the config would set them.
RetentionRules rulesFrom(const QString& text)
{
    RetentionRules rules;
    for (const QString& item : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = item.section(QLatin1Char('='), 0, 0);
        const qint64 value = item.section(QLatin1Char('='), 1).toLongLong();
        if (key == QLatin1String("keep_last"))
            rules.keepLast = int(value);
        else if (key == QLatin1String("keep_daily"))
            rules.keepDaily = int(value);
        else if (key == QLatin1String("keep_weekly"))
            rules.keepWeekly = int(value);
        else if (key == QLatin1String("keep_monthly"))
            rules.keepMonthly = int(value);
        else if (key == QLatin1String("keep_within"))
            rules.keepWithinSeconds = value;
        else
            qFatal("unknown rule in test data: %s", qPrintable(item));
    }
    return rules;
}

// Record i (from 0) gets id i + 1.
QList<HistoryRecord> successes(const QStringList& startsUtc)
{
    QList<HistoryRecord> records;
    for (qsizetype i = 0; i < startsUtc.size(); ++i) {
        HistoryRecord record;
        record.id = i + 1;
        record.job = QStringLiteral("app");
        record.status = AttemptStatus::Success;
        record.startedUtc = utc(startsUtc.at(i));
        record.finishedUtc = record.startedUtc.addSecs(60);
        record.path = QStringLiteral("/dumps/app/app_%1.dump").arg(i + 1);
        records.append(record);
    }
    return records;
}

// By id: the reasons joined with ", ", or "delete".
QStringList verdicts(const QList<RetentionPolicy::Decision>& decisions)
{
    QList<RetentionPolicy::Decision> byId = decisions;
    std::sort(byId.begin(), byId.end(),
              [](const auto& a, const auto& b) { return a.record.id < b.record.id; });
    QStringList out;
    for (const auto& decision : std::as_const(byId))
        out.append(decision.keep ? decision.reasons.join(QLatin1String(", ")) : QStringLiteral("delete"));
    return out;
}

} // namespace

class TestRetentionPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(berlin().isValid(), "Europe/Berlin must be known to QTimeZone (tzdata)"); }

    void decide_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("nowUtc");
        QTest::addColumn<QStringList>("startsUtc"); // id 1, 2, ...
        QTest::addColumn<QStringList>("expected");  // per id: reasons, or "delete"

        const QString now = QStringLiteral("2026-11-26T12:00:00Z");
        const QStringList fourDays = {"2026-11-20T10:00:00Z", "2026-11-21T10:00:00Z", "2026-11-22T10:00:00Z",
                                      "2026-11-23T10:00:00Z"};

        QTest::newRow("no rules keep everything") << "" << now << fourDays
                                                  << QStringList{"no retention rules", "no retention rules",
                                                                 "no retention rules", "no retention rules"};
        QTest::newRow("keep_last keeps the most recent")
            << "keep_last=2" << now << fourDays << QStringList{"delete", "delete", "last 2", "last 2"};
        QTest::newRow("keep_last larger than available keeps all")
            << "keep_last=10" << now << fourDays << QStringList{"last 10", "last 10", "last 10", "last 10"};
        QTest::newRow("keep_last 0 still keeps the newest")
            << "keep_last=0" << now << fourDays << QStringList{"delete", "delete", "delete", "newest"};
        QTest::newRow("keep_daily: newest of each day that has one, gaps not counted")
            << "keep_daily=2" << now
            << QStringList{"2026-11-20T10:00:00Z", "2026-11-23T08:00:00Z", "2026-11-23T20:00:00Z",
                           "2026-11-25T06:00:00Z", "2026-11-25T07:00:00Z"}
            << QStringList{"delete", "delete", "daily 2026-11-23", "delete", "daily 2026-11-25"};
        QTest::newRow("keep_daily larger than available: one per day")
            << "keep_daily=30" << now
            << QStringList{"2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z", "2026-11-22T10:00:00Z"}
            << QStringList{"delete", "daily 2026-11-20", "daily 2026-11-22"};
        // 2026 has 53 ISO weeks. Id 4 is Monday 00:30 in Berlin but still Sunday in UTC.
        QTest::newRow("keep_weekly: local ISO weeks across the year boundary")
            << "keep_weekly=2"
            << "2027-01-06T00:00:00Z"
            << QStringList{"2026-12-24T10:00:00Z", "2026-12-31T10:00:00Z", "2027-01-03T22:00:00Z",
                           "2027-01-03T23:30:00Z", "2027-01-05T10:00:00Z"}
            << QStringList{"delete", "delete", "weekly 2026-W53", "delete", "weekly 2027-W01"};
        // No dump in October; id 2 is 1 September 00:30 in Berlin, still August in UTC.
        QTest::newRow("keep_monthly: local months, a month without dumps not counted")
            << "keep_monthly=3" << now
            << QStringList{"2026-07-15T10:00:00Z", "2026-08-31T22:30:00Z", "2026-09-20T10:00:00Z",
                           "2026-11-02T10:00:00Z", "2026-11-20T10:00:00Z"}
            << QStringList{"monthly 2026-07", "delete", "monthly 2026-09", "delete", "monthly 2026-11"};
        QTest::newRow("keep_within: started at or after now minus the span")
            << "keep_within=1209600" << now
            << QStringList{"2026-11-12T11:59:59Z", "2026-11-12T12:00:00Z", "2026-11-25T12:00:00Z"}
            << QStringList{"delete", "within 14 days", "within 14 days"};
        QTest::newRow("keep_within keeping nothing still keeps the newest")
            << "keep_within=86400" << now << fourDays << QStringList{"delete", "delete", "delete", "newest"};
        QTest::newRow("combination: any rule keeps, every reason named")
            << "keep_last=1 keep_daily=2 keep_weekly=2 keep_monthly=2 keep_within=172800" << now
            << QStringList{"2026-09-10T10:00:00Z", "2026-10-05T10:00:00Z", "2026-10-20T10:00:00Z",
                           "2026-11-24T10:00:00Z", "2026-11-25T09:00:00Z", "2026-11-25T10:00:00Z"}
            << QStringList{"delete",
                           "delete",
                           "weekly 2026-W43, monthly 2026-10",
                           "daily 2026-11-24",
                           "within 2 days",
                           "last 1, daily 2026-11-25, weekly 2026-W48, monthly 2026-11, within 2 days"};
        // Spring forward on 2026-03-29 at 02:00 CET: local midnight is 23:00Z before, 22:00Z after.
        QTest::newRow("keep_daily across spring forward uses local days")
            << "keep_daily=3"
            << "2026-03-31T00:00:00Z"
            << QStringList{"2026-03-28T22:30:00Z", "2026-03-28T23:30:00Z", "2026-03-29T21:30:00Z",
                           "2026-03-29T22:30:00Z"}
            << QStringList{"daily 2026-03-28", "delete", "daily 2026-03-29", "daily 2026-03-30"};
        // Fall back on 2026-10-25 at 03:00 CEST: ids 3 and 4 are both 02:30 local, an hour apart.
        QTest::newRow("keep_daily across fall back uses local days")
            << "keep_daily=3"
            << "2026-10-27T00:00:00Z"
            << QStringList{"2026-10-24T21:30:00Z", "2026-10-24T22:30:00Z", "2026-10-25T00:30:00Z",
                           "2026-10-25T01:30:00Z", "2026-10-25T22:30:00Z", "2026-10-25T23:30:00Z"}
            << QStringList{"daily 2026-10-24", "delete",           "delete",
                           "delete",           "daily 2026-10-25", "daily 2026-10-26"};
        QTest::newRow("ties: the higher id is the newer")
            << "keep_last=1" << now << QStringList{"2026-11-20T10:00:00Z", "2026-11-20T10:00:00Z"}
            << QStringList{"delete", "last 1"};
        QTest::newRow("ties within a day: the higher id is that day's newest")
            << "keep_daily=1 keep_last=0" << now
            << QStringList{"2026-11-20T10:00:00Z", "2026-11-20T10:00:00Z"}
            << QStringList{"delete", "daily 2026-11-20"};
        QTest::newRow("ties and keep_last 0: only the higher id is kept")
            << "keep_last=0" << now << QStringList{"2026-11-20T10:00:00Z", "2026-11-20T10:00:00Z"}
            << QStringList{"delete", "newest"};
        QTest::newRow("a single dump is never deleted")
            << "keep_last=0 keep_within=60" << now << QStringList{"2020-01-01T00:00:00Z"}
            << QStringList{"newest"};
    }

    void decide()
    {
        QFETCH(QString, rules);
        QFETCH(QString, nowUtc);
        QFETCH(QStringList, startsUtc);
        QFETCH(QStringList, expected);

        const RetentionPolicy policy(rulesFrom(rules), berlin());
        const QList<RetentionPolicy::Decision> decisions = policy.decide(successes(startsUtc), utc(nowUtc));
        QCOMPARE(verdicts(decisions), expected);
        for (const auto& decision : decisions)
            QCOMPARE(decision.keep, !decision.reasons.isEmpty());
    }

    void decide_returnsNewestFirstWhateverTheInputOrder()
    {
        const QStringList starts = {"2026-11-20T10:00:00Z", "2026-11-21T10:00:00Z", "2026-11-21T10:00:00Z",
                                    "2026-11-22T09:00:00Z", "2026-11-23T10:00:00Z", "2026-11-24T10:00:00Z"};
        const RetentionPolicy policy(rulesFrom(QStringLiteral("keep_last=2 keep_daily=3")), berlin());
        const QDateTime now = utc(QStringLiteral("2026-11-26T12:00:00Z"));
        const QList<RetentionPolicy::Decision> reference = policy.decide(successes(starts), now);

        QList<qint64> ids;
        for (const auto& decision : reference)
            ids.append(decision.record.id);
        QCOMPARE(ids, (QList<qint64>{6, 5, 4, 3, 2, 1}));

        QList<HistoryRecord> shuffled = successes(starts);
        for (int round = 0; round < 20; ++round) {
            std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
            const QList<RetentionPolicy::Decision> again = policy.decide(shuffled, now);
            QCOMPARE(verdicts(again), verdicts(reference));
            QCOMPARE(again.first().record.id, 6);
        }
    }

    void decide_ignoresAttemptsThatAreNotSuccesses_data()
    {
        QTest::addColumn<AttemptStatus>("status");
        QTest::newRow("failed") << AttemptStatus::Failed;
        QTest::newRow("running") << AttemptStatus::Running;
        QTest::newRow("interrupted") << AttemptStatus::Interrupted;
        QTest::newRow("cancelled") << AttemptStatus::Cancelled;
        QTest::newRow("pruned") << AttemptStatus::Pruned;
    }

    void decide_ignoresAttemptsThatAreNotSuccesses()
    {
        QFETCH(AttemptStatus, status);
        // The other attempt is the newest: were it counted, the only success would not be "newest".
        QList<HistoryRecord> records = successes({"2026-11-20T10:00:00Z", "2026-11-21T10:00:00Z"});
        records[1].status = status;
        const RetentionPolicy policy(rulesFrom(QStringLiteral("keep_last=0")), berlin());
        const QList<RetentionPolicy::Decision> decisions =
            policy.decide(records, utc(QStringLiteral("2026-11-26T12:00:00Z")));
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().record.id, 1);
        QCOMPARE(decisions.first().reasons, QStringList{"newest"});
    }

    void decide_noSuccessesGivesNoDecisions()
    {
        const RetentionPolicy policy(rulesFrom(QStringLiteral("keep_last=1")), berlin());
        QVERIFY(policy.decide({}, utc(QStringLiteral("2026-11-26T12:00:00Z"))).isEmpty());
    }

    // warned: the ids (from 1) whose dump has a warning (much smaller than usual).
    void decide_keepsTheNewestDumpWithoutAWarning_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QList<int>>("warned");
        QTest::addColumn<QStringList>("expected"); // per id: reasons, or "delete"

        QTest::newRow("keep_last 1: the suspicious newest does not push out its predecessor")
            << "keep_last=1" << QList<int>{4}
            << QStringList{"delete", "delete", "newest without a warning", "last 1"};
        QTest::newRow("several suspicious in a row: the last normal one stays")
            << "keep_last=1" << QList<int>{3, 4}
            << QStringList{"delete", "newest without a warning", "delete", "last 1"};
        QTest::newRow("a normal dump after a suspicious one: the usual rules again")
            << "keep_last=1" << QList<int>{3} << QStringList{"delete", "delete", "delete", "last 1"};
        QTest::newRow("already kept by a rule: no second reason")
            << "keep_last=2" << QList<int>{4} << QStringList{"delete", "delete", "last 2", "last 2"};
        QTest::newRow("keep_last 0: the suspicious one is the newest, the normal one stays too")
            << "keep_last=0" << QList<int>{4}
            << QStringList{"delete", "delete", "newest without a warning", "newest"};
        QTest::newRow("every dump suspicious: nothing more is kept")
            << "keep_last=1" << QList<int>{1, 2, 3, 4} << QStringList{"delete", "delete", "delete", "last 1"};
        QTest::newRow("no rules: everything kept as before")
            << "" << QList<int>{4}
            << QStringList{"no retention rules", "no retention rules", "no retention rules",
                           "no retention rules"};
    }

    void decide_keepsTheNewestDumpWithoutAWarning()
    {
        QFETCH(QString, rules);
        QFETCH(QList<int>, warned);
        QFETCH(QStringList, expected);

        QList<HistoryRecord> records = successes(
            {"2026-11-20T10:00:00Z", "2026-11-21T10:00:00Z", "2026-11-22T10:00:00Z", "2026-11-23T10:00:00Z"});
        for (int id : warned)
            records[id - 1].warning = QStringLiteral("dump is 1.0 KiB, 10 % of the median 10.0 KiB");
        const RetentionPolicy policy(rulesFrom(rules), berlin());
        const QList<RetentionPolicy::Decision> decisions =
            policy.decide(records, utc(QStringLiteral("2026-11-26T12:00:00Z")));
        QCOMPARE(verdicts(decisions), expected);
        for (const auto& decision : decisions)
            QCOMPARE(decision.keep, !decision.reasons.isEmpty());
    }

    void spanText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("days") << qint64(14 * 86400) << "14 days";
        QTest::newRow("one day") << qint64(86400) << "1 day";
        QTest::newRow("hours") << qint64(36 * 3600) << "36 hours";
        QTest::newRow("minutes") << qint64(90 * 60) << "90 minutes";
        QTest::newRow("seconds") << qint64(45) << "45 seconds";
    }

    void spanText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(RetentionPolicy::spanText(seconds), text);
    }
};

QTEST_GUILESS_MAIN(TestRetentionPolicy)
#include "tst_retentionpolicy.moc"
