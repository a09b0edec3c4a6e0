// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "InlineRegion.h"
#include "ScreenFrame.h"
#include "Terminfo.h"

#include <QByteArray>
#include <QObject>
#include <QSize>
#include <QTimer>

#include <functional>
#include <mutex>

namespace larder {

class LiveRun;

// `larder run` on a terminal: the run's RunScreen at the bottom of the screen, redrawn a few times a
// second, while the usual log lines scroll above it (so they stay in the scrollback); at the end the
// run's summary in its place and the cursor back. Output of the process's own (log lines, Qt
// messages) goes through around(), which moves the region out of its way.
class LiveRegionView final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveRegionView)

public:
    using Write = std::function<void(const QByteArray&)>;
    static constexpr int kRedrawMs = 250;

    // fd: the terminal, for its size; write: what puts bytes on it, flushed.
    LiveRegionView(const LiveRun& run, Terminfo terminfo, int fd, bool colour, Write write,
                   QObject* parent = nullptr);
    // Unless finish() ran: removes the region and shows the cursor, so the terminal stays usable.
    ~LiveRegionView() override;

    // Hides the cursor, draws, redraws every kRedrawMs; routes Qt's messages through around().
    void start();
    // Runs print, which writes lines of its own to the terminal, above the region. Any thread.
    void around(const std::function<void()>& print);
    // The terminal changed its size (SIGWINCH): redraw for the new one now.
    void resized();
    // Draws the last frame (the summary, once the run is over) to stay, and shows the cursor.
    void finish();

private:
    void redraw();
    ScreenFrame frame(QSize size) const;
    QSize size() const;
    void restoreTerminal();

    const LiveRun& m_run;
    Terminfo m_terminfo;
    int m_fd;
    bool m_colour;
    Write m_write;
    InlineRegion m_region;
    QTimer m_timer;
    std::recursive_mutex m_mutex; // Qt messages may come from a worker thread
    ScreenFrame m_shown;
    int m_width = 0;
    int m_spinner = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace larder
