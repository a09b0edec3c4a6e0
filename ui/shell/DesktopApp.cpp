// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "DesktopApp.h"

#include "ConfigEditor.h"
#include "GuiSettings.h"
#include "HealthWatch.h"
#include "MainWindow.h"
#include "Notifier.h"
#include "SettingsDialog.h"
#include "ShellLog.h"
#include "SleepWatcher.h"
#include "StartupReport.h"
#include "TrayController.h"
#include "WelcomePage.h"
#include "engines/StandardEngines.h"
#include "run/RunService.h"

#include <QApplication>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace larder;

namespace {

// How long a quit waits for cancelled dumps to be recorded before leaving anyway.
constexpr int kShutDownGraceMs = 5000;

} // namespace

DesktopApp::DesktopApp(const QString& configPath, QObject* parent)
    : QObject(parent), m_settings(std::make_unique<GuiSettings>()), m_engine(StandardEngines::create()),
      m_service(std::make_unique<RunService>(configPath, m_engine)),
      m_window(std::make_unique<MainWindow>(*m_service))
{
    // For tests, which cannot wait a minute for a schedule check; not documented for users.
    bool intervalOk = false;
    const int checkInterval = qEnvironmentVariableIntValue("LARDER_GUI_CHECK_INTERVAL_MS", &intervalOk);
    if (intervalOk && checkInterval > 0)
        m_service->setCheckInterval(checkInterval);

    // Timers do not count time asleep: check at once after a resume instead of up to a minute later.
    m_sleepWatcher = new SleepWatcher(QDBusConnection::systemBus(), this);
    connect(m_sleepWatcher, &SleepWatcher::resumed, this, [this] {
        if (m_service->isScheduling())
            m_service->runDue();
    });

    m_editor = new ConfigEditor(*m_service, m_engine, m_window.get(), this);
    MainWindow* window = m_window.get();
    setUpWelcome();
    connect(window, &MainWindow::editServersRequested, m_editor, &ConfigEditor::editServers);
    connect(window, &MainWindow::addDatabaseRequested, m_editor, &ConfigEditor::addDatabase);
    connect(window, &MainWindow::editDatabaseRequested, m_editor, &ConfigEditor::editDatabase);
    connect(window, &MainWindow::removeDatabaseRequested, m_editor, &ConfigEditor::removeDatabase);
    connect(window, &MainWindow::editDefaultsRequested, m_editor, &ConfigEditor::editDefaults);
    connect(window, &MainWindow::settingsRequested, this, &DesktopApp::showSettings);
    // Queued: closeQuitsExplained may follow in the same close event and must be read first.
    connect(window, &MainWindow::quitRequested, this, &DesktopApp::quit, Qt::QueuedConnection);
    connect(window, &MainWindow::closeQuitsExplained, this, &DesktopApp::explainCloseQuits);

    // One judgement of health for the window's headline and title and the tray.
    m_health = new HealthWatch(*m_service, this);
    const auto showHealth = [this, window] {
        const QDateTime now = QDateTime::currentDateTime();
        window->setHealth(m_health->state().headline(now), m_health->state().summary(now));
        window->setNextDue(m_health->nextDueUtc());
    };
    connect(m_health, &HealthWatch::changed, window, showHealth);
    showHealth();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayController(*m_service, *m_health, *m_settings, this);
        connect(m_tray, &TrayController::openRequested, this, &DesktopApp::raise);
        connect(m_tray, &TrayController::quitRequested, this, &DesktopApp::quit);
        m_window->setKeepRunningInTray(true);
    } else {
        m_window->setKeepRunningInTray(false);
    }

    m_notifier = new Notifier(*m_settings, this);
    if (m_tray)
        m_notifier->setTrayIcon(m_tray->trayIcon());
    connect(m_service.get(), &RunService::jobChanged, m_notifier, &Notifier::jobChanged);
    connect(m_service.get(), &RunService::testRestoreFinished, m_notifier, &Notifier::testRestoreFinished);
    // Backups stop without any event: a job goes stale as time passes, so the plan is checked on a clock.
    connect(m_service.get(), &RunService::planSettled, m_notifier, &Notifier::planChecked);
    connect(&m_freshnessClock, &QTimer::timeout, m_notifier,
            [this] { m_notifier->planChecked(m_service->plan()); });
    m_freshnessClock.start(kFreshnessCheckMs);
    connect(m_notifier, &Notifier::activated, this, [this](const QString& job) {
        raise();
        if (!job.isEmpty())
            m_window->showJobHistory(job);
    });

    const QByteArray geometry = m_settings->windowGeometry();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    connect(qApp, &QCoreApplication::aboutToQuit, this,
            [this] { m_settings->setWindowGeometry(m_window->saveGeometry()); });
}

