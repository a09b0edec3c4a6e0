// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace larder {

// How long the desktop app took to draw its window, for bench/run and for anyone who wonders: with
// LARDER_GUI_STARTUP_REPORT=FILE set, the main window's first paint writes to FILE
//   first_paint_ms=412          (since the process started: exec, libraries and all; Linux)
//   first_paint_epoch_ms=...    (the wall clock then, for a caller that timed the start itself)
//   vm_hwm_kib=... vm_rss_kib=... (peak and current resident memory then; Linux)
// and with LARDER_GUI_STARTUP_REPORT_QUIT=1 also quits. Unset, nothing is installed: a normal start
// pays for one environment lookup.
class StartupReport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupReport)

public:
    // Watches window (and is owned by it) when the environment asks for a report.
    static void watchFromEnvironment(QWidget& window);

    StartupReport(QWidget& window, QString path, bool quit);
    ~StartupReport() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void write();

    QWidget& m_window;
    QString m_path;
    bool m_quit = false;
    bool m_painted = false;
};

} // namespace larder
