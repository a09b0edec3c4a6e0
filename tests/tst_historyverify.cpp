// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The History tab's Verify action and "Kept because" column, offscreen against a real cluster, real
// pg_dump, real pg_restore and a real history: verifying the selected dump on a worker thread (ok,
// then a mismatch after one byte changed), and the retention reasons matching what the real
// `larder prune --dry-run` prints.

#include "BackupFixture.h"
#include "CliRunner.h"
#include "GuiTestHelpers.h"
#include "HeldFile.h"
#include "HistoryModel.h"
#include "JobTableModel.h"
#include "MainWindow.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "ScratchRunFiles.h"
#include "history/History.h"
#include "postgres/PostgresEngine.h"
#include "run/RunService.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <QElapsedTimer>
#include <QScopeGuard>

#include <chrono>
#include <memory>
#include <utility>

using namespace larder;
using namespace GuiTestHelpers;

namespace {

constexpr int kRunTimeoutMs = 60'000;

bool flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    char byte = 0;
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    if (!file.getChar(&byte) || !file.seek(offset))
        return false;
    return file.putChar(char(byte ^ 0x5a));
}

} // namespace

class TestHistoryVerify final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void verify_runsOffTheGuiThreadAndShowsOkThenMismatch();
    void keptBecause_matchesPruneDryRun();
    void verify_dumpPrunedMeanwhile_isSaidAndNothingRecorded();
    void verify_stopped_isSaidAndNothingRecorded();

private:
    void writeConfig(const QString& jobExtra = {});
    // Backs up the selected job from the toolbar action and waits for its success row.
    void backUp(MainWindow& window, int expectedRows);
    CliResult larder(const QStringList& arguments) const;

    QString m_password;
    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<ScratchRunFiles> m_files;
};

void TestHistoryVerify::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    BackupFixture::isolateFromPgEnvironment();
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    m_password = QStringLiteral("verify-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
        *m_cluster, QStringLiteral("backup"), m_password,
        {{QStringLiteral("app"), BackupFixture::filledTableSql(QStringLiteral("items"), 20000)}}));
}

void TestHistoryVerify::init()
{
    m_files = std::make_unique<ScratchRunFiles>(QStringLiteral("larder-historyverify"), m_password);
    QVERIFY(m_files->isValid());
    writeConfig();
}

void TestHistoryVerify::cleanup()
{
    m_files.reset();
}

void TestHistoryVerify::writeConfig(const QString& jobExtra)
{
    const QString text =
        BackupFixture::configHead(m_files->dumpDir(), m_files->history(), QStringLiteral("manual"),
                                  m_cluster->port(), QStringLiteral("backup")) +
        QStringLiteral("\n[databases.app]\nserver = \"main\"\n") + jobExtra;
    auto written = BackupFixture::writeFileAtomically(m_files->config(), text.toUtf8());
    QVERIFY_RESULT(written);
}

void TestHistoryVerify::backUp(MainWindow& window, int expectedRows)
{
    auto* table = childNamed<QTableView>(&window, "jobTable");
    QVERIFY(table);
    QVERIFY(selectRowWhere(table, JobTableModel::JobNameRole, QStringLiteral("app")));
    childNamed<QAction>(&window, "backUpNowAction")->trigger();
    const QAbstractItemModel& history = *window.historyModel();
    QTRY_VERIFY_WITH_TIMEOUT(history.rowCount() == expectedRows &&
                                 history.index(0, 0).data(HistoryModel::StatusRole).toInt() ==
                                     int(AttemptStatus::Success),
                             kRunTimeoutMs);
}

CliResult TestHistoryVerify::larder(const QStringList& arguments) const
{
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(CliRunner::hermeticEnvironment(m_files->path()));
    runner.setWorkingDirectory(m_files->path());
    return runner.run(QStringList{arguments.value(0), QStringLiteral("--config"), m_files->config()} +
                      arguments.mid(1));
}

