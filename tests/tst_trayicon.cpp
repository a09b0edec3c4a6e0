// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "DesktopApp.h"
#include "FailingJobConfig.h"
#include "GuiSettings.h"
#include "HealthWatch.h"
#include "MainWindow.h"
#include "ResultAssert.h"
#include "TrayController.h"
#include "history/History.h"
#include "postgres/PostgresEngine.h"
#include "run/RunService.h"

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

namespace {

bool recordSuccess(History& history, const QString& job, const QDateTime& startedUtc,
                   const QString& warning = {})
{
    HistoryRecord record;
    record.job = job;
    record.server = QStringLiteral("default");
    record.database = job;
    record.startedUtc = startedUtc;
    const auto id = history.beginAttempt(record);
    if (!id)
        return false;
    record.id = *id;
    record.status = AttemptStatus::Success;
    record.finishedUtc = startedUtc.addSecs(10);
    record.bytes = 1024;
    record.warning = warning;
    return history.finishAttempt(record).has_value();
}

} // namespace

// The tray icon on a real X server with a real XEmbed tray (tests/with-xvfb-tray.sh: Xvfb + trayer).
class TestTrayIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void trayIcon_isEmbeddedInTheTray();
    void menu_hasTheFiveActions();
    void pause_togglesScheduling();
    void pauseForAnHour_saysUntilWhenAndOffersResume();
    void openAndActivate_requestOpen();
    void backUpAll_failingJob_showsFailed();
    void desktopApp_openingTheWindowWhileAJobFails_keepsTheFailedIcon();
    void newTray_showsTheFailureOfAnEarlierRun();
    void newTray_showsAJobStaleWhoseLastDumpIsOld();
    void newTray_namesAJobWhoseNewestDumpHadAWarning();
    void stateIcons_existInColourAndMonochrome();

private:
    int embeddedIconCount(QString* tree) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GuiSettings> m_settings;
    std::unique_ptr<RunService> m_service;
    std::unique_ptr<HealthWatch> m_health;
    std::unique_ptr<TrayController> m_tray;
};

void TestTrayIcon::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs an X server with a tray: run through tests/with-xvfb-tray.sh");
    // trayer takes the _NET_SYSTEM_TRAY_S0 selection shortly after it maps its panel.
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
}

void TestTrayIcon::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // One job that is never due, on a server where nothing listens: runs only on request, and fails.
    const QString config = FailingJobConfig::write(m_dir->path());
    QVERIFY(!config.isEmpty());

    m_settings = std::make_unique<GuiSettings>();
    m_settings->setMonochromeTray(false);
    m_service = std::make_unique<RunService>(config, std::make_unique<PostgresEngine>(),
                                             [](const ServerConfig&) { return std::optional<QString>(); });
    QVERIFY2(m_service->hasConfig(),
             qPrintable(m_service->configIssues().isEmpty() ? QString()
                                                            : m_service->configIssues().first().message));
    m_health = std::make_unique<HealthWatch>(*m_service);
    m_tray = std::make_unique<TrayController>(*m_service, *m_health, *m_settings);
}

void TestTrayIcon::cleanup()
{
    m_tray.reset();
    m_health.reset();
    m_service.reset();
    m_settings.reset();
    m_dir.reset();
}

