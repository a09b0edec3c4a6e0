// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// A newcomer's first start of the desktop app (issue 18): over no config at all, the window shows the
// welcome page instead of an empty table; the server dialog adds a server, the page lists its
// databases, "every database" with the daily preset writes the config, and "Back Up Now" takes the
// first dumps of every database through discovery, after which the window shows its jobs. And what
// the page writes when a few databases are picked instead.

#include "BackupFixture.h"
#include "DesktopApp.h"
#include "FirstRunChoice.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "ServerDialog.h"
#include "WelcomePage.h"
#include "config/toml/ConfigDocument.h"
#include "config/toml/ConfigLoader.h"
#include "history/History.h"
#include "run/RunService.h"
#include "run/RunSummary.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace larder;
using namespace GuiTestHelpers;

namespace {

const QString kRole = QStringLiteral("newcomer");

// On the button's mark: a radio button stretched across the page takes clicks on its words only.
void clickRadio(QRadioButton* radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(radio->height() / 2, radio->height() / 2));
}

QListWidgetItem* listed(QListWidget* list, const QString& name)
{
    const QList<QListWidgetItem*> items = list->findItems(name, Qt::MatchExactly);
    return items.isEmpty() ? nullptr : items.first();
}

} // namespace

class TestWelcome final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pickedDatabases_becomeJobsOnTheServerWithThePresetInDefaults();
    void emptyConfig_welcomePageToTheFirstSuccessfulDumpsWithDiscovery();

private:
    std::unique_ptr<PgCluster> m_cluster;
    QTemporaryDir m_scratch;
};

void TestWelcome::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    BackupFixture::isolateFromPgEnvironment();
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    const QString password = QStringLiteral("welcome-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const QString items = BackupFixture::filledTableSql(QStringLiteral("items"), 2000);
    QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
        *m_cluster, kRole, password,
        {{QStringLiteral("app_prod"), items}, {QStringLiteral("shop_prod"), items}}));
    // No keychain here: the password comes from where libpq looks on its own.
    const QString pgpass = m_scratch.filePath(QStringLiteral("pgpass"));
    QVERIFY_RESULT(BackupFixture::writePassFile(pgpass, *m_cluster, kRole, password));
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
}

void TestWelcome::cleanupTestCase()
{
    qunsetenv("PGPASSFILE");
}

void TestWelcome::pickedDatabases_becomeJobsOnTheServerWithThePresetInDefaults()
{
    const QString path = m_scratch.filePath(QStringLiteral("picked.toml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[servers.main]\nhost = \"localhost\"\n\n[databases.shop]\nserver = \"main\"\ndbname = "
               "\"shop_v2\"\n");
    file.close();
    auto document = ConfigDocument::load(path);
    QVERIFY_RESULT(document);

    FirstRunChoice choice;
    choice.server = QStringLiteral("main");
    choice.everyDatabase = false;
    choice.databases = {QStringLiteral("app"), QStringLiteral("shop")};
    choice.preset = BackupPreset::all().at(1); // every 6 hours, keep_last 8, no monthly
    choice.apply(*document);

    QCOMPARE(document->value(QStringLiteral("databases.app"), QStringLiteral("server")).toString(),
             QStringLiteral("main"));
    // A section already there is the user's: left as it was.
    QCOMPARE(document->value(QStringLiteral("databases.shop"), QStringLiteral("dbname")).toString(),
             QStringLiteral("shop_v2"));
    QVERIFY(!document->value(QStringLiteral("servers.main"), QStringLiteral("databases")).isValid());
    QCOMPARE(document->value(QStringLiteral("defaults"), QStringLiteral("schedule")).toString(),
             QStringLiteral("every 6 hours"));
    QCOMPARE(document->value(QStringLiteral("defaults"), QStringLiteral("keep_last")).toInt(), 8);
    QVERIFY(!document->value(QStringLiteral("defaults"), QStringLiteral("keep_monthly")).isValid());

    // What it wrote is a config `larder run` accepts, every preset's schedule included.
    for (const BackupPreset& preset : BackupPreset::all()) {
        choice.preset = preset;
        choice.apply(*document);
        const ConfigLoader::LoadResult loaded = document->validate();
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().first().toString()));
        QCOMPARE(loaded->job(QStringLiteral("app"))->schedule.text(), preset.schedule);
        QCOMPARE(loaded->job(QStringLiteral("app"))->server.name, QStringLiteral("main"));
    }
}

