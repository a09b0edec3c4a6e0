// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// `larder watch` without a terminal: WatchScreen's frames (the job table and its selection, the
// running panel, the next 24 hours, the recent attempts, a job's history, narrow and short terminals,
// German) and WatchKeys (what each key does to the state).

#include "CursesScreen.h"
#include "WatchKeys.h"
#include "WatchScreen.h"
#include "WatchState.h"
#include "base/Translator.h"

#include <QTest>
#include <QTranslator>

using namespace larder;

namespace {

const QTimeZone kUtc = QTimeZone::utc();
const QDateTime kNow(QDate(2026, 12, 4), QTime(1, 0), kUtc);

PlannedJob job(const QString& name, const QString& server, qint64 lastBytes)
{
    PlannedJob entry;
    entry.job.name = name;
    entry.job.server.name = server;
    entry.job.dbname = name;
    entry.job.schedule = *Schedule::parse(QStringLiteral("daily at 02:30"));
    entry.lastSuccessUtc = kNow.addSecs(-22 * 3600);
    entry.lastBytes = lastBytes;
    entry.nextDueUtc = QDateTime(QDate(2026, 12, 4), QTime(2, 30), kUtc);
    return entry;
}

HistoryRecord attempt(const QString& name, AttemptStatus status, const QString& error = QString())
{
    HistoryRecord record;
    record.job = name;
    record.status = status;
    record.startedUtc = kNow.addSecs(-3600);
    record.bytes = status == AttemptStatus::Success ? 2048 : 0;
    record.error = error;
    return record;
}

WatchState state()
{
    WatchState state;
    state.configPath = QStringLiteral("/etc/larder/larder.toml");
    state.nowUtc = kNow;
    state.zone = kUtc;
    PlannedJob blog = job(QStringLiteral("blog"), QStringLiteral("db1"), 0);
    blog.failures = 2;
    PlannedJob wiki = job(QStringLiteral("wiki"), QStringLiteral("db2"), 1024);
    wiki.due = true;
    state.jobs = {job(QStringLiteral("shop"), QStringLiteral("db1"), 5 * 1024 * 1024), blog, wiki};
    state.expected = {{kNow, QStringLiteral("wiki"), QStringLiteral("db2"), QString()},
                      {state.jobs[0].nextDueUtc, QStringLiteral("shop"), QStringLiteral("db1"), QString()},
                      {state.jobs[0].nextDueUtc, QStringLiteral("blog"), QStringLiteral("db1"),
                       QStringLiteral("server db1")}};
    state.recent = {attempt(QStringLiteral("blog"), AttemptStatus::Failed,
                            QStringLiteral("could not connect to server db1: timeout\nsecond line")),
                    attempt(QStringLiteral("shop"), AttemptStatus::Success)};
    return state;
}

QStringList render(const WatchState& state, QSize size)
{
    ScreenOptions options;
    options.colour = false;
    return WatchScreen::render(state, size, options).text();
}

QString rowOf(const QStringList& lines, const QString& start)
{
    for (const QString& line : lines) {
        if (line.startsWith(start))
            return line;
    }
    return QString();
}

} // namespace

class TestWatchScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void framesFillTheTerminal();
    void jobTableShowsEachJobsStateAndTheSelection();
    void nextDayAndRecentPanels();
    void runningPanelShowsARunElsewhere();
    void narrowTerminalDropsColumns();
    void shortTerminalKeepsTheSelectionInSight();
    void panelsShrinkBeforeTheBlankLinesGo();
    void detailShowsTheJobsAttemptsAndLastError();
    void staleJobIsCountedAndNamed();
    void keysMoveFilterAndAct();
    void german();
};

void TestWatchScreen::initTestCase()
{
    // English plurals ("1 job", "3 jobs") come from the English translation, as in larder.
    QVERIFY(!Translator::install(QStringLiteral("en")).isEmpty());
}

void TestWatchScreen::framesFillTheTerminal()
{
    for (const QSize size : {QSize(80, 24), QSize(132, 40), QSize(40, 8)}) {
        const QStringList lines = render(state(), size);
        QCOMPARE(lines.size(), size.height());
        for (const QString& line : lines)
            QVERIFY2(line.size() <= size.width(), qPrintable(line));
        QVERIFY(lines.first().startsWith(QStringLiteral("Larder watch")));
        QVERIFY2(lines.last().contains(QStringLiteral("q quit")), qPrintable(lines.last()));
    }
}