int TestTrayIcon::embeddedIconCount(QString* tree) const
{
    // trayer's "panel" window holds its tray; an embedded icon is reparented somewhere below it.
    // -1: xwininfo did not run.
    QProcess xwininfo;
    xwininfo.start(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")});
    if (!xwininfo.waitForFinished(5000))
        return -1;
    *tree = QString::fromLocal8Bit(xwininfo.readAllStandardOutput());
    int panelIndent = -1;
    int count = 0;
    for (const QString& line : tree->split(QLatin1Char('\n'))) {
        const qsizetype indent = line.size() - line.trimmed().size();
        if (!line.trimmed().startsWith(QLatin1String("0x")))
            continue;
        if (panelIndent < 0) {
            if (line.contains(QLatin1String("\"panel\"")))
                panelIndent = int(indent);
        } else if (indent > panelIndent) {
            // Qt names the icon's window after the application.
            if (line.contains(QLatin1Char('"') + QCoreApplication::applicationName() + QLatin1Char('"')))
                ++count;
        } else {
            break;
        }
    }
    return count;
}

void TestTrayIcon::trayIcon_isEmbeddedInTheTray()
{
    QSystemTrayIcon* icon = m_tray->trayIcon();
    QVERIFY(!icon->isVisible());
    QString tree;
    QCOMPARE(embeddedIconCount(&tree), 0);
    m_tray->show();
    QVERIFY(icon->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!icon->geometry().isEmpty(), 10000);
    QVERIFY2(icon->geometry().width() <= 64, qPrintable(QString::number(icon->geometry().width())));
    QVERIFY(!icon->icon().isNull());
    // The tray took it in: our icon's window now lives inside trayer's panel.
    QTRY_VERIFY2_WITH_TIMEOUT(embeddedIconCount(&tree) == 1, qPrintable(tree), 10000);
    QVERIFY2(icon->toolTip().startsWith(QLatin1String("Larder")), qPrintable(icon->toolTip()));
}

void TestTrayIcon::menu_hasTheFiveActions()
{
    QStringList names;
    for (QAction* action : m_tray->menu()->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QCOMPARE(names, (QStringList{"openAction", "backUpAllAction", "runDueAction", "pauseAction",
                                 "pauseHourAction", "pauseTomorrowAction", "quitAction"}));
    QCOMPARE(m_tray->trayIcon()->contextMenu(), m_tray->menu());

    QSignalSpy quit(m_tray.get(), &TrayController::quitRequested);
    for (QAction* action : m_tray->menu()->actions()) {
        if (action->objectName() == QLatin1String("quitAction"))
            action->trigger();
    }
    QCOMPARE(quit.count(), 1);
}

void TestTrayIcon::pause_togglesScheduling()
{
    QAction* pause = nullptr;
    for (QAction* action : m_tray->menu()->actions()) {
        if (action->objectName() == QLatin1String("pauseAction"))
            pause = action;
    }
    QVERIFY(pause);
    QVERIFY(m_service->isScheduling());
    const QString pauseText = pause->text();
    // The Jobs menu's wording (MainWindow's pauseSchedulingAction), not a second one (issue 11, #19).
    QCOMPARE(pauseText, QStringLiteral("&Pause Scheduling"));

    pause->trigger();
    QVERIFY(!m_service->isScheduling());
    QCOMPARE(pause->text(), QStringLiteral("&Resume Scheduling"));
    QCOMPARE(m_tray->state().icon(), TrayState::Icon::Paused);
    QVERIFY2(m_tray->trayIcon()->toolTip().endsWith(QLatin1String("Schedules paused")),
             qPrintable(m_tray->trayIcon()->toolTip()));

    pause->trigger();
    QVERIFY(m_service->isScheduling());
    QCOMPARE(pause->text(), pauseText);
    QCOMPARE(m_tray->state().icon(), TrayState::Icon::Idle);
}

// "Pause for 1 hour": scheduling stops, the tooltip says until when, only Resume is offered; "until
// tomorrow" means the next local midnight.
void TestTrayIcon::pauseForAnHour_saysUntilWhenAndOffersResume()
{
    QAction* hour = nullptr;
    QAction* tomorrow = nullptr;
    QAction* pause = nullptr;
    for (QAction* action : m_tray->menu()->actions()) {
        if (action->objectName() == QLatin1String("pauseHourAction"))
            hour = action;
        else if (action->objectName() == QLatin1String("pauseTomorrowAction"))
            tomorrow = action;
        else if (action->objectName() == QLatin1String("pauseAction"))
            pause = action;
    }
    QVERIFY(hour && tomorrow && pause);
    QVERIFY(hour->isVisible() && tomorrow->isVisible());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    hour->trigger();
    QVERIFY(!m_service->isScheduling());
    const qint64 seconds = before.secsTo(m_service->resumesAtUtc());
    QVERIFY2(seconds >= 3599 && seconds <= 3605, qPrintable(QString::number(seconds)));
    QVERIFY(!hour->isVisible() && !tomorrow->isVisible());
    QCOMPARE(pause->text(), QStringLiteral("&Resume Scheduling"));
    const QString until = TrayState::timeText(m_service->resumesAtUtc(), QDateTime::currentDateTimeUtc());
    QVERIFY2(m_tray->trayIcon()->toolTip().endsWith(QStringLiteral("Schedules paused until %1").arg(until)),
             qPrintable(m_tray->trayIcon()->toolTip()));
    pause->trigger();
    QVERIFY(m_service->isScheduling());
    QVERIFY(!m_service->resumesAtUtc().isValid());
    QVERIFY(hour->isVisible());

    const QDateTime evening(QDate(2026, 12, 7), QTime(21, 30), Qt::LocalTime);
    QCOMPARE(TrayController::tomorrowUtc(evening),
             QDateTime(QDate(2026, 12, 8), QTime(0, 0), Qt::LocalTime).toUTC());
}

void TestTrayIcon::openAndActivate_requestOpen()
{
    QSignalSpy open(m_tray.get(), &TrayController::openRequested);
    for (QAction* action : m_tray->menu()->actions()) {
        if (action->objectName() == QLatin1String("openAction"))
            action->trigger();
    }
    QCOMPARE(open.count(), 1);
    Q_EMIT m_tray->trayIcon()->activated(QSystemTrayIcon::Trigger);
    QCOMPARE(open.count(), 2);
    Q_EMIT m_tray->trayIcon()->activated(QSystemTrayIcon::Context); // opens the menu, not the window
    QCOMPARE(open.count(), 2);
}

void TestTrayIcon::backUpAll_failingJob_showsFailed()
{
    QSignalSpy finished(m_service.get(), &RunService::runFinished);
    for (QAction* action : m_tray->menu()->actions()) {
        if (action->objectName() == QLatin1String("backUpAllAction"))
            action->trigger();
    }
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QCOMPARE(m_tray->state().failedJobs(), QStringList{QStringLiteral("app")});
    QCOMPARE(m_tray->state().icon(), TrayState::Icon::Failed);
    QVERIFY2(m_tray->trayIcon()->toolTip().contains(QLatin1String("app")),
             qPrintable(m_tray->trayIcon()->toolTip()));
}

void TestTrayIcon::desktopApp_openingTheWindowWhileAJobFails_keepsTheFailedIcon()
{
    // The tray shows health, not unread events: having looked does not make the job work.
    DesktopApp app(m_service->configPath());
    QVERIFY(app.tray());
    app.start(true);
    QSignalSpy finished(&app.service(), &RunService::runFinished);
    QVERIFY_RESULT(app.service().runNow({}));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QCOMPARE(app.tray()->state().icon(), TrayState::Icon::Failed);

    Q_EMIT app.tray()->openRequested();
    QVERIFY(app.mainWindow()->isVisible());
    QCOMPARE(app.tray()->state().icon(), TrayState::Icon::Failed);
    QCOMPARE(app.tray()->state().failedJobs(), QStringList{QStringLiteral("app")});
}

void TestTrayIcon::newTray_showsTheFailureOfAnEarlierRun()
{
    // A restart of the app does not make a failing job healthy: the history says it fails.
    QSignalSpy finished(m_service.get(), &RunService::runFinished);
    QVERIFY_RESULT(m_service->runNow({}));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    RunService restarted(m_service->configPath(), std::make_unique<PostgresEngine>(),
                         [](const ServerConfig&) { return std::optional<QString>(); });
    HealthWatch health(restarted);
    TrayController tray(restarted, health, *m_settings);
    QCOMPARE(tray.state().icon(), TrayState::Icon::Failed);
    QCOMPARE(tray.state().failedJobs(), QStringList{QStringLiteral("app")});
}

void TestTrayIcon::newTray_showsAJobStaleWhoseLastDumpIsOld()
{
    // An hourly job whose last success, in the history, started four hours ago: past Freshness's
    // default limit of two periods and an hour.
    const QString config = m_dir->filePath(QStringLiteral("stale.toml"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[defaults]\n"
                              "dump_dir = \"%1/dumps\"\n"
                              "history = \"%1/stale.sqlite\"\n"
                              "host = \"127.0.0.1\"\n"
                              "port = 1\n"
                              "user = \"nobody\"\n"
                              "[databases.app]\n"
                              "schedule = \"hourly\"\n")
                   .arg(m_dir->path())
                   .toUtf8());
    file.close();
    {
        auto history = History::open(m_dir->filePath(QStringLiteral("stale.sqlite")));
        QVERIFY_RESULT(history);
        QVERIFY(recordSuccess(**history, QStringLiteral("app"),
                              QDateTime::currentDateTimeUtc().addSecs(-4 * 3600)));
    }
    RunService service(config, std::make_unique<PostgresEngine>(),
                       [](const ServerConfig&) { return std::optional<QString>(); });
    service.setScheduling(false); // no dump while the test looks
    HealthWatch health(service);
    TrayController tray(service, health, *m_settings);
    QCOMPARE(tray.state().staleJobs(), QStringList{QStringLiteral("app")});
    QCOMPARE(tray.state().icon(), TrayState::Icon::Stale);
    QVERIFY2(tray.trayIcon()->toolTip().contains(QLatin1String("Stale: app (last dump 4 hour(s) ago)")),
             qPrintable(tray.trayIcon()->toolTip()));
}

void TestTrayIcon::newTray_namesAJobWhoseNewestDumpHadAWarning()
{
    // The newest attempt in the history succeeded with a warning (a suspiciously small dump).
    const QString config = m_dir->filePath(QStringLiteral("warned.toml"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[defaults]\n"
                              "dump_dir = \"%1/dumps\"\n"
                              "history = \"%1/warned.sqlite\"\n"
                              "host = \"127.0.0.1\"\n"
                              "port = 1\n"
                              "user = \"nobody\"\n"
                              "[databases.app]\n"
                              "schedule = \"daily\"\n")
                   .arg(m_dir->path())
                   .toUtf8());
    file.close();
    {
        auto history = History::open(m_dir->filePath(QStringLiteral("warned.sqlite")));
        QVERIFY_RESULT(history);
        QVERIFY(recordSuccess(**history, QStringLiteral("app"), QDateTime::currentDateTimeUtc().addSecs(-60),
                              QStringLiteral("dump is 4 % of the median of the last 5")));
    }
    RunService service(config, std::make_unique<PostgresEngine>(),
                       [](const ServerConfig&) { return std::optional<QString>(); });
    service.setScheduling(false); // no dump while the test looks
    HealthWatch health(service);
    TrayController tray(service, health, *m_settings);
    QCOMPARE(tray.state().warnedJobs(), QStringList{QStringLiteral("app")});
    // A warning is no failure: the icon says paused (scheduling is off here), as without it.
    QCOMPARE(tray.state().icon(), TrayState::Icon::Paused);
    QVERIFY2(tray.trayIcon()->toolTip().contains(QLatin1String("Last run: app with a warning")),
             qPrintable(tray.trayIcon()->toolTip()));
}

void TestTrayIcon::stateIcons_existInColourAndMonochrome()
{
    for (auto state : {TrayState::Icon::Idle, TrayState::Icon::Running, TrayState::Icon::Failed,
                       TrayState::Icon::Paused, TrayState::Icon::Stale}) {
        for (bool monochrome : {false, true}) {
            const QImage image = TrayController::stateIcon(state, monochrome).pixmap(22).toImage();
            QVERIFY(!image.isNull());
            QSet<QRgb> colours;
            int opaque = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    if (pixel.alpha() == 255) {
                        ++opaque;
                        colours.insert(pixel.rgb());
                    }
                }
            }
            QVERIFY2(opaque > 40, qPrintable(TrayState::iconName(state))); // something was drawn
            if (monochrome)
                QCOMPARE(colours.size(), 1);
            else
                QVERIFY(colours.size() > 2);
        }
    }
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
