// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "DisplayWidth.h"
#include "ProgressBar.h"
#include "RunScreen.h"
#include "live/LiveRunState.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace larder;

Q_DECLARE_METATYPE(std::function<larder::LiveRunState()>)

namespace {

constexpr qint64 kNow = 1'000'000;
constexpr qint64 MiB = 1024 * 1024;

using StateMaker = std::function<LiveRunState()>;

LiveRunState header()
{
    LiveRunState state;
    state.configPath = QStringLiteral("/etc/larder/larder.toml");
    state.maxParallel = 2;
    state.serverLimits = {{QStringLiteral("db1"), 1}, {QStringLiteral("db2"), 2}};
    state.due = 4;
    return state;
}

LiveDump dump(const QString& job, const QString& server, qint64 bytes, qint64 estimate, qint64 elapsedMs)
{
    LiveDump dump;
    dump.job = job;
    dump.server = server;
    dump.bytes = bytes;
    dump.estimate = estimate;
    dump.startedMs = kNow - elapsedMs;
    dump.grewMs = kNow - 500;
    dump.bytesPerSecond = elapsedMs > 0 ? bytes * 1000 / elapsedMs : 0;
    return dump;
}

LiveRunState firstDump()
{
    LiveRunState state = header();
    state.running = {dump(QStringLiteral("shop"), QStringLiteral("db1"), 5 * MiB, 0, 30'000)};
    state.activity = {
        {QStringLiteral("shop"), QStringLiteral("pg_dump: reading extensions"), false},
        {QStringLiteral("shop"), QStringLiteral("pg_dump: dumping contents of table public.orders"), false}};
    return state;
}

LiveRunState sixtyPercent()
{
    LiveRunState state = header();
    state.running = {dump(QStringLiteral("shop"), QStringLiteral("db1"), 600 * MiB, 1000 * MiB, 60'000)};
    return state;
}

LiveRunState twoWaiting()
{
    LiveRunState state = sixtyPercent();
    state.waiting = {
        {QStringLiteral("blog"), QStringLiteral("db1"),
         QStringLiteral("waiting: server db1 is at its limit of 1 dump at once")},
        {QStringLiteral("wiki"), QStringLiteral("db2"),
         QStringLiteral("waiting: the run is at its limit of 2 dumps at once")},
    };
    return state;
}

// shop writes nothing for 12 s: a table lock holds it; blog still grows.
LiveRunState stalledByLock()
{
    LiveRunState state = sixtyPercent();
    state.running[0].grewMs = kNow - 12'000;
    state.running[0].stalled = QStringLiteral(
        "waiting for a lock on public.orders held by pid 4242 (idle in transaction for 3 min, user app)");
    state.running.append(dump(QStringLiteral("blog"), QStringLiteral("db2"), 12 * MiB, 0, 8'000));
    return state;
}

LiveRunState failedSummary()
{
    LiveRunState state = header();
    state.due = 2;
    state.over = true;
    state.finished = {
        {QStringLiteral("shop"), QStringLiteral("db1"), JobState::Succeeded, QString(),
         QStringLiteral("/var/backups/larder/shop/shop-2026-12-05T023000Z.dump"), 1'234'567, 4200, QString()},
        {QStringLiteral("blog"), QStringLiteral("db1"), JobState::Failed,
         QStringLiteral(
             "pg_dump of blog failed: connection to server at \"db1\" (10.0.0.5), port 5432 failed: "
             "FATAL: password authentication failed for user \"larder\""),
         QString(), 0, 1500, QString()},
    };
    return state;
}

LiveRunState longJobName()
{
    LiveRunState state = header();
    state.running = {dump(QStringLiteral("customer_portal_production_eu_west_reporting_replica_nightly"),
                          QStringLiteral("db2"), 300 * MiB, 1000 * MiB, 20'000)};
    return state;
}

// More than 60×20 holds: two dumps, five waiting, six activity lines.
LiveRunState busy()
{
    LiveRunState state = twoWaiting();
    state.running.append(dump(QStringLiteral("accounts"), QStringLiteral("db2"), 12 * MiB, 0, 8'000));
    for (const QString& job : {QStringLiteral("forum"), QStringLiteral("crm"), QStringLiteral("intranet")})
        state.waiting.append({job, QStringLiteral("db2"), QString()});
    for (int i = 1; i <= 6; ++i)
        state.activity.append(
            {QStringLiteral("shop"), QStringLiteral("pg_dump: dumping table %1").arg(i), false});
    return state;
}

// German for one frame: Larder's translation and German number formats, then back to English.
class InGerman final
{
public:
    explicit InGerman(bool wanted)
    {
        if (!wanted)
            return;
        m_installed = m_translator.load(QStringLiteral(":/i18n/larder_de.qm")) &&
                      QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~InGerman()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    bool failed(bool wanted) const { return wanted && !m_installed; }

private:
    QTranslator m_translator;
    bool m_installed = false;
};

ScreenFrame render(const LiveRunState& state, QSize size, bool colour = true)
{
    RunScreen::Options options;
    options.colour = colour;
    options.nowMs = kNow;
    options.spinnerPhase = 2;
    return RunScreen::render(state, size, options);
}

// The column at which `text` starts in a line (-1: not there), counted in display columns.
int columnOf(const ScreenLine& line, const QString& text)
{
    const qsizetype at = line.text().indexOf(text);
    return at < 0 ? -1 : DisplayWidth::columns(line.text().left(at));
}

} // namespace

class TestRunScreen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void frame_data();
    void frame();
    void progressBar_marksFilledAndEmpty();
    void summary_marksOutcomes();
    void noColour_keepsTextAndDropsColours();
    void stalledDump_saysSo();
    void displayWidth_countsColumns();
    void everySize_staysInside();
};

void TestRunScreen::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestRunScreen::frame_data()
{
    QTest::addColumn<StateMaker>("state");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("german");
    QTest::addColumn<QStringList>("expected");

    const QString title = QStringLiteral("Larder  /etc/larder/larder.toml");
    const QStringList header{title, "4 due · 1 running · 0 done · 0 failed", "limits: run 2 · db1 1 · db2 2",
                             ""};
    const QString estimated = QStringLiteral("Running (1)  ~ estimated from the previous dump's size");
    const QStringList waiting{"", "Waiting (2)",
                              "blog  waiting: server db1 is at its limit of 1 dump at once",
                              "wiki  waiting: the run is at its limit of 2 dumps at once"};

    // Busy indicator, no percentage and no time left: nothing to estimate from. Columns are as wide as
    // their contents, so a wider terminal changes nothing but the bar, which is at its widest here.
    const QStringList firstDump =
        header +
        QStringList{"Running (1)",
                    "Job   Server  Progress                       Written         Rate  Elapsed  Left",
                    "shop  db1          --###-------------------  5.0 MiB  170.7 KiB/s   30.0 s     –",
                    "",
                    "Activity",
                    "shop: pg_dump: reading extensions",
                    "shop: pg_dump: dumping contents of table public.orders"};
    QTest::newRow("firstDump_80x24") << StateMaker(::firstDump) << QSize(80, 24) << false << firstDump;
    QTest::newRow("firstDump_132x40") << StateMaker(::firstDump) << QSize(132, 40) << false << firstDump;

    // 600 of 1000 MiB in 60 s: "~60%" (an estimate), 40 s left; the bar takes the spare columns.
    const QStringList sixty80 =
        header +
        QStringList{estimated,
                    "Job   Server  Progress                  Written        Rate     Elapsed     Left",
                    "shop  db1     ~60% ##########-------  600.0 MiB  10.0 MiB/s  1 min 00 s  ~40.0 s"};
    const QStringList sixty132 =
        header +
        QStringList{
            estimated,
            "Job   Server  Progress                         Written        Rate     Elapsed     Left",
            "shop  db1     ~60% ##############----------  600.0 MiB  10.0 MiB/s  1 min 00 s  ~40.0 s"};
    QTest::newRow("sixtyPercent_80x24") << StateMaker(sixtyPercent) << QSize(80, 24) << false << sixty80;
    QTest::newRow("sixtyPercent_132x40") << StateMaker(sixtyPercent) << QSize(132, 40) << false << sixty132;
    QTest::newRow("twoWaiting_80x24")
        << StateMaker(twoWaiting) << QSize(80, 24) << false << sixty80 + waiting;
    QTest::newRow("twoWaiting_132x40")
        << StateMaker(twoWaiting) << QSize(132, 40) << false << sixty132 + waiting;

    // Why shop writes nothing, under its row; cut at the edge of a narrow terminal.
    const QString stalledRunning = QStringLiteral("Running (2)  ~ estimated from the previous dump's size");
    const QStringList stalledHead{title, "4 due · 2 running · 0 done · 0 failed",
                                  "limits: run 2 · db1 1 · db2 2", "", stalledRunning};
    QTest::newRow("stalledByLock_80x24")
        << StateMaker(stalledByLock) << QSize(80, 24) << false
        << stalledHead +
               QStringList{
                   "Job   Server  Progress                   Written       Rate     Elapsed     Left",
                   "shop  db1     ~60% ##########--------  600.0 MiB    stalled  1 min 00 s  ~40.0 s",
                   "  ↳ waiting for a lock on public.orders held by pid 4242 (idle in transaction f…",
                   "blog  db2          --###-------------   12.0 MiB  1.5 MiB/s       8.0 s        –"};
    QTest::newRow("stalledByLock_132x40")
        << StateMaker(stalledByLock) << QSize(132, 40) << false
        << stalledHead +
               QStringList{
                   "Job   Server  Progress                         Written       Rate     Elapsed     Left",
                   "shop  db1     ~60% ##############----------  600.0 MiB    stalled  1 min 00 s  ~40.0 s",
                   "  ↳ waiting for a lock on public.orders held by pid 4242 (idle in transaction for 3 min, "
                   "user app)",
                   "blog  db2          --###-------------------   12.0 MiB  1.5 MiB/s       8.0 s        –"};

    // The failed job's error is cut at the edge; the rest is in the log and the history.
    const QStringList summary{title, "2 due · 0 running · 1 done · 1 failed", "", "Finished",
                              "ok      shop  1.2 MiB  /var/backups/larder/shop/shop-2026-12-05T023000Z.dump"};
    QTest::newRow("failedSummary_80x24")
        << StateMaker(failedSummary) << QSize(80, 24) << false
        << summary +
               QStringList{
                   "failed  blog  pg_dump of blog failed: connection to server at \"db1\" (10.0.0.5),…"};
    QTest::newRow("failedSummary_132x40")
        << StateMaker(failedSummary) << QSize(132, 40) << false
        << summary +
               QStringList{
                   "failed  blog  pg_dump of blog failed: connection to server at \"db1\" (10.0.0.5), port "
                   "5432 failed: FATAL: password authentication fa…"};

    // Elided in the middle where the columns need the room; whole where they do not.
    QTest::newRow("longJobName_80x24")
        << StateMaker(longJobName) << QSize(80, 24) << false
        << header + QStringList{
                        estimated,
                        "Job           Server  Progress             Written        Rate  Elapsed     Left",
                        "custom…ghtly  db2     ~30% ###---------  300.0 MiB  15.0 MiB/s   20.0 s  ~46.7 s"};
    QTest::newRow("longJobName_132x40")
        << StateMaker(longJobName) << QSize(132, 40) << false
        << header + QStringList{
                        estimated,
                        "Job                                                           Server  Progress    "
                        "             Written        Rate  Elapsed     Left",
                        "customer_portal_production_eu_west_reporting_replica_nightly  db2     ~30% "
                        "####------------  300.0 MiB  15.0 MiB/s   20.0 s  ~46.7 s"};

    // Degraded: at 80×24 all fits; at 60 columns elapsed and rate go and reasons are cut; at 20 lines
    // the oldest activity goes; at 10 lines activity, blank lines and limits go, and waiting rows
    // make way for a line that counts them.
    const QStringList busyHead{title, "4 due · 2 running · 0 done · 0 failed",
                               "limits: run 2 · db1 1 · db2 2"};
    const QString busyRunning = QStringLiteral("Running (2)  ~ estimated from the previous dump's size");
    const QStringList busyTable60{"Job       Server  Progress                  Written     Left",
                                  "shop      db1     ~60% ##########-------  600.0 MiB  ~40.0 s",
                                  "accounts  db2          --###------------   12.0 MiB        –"};
    const QStringList busyWaiting60{"Waiting (5)",
                                    "blog      waiting: server db1 is at its limit of 1 dump at …",
                                    "wiki      waiting: the run is at its limit of 2 dumps at on…"};
    const QStringList queued{"forum     queued", "crm       queued", "intranet  queued"};
    QTest::newRow("busy_80x24")
        << StateMaker(busy) << QSize(80, 24) << false
        << busyHead +
               QStringList{"",
                           busyRunning,
                           "Job       Server  Progress              Written        Rate     Elapsed     Left",
                           "shop      db1     ~60% #######------  600.0 MiB  10.0 MiB/s  1 min 00 s  ~40.0 s",
                           "accounts  db2          --###--------   12.0 MiB   1.5 MiB/s       8.0 s        –",
                           "",
                           "Waiting (5)",
                           "blog      waiting: server db1 is at its limit of 1 dump at once",
                           "wiki      waiting: the run is at its limit of 2 dumps at once"} +
               queued +
               QStringList{"",
                           "Activity",
                           "shop: pg_dump: dumping table 2",
                           "shop: pg_dump: dumping table 3",
                           "shop: pg_dump: dumping table 4",
                           "shop: pg_dump: dumping table 5",
                           "shop: pg_dump: dumping table 6"};
    QTest::newRow("busy_60x20_degraded")
        << StateMaker(busy) << QSize(60, 20) << false
        << busyHead + QStringList{"", busyRunning} + busyTable60 + QStringList{""} + busyWaiting60 + queued +
               QStringList{"", "Activity", "shop: pg_dump: dumping table 4", "shop: pg_dump: dumping table 5",
                           "shop: pg_dump: dumping table 6"};
    QTest::newRow("busy_60x10_degraded") << StateMaker(busy) << QSize(60, 10) << false
                                         << busyHead.mid(0, 2) + QStringList{busyRunning} + busyTable60 +
                                                busyWaiting60 + QStringList{"… 3 more waiting"};

    // German: Larder's words and number formats; the reasons come translated from the coordinator.
    QTest::newRow("twoWaiting_80x24_german")
        << StateMaker(twoWaiting) << QSize(80, 24) << true
        << QStringList{title,
                       "4 fällig · 1 laufend · 0 fertig · 0 fehlgeschlagen",
                       "Grenzen: Lauf 2 · db1 1 · db2 2",
                       "",
                       "Laufend (1)  ~ geschätzt aus der Größe der vorigen Sicherung",
                       "Job   Server  Fortschritt          Geschrieben        Rate  Verstrichen     Rest",
                       "shop  db1     ~60% ########------    600,0 MiB  10,0 MiB/s   1 min 00 s  ~40,0 s",
                       "",
                       "Wartend (2)",
                       waiting.at(2),
                       waiting.at(3)};
    QTest::newRow("failedSummary_80x24_german")
        << StateMaker(failedSummary) << QSize(80, 24) << true
        << QStringList{title,
                       "2 fällig · 0 laufend · 1 fertig · 1 fehlgeschlagen",
                       "",
                       "Beendet",
                       "ok              shop  1,2 MiB  /var/backups/larder/shop…-2026-12-05T023000Z.dump",
                       "fehlgeschlagen  blog  pg_dump of blog failed: connection to server at \"db1\" (10…"};
}

void TestRunScreen::frame()
{
    QFETCH(StateMaker, state);
    QFETCH(QSize, size);
    QFETCH(bool, german);
    QFETCH(QStringList, expected);
    const InGerman language(german);
    QVERIFY2(!language.failed(german), "larder_de.qm did not load");
    const QStringList shown = render(state(), size).text();
    if (qEnvironmentVariableIsSet("LARDER_PRINT_FRAMES"))
        qInfo().noquote() << "\n" + shown.join(QLatin1Char('\n'));
    QCOMPARE(shown, expected);
    for (const QString& line : shown)
        QVERIFY2(DisplayWidth::columns(line) <= size.width(), qPrintable(line));
    QVERIFY(shown.size() <= size.height());
}

void TestRunScreen::progressBar_marksFilledAndEmpty()
{
    const ScreenFrame frame = render(sixtyPercent(), QSize(80, 24));
    const ScreenLine& heading = frame.lines().at(4);
    QCOMPARE(heading.styleAt(0), SpanStyle::Bold);
    QCOMPARE(heading.styleAt(columnOf(heading, QStringLiteral("~ estimated"))), SpanStyle::Dim);
    QCOMPARE(frame.lines().at(5).styleAt(0), SpanStyle::Dim); // the column titles
    const ScreenLine& row = frame.lines().at(6);
    const int bar = columnOf(row, QStringLiteral("~60% ")) + 5;
    QCOMPARE(row.styleAt(bar - 1), SpanStyle::Normal);
    QCOMPARE(row.styleAt(bar), SpanStyle::BarFilled);
    QCOMPARE(row.styleAt(bar + 9), SpanStyle::BarFilled);
    QCOMPARE(row.styleAt(bar + 10), SpanStyle::BarEmpty);
    QCOMPARE(row.styleAt(bar + 16), SpanStyle::BarEmpty);

    // A first dump's block moves one column a phase along its 24 columns, and turns at the end.
    RunScreen::Options options;
    options.nowMs = kNow;
    QList<int> starts;
    for (int phase : {0, 1, 2, 21, 22, 42}) {
        options.spinnerPhase = phase;
        const ScreenFrame busy = RunScreen::render(firstDump(), QSize(80, 24), options);
        const int barStart =
            columnOf(busy.lines().at(5), QStringLiteral("Progress")) + ProgressBar::kPercentColumns + 1;
        const ScreenLine& line = busy.lines().at(6);
        starts.append(columnOf(line, QStringLiteral("###")) - barStart);
        QCOMPARE(line.styleAt(columnOf(line, QStringLiteral("###"))), SpanStyle::BarFilled);
        QCOMPARE(line.text().count(QLatin1Char('#')), 3);
    }
    QCOMPARE(starts, (QList<int>{0, 1, 2, 21, 20, 0}));
}

void TestRunScreen::summary_marksOutcomes()
{
    const ScreenFrame frame = render(failedSummary(), QSize(80, 24));
    const ScreenLine& counts = frame.lines().at(1);
    QCOMPARE(counts.styleAt(columnOf(counts, QStringLiteral("1 done"))), SpanStyle::Good);
    QCOMPARE(counts.styleAt(columnOf(counts, QStringLiteral("1 failed"))), SpanStyle::Bad);
    QCOMPARE(counts.styleAt(0), SpanStyle::Normal);
    const ScreenLine& ok = frame.lines().at(4);
    QCOMPARE(ok.styleAt(0), SpanStyle::Good);
    QCOMPARE(ok.styleAt(columnOf(ok, QStringLiteral("/var"))), SpanStyle::Dim);
    QCOMPARE(frame.lines().at(5).styleAt(0), SpanStyle::Bad);

    LiveRunState cancelled = failedSummary();
    cancelled.cancelled = true;
    cancelled.finished[1].state = JobState::Cancelled;
    const ScreenFrame stopped = render(cancelled, QSize(80, 24));
    QCOMPARE(stopped.text().at(1), QStringLiteral("2 due · 0 running · 1 done · 0 failed · 1 cancelled"));
    QCOMPARE(stopped.text().at(3), QStringLiteral("Cancelled"));
    QVERIFY2(stopped.text().at(5).startsWith(QStringLiteral("cancelled  blog  ")),
             qPrintable(stopped.text().at(5)));
    QCOMPARE(stopped.lines().at(5).styleAt(0), SpanStyle::Warning);

    // A success that looks too small says so where the file would be.
    LiveRunState small = failedSummary();
    small.finished[0].warning = QStringLiteral("dump is 1.2 MiB, 3 % of the median 40.0 MiB of the last 5 "
                                               "successful dumps: check that no data was lost");
    const ScreenFrame warned = render(small, QSize(80, 24));
    QVERIFY2(warned.text().at(4).startsWith(QStringLiteral("warning  shop  1.2 MiB  dump is 1.2 MiB, 3 %")),
             qPrintable(warned.text().at(4)));
    QCOMPARE(warned.lines().at(4).styleAt(0), SpanStyle::Warning);
    QVERIFY(!warned.text().at(4).contains(QLatin1String("/var")));
}

void TestRunScreen::noColour_keepsTextAndDropsColours()
{
    for (const StateMaker& state : {StateMaker(busy), StateMaker(failedSummary)}) {
        const ScreenFrame coloured = render(state(), QSize(80, 24));
        const ScreenFrame plain = render(state(), QSize(80, 24), false);
        QCOMPARE(plain.text(), coloured.text());
        for (const ScreenLine& line : plain.lines()) {
            for (const ScreenSpan& span : line.spans())
                QVERIFY2(span.style == SpanStyle::Normal || span.style == SpanStyle::Bold ||
                             span.style == SpanStyle::Dim,
                         qPrintable(span.text));
        }
    }
    const ScreenFrame plain = render(failedSummary(), QSize(80, 24), false);
    QCOMPARE(plain.lines().at(4).styleAt(0), SpanStyle::Normal); // ok
    QCOMPARE(plain.lines().at(5).styleAt(0), SpanStyle::Bold);   // failed
}

void TestRunScreen::stalledDump_saysSo()
{
    LiveRunState state = sixtyPercent();
    state.running[0].grewMs = kNow - 4999;
    QVERIFY(render(state, QSize(80, 24)).text().at(6).contains(QStringLiteral("10.0 MiB/s")));
    state.running[0].grewMs = kNow - 5000;
    const ScreenLine row = render(state, QSize(80, 24)).lines().at(6);
    QVERIFY2(row.text().contains(QStringLiteral("stalled")), qPrintable(row.text()));
    QCOMPARE(row.styleAt(columnOf(row, QStringLiteral("stalled"))), SpanStyle::Warning);
    QCOMPARE(render(state, QSize(80, 24)).text().size(), 7); // no words yet: no line for them

    // The engine's words, under the row, in the warning style; gone when it grows again.
    state.running[0].stalled = QStringLiteral("waiting for a lock on public.orders held by pid 4242");
    const ScreenLine why = render(state, QSize(80, 24)).lines().at(7);
    QCOMPARE(why.text(), QStringLiteral("  ↳ waiting for a lock on public.orders held by pid 4242"));
    QCOMPARE(why.styleAt(columnOf(why, QStringLiteral("waiting"))), SpanStyle::Warning);
    state.running[0].stalled.clear();
    QCOMPARE(render(state, QSize(80, 24)).text().size(), 7);
}

void TestRunScreen::displayWidth_countsColumns()
{
    QCOMPARE(DisplayWidth::columns(QStringLiteral("Größe")), 5);
    QCOMPARE(DisplayWidth::columns(QStringLiteral("Gro\u0308\u00DFe")), 5); // ö as o + combining diaeresis
    QCOMPARE(DisplayWidth::columns(QStringLiteral("日本")), 4);
    QCOMPARE(DisplayWidth::elideMiddle(QStringLiteral("Überweisungen_Österreich"), 11),
             QStringLiteral("Überw…reich"));
    QCOMPARE(DisplayWidth::elideMiddle(QStringLiteral("日本語のデータベース"), 7),
             QStringLiteral("日…ス")); // a wide character is not split
    QCOMPARE(DisplayWidth::elideRight(QStringLiteral("Überweisungen"), 6), QStringLiteral("Überw…"));
}

void TestRunScreen::everySize_staysInside()
{
    LiveRunState german = busy();
    german.running[0].job = QStringLiteral("Überweisungen_Größenprüfung_Bücher_Österreich_Nachtlauf");
    german.waiting[0].job = QStringLiteral("Gro\u0308\u00DFkunden_Ru\u0308ckstellungen");
    // Control characters in a name or a pg_dump line never reach the terminal.
    german.activity.append({QStringLiteral("shop"), QStringLiteral("\x1b[2Jcleared?\ttab"), true});
    const QList<StateMaker> states{firstDump,   twoWaiting, failedSummary,
                                   longJobName, busy,       [german] { return german; }};
    for (const StateMaker& state : states) {
        for (int width = 1; width <= 140; width += 3) {
            for (int height = 1; height <= 40; height += 3) {
                const QStringList shown = render(state(), QSize(width, height)).text();
                QVERIFY2(shown.size() <= height, qPrintable(QStringLiteral("%1×%2").arg(width).arg(height)));
                for (const QString& line : shown) {
                    QVERIFY2(DisplayWidth::columns(line) <= width,
                             qPrintable(QStringLiteral("%1×%2: %3").arg(width).arg(height).arg(line)));
                    QVERIFY2(!line.contains(QLatin1Char('\x1b')) && !line.contains(QLatin1Char('\t')),
                             qPrintable(line));
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestRunScreen)
#include "tst_runscreen.moc"
