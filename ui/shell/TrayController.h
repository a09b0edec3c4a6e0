// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "TrayState.h"

#include <QObject>
#include <QTimer>

class QAction;
class QIcon;
class QMenu;
class QSystemTrayIcon;

namespace larder {

class GuiSettings;
class RunService;

// The tray icon: its state icon and tooltip (TrayState, fed from RunService) and its menu. The
// application decides what "open" and "quit" mean (openRequested, quitRequested).
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    TrayController(RunService& service, GuiSettings& settings, QObject* parent = nullptr);
    ~TrayController() override;

    void show();
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    QMenu* menu() const { return m_menu; }
    const TrayState& state() const { return m_state; }

    // The icon for a state, from the SVGs in the resource (monochrome: tinted to the panel's text
    // colour, and a mask on macOS).
    static QIcon stateIcon(TrayState::Icon icon, bool monochrome);

Q_SIGNALS:
    void openRequested();
    void quitRequested();

private:
    void refresh();
    // A job whose newest finished attempt failed is failing now, though it failed before this start;
    // and each job's latest success, for staleness.
    void readHealthFromHistory();
    void updatePauseAction();
    void backUpAll();

    RunService& m_service;
    GuiSettings& m_settings;
    TrayState m_state;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_pauseAction = nullptr;
    QTimer m_clock; // "next at" text and due-now changes without any event
    int m_shownIcon = -1;
    bool m_shownMonochrome = false;
};

} // namespace larder