void TestHistoryVerify::verify_runsOffTheGuiThreadAndShowsOkThenMismatch()
{
    auto service = m_files->makeService();
    MainWindow window(*service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* verify = childNamed<QAction>(&window, "verifyAction");
    auto* button = childNamed<QPushButton>(&window, "verifyButton");
    auto* busy = childNamed<QProgressBar>(&window, "verifyBusy");
    auto* detail = childNamed<QPlainTextEdit>(&window, "historyDetail");
    auto* filter = childNamed<QLineEdit>(&window, "filterEdit");
    auto* historyTable = childNamed<QTableView>(&window, "historyTable");
    QVERIFY(verify && button && busy && detail && filter && historyTable);
    QVERIFY(!verify->isEnabled()); // nothing selected yet

    backUp(window, 1);
    const QAbstractItemModel& model = *window.historyModel();
    window.showJobHistory(QStringLiteral("app")); // the History tab, newest row selected
    QCOMPARE(historyTable->currentIndex().row(), 0);
    QTRY_VERIFY(verify->isEnabled());
    QVERIFY(button->isEnabled());
    QVERIFY(!busy->isVisible());
    const qint64 id = model.index(0, 0).data(HistoryModel::AttemptIdRole).toLongLong();
    const QString path = model.index(0, 0).data(HistoryModel::PathRole).toString();
    QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
    QVERIFY(model.index(0, HistoryModel::VerifiedColumn).data().toString().isEmpty());

    // The checksum file becomes a FIFO: the verification blocks reading it until this test (or,
    // should click() not return, a watchdog after a few seconds) writes its contents.
    HeldFile sidecar(path + QStringLiteral(".sha256"), 5'000);
    QVERIFY2(sidecar.isValid(), qPrintable(sidecar.error()));

    // click() returns at once: the bar turns, the button waits, the window answers, and history
    // has no result yet.
    QElapsedTimer clicked;
    clicked.start();
    button->click();
    QVERIFY2(clicked.elapsed() < 2000, "the GUI thread waited for the verification");
    QVERIFY(busy->isVisible());
    QVERIFY(!button->isEnabled());
    QVERIFY(!verify->isEnabled());
    QVERIFY2(detail->toPlainText().contains(QLatin1String("Verifying")), qPrintable(detail->toPlainText()));
    QTest::keyClicks(filter, QStringLiteral("ap"));
    QCOMPARE(filter->text(), QStringLiteral("ap"));
    QTest::qWait(300);
    QVERIFY(busy->isVisible());
    QVERIFY(model.index(0, HistoryModel::VerifiedColumn).data().toString().isEmpty());
    sidecar.release();
    QTRY_VERIFY_WITH_TIMEOUT(!busy->isVisible(), kRunTimeoutMs);
    QVERIFY(sidecar.restore());

    const QString verified = model.index(0, HistoryModel::VerifiedColumn).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^ok \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"))
                 .match(verified)
                 .hasMatch(),
             qPrintable(verified));
    QCOMPARE(model.index(0, 0).data(HistoryModel::AttemptIdRole).toLongLong(), id);
    {
        auto history = History::open(m_files->history());
        QVERIFY_RESULT(history);
        const auto attempt = (*history)->attempt(id);
        QVERIFY_RESULT(attempt);
        QCOMPARE(attempt->verifyStatus, QStringLiteral("ok"));
        QVERIFY(attempt->verifiedUtc.isValid());
    }
    QTRY_VERIFY(button->isEnabled());
    QVERIFY2(detail->toPlainText().contains(QLatin1String(": ok")), qPrintable(detail->toPlainText()));

    // One byte changed on disk: a mismatch, its error in the tooltip and the detail area.
    QVERIFY(flipByte(path, QFileInfo(path).size() / 2));
    verify->trigger();
    QVERIFY(busy->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!busy->isVisible(), kRunTimeoutMs);
    const QModelIndex cell = model.index(0, HistoryModel::VerifiedColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("mismatch"));
    const QString error = cell.data(HistoryModel::VerifyErrorRole).toString();
    QVERIFY2(error.contains(QLatin1String("checksum mismatch")) && error.contains(path), qPrintable(error));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), error);
    QTRY_VERIFY2(detail->toPlainText().contains(error), qPrintable(detail->toPlainText()));
    auto history = History::open(m_files->history());
    QVERIFY(history);
    QCOMPARE((*history)->attempt(id)->verifyStatus, QStringLiteral("mismatch"));
}

