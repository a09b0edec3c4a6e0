// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "LiveRegionView.h"

#include "RunScreen.h"
#include "live/LiveRun.h"

namespace larder {

namespace {

// The view that Qt's messages go around while it is on screen; one at a time.
LiveRegionView* g_view = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void aroundView(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const auto print = [&] {
        if (g_previousHandler)
            g_previousHandler(type, context, message);
    };
    if (g_view)
        g_view->around(print);
    else
        print();
}

const QSize kFallbackSize(80, 24);

} // namespace

LiveRegionView::LiveRegionView(const LiveRun& run, Terminfo terminfo, int fd, bool colour, Write write,
                               QObject* parent)
    : QObject(parent), m_run(run), m_terminfo(std::move(terminfo)), m_fd(fd), m_colour(colour),
      m_write(std::move(write)), m_region(m_terminfo, colour)
{
    m_timer.setInterval(kRedrawMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveRegionView::redraw);
}

LiveRegionView::~LiveRegionView()
{
    if (m_started && !m_finished) {
        const std::lock_guard lock(m_mutex);
        m_write(m_region.erase(m_width));
        restoreTerminal();
    }
}

void LiveRegionView::start()
{
    m_started = true;
    g_view = this;
    g_previousHandler = qInstallMessageHandler(aroundView);
    m_write(m_terminfo.hideCursor());
    redraw();
    m_timer.start();
}

void LiveRegionView::around(const std::function<void()>& print)
{
    const std::lock_guard lock(m_mutex);
    if (!m_started || m_finished) {
        print();
        return;
    }
    m_write(m_region.erase(m_width));
    print();
    m_write(m_region.draw(m_shown, m_width));
}

void LiveRegionView::resized()
{
    if (m_started && !m_finished)
        redraw();
}

void LiveRegionView::finish()
{
    if (!m_started || m_finished)
        return;
    m_timer.stop();
    const std::lock_guard lock(m_mutex);
    const QSize now = size();
    // A run that dumped nothing (nothing due, or it ended before its dumps) leaves no summary: its
    // log lines say it all.
    if (m_run.state().finished.isEmpty())
        m_write(m_region.erase(now.width()));
    else
        m_write(m_region.leave(frame(now), now.width()));
    m_finished = true;
    restoreTerminal();
}

void LiveRegionView::redraw()
{
    const std::lock_guard lock(m_mutex);
    const QSize now = size();
    const ScreenFrame next = frame(now);
    ++m_spinner;
    if (next == m_shown && now.width() == m_width)
        return;
    // Erased as the old lines sit on the terminal now: rewrapped, if it narrowed.
    QByteArray bytes = m_region.erase(now.width());
    m_width = now.width();
    m_shown = next;
    bytes += m_region.draw(m_shown, m_width);
    m_write(bytes);
}

ScreenFrame LiveRegionView::frame(QSize size) const
{
    RunScreen::Options options;
    options.colour = m_colour;
    options.nowMs = LiveRun::monotonicMs();
    options.spinnerPhase = m_spinner;
    // Two lines stay above the region: the newest log line, and room for the cursor to move up.
    return RunScreen::render(m_run.state(), QSize(size.width(), qMax(1, size.height() - 2)), options);
}

QSize LiveRegionView::size() const
{
    const QSize size = Terminfo::windowSize(m_fd);
    return size.isEmpty() ? kFallbackSize : size;
}

void LiveRegionView::restoreTerminal()
{
    if (g_view == this) {
        qInstallMessageHandler(g_previousHandler);
        g_view = nullptr;
        g_previousHandler = nullptr;
    }
    m_write(m_terminfo.resetAttributes() + m_terminfo.showCursor());
}

} // namespace larder
