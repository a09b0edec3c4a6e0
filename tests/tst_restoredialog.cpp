// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The History tab's "Restore To…" offscreen against a real cluster, real pg_dump and pg_restore and a
// real history (issue 18): the dialog's command line restores the same as the dialog when pasted into a
// shell; the dialog's restore lands a database equal to the source; Stop during a slow restore leaves
// no database behind; a run holding the lock is said, and nothing starts.

#include "BackupFixture.h"
#include "CliRunner.h"
#include "GuiTestHelpers.h"
#include "HistoryModel.h"
#include "JobTableModel.h"
#include "MainWindow.h"
#include "PgCluster.h"
#include "RestoreDialog.h"
#include "ResultAssert.h"
#include "ScratchRunFiles.h"
#include "history/History.h"
#include "history/RunLock.h"
#include "run/RunService.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace larder;
using namespace GuiTestHelpers;

namespace {

constexpr int kRunTimeoutMs = 90'000;

// Each row's check sleeps in any database but the source: restoring it takes minutes, dumping it not.
const char* const kSlowSql =
    "CREATE FUNCTION slow_ok(integer) RETURNS boolean LANGUAGE sql AS "
    "$$ SELECT CASE WHEN current_database() = 'crawl' THEN true ELSE pg_sleep(0.2) IS NOT NULL END $$;"
    "CREATE TABLE creeping (id integer CHECK (slow_ok(id)));"
    "INSERT INTO creeping SELECT generate_series(1, 600);";

} // namespace

class TestRestoreDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void restore_commandLineAndDialogLandTheSameDatabase();
    void stop_leavesNoDatabaseBehind();
    void windowGoneMidRestore_leavesNoDatabaseBehind();
    void heldLock_isSaidAndNothingStarts();
    void testRestore_fromTheHistoryTab_showsTheResultAndRecordsIt();

private:
    // Backs up job from the toolbar and shows its history, the new dump selected.
    bool backUp(MainWindow& window, const QString& job);
    // backUp, then "Restore To…" on that dump.
    RestoreDialog* openRestore(MainWindow& window, const QString& job);
    QString fingerprint(const QString& dbname) const;
    bool databaseExists(const QString& dbname) const;

    QString m_password;
    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<ScratchRunFiles> m_files;
};

void TestRestoreDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    BackupFixture::isolateFromPgEnvironment();
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    m_password = QStringLiteral("restore-dialog-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
        *m_cluster, QStringLiteral("backup"), m_password,
        {{QStringLiteral("app"), BackupFixture::filledTableSql(QStringLiteral("items"), 20000)},
         {QStringLiteral("crawl"), QString::fromLatin1(kSlowSql)}}));
    QVERIFY_RESULT(
        m_cluster->execute(QStringLiteral("postgres"), QStringLiteral("ALTER ROLE backup CREATEDB")));
}

void TestRestoreDialog::init()
{
    m_files = std::make_unique<ScratchRunFiles>(QStringLiteral("larder-restoredialog"), m_password);
    QVERIFY(m_files->isValid());
    const QString text =
        BackupFixture::configHead(m_files->dumpDir(), m_files->history(), QStringLiteral("manual"),
                                  m_cluster->port(), QStringLiteral("backup")) +
        QStringLiteral("\n[databases.app]\nserver = \"main\"\n"
                       "\n[databases.crawl]\nserver = \"main\"\n");
    QVERIFY_RESULT(BackupFixture::writeFileAtomically(m_files->config(), text.toUtf8()));
}

void TestRestoreDialog::cleanup()
{
    m_files.reset();
}

bool TestRestoreDialog::backUp(MainWindow& window, const QString& job)
{
    auto* table = childNamed<QTableView>(&window, "jobTable");
    if (!table || !selectRowWhere(table, JobTableModel::JobNameRole, job))
        return false;
    const int before = window.historyModel()->rowCount();
    childNamed<QAction>(&window, "backUpNowAction")->trigger();
    const QAbstractItemModel& history = *window.historyModel();
    if (!QTest::qWaitFor(
            [&] {
                return history.rowCount() == before + 1 &&
                       history.index(0, 0).data(HistoryModel::StatusRole).toInt() ==
                           int(AttemptStatus::Success);
            },
            kRunTimeoutMs))
        return false;
    window.showJobHistory(job);
    return true;
}

RestoreDialog* TestRestoreDialog::openRestore(MainWindow& window, const QString& job)
{
    if (!backUp(window, job))
        return nullptr;
    auto* restore = childNamed<QAction>(&window, "restoreAction");
    if (!restore || !QTest::qWaitFor([restore] { return restore->isEnabled(); }))
        return nullptr;
    restore->trigger();
    return window.findChild<RestoreDialog*>();
}

