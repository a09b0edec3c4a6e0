// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The acceptance story, end to end on the whole desktop app (offscreen, so without a tray):
// over an empty config, a person adds a server and two databases through the real dialogs, sees
// them back up on demand (running view, then history) and on schedule, gets a failure notification
// when the role's password changes, finds the same jobs and attempts through the real `larder plan`
// and `larder history`, and closing the window quits after the one-time explanation. Then the real
// larder-gui binary under SIGTERM in the middle of a dump.
//
// The test functions are one story and run in order: each builds on what the previous one did.
//
// Run twice (gui-e2e.cmake): inside a private gnome-keyring, where the password is typed into the
// server dialog and only the keychain can authenticate; and with a dead session bus, where the
// password comes from a PGPASSFILE written here.

#include "BackupFixture.h"
#include "CliRunner.h"
#include "DesktopApp.h"
#include "GuiSettings.h"
#include "GuiTestHelpers.h"
#include "HistoryModel.h"
#include "JobTableModel.h"
#include "MainWindow.h"
#include "Notifier.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "RunningModel.h"
#include "RunningView.h"
#include "ServerDialog.h"
#include "ServerListDialog.h"
#include "TableLock.h"
#include "config/toml/ConfigLoader.h"
#include "run/RunService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace larder;
using namespace GuiTestHelpers;

namespace {

constexpr int kRunTimeoutMs = 60'000;
const QString kBlockerApp = QStringLiteral("larder-e2e-blocker");
const QString kRole = QStringLiteral("backup");

void typeInto(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = childNamed<QLineEdit>(dialog, name);
    QVERIFY2(edit, name);
    GuiTestHelpers::typeInto(edit, text);
    QCOMPARE(edit->text(), text);
}

bool clickOk(QDialog* dialog)
{
    QPushButton* ok = okButton(dialog);
    if (!ok->isEnabled())
        return false;
    QTest::mouseClick(ok, Qt::LeftButton);
    return true;
}

} // namespace

class TestDesktopApp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void emptyConfig_addServerAndTwoDatabasesThroughTheDialogs_larderPlanReadsThem();
    void backUpSelectedNow_showsTheDumpRunningThenASuccessRow();
    void scheduledJob_backsUpByItselfAtEachSlot();
    void larderHistory_listsTheAttemptsTheWindowShows();
    void passwordChangedOnTheServer_failedRowWithTheServersErrorAndANotification();
    void sigterm_larderGuiStopsTheRunningDumpRecordsItCancelledAndExits();
    void closeWithoutTray_explainsOnceThenQuits();

private:
    // The attempts of job as the window's history model shows them (selecting the job).
    QList<HistoryRecord> windowHistory(const QString& job);
    // `larder history --json` for job (all attempts), parsed.
    QJsonArray cliHistory(const QString& configPath, const QString& job);
    void selectJob(const QString& job);
    QAction* action(const char* name) const;

    std::unique_ptr<PgCluster> m_cluster;
    QString m_password;
    bool m_keyring = false;
    QTemporaryDir m_scratch;
    QString m_configPath;
    std::unique_ptr<CliRunner> m_larder;
    std::unique_ptr<DesktopApp> m_app;
};

void TestDesktopApp::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    m_keyring = BackupFixture::keyringMode();
    // Only the keychain (or the PGPASSFILE written below) may authenticate.
    BackupFixture::isolateFromPgEnvironment();

    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    m_password = QStringLiteral("e2e-%1").arg(QDateTime::currentMSecsSinceEpoch());
    // held_prod: for the larder-gui child only, so that its dump is the only one held there.
    const QString items = BackupFixture::filledTableSql(QStringLiteral("items"), 20000);
    QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(*m_cluster, kRole, m_password,
                                                          {{QStringLiteral("app_prod"), items},
                                                           {QStringLiteral("shop_prod"), items},
                                                           {QStringLiteral("held_prod"), items}}));
    if (!m_keyring) {
        const QString pgpass = m_scratch.filePath(QStringLiteral("pgpass"));
        auto written = BackupFixture::writePassFile(pgpass, *m_cluster, kRole, m_password);
        QVERIFY_RESULT(written);
        qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    }

    // The default config path of a first start: nothing there yet.
    m_configPath = ConfigLoader::resolvePath(QString());
    QVERIFY2(m_configPath.startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")), qPrintable(m_configPath));
    QVERIFY(!QFileInfo::exists(m_configPath));
    m_larder = std::make_unique<CliRunner>(QStringLiteral(LARDER_EXECUTABLE));

    // Schedule checks every 300 ms instead of every minute (read by DesktopApp, for tests).
    qputenv("LARDER_GUI_CHECK_INTERVAL_MS", "300");
    m_app = std::make_unique<DesktopApp>(m_configPath);
    qunsetenv("LARDER_GUI_CHECK_INTERVAL_MS");
    QVERIFY(m_app->tray() == nullptr); // offscreen: no tray, so the window is the app
    m_app->start(false);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->mainWindow()));
    QCOMPARE(m_app->mainWindow()->jobModel()->rowCount(), 0);
}

