// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// `larder run` on a real terminal (a tmux pane) against a real cluster: the live region while a dump is
// held by a table lock, resizing, the summary it leaves, Ctrl+C, NO_COLOR; and no live view where it
// does not belong (a file, --plain, TERM=dumb).

#include "BackupFixture.h"
#include "CliRunner.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "TableLock.h"
#include "TmuxPane.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kWaitMs = 60'000;
const QString kBlocker = QStringLiteral("larder-terminal-blocker");
const QString kLarder = QStringLiteral(LARDER_EXECUTABLE);
// A colour as tmux renders it in capture-pane -e: SGR 30-37 or 90-97, alone or after attributes.
const QRegularExpression kColour(QStringLiteral("\\x1b\\[(\\d+;)*(3|9)[0-7]m"));

} // namespace

class TestTerminalView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void liveRegionFollowsARunAndLeavesItsSummary();
    void ctrlCCancelsAndLeavesTheTerminalSane();
    void noLiveViewWhereItDoesNotBelong();
    void watchFollowsKeysAndGivesTheTerminalBack();
    void watchShowsARunAnotherProcessStarted();

private:
    QProcessEnvironment environment() const;
    QStringList run(const QStringList& arguments) const;
    // Starts `larder run JOBS` in the pane with app's table locked; returns when the dump of app
    // waits for the lock and the pane shows it running.
    void startHeldRun(TmuxPane& pane, TableLock& lock, const QStringList& jobs, QSize size);
    // Starts `larder watch` in the pane; returns when its first frame is up.
    void startWatch(TmuxPane& pane, QSize size);

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_pgpass;
};

