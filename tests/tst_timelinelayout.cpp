// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The timeline's placing, table-driven: a window of ten hours (10:00 to 20:00 UTC) over 1000 pixels,
// so an hour is 100 pixels. Each row is one attempt or one expected dump, and where its marks go.
#include "TimelineLayout.h"

#include <QTest>
#include <QTimeZone>

using namespace larder;

namespace {

const QDate kDay(2026, 12, 7);

QDateTime at(int hour, int minute, int second = 0)
{
    return QDateTime(kDay, QTime(hour, minute, second), QTimeZone::utc());
}

TimelineLayout::Input window()
{
    TimelineLayout::Input input;
    input.fromUtc = at(10, 0);
    input.toUtc = at(20, 0);
    input.nowUtc = at(14, 0);
    input.width = 1000;
    return input;
}

TimelineLayout::Attempt attempt(const QString& job, const QString& server, const QDateTime& start,
                                const QDateTime& end, AttemptStatus status, bool warning = false)
{
    static qint64 id = 0;
    return TimelineLayout::Attempt{++id, job, server, start, end, status, warning};
}

ExpectedOperation expected(const QString& job, const QString& server, const QDateTime& slot,
                           const QDateTime& start, const QDateTime& end)
{
    ExpectedOperation operation;
    operation.atUtc = slot;
    operation.job = job;
    operation.server = server;
    operation.startUtc = start;
    operation.endUtc = end;
    operation.durationKnown = true;
    return operation;
}

// "lane kind x0 x1" for each mark, to compare rows at a glance.
QStringList describe(const TimelineLayout& layout)
{
    static const char* const kinds[] = {"success", "warning", "failed", "cancelled",
                                        "running", "waiting", "planned"};
    QStringList lines;
    for (const TimelineLayout::Mark& mark : layout.marks())
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(layout.lanes().at(mark.lane), QLatin1String(kinds[int(mark.kind)]))
                     .arg(mark.x0, 0, 'f', 1)
                     .arg(mark.x1, 0, 'f', 1);
    return lines;
}

} // namespace

Q_DECLARE_METATYPE(TimelineLayout::Input)

class TestTimelineLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void place_data()
    {
        QTest::addColumn<TimelineLayout::Input>("input");
        QTest::addColumn<QStringList>("expected");
        const QString db1 = QStringLiteral("db1");
        const QString db2 = QStringLiteral("db2");

        TimelineLayout::Input input = window();
        input.attempts = {attempt(QStringLiteral("app"), db1, at(12, 0), at(12, 30), AttemptStatus::Failed)};
        QTest::newRow("a failed attempt") << input << QStringList{QStringLiteral("db1 failed 200.0 250.0")};

        input = window();
        input.attempts = {
            attempt(QStringLiteral("app"), db1, at(13, 0), at(13, 0, 1), AttemptStatus::Success)};
        QTest::newRow("a one-second dump stays clickable")
            << input << QStringList{QStringLiteral("db1 success 300.0 303.0")};

        input = window();
        input.attempts = {
            attempt(QStringLiteral("app"), db1, at(11, 0), at(11, 6), AttemptStatus::Pruned, true),
            attempt(QStringLiteral("app"), db1, at(11, 30), at(11, 36), AttemptStatus::Interrupted),
            attempt(QStringLiteral("app"), db1, at(12, 0), at(12, 6), AttemptStatus::Cancelled)};
        QTest::newRow("a pruned success with a warning, an interrupted run, a cancelled one")
            << input
            << QStringList{QStringLiteral("db1 warning 100.0 110.0"),
                           QStringLiteral("db1 failed 150.0 160.0"),
                           QStringLiteral("db1 cancelled 200.0 210.0")};

        input = window();
        input.attempts = {
            attempt(QStringLiteral("app"), db1, at(13, 30), QDateTime(), AttemptStatus::Running)};
        QTest::newRow("a running dump reaches now")
            << input << QStringList{QStringLiteral("db1 running 350.0 400.0")};

        input = window();
        input.planned = {expected(QStringLiteral("shop"), db1, at(15, 0), at(15, 0), at(15, 30)),
                         expected(QStringLiteral("blog"), db1, at(15, 0), at(15, 30), at(16, 0))};
        QTest::newRow("a planned dump queued behind another on its server")
            << input
            << QStringList{QStringLiteral("db1 planned 500.0 550.0"),
                           QStringLiteral("db1 waiting 500.0 550.0"),
                           QStringLiteral("db1 planned 550.0 600.0")};

        input = window();
        input.lanes = TimelineLayout::Lanes::ByJob;
        input.attempts = {attempt(QStringLiteral("wiki"), db1, at(12, 0), at(12, 30), AttemptStatus::Success),
                          attempt(QStringLiteral("app"), db2, at(12, 0), at(12, 30), AttemptStatus::Failed)};
        input.planned = {expected(QStringLiteral("app"), db2, at(16, 0), at(16, 0), at(16, 30))};
        QTest::newRow("a lane per job, sorted") << input
                                                << QStringList{QStringLiteral("app failed 200.0 250.0"),
                                                               QStringLiteral("app planned 600.0 650.0"),
                                                               QStringLiteral("wiki success 200.0 250.0")};

        input = window();
        input.attempts = {attempt(QStringLiteral("app"), db1, at(8, 0), at(9, 0), AttemptStatus::Success),
                          attempt(QStringLiteral("app"), db1, at(9, 30), at(10, 30), AttemptStatus::Success)};
        input.planned = {expected(QStringLiteral("app"), db1, at(19, 30), at(19, 30), at(21, 0)),
                         expected(QStringLiteral("app"), db1, at(21, 0), at(21, 0), at(22, 0))};
        QTest::newRow("clipped at both ends, nothing wholly outside")
            << input
            << QStringList{QStringLiteral("db1 success 0.0 50.0"),
                           QStringLiteral("db1 planned 950.0 1000.0")};
    }

    void place()
    {
        QFETCH(TimelineLayout::Input, input);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(TimelineLayout::compute(input)), expected);
    }

    void nowLine_insideAndOutside()
    {
        TimelineLayout::Input input = window();
        QCOMPARE(TimelineLayout::compute(input).nowX(), 400.0);
        input.nowUtc = at(21, 0);
        QCOMPARE(TimelineLayout::compute(input).nowX(), -1.0);
    }

    void markAt_findsTheAttemptUnderTheClick()
    {
        TimelineLayout::Input input = window();
        input.attempts = {attempt(QStringLiteral("app"), QStringLiteral("db1"), at(12, 0), at(12, 30),
                                  AttemptStatus::Failed),
                          attempt(QStringLiteral("app"), QStringLiteral("db1"), at(12, 20), at(12, 40),
                                  AttemptStatus::Success)};
        const TimelineLayout layout = TimelineLayout::compute(input);
        QVERIFY(layout.markAt(0, 210));
        QCOMPARE(layout.markAt(0, 210)->attemptId, input.attempts.at(0).id);
        QCOMPARE(layout.markAt(0, 240)->attemptId, input.attempts.at(1).id); // the later of two
        QCOMPARE(layout.markAt(0, 300), nullptr);
        QCOMPARE(layout.markAt(1, 210), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