void TestHistoryVerify::keptBecause_matchesPruneDryRun()
{
    auto service = m_files->makeService();
    MainWindow window(*service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Three dumps while there are no rules (all kept), then keep_last = 2 and keep_daily = 1.
    for (int rows = 1; rows <= 3; ++rows)
        backUp(window, rows);
    QTRY_VERIFY(!service->isRunning());
    const QAbstractItemModel& model = *window.historyModel();
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.index(row, HistoryModel::RetentionColumn).data().toString(),
                 QStringLiteral("kept: no retention rules"));
    writeConfig(QStringLiteral("keep_last = 2\nkeep_daily = 1\n"));
    QVERIFY(service->reload());
    QTRY_COMPARE(model.index(2, HistoryModel::RetentionColumn).data().toString(),
                 QStringLiteral("would be pruned at the next successful dump"));

    // The real binary's dry run, line by line: "app: would keep PATH (REASONS)" / "would delete PATH".
    const CliResult dryRun =
        larder({QStringLiteral("prune"), QStringLiteral("--dry-run"), QStringLiteral("app")});
    QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.describe()));
    QHash<QString, QString> expected; // path -> the text the row must show
    const QRegularExpression keep(QStringLiteral("^app: would keep (.+) \\((.+)\\)$"));
    const QRegularExpression drop(QStringLiteral("^app: would delete (.+)$"));
    for (const QString& line : dryRun.outText().split(QLatin1Char('\n'))) {
        if (const auto match = keep.match(line); match.hasMatch())
            expected.insert(match.captured(1), QStringLiteral("kept: ") + match.captured(2));
        else if (const auto match = drop.match(line); match.hasMatch())
            expected.insert(match.captured(1), QStringLiteral("would be pruned at the next successful dump"));
    }
    QCOMPARE(expected.size(), 3);
    int kept = 0;
    for (int row = 0; row < 3; ++row) {
        const QModelIndex index = model.index(row, HistoryModel::RetentionColumn);
        const QString path = index.data(HistoryModel::PathRole).toString();
        QVERIFY2(expected.contains(path), qPrintable(path + QLatin1Char('\n') + dryRun.outText()));
        QCOMPARE(index.data().toString(), expected.value(path));
        kept += index.data().toString().startsWith(QLatin1String("kept: ")) ? 1 : 0;
    }
    QCOMPARE(kept, 2);
    const QString newest = model.index(0, HistoryModel::RetentionColumn).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^kept: last 2, daily \\d{4}-\\d\\d-\\d\\d$"))
                 .match(newest)
                 .hasMatch(),
             qPrintable(newest));
    QCOMPARE(model.index(1, HistoryModel::RetentionColumn).data().toString(), QStringLiteral("kept: last 2"));

    // The detail area of the selected row says the same.
    auto* historyTable = childNamed<QTableView>(&window, "historyTable");
    auto* detail = childNamed<QPlainTextEdit>(&window, "historyDetail");
    historyTable->setCurrentIndex(model.index(2, 0));
    QTRY_VERIFY2(detail->toPlainText().contains(QStringLiteral("Retention: would be pruned")),
                 qPrintable(detail->toPlainText()));

    // A failed attempt: nothing about retention, and nothing to verify.
    auto* verify = childNamed<QAction>(&window, "verifyAction");
    auto* button = childNamed<QPushButton>(&window, "verifyButton");
    QTRY_VERIFY(verify->isEnabled() && button->isEnabled());
    m_files->setWrongPassword(true);
    childNamed<QAction>(&window, "backUpNowAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 4 &&
                                 model.index(0, 0).data(HistoryModel::StatusRole).toInt() ==
                                     int(AttemptStatus::Failed),
                             kRunTimeoutMs);
    historyTable->setCurrentIndex(model.index(0, 0));
    QTRY_VERIFY(!verify->isEnabled());
    QVERIFY(!button->isEnabled());
    QVERIFY(model.index(0, HistoryModel::RetentionColumn).data().toString().isEmpty());
    QVERIFY(model.index(0, HistoryModel::VerifiedColumn).data().toString().isEmpty());
}