QString TestRestoreDialog::fingerprint(const QString& dbname) const
{
    const auto print = m_cluster->query(
        dbname,
        QStringLiteral("SELECT count(*) || ' ' || md5(string_agg(t::text, ',' ORDER BY id)) FROM items t"));
    return print ? *print : QStringLiteral("ERROR ") + print.error().message;
}

bool TestRestoreDialog::databaseExists(const QString& dbname) const
{
    const auto found =
        m_cluster->query(QStringLiteral("postgres"),
                         QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(dbname));
    return found && *found == QLatin1String("1");
}

void TestRestoreDialog::restore_commandLineAndDialogLandTheSameDatabase()
{
    auto service = m_files->makeService();
    MainWindow window(*service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RestoreDialog* dialog = openRestore(window, QStringLiteral("app"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* target = childNamed<QLineEdit>(dialog, "restoreTarget");
    auto* command = childNamed<QLineEdit>(dialog, "restoreCommand");
    auto* jobs = childNamed<QSpinBox>(dialog, "restoreJobs");
    auto* clean = childNamed<QCheckBox>(dialog, "restoreClean");
    auto* result = childNamed<QLabel>(dialog, "restoreResult");
    QVERIFY(target && command && jobs && clean && result);
    QCOMPARE(target->text(), QStringLiteral("app_restored"));
    const QString dump = window.historyModel()->index(0, 0).data(HistoryModel::PathRole).toString();

    // The command shown, pasted into a shell, restores that very dump.
    target->setText(QStringLiteral("app_from_cli"));
    jobs->setValue(2);
    QCOMPARE(command->text(), RestoreDialog::commandLine(m_files->config(), QStringLiteral("app"), QString(),
                                                         QStringLiteral("app_from_cli"), dump, false, 2));
    QVERIFY2(command->text().contains(QStringLiteral(" restore app --to app_from_cli --dump ")),
             qPrintable(command->text()));
    clean->setChecked(true);
    QVERIFY(childNamed<QLabel>(dialog, "restoreCleanWarning")->isVisibleTo(dialog));
    QVERIFY(command->text().contains(QLatin1String(" --clean")));
    clean->setChecked(false);
    const QString pass = m_files->path() + QStringLiteral("/pgpass");
    QVERIFY_RESULT(BackupFixture::writePassFile(pass, *m_cluster, QStringLiteral("backup"), m_password));
    QProcessEnvironment env = CliRunner::hermeticEnvironment(m_files->path(), pass);
    env.insert(QStringLiteral("PATH"), QFileInfo(QStringLiteral(LARDER_EXECUTABLE)).path() +
                                           QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    CliRunner shell(QStringLiteral("/bin/sh"));
    shell.setEnvironment(env);
    const CliResult pasted = shell.run({QStringLiteral("-c"), command->text()}, {}, kRunTimeoutMs);
    QVERIFY2(pasted.exitCode == 0, qPrintable(pasted.describe()));
    const QString source = fingerprint(QStringLiteral("app"));
    QVERIFY2(source.startsWith(QLatin1String("20000 ")), qPrintable(source));
    QCOMPARE(fingerprint(QStringLiteral("app_from_cli")), source);

    // The dialog's own restore, in the background: its lines, then the result.
    QSignalSpy finished(dialog, &RestoreDialog::restoreFinished);
    target->setText(QStringLiteral("app_from_gui"));
    childNamed<QPushButton>(dialog, "restoreButton")->click();
    QVERIFY(!target->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRunTimeoutMs);
    QVERIFY2(result->text().startsWith(QLatin1String("Restored into \"app_from_gui\"")),
             qPrintable(result->text()));
    QVERIFY(target->isEnabled());
    const QString log = childNamed<QPlainTextEdit>(dialog, "restoreLog")->toPlainText();
    QVERIFY2(log.contains(QLatin1String("checksum of")) && log.contains(QLatin1String("created database")),
             qPrintable(log));
    QCOMPARE(fingerprint(QStringLiteral("app_from_gui")), source);

    // Again into the same, now full, database: refused before anything is touched.
    childNamed<QPushButton>(dialog, "restoreButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kRunTimeoutMs);
    QVERIFY2(result->text().contains(QLatin1String("already exists and is not empty")),
             qPrintable(result->text()));
    QVERIFY2(!result->text().contains(QLatin1String("dropped")), qPrintable(result->text()));
    QCOMPARE(fingerprint(QStringLiteral("app_from_gui")), source);
    dialog->close();
}

void TestRestoreDialog::stop_leavesNoDatabaseBehind()
{
    auto service = m_files->makeService();
    MainWindow window(*service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RestoreDialog* dialog = openRestore(window, QStringLiteral("crawl"));
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &RestoreDialog::restoreFinished);
    childNamed<QLineEdit>(dialog, "restoreTarget")->setText(QStringLiteral("crawl_stopped"));
    childNamed<QPushButton>(dialog, "restoreButton")->click();
    // pg_restore is copying the rows, each one sleeping in its check.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_cluster
                ->query(QStringLiteral("postgres"),
                        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = 'crawl_stopped'"
                                       " AND query LIKE 'COPY%'"))
                .value_or(QString()) == QLatin1String("1"),
        kRunTimeoutMs);
    QVERIFY(dialog->isRestoring());
    childNamed<QPushButton>(dialog, "stopRestoreButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRunTimeoutMs);
    const RestoreOutcome outcome = finished.at(0).at(0).value<RestoreOutcome>();
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.targetDropped);
    const QString result = childNamed<QLabel>(dialog, "restoreResult")->text();
    QVERIFY2(result.contains(QLatin1String("has been dropped again")), qPrintable(result));
    QVERIFY(!databaseExists(QStringLiteral("crawl_stopped")));
    QVERIFY(dialog->isVisible()); // Stop keeps the dialog, with its result
}

// The app quitting with the dialog open destroys it mid-restore: the database it created goes too.
void TestRestoreDialog::windowGoneMidRestore_leavesNoDatabaseBehind()
{
    auto service = m_files->makeService();
    auto window = std::make_unique<MainWindow>(*service);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    RestoreDialog* dialog = openRestore(*window, QStringLiteral("crawl"));
    QVERIFY(dialog);
    childNamed<QLineEdit>(dialog, "restoreTarget")->setText(QStringLiteral("crawl_abandoned"));
    childNamed<QPushButton>(dialog, "restoreButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_cluster
                ->query(
                    QStringLiteral("postgres"),
                    QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = 'crawl_abandoned'"
                                   " AND query LIKE 'COPY%'"))
                .value_or(QString()) == QLatin1String("1"),
        kRunTimeoutMs);
    QVERIFY(databaseExists(QStringLiteral("crawl_abandoned")));
    window.reset();
    QVERIFY(!databaseExists(QStringLiteral("crawl_abandoned")));
}

void TestRestoreDialog::heldLock_isSaidAndNothingStarts()
{
    auto service = m_files->makeService();
    MainWindow window(*service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RestoreDialog* dialog = openRestore(window, QStringLiteral("app"));
    QVERIFY(dialog);
    RunLock held(m_files->history());
    QVERIFY_RESULT(held.tryLock());
    childNamed<QLineEdit>(dialog, "restoreTarget")->setText(QStringLiteral("app_locked"));
    childNamed<QPushButton>(dialog, "restoreButton")->click();
    const QString result = childNamed<QLabel>(dialog, "restoreResult")->text();
    QVERIFY2(result.startsWith(QLatin1String("Not started: ")) && result.contains(QLatin1String("Try again")),
             qPrintable(result));
    QVERIFY(!dialog->isRestoring());
    QVERIFY(childNamed<QLineEdit>(dialog, "restoreTarget")->isEnabled());
    QVERIFY(!databaseExists(QStringLiteral("app_locked")));
}

// The scheduled kind of check, on demand: a scratch database, row counts, dropped, recorded in history.
void TestRestoreDialog::testRestore_fromTheHistoryTab_showsTheResultAndRecordsIt()
{
    auto service = m_files->makeService();
    MainWindow window(*service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = childNamed<QAction>(&window, "testRestoreAction");
    QVERIFY(action);
    QVERIFY(backUp(window, QStringLiteral("app")));
    QTRY_VERIFY(action->isEnabled());
    action->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox*>(QStringLiteral("testRestoreResult"))) !=
                                 nullptr,
                             kRunTimeoutMs);
    QVERIFY2(box->text().contains(QLatin1String("restored into a scratch database on main")),
             qPrintable(box->text()));
    QCOMPARE(box->icon(), QMessageBox::Information);
    auto history = History::open(m_files->history());
    QVERIFY_RESULT(history);
    const auto checks = (*history)->restoreChecks(QStringLiteral("app"), 5);
    QVERIFY_RESULT(checks);
    QCOMPARE(checks->size(), 1);
    QVERIFY(checks->first().ok);
    QVERIFY(!databaseExists(checks->first().scratchDatabase));
    box->close();
}

QTEST_MAIN(TestRestoreDialog)
#include "tst_restoredialog.moc"