void TestTerminalView::initTestCase()
{
    if (!TmuxPane::available())
        QSKIP("tmux is not installed (scripts/lib.sh installs it)");
    QVERIFY2(QFileInfo(kLarder).isExecutable(), qPrintable(kLarder));
    QVERIFY_RESULT(PgCluster::startEach({&m_cluster}));
    QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
        *m_cluster, QStringLiteral("backup"), QStringLiteral("terminal-pw"),
        {{QStringLiteral("app"), BackupFixture::filledTableSql(QStringLiteral("big"), 20'000)},
         {QStringLiteral("wiki"), BackupFixture::filledTableSql(QStringLiteral("pages"), 2'000)}}));
}

void TestTerminalView::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-term-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_pgpass = m_dir->filePath(QStringLiteral("pgpass"));
    QVERIFY_RESULT(BackupFixture::writePassFile(m_pgpass, *m_cluster, QStringLiteral("backup"),
                                                QStringLiteral("terminal-pw")));
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    // One dump at a time on the server: while app is held, wiki waits for the server's limit.
    const QString config = BackupFixture::configHead(m_dir->filePath(QStringLiteral("dumps")),
                                                     m_dir->filePath(QStringLiteral("history.sqlite")),
                                                     QStringLiteral("daily at 02:30"), m_cluster->port(),
                                                     QStringLiteral("backup")) +
                           QStringLiteral("max_parallel = 1\n\n[databases.app]\nserver = \"main\"\n\n"
                                          "[databases.wiki]\nserver = \"main\"\n");
    QVERIFY_RESULT(BackupFixture::writeFileAtomically(m_config, config.toUtf8()));
}

void TestTerminalView::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestTerminalView::environment() const
{
    QProcessEnvironment env = CliRunner::hermeticEnvironment(m_dir->path(), m_pgpass);
    env.remove(QStringLiteral("NO_COLOR"));
    env.remove(QStringLiteral("TMUX"));
    return env;
}

QStringList TestTerminalView::run(const QStringList& arguments) const
{
    return QStringList{kLarder, QStringLiteral("run"), QStringLiteral("--config"), m_config} + arguments;
}

void TestTerminalView::startHeldRun(TmuxPane& pane, TableLock& lock, const QStringList& jobs, QSize size)
{
    QVERIFY2(QTest::qWaitFor([&] { return lock.isHeld(); }, kWaitMs), qPrintable(lock.output()));
    QString error;
    QVERIFY2(pane.start(run(jobs), size, &error), qPrintable(error));
    QVERIFY2(QTest::qWaitFor([&] { return lock.waitingDumps() > 0; }, kWaitMs), qPrintable(pane.screen()));
    QVERIFY2(pane.waitForScreen(QStringLiteral("Running (1)"), kWaitMs), qPrintable(pane.screen()));
}

void TestTerminalView::startWatch(TmuxPane& pane, QSize size)
{
    QString error;
    QVERIFY2(
        pane.start({kLarder, QStringLiteral("watch"), QStringLiteral("--config"), m_config}, size, &error),
        qPrintable(error));
    QVERIFY2(pane.waitForScreen(QStringLiteral("Next 24 hours"), kWaitMs), qPrintable(pane.screen()));
}

void TestTerminalView::liveRegionFollowsARunAndLeavesItsSummary()
{
    TableLock lock(*m_cluster, QStringLiteral("app"), QStringLiteral("big"), kBlocker);
    TmuxPane pane(m_dir->path(), environment());
    startHeldRun(pane, lock, {QStringLiteral("app"), QStringLiteral("wiki")}, QSize(100, 30));
    if (QTest::currentTestFailed())
        return;

    // The running row (a first dump: no estimate) and the waiting job with the coordinator's reason,
    // below the log lines.
    QVERIFY2(pane.waitForScreen(QStringLiteral("waiting: server main is at its limit of 1"), kWaitMs),
             qPrintable(pane.screen()));
    // Why the dump writes nothing, under its row: the server's words about the lock.
    QVERIFY2(pane.waitForScreen(QStringLiteral("↳ waiting for a lock on public.big held by pid"), kWaitMs),
             qPrintable(pane.screen()));
    const QString held = pane.screen();
    QVERIFY2(held.contains(QRegularExpression(QStringLiteral("\\napp +main +"))), qPrintable(held));
    QVERIFY2(held.contains(QStringLiteral("app (server main): dump started")), qPrintable(held));
    QVERIFY2(held.indexOf(QStringLiteral("dump started")) < held.indexOf(QStringLiteral("Running (1)")),
             qPrintable(held));
    QVERIFY2(pane.screen(true).contains(kColour), qPrintable(pane.screen(true)));
    QVERIFY(!pane.cursorVisible());

    // Narrower and shorter: one region, redrawn to fit, no copies of the old one left behind.
    pane.resize(QSize(64, 18));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const QStringList rows = pane.screen().split(QLatin1Char('\n'));
                     return rows.filter(QRegularExpression(QStringLiteral("^Larder  "))).size() == 1 &&
                            pane.screen().contains(QStringLiteral("Running (1)"));
                 },
                 kWaitMs),
             qPrintable(pane.screen()));

    lock.release();
    QVERIFY2(QTest::qWaitFor([&] { return pane.exitCode() >= 0; }, kWaitMs), qPrintable(pane.screen()));
    QCOMPARE(pane.exitCode(), 0);
    const QString after = pane.history();
    // The summary replaced the live region; the log lines stay in the scrollback above it.
    QVERIFY2(after.contains(QRegularExpression(QStringLiteral("\\nok +app "))), qPrintable(after));
    QVERIFY2(after.contains(QRegularExpression(QStringLiteral("\\nok +wiki "))), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("wiki (server main): done")), qPrintable(after));
    QVERIFY2(!after.contains(QStringLiteral("Running (")), qPrintable(after));
    QVERIFY2(!after.contains(QStringLiteral("Waiting (")), qPrintable(after));
    QVERIFY(pane.cursorVisible());
}