// Verify takes no run lock: a run from cron may prune the dump while the window verifies it. That is
// said as such, not shown as damage, and nothing is recorded against the pruned attempt.
void TestHistoryVerify::verify_dumpPrunedMeanwhile_isSaidAndNothingRecorded()
{
    auto service = m_files->makeService();
    MainWindow window(*service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* button = childNamed<QPushButton>(&window, "verifyButton");
    auto* busy = childNamed<QProgressBar>(&window, "verifyBusy");
    QVERIFY(button && busy);
    backUp(window, 1);
    window.showJobHistory(QStringLiteral("app"));
    QTRY_VERIFY(button->isEnabled());
    const QAbstractItemModel& model = *window.historyModel();
    const qint64 id = model.index(0, 0).data(HistoryModel::AttemptIdRole).toLongLong();
    const QString path = model.index(0, 0).data(HistoryModel::PathRole).toString();
    QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));

    HeldFile sidecar(path + QStringLiteral(".sha256"));
    QVERIFY2(sidecar.isValid(), qPrintable(sidecar.error()));
    button->click();
    QVERIFY(sidecar.waitUntilOpened(kRunTimeoutMs));
    {
        auto history = History::open(m_files->history());
        QVERIFY(history);
        QVERIFY(QFile::remove(path));
        const auto pruned = (*history)->markPruned(id);
        QVERIFY_RESULT(pruned);
    }
    sidecar.release();
    QTRY_VERIFY_WITH_TIMEOUT(!busy->isVisible(), kRunTimeoutMs);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QLatin1String("was pruned by a run while it was being verified")),
             qPrintable(message));

    auto history = History::open(m_files->history());
    QVERIFY(history);
    const auto attempt = (*history)->attempt(id);
    QVERIFY(attempt);
    QCOMPARE(attempt->status, AttemptStatus::Pruned);
    QVERIFY2(attempt->verifyStatus.isEmpty(), qPrintable(attempt->verifyStatus));
}

// Stop Verifying: the verification ends without a finding, history keeps no result for the dump, and
// the window says so.
void TestHistoryVerify::verify_stopped_isSaidAndNothingRecorded()
{
    auto service = m_files->makeService();
    MainWindow window(*service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* button = childNamed<QPushButton>(&window, "verifyButton");
    auto* stop = childNamed<QPushButton>(&window, "stopVerifyButton");
    auto* busy = childNamed<QProgressBar>(&window, "verifyBusy");
    QVERIFY(button && stop && busy);
    QVERIFY(stop->isHidden());
    backUp(window, 1);
    window.showJobHistory(QStringLiteral("app"));
    QTRY_VERIFY(button->isEnabled());
    const QAbstractItemModel& model = *window.historyModel();
    const qint64 id = model.index(0, 0).data(HistoryModel::AttemptIdRole).toLongLong();
    const QString path = model.index(0, 0).data(HistoryModel::PathRole).toString();

    HeldFile sidecar(path + QStringLiteral(".sha256"));
    QVERIFY2(sidecar.isValid(), qPrintable(sidecar.error()));
    button->click();
    QVERIFY(sidecar.waitUntilOpened(kRunTimeoutMs));
    QVERIFY(!stop->isHidden());
    stop->click();
    sidecar.release();
    QTRY_VERIFY_WITH_TIMEOUT(!busy->isVisible(), kRunTimeoutMs);
    QVERIFY(sidecar.restore());
    QVERIFY(stop->isHidden());
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QLatin1String("Stopped verifying")) &&
                 message.contains(QLatin1String("nothing was recorded")),
             qPrintable(message));
    auto history = History::open(m_files->history());
    QVERIFY_RESULT(history);
    const auto attempt = (*history)->attempt(id);
    QVERIFY_RESULT(attempt);
    QVERIFY2(attempt->verifyStatus.isEmpty(), qPrintable(attempt->verifyStatus));
    QTRY_VERIFY(button->isEnabled());
}

QTEST_MAIN(TestHistoryVerify)
#include "tst_historyverify.moc"
