// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The Timeline tab offscreen over a real RunService (config file, SQLite history written through
// History): where a failed attempt, a wait behind a busy server and a planned dump are drawn, what
// their tooltips say, what a click and the keyboard open, the lane and span switches, and the main
// window's showAttempt. No cluster: nothing is dumped (tst_mainwindow draws a real failed dump).

#include "BackupFixture.h"
#include "HistoryModel.h"
#include "MainWindow.h"
#include "ResultAssert.h"
#include "StateColours.h"
#include "TimelinePanel.h"
#include "TimelineView.h"
#include "TrendChart.h"
#include "history/History.h"
#include "postgres/PostgresEngine.h"
#include "run/RunService.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>

#include <algorithm>
#include <memory>

using namespace larder;
using Kind = TimelineLayout::Kind;

class TestTimelineView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void marks_areDrawnWhereTheyBelongAndSayWhatTheyAre();
    void clickAndKeyboard_openPastAttemptsOnly();
    void switches_changeLanesAndSpan();
    void reload_drawsTheSettledPlanUntilItsFirstDueTimePasses();
    void showAttempt_selectsTheRowOrSaysWhyNot();
    void trends_drawSizesFailuresAndDrops();

private:
    qint64 addAttempt(const QString& job, const QString& server, const QDateTime& startedUtc, qint64 seconds,
                      AttemptStatus status, qint64 bytes = 0);
    std::unique_ptr<RunService> makeService() const;
    const TimelineLayout::Mark* find(const TimelineView& view, Kind kind, const QString& job) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_store;
    QString m_config;
    QDateTime m_now;
    QDateTime m_slotUtc;
    qint64 m_failedId = 0;
    qint64 m_a1SuccessId = 0;
    qint64 m_a2SuccessId = 0;
};

void TestTimelineView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTimelineView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    const QString history = m_dir->filePath(QStringLiteral("history.sqlite"));
    m_now = QDateTime::currentDateTimeUtc();
    // Three hours ahead, to the minute: both jobs of alpha fall due then, one after the other.
    const QDateTime slotLocal = m_now.toLocalTime().addSecs(3 * 3600);
    const QString slot = slotLocal.toString(QStringLiteral("HH:mm"));
    m_slotUtc = QDateTime(slotLocal.date(), QTime::fromString(slot, QStringLiteral("HH:mm"))).toUTC();

    // Port 1: nothing listens there, so even a run started by mistake dumps nothing.
    const QString text =
        BackupFixture::defaultsSection(m_dir->filePath(QStringLiteral("dumps")), history,
                                       QStringLiteral("daily at %1").arg(slot)) +
        QStringLiteral(
            "\n[servers.alpha]\nhost = \"127.0.0.1\"\nport = 1\nuser = \"backup\"\nmax_parallel = 1\n"
            "\n[servers.beta]\nhost = \"127.0.0.1\"\nport = 1\nuser = \"backup\"\n"
            "\n[databases.a1]\nserver = \"alpha\"\n"
            "\n[databases.a2]\nserver = \"alpha\"\n"
            "\n[databases.b1]\nserver = \"beta\"\nschedule = \"manual\"\n");
    QVERIFY_RESULT(BackupFixture::writeFileAtomically(m_config, text.toUtf8()));

    auto store = History::open(history);
    QVERIFY_RESULT(store);
    m_store = std::move(*store);
    // Both alpha jobs succeeded after their last slot (not due): a1 took an hour, a2 half an hour.
    m_a1SuccessId = addAttempt(QStringLiteral("a1"), QStringLiteral("alpha"), m_now.addSecs(-20 * 3600), 3600,
                               AttemptStatus::Success);
    m_a2SuccessId = addAttempt(QStringLiteral("a2"), QStringLiteral("alpha"), m_now.addSecs(-19 * 3600), 1800,
                               AttemptStatus::Success, 100'000);
    m_failedId = addAttempt(QStringLiteral("b1"), QStringLiteral("beta"), m_now.addSecs(-2 * 3600), 3600,
                            AttemptStatus::Failed);
    addAttempt(QStringLiteral("b1"), QStringLiteral("beta"), m_now.addDays(-3), 600,
               AttemptStatus::Cancelled);
}

void TestTimelineView::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestTimelineView::addAttempt(const QString& job, const QString& server, const QDateTime& startedUtc,
                                    qint64 seconds, AttemptStatus status, qint64 bytes)
{
    HistoryRecord record;
    record.job = job;
    record.server = server;
    record.database = job;
    record.startedUtc = startedUtc;
    const auto id = m_store->beginAttempt(record);
    if (!id)
        return 0;
    record.id = *id;
    record.status = status;
    record.finishedUtc = startedUtc.addSecs(seconds);
    record.bytes = bytes;
    if (status == AttemptStatus::Failed)
        record.error = QStringLiteral("connection refused");
    return m_store->finishAttempt(record) ? *id : 0;
}

