// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "CursesScreen.h"

#include "SpanLook.h"
#include "Terminfo.h"

#include <algorithm>
#include <array>

#include <cstdio>
#include <unistd.h>

// Last: curses.h defines macros with common names (erase, clear, refresh, …).
#include <curses.h>

namespace larder {

namespace {

// One colour pair per SpanLook colour, on the terminal's own background.
constexpr std::array kColours{SpanLook::Red, SpanLook::Green, SpanLook::Yellow, SpanLook::Cyan};

short pairOf(SpanLook::Colour colour)
{
    return short(std::find(kColours.cbegin(), kColours.cend(), colour) - kColours.cbegin() + 1);
}

} // namespace

CursesScreen::CursesScreen(bool colour)
{
    m_screen = newterm(nullptr, stdout, stdin);
    if (m_screen == nullptr)
        return;
    m_open = true;
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    nodelay(stdscr, TRUE);
    set_escdelay(25); // Esc alone, not the start of an arrow key, after 25 ms
    curs_set(0);
    m_colour = colour && has_colors();
    if (m_colour) {
        start_color();
        use_default_colors();
        for (const SpanLook::Colour colour : kColours)
            init_pair(pairOf(colour), short(colour), -1); // ANSI numbers are curses' COLOR_* values
    }
}

CursesScreen::~CursesScreen()
{
    if (m_open) {
        curs_set(1);
        endwin();
        delscreen(static_cast<SCREEN*>(m_screen));
    }
}

QSize CursesScreen::size() const
{
    return m_open ? QSize(COLS, LINES) : QSize();
}

void CursesScreen::draw(const ScreenFrame& frame)
{
    if (!m_open)
        return;
    werase(stdscr);
    int row = 0;
    for (const ScreenLine& line : frame.lines()) {
        if (row >= LINES)
            break;
        move(row++, 0);
        for (const ScreenSpan& span : line.spans()) {
            attrset(attributes(span.style));
            const QByteArray text = span.text.toUtf8();
            addnstr(text.constData(), int(text.size()));
        }
        attrset(A_NORMAL);
    }
    wnoutrefresh(stdscr);
    doupdate();
}

int CursesScreen::nextKey()
{
    if (!m_open)
        return -1;
    wint_t key = 0;
    const int kind = wget_wch(stdscr, &key);
    if (kind == ERR)
        return -1;
    if (kind == KEY_CODE_YES) {
        switch (key) {
        case KEY_UP:
            return Up;
        case KEY_DOWN:
            return Down;
        case KEY_PPAGE:
            return PageUp;
        case KEY_NPAGE:
            return PageDown;
        case KEY_HOME:
            return Home;
        case KEY_END:
            return End;
        case KEY_ENTER:
            return Enter;
        case KEY_BACKSPACE:
            return Backspace;
        default:
            return nextKey(); // resize and keys no view uses
        }
    }
    switch (key) {
    case '\r':
    case '\n':
        return Enter;
    case 27:
        return Escape;
    case 127:
    case 8:
        return Backspace;
    default:
        return int(key);
    }
}

void CursesScreen::resized()
{
    if (!m_open)
        return;
    const QSize now = Terminfo::windowSize(STDOUT_FILENO);
    if (!now.isEmpty())
        resizeterm(now.height(), now.width());
}

int CursesScreen::attributes(SpanStyle style) const
{
    const SpanLook look = SpanLook::of(style);
    const bool coloured = m_colour && look.colour != SpanLook::None;
    int attributes = A_NORMAL;
    if (look.bold || (look.boldWithoutColour && !coloured))
        attributes |= A_BOLD;
    if (look.dim)
        attributes |= A_DIM;
    if (look.reverse)
        attributes |= A_REVERSE;
    if (coloured)
        attributes |= int(COLOR_PAIR(pairOf(look.colour)));
    return attributes;
}

} // namespace larder