void TestDesktopApp::cleanupTestCase()
{
    m_app.reset();
}

QAction* TestDesktopApp::action(const char* name) const
{
    return m_app->mainWindow()->findChild<QAction*>(QLatin1String(name));
}

void TestDesktopApp::selectJob(const QString& job)
{
    MainWindow* window = m_app->mainWindow();
    auto* table = childNamed<QTableView>(window, "jobTable");
    QVERIFY(table);
    table->setFocus();
    QVERIFY2(selectRowWhere(table, JobTableModel::JobNameRole, job),
             qPrintable(QStringLiteral("no row for %1 in the job table").arg(job)));
    QCOMPARE(window->currentJob(), job);
}

QList<HistoryRecord> TestDesktopApp::windowHistory(const QString& job)
{
    // Selects the job's row as a click would (showJobHistory would also raise the window each time).
    selectRowWhere(childNamed<QTableView>(m_app->mainWindow(), "jobTable"), JobTableModel::JobNameRole, job);
    auto* model = qobject_cast<HistoryModel*>(m_app->mainWindow()->historyModel());
    QList<HistoryRecord> records;
    if (!model || model->job() != job)
        return records;
    for (int row = 0; row < model->rowCount(); ++row)
        records << *model->recordAt(row);
    return records;
}

QJsonArray TestDesktopApp::cliHistory(const QString& configPath, const QString& job)
{
    const CliResult result =
        m_larder->run({QStringLiteral("history"), QStringLiteral("--config"), configPath,
                       QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json"), job});
    if (result.exitCode != 0) {
        qWarning().noquote() << result.describe();
        return {};
    }
    return QJsonDocument::fromJson(result.out).array();
}

void TestDesktopApp::emptyConfig_addServerAndTwoDatabasesThroughTheDialogs_larderPlanReadsThem()
{
    // First start: the banner points at the dialogs, not at TOML sections.
    auto* banner = qobject_cast<QLabel*>(childNamed<QWidget>(m_app->mainWindow(), "configIssuesBanner"));
    QVERIFY(banner && !banner->isHidden());
    QVERIFY2(banner->text().contains(QLatin1String("No config file yet")), qPrintable(banner->text()));

    // Servers… → Add… → the server dialog, answered from inside the list's exec().
    bool serverAdded = false;
    answerNextModal([&](QDialog* modal) {
        auto* list = qobject_cast<ServerListDialog*>(modal);
        QVERIFY(list);
        QTest::mouseClick(childNamed<QPushButton>(list, "addServerButton"), Qt::LeftButton);
        ServerDialog* server = list->serverDialog();
        QVERIFY(server);
        typeInto(server, "nameEdit", QStringLiteral("main"));
        typeInto(server, "hostEdit", m_cluster->host());
        childNamed<QSpinBox>(server, "portSpin")->setValue(m_cluster->port());
        typeInto(server, "userEdit", kRole);
        if (m_keyring)
            typeInto(server, "passwordEdit", m_password);
        QVERIFY(clickOk(server));
        QTRY_VERIFY(list->serverDialog() == nullptr); // accepted: the password is in the keychain
        QCOMPARE(childNamed<QListWidget>(list, "serverList")->item(0)->text(),
                 QStringLiteral("main (PostgreSQL)"));
        serverAdded = clickOk(list);
    });
    action("serversAction")->trigger();
    QVERIFY(serverAdded);
    QVERIFY(QFileInfo::exists(m_configPath));

    // Add Database… twice: one on demand only, one every minute.
    const auto addDatabase = [this](const QString& job, const QString& dbname, const QString& schedule) {
        bool added = false;
        answerNextModal([&](QDialog* dialog) {
            typeInto(dialog, "nameEdit", job);
            auto* server = childNamed<QComboBox>(dialog, "serverCombo");
            server->setCurrentIndex(server->findData(QStringLiteral("main")));
            QCOMPARE(server->currentData().toString(), QStringLiteral("main"));
            typeInto(dialog, "dbnameEdit", dbname);
            typeInto(dialog, "scheduleEdit", schedule);
            added = clickOk(dialog);
        });
        action("addDatabaseAction")->trigger();
        return added;
    };
    QVERIFY(addDatabase(QStringLiteral("app"), QStringLiteral("app_prod"), QStringLiteral("manual")));
    QVERIFY(
        addDatabase(QStringLiteral("shop"), QStringLiteral("shop_prod"), QStringLiteral("every 1 minute")));
    QTRY_COMPARE(m_app->mainWindow()->jobModel()->rowCount(), 2);
    // The first start's "no config file" is gone now that there is one.
    QVERIFY(childNamed<QWidget>(m_app->mainWindow(), "configIssuesBanner")->isHidden());

    QFile config(m_configPath);
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY2(!config.readAll().contains(m_password.toUtf8()), "the password must not be in the config file");

    // The real command line reads the same file and finds both jobs as entered.
    const CliResult plan = m_larder->run(
        {QStringLiteral("plan"), QStringLiteral("--config"), m_configPath, QStringLiteral("--json")});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.describe()));
    const QJsonArray jobs =
        QJsonDocument::fromJson(plan.out).object().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 2);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue& job : jobs)
        byName.insert(job[QStringLiteral("job")].toString(), job.toObject());
    QCOMPARE(byName[QStringLiteral("app")][QStringLiteral("server")].toString(), QStringLiteral("main"));
    QCOMPARE(byName[QStringLiteral("app")][QStringLiteral("database")].toString(),
             QStringLiteral("app_prod"));
    QCOMPARE(byName[QStringLiteral("app")][QStringLiteral("schedule")].toString(), QStringLiteral("manual"));
    QCOMPARE(byName[QStringLiteral("shop")][QStringLiteral("server")].toString(), QStringLiteral("main"));
    QCOMPARE(byName[QStringLiteral("shop")][QStringLiteral("database")].toString(),
             QStringLiteral("shop_prod"));
    QCOMPARE(byName[QStringLiteral("shop")][QStringLiteral("schedule")].toString(),
             QStringLiteral("every 1 minute"));
    // Dumps go where a first start puts them: under $XDG_DATA_HOME.
    QVERIFY2(byName[QStringLiteral("app")][QStringLiteral("directory")].toString().startsWith(
                 qEnvironmentVariable("XDG_DATA_HOME")),
             qPrintable(byName[QStringLiteral("app")][QStringLiteral("directory")].toString()));
}

