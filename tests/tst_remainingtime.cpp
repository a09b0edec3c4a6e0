// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "live/RemainingTime.h"

#include <QTest>

using namespace larder;

class TestRemainingTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void estimate_data();
    void estimate();
};

void TestRemainingTime::estimate_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("estimate");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<qint64>("expected"); // -1: no estimate shown

    constexpr qint64 MiB = 1024 * 1024;
    // Issue 11: the header after 1 s of a 1 GiB dump projected "~2 h 33 min".
    QTest::newRow("firstSecond_none") << qint64(120'000) << 1024 * MiB << qint64(1000) << qint64(-1);
    QTest::newRow("fastButEarly_none") << 500 * MiB << 1024 * MiB << qint64(4999) << qint64(-1);
    QTest::newRow("longButLittleWritten_none") << qint64(MiB) << 1024 * MiB << qint64(60'000) << qint64(-1);
    QTest::newRow("nothingWritten_none") << qint64(0) << 1024 * MiB << qint64(60'000) << qint64(-1);
    QTest::newRow("noEstimate_none") << 10 * MiB << qint64(0) << qint64(60'000) << qint64(-1);
    QTest::newRow("settled_linear") << 256 * MiB << 1024 * MiB << qint64(10'000) << qint64(30'000);
    QTest::newRow("atTheThresholds") << qint64(200) << qint64(10'000) << qint64(5000) << qint64(245'000);
    QTest::newRow("pastTheEstimate_zero") << 2048 * MiB << 1024 * MiB << qint64(1000) << qint64(0);
}

void TestRemainingTime::estimate()
{
    QFETCH(qint64, bytes);
    QFETCH(qint64, estimate);
    QFETCH(qint64, elapsedMs);
    QFETCH(qint64, expected);
    const std::optional<qint64> result = RemainingTime::estimateMs(bytes, estimate, elapsedMs);
    QCOMPARE(result.value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestRemainingTime)
#include "tst_remainingtime.moc"