std::unique_ptr<RunService> TestTimelineView::makeService() const
{
    auto service = std::make_unique<RunService>(m_config, std::make_unique<PostgresEngine>(),
                                                [](const ServerConfig&) { return std::optional<QString>(); });
    service->setScheduling(false);
    return service;
}

const TimelineLayout::Mark* TestTimelineView::find(const TimelineView& view, Kind kind,
                                                   const QString& job) const
{
    for (const TimelineLayout::Mark& mark : view.layout().marks()) {
        if (mark.kind == kind && mark.job == job)
            return &mark;
    }
    return nullptr;
}

void TestTimelineView::marks_areDrawnWhereTheyBelongAndSayWhatTheyAre()
{
    QVERIFY(m_failedId > 0 && m_a1SuccessId > 0);
    auto service = makeService();
    TimelinePanel panel(*service);
    panel.resize(1000, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY2(panel.loadError().isEmpty(), qPrintable(panel.loadError()));
    const TimelineView& view = *panel.view();
    QCOMPARE(view.layout().lanes(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));

    // The failed attempt of b1, two hours ago on beta, fills its row in the failure colour.
    const TimelineLayout::Mark* failed = find(view, Kind::Failed, QStringLiteral("b1"));
    QVERIFY(failed);
    QCOMPARE(failed->attemptId, m_failedId);
    QCOMPARE(failed->lane, 1);
    const QImage image = panel.view()->grab().toImage();
    const QPoint middle = view.pointAt(m_now.addSecs(-90 * 60), 1);
    QCOMPARE(image.pixelColor(middle), StateColours::failure(view.palette()));
    // Left of it the row is empty (at a half hour: the grid lines are on the hours).
    QDateTime empty = m_now.toLocalTime().addSecs(-4 * 3600);
    empty = QDateTime(empty.date(), QTime(empty.time().hour(), 30)).toUTC();
    QCOMPARE(image.pixelColor(view.pointAt(empty, 1)), view.palette().color(QPalette::AlternateBase));
    const QString tip = TimelineView::describe(*failed);
    QVERIFY2(tip.startsWith(QLatin1String("b1 on beta\nFailed, ")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("(1 h 00 min)")), qPrintable(tip));

    // a1 is expected at the slot for as long as its last dump (an hour); a2 waits for alpha's one
    // place until a1 ends, then takes its half hour.
    const TimelineLayout::Mark* a1 = find(view, Kind::Planned, QStringLiteral("a1"));
    const TimelineLayout::Mark* wait = find(view, Kind::Waiting, QStringLiteral("a2"));
    const TimelineLayout::Mark* a2 = find(view, Kind::Planned, QStringLiteral("a2"));
    QVERIFY(a1 && wait && a2);
    QCOMPARE(a1->startUtc, m_slotUtc);
    QCOMPARE(a1->endUtc, m_slotUtc.addSecs(3600));
    QCOMPARE(wait->startUtc, m_slotUtc);
    QCOMPARE(wait->endUtc, a1->endUtc);
    QVERIFY2(wait->waitsFor.contains(QLatin1String("alpha")), qPrintable(wait->waitsFor));
    QCOMPARE(a2->startUtc, a1->endUtc);
    QCOMPARE(a2->endUtc, a1->endUtc.addSecs(1800));
    QVERIFY(a2->durationKnown);
    QVERIFY2(TimelineView::describe(*wait).contains(wait->waitsFor),
             qPrintable(TimelineView::describe(*wait)));
    QVERIFY(TimelineView::describe(*a1).contains(QLatin1String("as long as its last successful dump")));
    // Drawn: the planned dump's inside is neither the lane's background nor the failure colour.
    const QColor inside = image.pixelColor(view.pointAt(m_slotUtc.addSecs(1800), 0));
    QVERIFY2(inside != view.palette().color(QPalette::Base), qPrintable(inside.name()));
    // The now line, in the middle of the 48 hours.
    const double middleX =
        (view.pointAt(m_now.addDays(1), 0).x() - view.pointAt(m_now.addDays(-1), 0).x()) / 2.0;
    QVERIFY2(qAbs(view.layout().nowX() - middleX) <= 1, qPrintable(QString::number(view.layout().nowX())));
    // Drawn in the text's colour: red there would read as a failure.
    QCOMPARE(image.pixelColor(view.pointAt(m_now, 0)), view.palette().color(QPalette::Text));
}

void TestTimelineView::clickAndKeyboard_openPastAttemptsOnly()
{
    auto service = makeService();
    TimelinePanel panel(*service);
    panel.resize(1000, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TimelineView* view = panel.view();
    QSignalSpy opened(&panel, &TimelinePanel::attemptActivated);

    QTest::mouseClick(view, Qt::LeftButton, {}, view->pointAt(m_now.addSecs(-90 * 60), 1));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("b1"));
    QCOMPARE(opened.at(0).at(1).toLongLong(), m_failedId);
    // A planned dump has no attempt yet; empty space has nothing.
    QTest::mouseClick(view, Qt::LeftButton, {}, view->pointAt(m_slotUtc.addSecs(1800), 0));
    QTest::mouseClick(view, Qt::LeftButton, {}, view->pointAt(m_now.addSecs(-10 * 3600), 1));
    QCOMPARE(opened.size(), 1);

    // Keyboard: Home selects the first mark (alpha's lane, earliest), a1's success; Enter opens it.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).at(1).toLongLong(), m_a1SuccessId);
}

void TestTimelineView::switches_changeLanesAndSpan()
{
    auto service = makeService();
    TimelinePanel panel(*service);
    panel.resize(1000, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const TimelineView& view = *panel.view();
    auto* lanes = panel.findChild<QComboBox*>(QStringLiteral("timelineLanes"));
    auto* span = panel.findChild<QComboBox*>(QStringLiteral("timelineSpan"));
    QVERIFY(lanes && span);
    QVERIFY(!find(view, Kind::Cancelled, QStringLiteral("b1"))); // three days ago: outside 24 hours
    // Redrawn as time moves the now line by a pixel, at most every half minute.
    const int dayInterval = panel.redrawIntervalMs();
    QVERIFY2(dayInterval >= 30'000, qPrintable(QString::number(dayInterval)));

    lanes->setCurrentIndex(1);
    QCOMPARE(view.layout().lanes(),
             (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b1")}));
    span->setCurrentIndex(1);
    const TimelineLayout::Mark* cancelled = find(view, Kind::Cancelled, QStringLiteral("b1"));
    QVERIFY(cancelled);
    QCOMPARE(cancelled->lane, 2);
    // A week each way: the now line is in the middle, and a daily job is expected every day.
    const double middleX =
        (view.pointAt(m_now.addDays(7), 0).x() - view.pointAt(m_now.addDays(-7), 0).x()) / 2.0;
    QVERIFY2(qAbs(view.layout().nowX() - middleX) <= 1, qPrintable(QString::number(view.layout().nowX())));
    int plannedA1 = 0;
    for (const TimelineLayout::Mark& mark : view.layout().marks())
        plannedA1 += mark.kind == Kind::Planned && mark.job == QLatin1String("a1");
    QCOMPARE(plannedA1, 7);
    // Fourteen days across ~1,000 pixels: a pixel is 20 minutes, not re-read every half minute.
    QVERIFY2(panel.redrawIntervalMs() >= 6 * dayInterval && panel.redrawIntervalMs() > 10 * 60'000,
             qPrintable(QStringLiteral("%1 vs %2").arg(panel.redrawIntervalMs()).arg(dayInterval)));
}

void TestTimelineView::reload_drawsTheSettledPlanUntilItsFirstDueTimePasses()
{
    auto service = makeService();
    QSignalSpy settled(service.get(), &RunService::planSettled);
    TimelinePanel panel(*service);
    panel.resize(1000, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const TimelineView& view = *panel.view();
    // Shown before any plan settled: planned by the panel itself.
    QVERIFY(find(view, Kind::Planned, QStringLiteral("a2")));
    // The config read at start settles one; from then on the panel draws the settled plan.
    QTRY_VERIFY(settled.count() >= 1);

    // A settled plan without a2 (as if planned before a2 existed), whose first due time is a1's slot,
    // three hours ahead: the clock's and the controls' redraws keep it instead of planning again.
    QList<PlannedJob> plan = service->plan();
    plan.erase(std::remove_if(plan.begin(), plan.end(),
                              [](const PlannedJob& entry) { return entry.job.name != QLatin1String("a1"); }),
               plan.end());
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.first().nextDueUtc, m_slotUtc);
    Q_EMIT service->planSettled(plan);
    QVERIFY(find(view, Kind::Planned, QStringLiteral("a1")));
    QVERIFY(!find(view, Kind::Planned, QStringLiteral("a2")));
    panel.reload();
    QVERIFY(!find(view, Kind::Planned, QStringLiteral("a2")));

    // Once its first due time has passed, a new plan would say otherwise: the next redraw plans.
    plan.first().nextDueUtc = QDateTime::currentDateTimeUtc().addSecs(-1);
    Q_EMIT service->planSettled(plan);
    QVERIFY(!find(view, Kind::Planned, QStringLiteral("a2")));
    panel.reload();
    QVERIFY(find(view, Kind::Planned, QStringLiteral("a2")));
}

void TestTimelineView::showAttempt_selectsTheRowOrSaysWhyNot()
{
    // More attempts than the history tab lists at first: the oldest is read when asked for.
    for (int i = 0; i < HistoryModel::kPageSize; ++i)
        QVERIFY(addAttempt(QStringLiteral("b1"), QStringLiteral("beta"), m_now.addSecs(-3600 + i), 1,
                           AttemptStatus::Success));
    auto service = makeService();
    MainWindow window(*service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const qint64 cancelled = m_failedId + 1; // three days ago, below the first page
    auto* historyModel = window.findChild<HistoryModel*>();
    QVERIFY(historyModel);
    QCOMPARE(historyModel->rowOf(cancelled), -1);
    window.statusBar()->clearMessage();
    window.showAttempt(QStringLiteral("b1"), cancelled);
    QCOMPARE(window.currentJob(), QStringLiteral("b1"));
    QVERIFY2(window.statusBar()->currentMessage().isEmpty(),
             qPrintable(window.statusBar()->currentMessage()));
    auto* historyTable = window.findChild<QTableView*>(QStringLiteral("historyTable"));
    QVERIFY(historyTable);
    QCOMPARE(historyTable->currentIndex().data(HistoryModel::AttemptIdRole).toLongLong(), cancelled);
    QCOMPARE(historyTable->currentIndex().row(), HistoryModel::kPageSize + 1);

    // Not this job's attempt: every page is read (the bound is far off), then it says so.
    window.showAttempt(QStringLiteral("b1"), m_a1SuccessId);
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("not among the 202 newest")),
             qPrintable(window.statusBar()->currentMessage()));

    window.statusBar()->clearMessage();
    window.showAttempt(QStringLiteral("a1"), m_a1SuccessId);
    QCOMPARE(window.currentJob(), QStringLiteral("a1"));
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
}

// The Trends tab: a2's dumps over time, a failure on the axis, a sudden small dump ringed; a click on
// the failure opens it in the History tab.
void TestTimelineView::trends_drawSizesFailuresAndDrops()
{
    const QString job = QStringLiteral("a2");
    for (int i = 0; i < TrendChart::kMedianOf; ++i)
        QVERIFY(addAttempt(job, QStringLiteral("alpha"), m_now.addSecs(-40 * 3600 + i * 3600), 60 + i,
                           AttemptStatus::Success, 100'000 + i));
    const qint64 failed =
        addAttempt(job, QStringLiteral("alpha"), m_now.addSecs(-30 * 3600), 5, AttemptStatus::Failed);
    const qint64 small = addAttempt(job, QStringLiteral("alpha"), m_now.addSecs(-29 * 3600), 30,
                                    AttemptStatus::Success, 30'000);
    QVERIFY(failed && small);
    auto service = makeService();
    MainWindow window(*service);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showJobHistory(job);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("detailTabs"));
    auto* chart = window.findChild<TrendChart*>(QStringLiteral("trendChart"));
    QVERIFY(tabs && chart);
    tabs->setCurrentWidget(chart);
    // The five, the failure, the small one, and init()'s success 19 hours ago.
    QCOMPARE(chart->attempts().size(), TrendChart::kMedianOf + 3);
    const QList<TrendChart::Point> points = chart->points();
    const auto at = [&](qint64 id) {
        return *std::find_if(points.cbegin(), points.cend(), [&](const TrendChart::Point& p) {
            return chart->attempts().at(p.index).id == id;
        });
    };
    const TrendChart::Point failure = at(failed);
    const TrendChart::Point drop = at(small);
    QVERIFY(failure.failed && !failure.drop);
    QVERIFY(drop.drop && !drop.failed);
    QCOMPARE(TrendChart::drops(chart->attempts()), QList<int>{drop.index});
    // Time runs left to right; the failure lies on the axis, below every dump's size.
    QVERIFY(failure.size.x() < drop.size.x());
    for (const TrendChart::Point& point : points)
        QVERIFY(failure.size.y() >= point.size.y());
    QVERIFY(drop.size.y() > at(m_a2SuccessId).size.y()); // smaller, so lower
    const QImage image = chart->grab().toImage();
    // The ring: a pen 2 px wide in the warning colour, some pixels of it wholly covered.
    int ring = 0;
    for (int dy = -8; dy <= 8; ++dy) {
        for (int dx = -8; dx <= 8; ++dx)
            ring += image.pixelColor(drop.size.toPoint() + QPoint(dx, dy)) ==
                    StateColours::warning(chart->palette());
    }
    QVERIFY2(ring >= 4, qPrintable(QString::number(ring)));
    QVERIFY(TrendChart::describe(chart->attempts().at(drop.index), true)
                .contains(QLatin1String("Less than half")));

    QTest::mouseClick(chart, Qt::LeftButton, {}, failure.duration.toPoint());
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("historyTab"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("historyTable"));
    QCOMPARE(table->currentIndex().data(HistoryModel::AttemptIdRole).toLongLong(), failed);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
