// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "ScreenFrame.h"

#include <QSize>

namespace larder {

// The whole terminal through ncurses, for full-screen views (`larder watch`): draws a ScreenFrame
// with its styles, reads keys without waiting, follows a new terminal size. The terminal is given
// back as it was (endwin) when this goes, whatever happened in between.
class CursesScreen final
{
    Q_DISABLE_COPY_MOVE(CursesScreen)

public:
    explicit CursesScreen(bool colour);
    ~CursesScreen();

    bool isOpen() const { return m_open; }
    QSize size() const;
    void draw(const ScreenFrame& frame);
    // The next key pressed, or -1 when none is waiting: characters as their code (UTF-8 decoded),
    // special keys as the Key values below.
    int nextKey();
    // The terminal was resized (SIGWINCH): take its new size from the kernel.
    void resized();

    enum Key { Up = 0x110000, Down, PageUp, PageDown, Home, End, Enter, Escape, Backspace };

private:
    int attributes(SpanStyle style) const;

    void* m_screen = nullptr; // SCREEN, kept out of this header (curses.h defines common names)
    bool m_open = false;
    bool m_colour = false;
};

} // namespace larder
