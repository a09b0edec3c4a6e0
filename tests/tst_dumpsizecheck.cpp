// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The size judgement of a successful dump (DumpSizeCheck): the median of the last dumps, the
// threshold, too few earlier dumps, the check turned off, and the stored, language-neutral warning.
#include "run/DumpSizeCheck.h"

#include <QTest>

using namespace larder;

class TestDumpSizeCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void median_data()
    {
        QTest::addColumn<QList<qint64>>("sizes");
        QTest::addColumn<double>("median");
        QTest::newRow("none") << QList<qint64>{} << 0.0;
        QTest::newRow("one") << QList<qint64>{7} << 7.0;
        QTest::newRow("odd, unsorted") << QList<qint64>{9, 1, 5} << 5.0;
        QTest::newRow("even: mean of the middle two") << QList<qint64>{10, 40, 20, 30} << 25.0;
        QTest::newRow("an outlier does not move it") << QList<qint64>{100, 100, 1, 100, 100000} << 100.0;
    }

    void median()
    {
        QFETCH(QList<qint64>, sizes);
        QFETCH(double, median);
        QCOMPARE(DumpSizeCheck::median(sizes), median);
    }

    void judge_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QList<qint64>>("earlier"); // newest first
        QTest::addColumn<double>("ratio");
        QTest::addColumn<bool>("warned");

        const QList<qint64> usual = {1000, 1000, 1000, 1000, 1000};
        QTest::newRow("same size") << qint64(1000) << usual << 0.5 << false;
        QTest::newRow("bigger") << qint64(5000) << usual << 0.5 << false;
        QTest::newRow("exactly at the threshold is fine") << qint64(500) << usual << 0.5 << false;
        QTest::newRow("just below the threshold") << qint64(499) << usual << 0.5 << true;
        QTest::newRow("empty dump") << qint64(0) << usual << 0.5 << true;
        QTest::newRow("ratio 0 turns it off") << qint64(0) << usual << 0.0 << false;
        QTest::newRow("ratio 1: anything smaller than the median") << qint64(999) << usual << 1.0 << true;
        QTest::newRow("three earlier dumps are enough")
            << qint64(100) << QList<qint64>{1000, 1000, 1000} << 0.5 << true;
        QTest::newRow("two are too few") << qint64(100) << QList<qint64>{1000, 1000} << 0.5 << false;
        QTest::newRow("no earlier dump") << qint64(0) << QList<qint64>{} << 0.5 << false;
        QTest::newRow("earlier dumps all empty: nothing to compare")
            << qint64(0) << QList<qint64>{0, 0, 0} << 0.5 << false;
        // Only the newest five count: the old giants beyond them do not raise the median.
        QTest::newRow("only the last five count")
            << qint64(600) << QList<qint64>{1000, 1000, 1000, 1000, 1000, 9000, 9000, 9000, 9000} << 0.5
            << false;
        // A database that shrank for good: once most of the last five are small, the median follows.
        QTest::newRow("a lasting shrink stops warning")
            << qint64(100) << QList<qint64>{100, 100, 100, 1000, 1000} << 0.5 << false;
        QTest::newRow("a shrink still warns while it is new")
            << qint64(100) << QList<qint64>{100, 100, 1000, 1000, 1000} << 0.5 << true;
    }

    void judge()
    {
        QFETCH(qint64, bytes);
        QFETCH(QList<qint64>, earlier);
        QFETCH(double, ratio);
        QFETCH(bool, warned);
        const std::optional<Message> warning = DumpSizeCheck::judge(bytes, earlier, ratio);
        QCOMPARE(warning.has_value(), warned);
        if (warning)
            QVERIFY(!warning->isEmpty());
    }

    void warning_saysSizesShareAndSamplesAndIsStoredLanguageNeutral()
    {
        const QList<qint64> earlier = {2621440, 2621440, 2516582,
                                       2726297, 2621440, 1}; // ~2.5 MiB; 6th unused
        const std::optional<Message> warning = DumpSizeCheck::judge(1258291, earlier, 0.5);
        QVERIFY(warning);
        QCOMPARE(warning->toString(),
                 QStringLiteral("dump is 1.2 MiB, 48 % of the median 2.5 MiB of the last 5 "
                                "successful dumps: check that no data was lost"));
        const QString stored = warning->serialize();
        QVERIFY2(stored.startsWith(Message::kStoredPrefix), qPrintable(stored));
        QCOMPARE(Message::fromStored(stored), *warning);
        QCOMPARE(Message::display(stored), warning->toString());
    }

    void warning_countsTheSamplesItUsed()
    {
        const std::optional<Message> warning = DumpSizeCheck::judge(400, {1000, 1000, 1000}, 0.5);
        QVERIFY(warning);
        QCOMPARE(warning->toString(),
                 QStringLiteral("dump is 400 bytes, 40 % of the median 1000 bytes of the "
                                "last 3 successful dumps: check that no data was lost"));
    }
};

QTEST_GUILESS_MAIN(TestDumpSizeCheck)
#include "tst_dumpsizecheck.moc"