void TestWelcome::emptyConfig_welcomePageToTheFirstSuccessfulDumpsWithDiscovery()
{
    const QString configPath = ConfigLoader::resolvePath(QString());
    QVERIFY(!QFileInfo::exists(configPath));
    DesktopApp app(configPath);
    app.start(false);
    MainWindow* window = app.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // No config: the welcome page, not an empty table.
    QVERIFY(window->isWelcomeShown());
    auto* page = window->findChild<WelcomePage*>(QStringLiteral("welcomePage"));
    QVERIFY(page);
    auto* backUp = childNamed<QPushButton>(page, "welcomeBackUpNow");
    QVERIFY(!backUp->isEnabled());
    QCOMPARE(childNamed<QLabel>(page, "welcomeHint")->text(), QStringLiteral("Add a server first."));
    auto* serverCombo = childNamed<QComboBox>(page, "welcomeServer");
    QVERIFY(serverCombo->isHidden()); // no empty box to choose from
    QVERIFY(!childNamed<QLabel>(page, "welcomeServerStatus")->isHidden());
    QVERIFY(!childNamed<QPushButton>(page, "welcomeListAgain")->isEnabled());

    // 1. The server dialog, as from the Config menu.
    bool serverAdded = false;
    answerNextModal([&](QDialog* dialog) {
        auto* server = qobject_cast<ServerDialog*>(dialog);
        QVERIFY(server);
        GuiTestHelpers::typeInto(childNamed<QLineEdit>(server, "nameEdit"), QStringLiteral("main"));
        GuiTestHelpers::typeInto(childNamed<QLineEdit>(server, "hostEdit"), m_cluster->host());
        childNamed<QSpinBox>(server, "portSpin")->setValue(m_cluster->port());
        GuiTestHelpers::typeInto(childNamed<QLineEdit>(server, "userEdit"), kRole);
        QPushButton* ok = okButton(server);
        serverAdded = ok->isEnabled();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(childNamed<QPushButton>(page, "welcomeAddServer"), Qt::LeftButton);
    QVERIFY(serverAdded);
    QVERIFY(QFileInfo::exists(configPath));
    // A server but nothing to back up yet: still the welcome page, now listing the server's databases.
    QVERIFY(window->isWelcomeShown());
    QVERIFY(!serverCombo->isHidden());
    QCOMPARE(serverCombo->currentData().toString(), QStringLiteral("main"));
    QVERIFY(childNamed<QLabel>(page, "welcomeServerStatus")->isHidden());
    auto* list = childNamed<QListWidget>(page, "welcomeDatabaseList");
    QTRY_VERIFY_WITH_TIMEOUT(
        listed(list, QStringLiteral("app_prod")) && listed(list, QStringLiteral("shop_prod")), 20000);
    QVERIFY2(childNamed<QLabel>(page, "welcomeListStatus")->text().contains(QLatin1String("on main today")),
             qPrintable(childNamed<QLabel>(page, "welcomeListStatus")->text()));
    QVERIFY(backUp->isEnabled()); // every database is the default choice

    // 2. "Only these" with none ticked cannot start; ticking one can.
    clickRadio(childNamed<QRadioButton>(page, "welcomePickDatabases"));
    QVERIFY(!backUp->isEnabled());
    QVERIFY(list->isEnabled());
    listed(list, QStringLiteral("app_prod"))->setCheckState(Qt::Checked);
    QVERIFY(backUp->isEnabled());
    QCOMPARE(page->choice().databases, QStringList{QStringLiteral("app_prod")});
    // Back to every database, with the first (daily) preset.
    clickRadio(childNamed<QRadioButton>(page, "welcomeEveryDatabase"));
    QVERIFY(!list->isEnabled());
    QCOMPARE(childNamed<QComboBox>(page, "welcomePreset")->currentIndex(), 0);

    // 3. Back Up Now: the config is written, the window shows the jobs, the first run dumps them.
    QSignalSpy finished(&app.service(), &RunService::runFinished);
    QTest::mouseClick(backUp, Qt::LeftButton);
    QTRY_VERIFY(!window->isWelcomeShown());
    QFile written(configPath);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    QVERIFY2(text.contains(QLatin1String("databases = \"all\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("schedule = \"daily at 02:30\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("keep_daily = 7")), qPrintable(text));

    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
    const auto summary = finished.first().at(0).value<RunSummary>();
    QCOMPARE(summary.failed(), 0);
    History* history = app.service().history();
    QVERIFY(history);
    for (const QString& job : {QStringLiteral("main.app_prod"), QStringLiteral("main.shop_prod")}) {
        const auto attempts = history->attempts(job, 1);
        QVERIFY_RESULT(attempts);
        QVERIFY2(attempts->size() == 1, qPrintable(job));
        QCOMPARE(attempts->first().status, AttemptStatus::Success);
        QVERIFY(QFileInfo(attempts->first().path).size() > 0);
        QVERIFY2(attempts->first().path.startsWith(ConfigLoader::defaultDumpDir()),
                 qPrintable(attempts->first().path));
    }
    QTRY_VERIFY(window->jobModel()->rowCount() >= 2);
}

int main(int argc, char* argv[])
{
    return GuiTestHelpers::execAsFirstStart<TestWelcome>(argc, argv);
}

#include "tst_welcome.moc"
