// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "ScreenFrame.h"

#include <QByteArray>
#include <QList>

namespace larder {

class Terminfo;

// The bytes that keep a frame at the bottom of a terminal while other output scrolls above it: each
// draw erases what the last one drew and draws the new frame below the cursor, leaving the cursor on
// the line under it. Keeps no terminal: callers write the bytes (and their own lines between
// erase() and the next draw()).
class InlineRegion final
{
public:
    explicit InlineRegion(const Terminfo& terminfo, bool colour);

    // Replaces the region with frame; width: the terminal's columns now.
    QByteArray draw(const ScreenFrame& frame, int width);
    // Removes the region; the cursor at the start of its first line, where other output can go.
    QByteArray erase(int width);
    // Draws frame as the last one: it stays, and the next draw starts below it.
    QByteArray leave(const ScreenFrame& frame, int width);

    // Lines the region takes on a terminal `width` columns wide: a terminal that rewraps its lines
    // on resize (tmux, VTE) makes a line wider than the new width take several.
    int rows(int width) const;

private:
    QByteArray line(const ScreenLine& line) const;

    const Terminfo& m_terminfo;
    bool m_colour;
    QList<int> m_drawnColumns; // of each line now on screen
};

} // namespace larder
