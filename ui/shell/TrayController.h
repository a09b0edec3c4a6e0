// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "TrayState.h"

#include <QDateTime>
#include <QObject>

class QAction;
class QIcon;
class QMenu;
class QSystemTrayIcon;

namespace larder {

class GuiSettings;
class HealthWatch;
class RunService;

// The tray icon: its state icon and tooltip (HealthWatch's TrayState) and its menu. The
// application decides what "open" and "quit" mean (openRequested, quitRequested).
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    TrayController(RunService& service, HealthWatch& health, GuiSettings& settings,
                   QObject* parent = nullptr);
    ~TrayController() override;

    void show();
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    QMenu* menu() const { return m_menu; }
    const TrayState& state() const;

    // The icon for a state, from the SVGs in the resource (monochrome: tinted to the panel's text
    // colour, and a mask on macOS).
    static QIcon stateIcon(TrayState::Icon icon, bool monochrome);
    // "Pause Until Tomorrow" ends at the next local midnight.
    static QDateTime tomorrowUtc(const QDateTime& now);

Q_SIGNALS:
    void openRequested();
    void quitRequested();

private:
    void refresh();
    void updatePauseAction();
    void backUpAll();

    RunService& m_service;
    HealthWatch& m_health;
    GuiSettings& m_settings;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_pauseHourAction = nullptr;
    QAction* m_pauseTomorrowAction = nullptr;
    int m_shownIcon = -1;
    bool m_shownMonochrome = false;
};

} // namespace larder