void TestWatchScreen::jobTableShowsEachJobsStateAndTheSelection()
{
    WatchState watched = state();
    watched.selected = 1;
    const QStringList lines = render(watched, QSize(100, 30));
    QCOMPARE(lines[1], QStringLiteral("3 jobs · 1 due · 1 failing · 0 running"));
    QVERIFY2(rowOf(lines, QStringLiteral("  shop ")).contains(QStringLiteral("5.0 MiB")),
             qPrintable(lines.join(u'\n')));
    QVERIFY(rowOf(lines, QStringLiteral("  shop ")).contains(QStringLiteral(" ok ")));
    QVERIFY(rowOf(lines, QStringLiteral("› blog ")).contains(QStringLiteral("failing (2)")));
    QVERIFY(rowOf(lines, QStringLiteral("  wiki ")).contains(QStringLiteral(" due ")));
    QVERIFY(rowOf(lines, QStringLiteral("  wiki ")).contains(QStringLiteral(" now ")));
    QVERIFY(rowOf(lines, QStringLiteral("  shop ")).contains(QStringLiteral("every day at 02:30")));
    // The selected row is drawn in reverse video, whatever the colour setting.
    ScreenOptions options;
    options.colour = false;
    const ScreenFrame frame = WatchScreen::render(watched, QSize(100, 30), options);
    const int selectedRow = int(lines.indexOf(rowOf(lines, QStringLiteral("› blog "))));
    QCOMPARE(frame.lines()[selectedRow].styleAt(3), SpanStyle::Selected);
}

void TestWatchScreen::nextDayAndRecentPanels()
{
    const QStringList lines = render(state(), QSize(100, 30));
    const int next = int(lines.indexOf(QStringLiteral("Next 24 hours")));
    QVERIFY(next > 0);
    QCOMPARE(lines[next + 1].trimmed(),
             QStringLiteral("now wiki, 02:30 shop, 02:30 blog (waits for server db1)"));
    QVERIFY(rowOf(lines, QStringLiteral("00:00  failed"))
                .contains(QStringLiteral("could not connect to server db1: timeout")));
    QVERIFY(!lines.join(u'\n').contains(QStringLiteral("second line")));
    QVERIFY(rowOf(lines, QStringLiteral("00:00  success")).contains(QStringLiteral("shop  2.0 KiB")));
}