void TestTerminalView::ctrlCCancelsAndLeavesTheTerminalSane()
{
    TableLock lock(*m_cluster, QStringLiteral("app"), QStringLiteral("big"), kBlocker);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    TmuxPane pane(m_dir->path(), env);
    startHeldRun(pane, lock, {QStringLiteral("app")}, QSize(80, 24));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!pane.screen(true).contains(kColour), qPrintable(pane.screen(true)));

    pane.sendKeys(QStringLiteral("C-c"));
    QVERIFY2(QTest::qWaitFor([&] { return pane.exitCode() >= 0; }, kWaitMs), qPrintable(pane.screen()));
    QCOMPARE(pane.exitCode(), 130);
    const QString after = pane.history();
    QVERIFY2(after.contains(QStringLiteral("received SIGINT: stopping the running dumps")),
             qPrintable(after));
    QVERIFY2(after.contains(QRegularExpression(QStringLiteral("\\ncancelled +app "))), qPrintable(after));
    QVERIFY2(!after.contains(QStringLiteral("Running (")), qPrintable(after));
    QVERIFY(pane.cursorVisible());
    lock.release();
}

void TestTerminalView::noLiveViewWhereItDoesNotBelong()
{
    const QString file = m_dir->filePath(QStringLiteral("run.log"));
    const auto quoted = [](const QStringList& words) {
        QStringList quoted;
        for (QString word : words)
            quoted.append(QLatin1Char('\'') + word.replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                          QLatin1Char('\''));
        return quoted.join(QLatin1Char(' '));
    };
    const QStringList all{QStringLiteral("--all")};
    // One pane, three runs: everything into a file, --plain, and a dumb terminal.
    const QString script = quoted(run(all)) + QStringLiteral(" >") + quoted({file}) +
                           QStringLiteral(" 2>&1 && ") +
                           quoted(run(all + QStringList{QStringLiteral("--plain")})) +
                           QStringLiteral(" && TERM=dumb ") + quoted(run(all));
    TmuxPane pane(m_dir->path(), environment());
    QString error;
    QVERIFY2(pane.start({QStringLiteral("sh"), QStringLiteral("-c"), script}, QSize(100, 30), &error),
             qPrintable(error));
    QVERIFY2(QTest::qWaitFor([&] { return pane.exitCode() >= 0; }, kWaitMs), qPrintable(pane.history()));
    QCOMPARE(pane.exitCode(), 0);

    const QString shown = pane.history();
    QCOMPARE(shown.count(QStringLiteral("app (server main): dump started")), 2);
    QVERIFY2(!shown.contains(QStringLiteral("Finished")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("Larder  ")), qPrintable(shown));
    QVERIFY2(!pane.screen(true).contains(kColour), qPrintable(pane.screen(true)));

    QFile log(file);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray written = log.readAll();
    QVERIFY2(written.contains("wiki (server main): done"), written.constData());
    QVERIFY2(!written.contains('\x1b'), written.constData());
    QVERIFY2(!written.contains("Finished"), written.constData());
}