DesktopApp::~DesktopApp()
{
    // The window and the editor refer to the service: they go first.
    delete m_editor;
    m_editor = nullptr;
    m_window.reset();
}

void DesktopApp::setUpWelcome()
{
    auto* welcome = new WelcomePage(*m_service, m_engine);
    m_window->setWelcomePage(welcome);
    const auto follow = [this] { m_window->showWelcome(WelcomePage::isFirstRun(*m_service)); };
    connect(m_service.get(), &RunService::configReloaded, m_window.get(), follow);
    connect(m_service.get(), &RunService::configFailed, m_window.get(), follow);
    follow();
    connect(welcome, &WelcomePage::addServerRequested, m_editor, &ConfigEditor::addServer);
    connect(welcome, &WelcomePage::backUpRequested, this, [this](const FirstRunChoice& choice) {
        if (!m_editor->setUpFirstRun(choice))
            return;
        // Every job, discovered ones included: the run lists the server's databases first.
        if (const Result<void> started = m_service->runNow({}); !started)
            QMessageBox::warning(m_window.get(), tr("First backup"), started.error().message);
    });
}

void DesktopApp::start(bool minimized)
{
    StartupReport::watchFromEnvironment(*m_window); // LARDER_GUI_STARTUP_REPORT: bench/run's start time
    if (m_tray)
        m_tray->show();
    if (!minimized || !m_tray)
        m_window->show();
}

void DesktopApp::raise()
{
    m_window->show();
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopApp::showSettings()
{
    auto* dialog = new SettingsDialog(*m_settings, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DesktopApp::quit()
{
    if (m_explaining) {
        m_quitAfterExplaining = true;
        return;
    }
    shutDown(0);
}

void DesktopApp::shutDown(int exitCode)
{
    m_service->stop();
    if (!m_service->isRunning()) {
        QCoreApplication::exit(exitCode);
        return;
    }
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    qCInfo(lcShell) << "Quitting once the cancelled dumps have ended";
    // The coordinator records each cancelled dump and removes its partial file before runFinished.
    connect(m_service.get(), &RunService::runFinished, this,
            [exitCode] { QCoreApplication::exit(exitCode); });
    // A run of test-restores alone ends without runFinished: the lock is released right after the
    // cancelled one is recorded (its scratch database dropped), so look once that has happened.
    connect(
        m_service.get(), &RunService::testRestoreFinished, this,
        [this, exitCode] {
            if (!m_service->isRunning())
                QCoreApplication::exit(exitCode);
        },
        Qt::QueuedConnection);
    QTimer::singleShot(kShutDownGraceMs, this, [exitCode] { QCoreApplication::exit(exitCode); });
}

void DesktopApp::explainCloseQuits()
{
    if (m_settings->closeQuitsExplained())
        return;
    m_settings->setCloseQuitsExplained(true);
    m_explaining = true;
    // Modal on purpose: the app quits right after, and this is the only time it is said.
    QMessageBox::information(
        m_window.get(), tr("Larder quits when closed"),
        tr("This desktop has no system tray, so Larder cannot keep running in the background: closing "
           "the window quits it and scheduled backups stop until it is started again.\n\n"
           "On GNOME, the AppIndicator extension adds a tray. Backups from cron (larder run) are not "
           "affected."));
    m_explaining = false;
    if (m_quitAfterExplaining)
        quit();
}