void TestWatchScreen::runningPanelShowsARunElsewhere()
{
    WatchState watched = state();
    LiveRunState live;
    live.configPath = watched.configPath;
    LiveDump dump;
    dump.job = QStringLiteral("shop");
    dump.server = QStringLiteral("db1");
    dump.bytes = 3 * 1024 * 1024;
    dump.estimate = 5 * 1024 * 1024;
    live.running = {dump};
    live.waiting = {{QStringLiteral("blog"), QStringLiteral("db1"),
                     QStringLiteral("waiting: server db1 is at its limit of 1 dump at once")}};
    watched.live = live;
    const QStringList lines = render(watched, QSize(100, 30));
    QVERIFY2(lines.contains(QStringLiteral("Running now (1)  /etc/larder/larder.toml")),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(rowOf(lines, QStringLiteral("› shop ")).contains(QStringLiteral("running")),
             qPrintable(lines.join(u'\n')));
    QVERIFY(lines[1].endsWith(QStringLiteral("1 running")));
    QVERIFY(!rowOf(lines, QStringLiteral("shop  db1")).isEmpty());
    QVERIFY(rowOf(lines, QStringLiteral("blog  waiting:")).contains(QStringLiteral("limit of 1")));
    // Due now and running now: under way, no longer expected; its next slot still is.
    watched.expected.prepend({kNow, QStringLiteral("shop"), QStringLiteral("db1"), QString()});
    const QStringList expecting = render(watched, QSize(100, 30));
    QCOMPARE(expecting[expecting.indexOf(QStringLiteral("Next 24 hours")) + 1].trimmed(),
             QStringLiteral("now wiki, 02:30 shop, 02:30 blog (waits for server db1)"));
    // Once the run is over, the panel goes: the history shows it.
    watched.live->over = true;
    QVERIFY(!render(watched, QSize(100, 30)).join(u'\n').contains(QStringLiteral("Running now")));
}

void TestWatchScreen::narrowTerminalDropsColumns()
{
    const QStringList lines = render(state(), QSize(44, 24));
    const QString titles = rowOf(lines, QStringLiteral("  Job"));
    QVERIFY2(titles.contains(QStringLiteral("Next due")), qPrintable(titles));
    QVERIFY2(!titles.contains(QStringLiteral("Schedule")), qPrintable(titles));
    QVERIFY2(!titles.contains(QStringLiteral("Size")), qPrintable(titles));
}

void TestWatchScreen::shortTerminalKeepsTheSelectionInSight()
{
    WatchState watched = state();
    for (int index = 0; index < 30; ++index)
        watched.jobs.append(
            job(QStringLiteral("job%1").arg(index, 2, 10, QLatin1Char('0')), QStringLiteral("db3"), 0));
    watched.selected = 25;
    const QStringList lines = render(watched, QSize(80, 14));
    QCOMPARE(lines.size(), 14);
    QVERIFY2(!rowOf(lines, QStringLiteral("› job22")).isEmpty(), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(QStringLiteral("Jobs (33)")));
}

void TestWatchScreen::panelsShrinkBeforeTheBlankLinesGo()
{
    WatchState watched = state();
    for (int index = 0; index < 12; ++index)
        watched.recent.append(attempt(QStringLiteral("shop"), AttemptStatus::Success));
    // 24 lines: Recent gives up rows, the panels keep a blank line between them.
    QStringList lines = render(watched, QSize(100, 24));
    QCOMPARE(lines[2], QString());
    QVERIFY2(lines.contains(QStringLiteral("Recent")), qPrintable(lines.join(u'\n')));
    QCOMPARE(lines[lines.indexOf(QStringLiteral("Recent")) - 1], QString());
    QVERIFY(lines.filter(QStringLiteral("success    shop")).size() < 13);
    // 14 lines: not even that; the blank lines go, every panel stays.
    lines = render(watched, QSize(100, 14));
    QCOMPARE(lines[2], QStringLiteral("Jobs (3)"));
    QVERIFY(lines.contains(QStringLiteral("Next 24 hours")));
    QVERIFY(lines.contains(QStringLiteral("Recent")));
}

void TestWatchScreen::detailShowsTheJobsAttemptsAndLastError()
{
    WatchState watched = state();
    watched.selected = 1;
    watched.detail = true;
    watched.detailAttempts = {
        attempt(QStringLiteral("blog"), AttemptStatus::Failed,
                QStringLiteral("could not connect to server db1: timeout\nsecond line")),
        attempt(QStringLiteral("blog"), AttemptStatus::Success)};
    const QStringList lines = render(watched, QSize(100, 30));
    QVERIFY(lines.contains(QStringLiteral("History of blog  Enter or Esc: back")));
    QVERIFY(lines.contains(QStringLiteral("Last error")));
    QVERIFY(lines.contains(QStringLiteral("second line")));
    QVERIFY(!lines.contains(QStringLiteral("Next 24 hours")));
}

void TestWatchScreen::staleJobIsCountedAndNamed()
{
    WatchState watched = state();
    PlannedJob& wiki = watched.jobs[2];
    wiki.lastSuccessUtc = kNow.addDays(-4);
    wiki.freshness = Freshness::of(wiki.job, wiki.lastSuccessUtc, QDateTime(), kNow);
    QVERIFY(wiki.freshness.isStale());
    const QStringList lines = render(watched, QSize(100, 30));
    QCOMPARE(lines[1], QStringLiteral("3 jobs · 1 due · 1 failing · 1 stale · 0 running"));
    QVERIFY2(rowOf(lines, QStringLiteral("  wiki ")).contains(QStringLiteral(" stale ")),
             qPrintable(lines.join(u'\n')));
}

void TestWatchScreen::keysMoveFilterAndAct()
{
    WatchState watched = state();
    QCOMPARE(WatchKeys::press(watched, 'j'), WatchKeys::Action::None);
    QCOMPARE(watched.selected, 1);
    WatchKeys::press(watched, CursesScreen::Down);
    WatchKeys::press(watched, CursesScreen::Down);
    QCOMPARE(watched.selected, 2); // stays on the last
    WatchKeys::press(watched, 'k');
    QCOMPARE(watched.selectedJob(), QStringLiteral("blog"));
    QCOMPARE(WatchKeys::press(watched, 'b'), WatchKeys::Action::BackUpSelected);
    QCOMPARE(WatchKeys::press(watched, 'r'), WatchKeys::Action::RunDue);
    QCOMPARE(WatchKeys::press(watched, CursesScreen::Enter), WatchKeys::Action::ShowDetail);
    QVERIFY(watched.detail);
    WatchKeys::press(watched, CursesScreen::Escape);
    QVERIFY(!watched.detail);

    // '/' edits the filter: q is a letter there, not quit.
    WatchKeys::press(watched, '/');
    for (const char key : {'w', 'i', 'q', 'x'})
        QCOMPARE(WatchKeys::press(watched, key), WatchKeys::Action::None);
    QCOMPARE(watched.filter, QStringLiteral("wiqx"));
    WatchKeys::press(watched, CursesScreen::Backspace);
    WatchKeys::press(watched, CursesScreen::Backspace);
    WatchKeys::press(watched, CursesScreen::Enter);
    QCOMPARE(watched.filter, QStringLiteral("wi"));
    QCOMPARE(watched.shownJobs().size(), 1);
    QCOMPARE(watched.selectedJob(), QStringLiteral("wiki"));
    QVERIFY(render(watched, QSize(80, 24)).contains(QStringLiteral("Jobs (1)  filter \"wi\"")));
    WatchKeys::press(watched, '/');
    WatchKeys::press(watched, 'z');
    WatchKeys::press(watched, CursesScreen::Enter);
    QVERIFY(watched.selectedJob().isEmpty());
    QCOMPARE(WatchKeys::press(watched, 'b'), WatchKeys::Action::None);
    QVERIFY(render(watched, QSize(80, 24)).contains(QStringLiteral("No job matches.")));
    WatchKeys::press(watched, CursesScreen::Escape);
    QCOMPARE(watched.shownJobs().size(), 3);
    QCOMPARE(WatchKeys::press(watched, 'q'), WatchKeys::Action::Quit);
}

void TestWatchScreen::german()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/larder_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QStringList lines = render(state(), QSize(100, 30));
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(lines[1].startsWith(QStringLiteral("3 Jobs")), qPrintable(lines[1]));
    QVERIFY2(lines.contains(QStringLiteral("Nächste 24 Stunden")), qPrintable(lines.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestWatchScreen)
#include "tst_watchscreen.moc"