void TestTerminalView::watchFollowsKeysAndGivesTheTerminalBack()
{
    TmuxPane pane(m_dir->path(), environment());
    startWatch(pane, QSize(100, 30));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(pane.screen().contains(QRegularExpression(QStringLiteral("› app +due"))),
             qPrintable(pane.screen()));
    QVERIFY(!pane.cursorVisible());

    pane.sendKeys(QStringLiteral("j"));
    QVERIFY2(pane.waitForScreen(QStringLiteral("› wiki"), kWaitMs), qPrintable(pane.screen()));
    pane.sendKeys(QStringLiteral("Enter"));
    QVERIFY2(pane.waitForScreen(QStringLiteral("History of wiki"), kWaitMs), qPrintable(pane.screen()));
    pane.sendKeys(QStringLiteral("Escape"));
    QVERIFY2(pane.waitForScreen(QStringLiteral("Next 24 hours"), kWaitMs), qPrintable(pane.screen()));
    for (const QString& key :
         {QStringLiteral("/"), QStringLiteral("a"), QStringLiteral("p"), QStringLiteral("Enter")})
        pane.sendKeys(key);
    QVERIFY2(pane.waitForScreen(QStringLiteral("Jobs (1)  filter \"ap\""), kWaitMs),
             qPrintable(pane.screen()));

    // b backs up the selected job through a larder run of its own; the history shows it by itself.
    pane.sendKeys(QStringLiteral("b"));
    QVERIFY2(pane.waitForScreen(QStringLiteral("started a backup of app now"), kWaitMs),
             qPrintable(pane.screen()));
    QVERIFY2(QTest::qWaitFor(
                 [&] { return pane.screen().contains(QRegularExpression(QStringLiteral("success +app"))); },
                 kWaitMs),
             qPrintable(pane.screen()));

    // A narrower terminal: redrawn to its width, the clock at its right edge.
    pane.resize(QSize(70, 20));
    QVERIFY2(
        QTest::qWaitFor([&] { return pane.screen().split(QLatin1Char('\n')).first().size() == 70; }, kWaitMs),
        qPrintable(pane.screen()));

    pane.sendKeys(QStringLiteral("q"));
    QVERIFY2(QTest::qWaitFor([&] { return pane.exitCode() >= 0; }, kWaitMs), qPrintable(pane.screen()));
    QCOMPARE(pane.exitCode(), 0);
    QVERIFY(pane.cursorVisible());
    // The screen as it was before: the full-screen view leaves nothing behind.
    QVERIFY2(!pane.screen().contains(QStringLiteral("Larder watch")), qPrintable(pane.screen()));
}

void TestTerminalView::watchShowsARunAnotherProcessStarted()
{
    TmuxPane pane(m_dir->path(), environment());
    startWatch(pane, QSize(110, 32));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!pane.screen().contains(QStringLiteral("Running now")));

    // As cron would: a larder run of its own, not a child of the watch.
    TableLock lock(*m_cluster, QStringLiteral("app"), QStringLiteral("big"), kBlocker);
    QVERIFY2(QTest::qWaitFor([&] { return lock.isHeld(); }, kWaitMs), qPrintable(lock.output()));
    CliRunner runner = CliRunner::hermetic(kLarder, m_dir->path(), m_pgpass);
    const std::unique_ptr<QProcess> run =
        runner.start(CliRunner::withConfig(m_config, {QStringLiteral("run"), QStringLiteral("app")}));
    QVERIFY2(pane.waitForScreen(QStringLiteral("Running now (1)"), kWaitMs), qPrintable(pane.screen()));
    QVERIFY2(pane.screen().contains(QRegularExpression(QStringLiteral("\\napp +main +"))),
             qPrintable(pane.screen()));
    QVERIFY2(pane.screen().contains(QRegularExpression(QStringLiteral("› app +running"))),
             qPrintable(pane.screen()));
    // Live: the run's later news arrives too, here why its dump is stuck.
    QVERIFY2(pane.waitForScreen(QStringLiteral("↳ waiting for a lock on public.big"), kWaitMs),
             qPrintable(pane.screen()));

    lock.release();
    const CliResult ended = CliRunner::finish(*run, kWaitMs);
    QVERIFY2(ended.exitCode == 0, qPrintable(ended.describe()));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const QString shown = pane.screen();
                     return !shown.contains(QStringLiteral("Running now")) &&
                            shown.contains(QRegularExpression(QStringLiteral("success +app")));
                 },
                 kWaitMs),
             qPrintable(pane.screen()));
    pane.sendKeys(QStringLiteral("q"));
    QVERIFY2(QTest::qWaitFor([&] { return pane.exitCode() >= 0; }, kWaitMs), qPrintable(pane.screen()));
    QCOMPARE(pane.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestTerminalView)
#include "tst_terminalview.moc"