void TestDesktopApp::backUpSelectedNow_showsTheDumpRunningThenASuccessRow()
{
    const QString job = QStringLiteral("app");
    MainWindow* window = m_app->mainWindow();
    selectJob(job);
    auto* runningView = childNamed<RunningView>(window, "runningView");
    QVERIFY(runningView);
    QAction* backUp = action("backUpNowAction");
    QVERIFY(backUp->isEnabled());
    QVERIFY(windowHistory(job).isEmpty());
    selectJob(job);

    {
        // Held behind a table lock, the dump stays in the running view long enough to be seen there.
        TableLock lock(*m_cluster, QStringLiteral("app_prod"), QStringLiteral("items"), kBlockerApp);
        QTRY_VERIFY_WITH_TIMEOUT(lock.isHeld(), 10'000);
        backUp->trigger();
        const auto running = [runningView, job] {
            const QAbstractItemModel* model = runningView->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, RunningModel::JobColumn).data().toString() == job)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(running(), kRunTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(lock.waitingDumps() >= 1, 10'000);
        QVERIFY(running());
    }

    QTRY_VERIFY_WITH_TIMEOUT(!windowHistory(job).isEmpty() &&
                                 windowHistory(job).first().status == AttemptStatus::Success,
                             kRunTimeoutMs);
    const HistoryRecord record = windowHistory(job).first();
    QCOMPARE(record.trigger, Trigger::Manual);
    QVERIFY2(QFileInfo(record.path).isFile() && QFileInfo(record.path).size() > 0, qPrintable(record.path));
}

void TestDesktopApp::scheduledJob_backsUpByItselfAtEachSlot()
{
    // Nobody asks for shop: its first dump comes at the first check (never dumped), the next at the
    // next minute's slot.
    const QString job = QStringLiteral("shop");
    const auto scheduledSuccesses = [this, job] {
        int count = 0;
        const QList<HistoryRecord> records = windowHistory(job);
        for (const HistoryRecord& record : records) {
            if (record.status == AttemptStatus::Success && record.trigger == Trigger::Schedule)
                ++count;
        }
        return count;
    };
    QTRY_VERIFY_WITH_TIMEOUT(scheduledSuccesses() >= 1, kRunTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(scheduledSuccesses() >= 2, 75'000);
    const QList<HistoryRecord> records = windowHistory(job);
    for (const HistoryRecord& record : records)
        QCOMPARE(record.trigger, Trigger::Schedule);
    // The two fell in different minutes: one per slot, not one per check.
    QVERIFY(records.at(0).startedUtc.toSecsSinceEpoch() / 60 !=
            records.at(1).startedUtc.toSecsSinceEpoch() / 60);
}

void TestDesktopApp::larderHistory_listsTheAttemptsTheWindowShows()
{
    // Compared while no run writes: a scheduled shop dump could land between the two reads.
    m_app->service().setScheduling(false);
    const auto resume = qScopeGuard([this] { m_app->service().setScheduling(true); });
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->service().isRunning(), kRunTimeoutMs);
    for (const QString& job : {QStringLiteral("app"), QStringLiteral("shop")}) {
        const QList<HistoryRecord> shown = windowHistory(job);
        const QJsonArray listed = cliHistory(m_configPath, job);
        QVERIFY(!shown.isEmpty());
        QCOMPARE(listed.size(), shown.size());
        for (int i = 0; i < shown.size(); ++i) {
            const QJsonObject attempt = listed.at(i).toObject();
            QCOMPARE(attempt[QStringLiteral("id")].toInteger(), shown.at(i).id);
            QCOMPARE(attempt[QStringLiteral("job")].toString(), job);
            QCOMPARE(attempt[QStringLiteral("status")].toString(), attemptStatusName(shown.at(i).status));
            QCOMPARE(attempt[QStringLiteral("path")].toString(), shown.at(i).path);
        }
    }
}

void TestDesktopApp::passwordChangedOnTheServer_failedRowWithTheServersErrorAndANotification()
{
    const QString job = QStringLiteral("app");
    auto altered = m_cluster->execute(QStringLiteral("postgres"),
                                      QStringLiteral("ALTER ROLE backup PASSWORD 'changed-elsewhere'"));
    QVERIFY_RESULT(altered);
    QSignalSpy notified(m_app->notifier(), &Notifier::notificationRequested);
    const int before = windowHistory(job).size();

    selectJob(job);
    action("backUpNowAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(windowHistory(job).size() == before + 1 &&
                                 windowHistory(job).first().status == AttemptStatus::Failed,
                             kRunTimeoutMs);
    const HistoryRecord failed = windowHistory(job).first();
    QVERIFY2(failed.error.contains(QLatin1String("password authentication failed for user \"backup\"")),
             qPrintable(failed.error));
    // Clicking the notification should show the job's history with the failure selected.
    auto* detail = childNamed<QWidget>(m_app->mainWindow(), "historyDetail");
    auto* historyTable = childNamed<QTableView>(m_app->mainWindow(), "historyTable");
    Q_EMIT m_app->notifier()->activated(job);
    QTRY_VERIFY(detail->property("plainText")
                    .toString()
                    .contains(QLatin1String("password authentication failed for user \"backup\"")));
    QCOMPARE(historyTable->currentIndex().row(), 0);

    QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 10'000);
    bool appFailure = false;
    for (const QList<QVariant>& arguments : std::as_const(notified)) {
        if (arguments.at(2).toString() == job && arguments.at(3).toBool())
            appFailure = true;
    }
    QVERIFY(appFailure);

    // Health at a glance: the headline over the table names the failed job, the title counts it.
    auto* headline = childNamed<QLabel>(m_app->mainWindow(), "healthHeadline");
    QVERIFY(headline);
    QTRY_VERIFY2(!headline->isHidden() && headline->text().contains(QStringLiteral(" · app failed")),
                 qPrintable(headline->text()));
    QVERIFY2(headline->text().contains(QLatin1String(" backed up")), qPrintable(headline->text()));
    QTRY_VERIFY2(m_app->mainWindow()->windowTitle().startsWith(QStringLiteral("Larder — 1 failed")),
                 qPrintable(m_app->mainWindow()->windowTitle()));

    // The command line has the same failed attempt, with the same error.
    const QJsonArray listed = cliHistory(m_configPath, job);
    QVERIFY(!listed.isEmpty());
    QCOMPARE(listed.first()[QStringLiteral("id")].toInteger(), failed.id);
    QCOMPARE(listed.first()[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    QCOMPARE(listed.first()[QStringLiteral("error")].toString(), failed.error);
}

void TestDesktopApp::sigterm_larderGuiStopsTheRunningDumpRecordsItCancelledAndExits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString configPath = dir.filePath(QStringLiteral("larder.toml"));
    const QString dumpDir = dir.filePath(QStringLiteral("dumps"));
    {
        // The superuser over the cluster's private socket: no password involved.
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[defaults]\ndump_dir = \"%1\"\nhistory = \"%2\"\n\n"
                                  "[servers.local]\nhost = \"%3\"\nport = %4\nuser = \"%5\"\n\n"
                                  "[databases.held]\nserver = \"local\"\ndbname = \"held_prod\"\n"
                                  "schedule = \"always\"\n")
                       .arg(dumpDir, dir.filePath(QStringLiteral("history.sqlite")), m_cluster->socketDir())
                       .arg(m_cluster->port())
                       .arg(m_cluster->superuser())
                       .toUtf8());
    }

    TableLock lock(*m_cluster, QStringLiteral("held_prod"), QStringLiteral("items"), kBlockerApp);
    QTRY_VERIFY_WITH_TIMEOUT(lock.isHeld(), 10'000);

    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    gui.setProcessEnvironment(env);
    gui.setProcessChannelMode(QProcess::ForwardedChannels);
    gui.start(QStringLiteral(LARDER_GUI_EXECUTABLE), {QStringLiteral("--config"), configPath});
    QVERIFY(gui.waitForStarted(10'000));

    // Running: its pg_dump waits for the table, and history has the attempt open.
    QTRY_VERIFY_WITH_TIMEOUT(lock.waitingDumps() == 1, kRunTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(cliHistory(configPath, QStringLiteral("held")).size() == 1, 10'000);
    QCOMPARE(cliHistory(configPath, QStringLiteral("held")).first()[QStringLiteral("status")].toString(),
             QStringLiteral("running"));

    QElapsedTimer elapsed;
    elapsed.start();
    gui.terminate(); // SIGTERM
    const bool ended = gui.waitForFinished(15'000);
    if (!ended) {
        gui.kill();
        gui.waitForFinished(5'000);
    }
    QVERIFY2(ended, "larder-gui did not end after SIGTERM");
    QVERIFY2(elapsed.elapsed() < 6'000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit); // handled, not killed by the signal
    QCOMPARE(gui.exitCode(), 128 + 15);

    const QJsonArray attempts = cliHistory(configPath, QStringLiteral("held"));
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first()[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
    // No dump under a final name, and no partial file left behind.
    const QStringList left =
        QDir(dumpDir + QStringLiteral("/held")).entryList(QDir::Files | QDir::NoDotAndDotDot);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    QTRY_COMPARE_WITH_TIMEOUT(lock.waitingDumps(), 0, 10'000); // its pg_dump is gone too
}

void TestDesktopApp::closeWithoutTray_explainsOnceThenQuits()
{
    QString explanation;
    answerNextMessageBox(QMessageBox::Ok, &explanation);
    // The app leaves the event loop it runs in: here, this one.
    QEventLoop loop;
    QTimer::singleShot(0, m_app->mainWindow(), &QWidget::close);
    QTimer::singleShot(30'000, &loop, [&loop] { loop.exit(1); });
    QCOMPARE(loop.exec(), 0);
    QVERIFY2(explanation.contains(QLatin1String("no system tray")), qPrintable(explanation));
    QVERIFY(!m_app->mainWindow()->isVisible());
    QVERIFY(GuiSettings().closeQuitsExplained()); // said once: not again at the next start
}

int main(int argc, char* argv[])
{
    return GuiTestHelpers::execAsFirstStart<TestDesktopApp>(argc, argv);
}

#include "tst_desktopapp.moc"
