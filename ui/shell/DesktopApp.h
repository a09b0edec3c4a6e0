// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace larder {

class ConfigEditor;
class DatabaseEngine;
class GuiSettings;
class MainWindow;
class Notifier;
class RunService;
class SleepWatcher;
class HealthWatch;
class TrayController;

// The desktop application put together, so that main() stays thin: the database engine, the run
// service over the config file, the main window and its editing dialogs, the tray (where the desktop
// has one), notifications and settings.
class DesktopApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApp)

public:
    explicit DesktopApp(const QString& configPath, QObject* parent = nullptr);
    ~DesktopApp() override;

    // minimized: start in the tray only (the window is shown anyway when there is no tray).
    void start(bool minimized);
    // Shows and raises the window (a second launch, the tray, a notification).
    void raise();
    void showSettings();
    // Stops the running dumps (recorded as cancelled, partial files removed), waits for them to end
    // (a few seconds at most), then leaves the event loop with exitCode. For SIGTERM/SIGINT and Quit.
    void shutDown(int exitCode = 0);

    MainWindow* mainWindow() const { return m_window.get(); }
    TrayController* tray() const { return m_tray; }
    // For tests.
    RunService& service() const { return *m_service; }
    Notifier* notifier() const { return m_notifier; }

private:
    // The first run's page in the window while the config has nothing to back up.
    void setUpWelcome();
    void quit();
    void explainCloseQuits();

    std::unique_ptr<GuiSettings> m_settings;
    // Shared with the connection tests' worker threads, which may outlive their dialog.
    std::shared_ptr<DatabaseEngine> m_engine;
    std::unique_ptr<RunService> m_service;
    std::unique_ptr<MainWindow> m_window;
    ConfigEditor* m_editor = nullptr;
    HealthWatch* m_health = nullptr;
    TrayController* m_tray = nullptr;
    Notifier* m_notifier = nullptr;
    SleepWatcher* m_sleepWatcher = nullptr;
    // How often the plan is checked for jobs gone stale: a minute is well below any max_age.
    static constexpr int kFreshnessCheckMs = 60 * 1000;
    QTimer m_freshnessClock;
    bool m_shuttingDown = false;
    bool m_explaining = false;
    bool m_quitAfterExplaining = false;
};

} // namespace larder
