#include "CursesScreen.h"

#include "Terminfo.h"

#include <cstdio>
#include <unistd.h>

// Last: curses.h defines macros with common names (erase, clear, refresh, …).
#include <curses.h>

namespace larder {

namespace {

enum Pair : short { GoodPair = 1, BadPair, WarningPair, BarPair };

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
        init_pair(GoodPair, COLOR_GREEN, -1);
        init_pair(BadPair, COLOR_RED, -1);
        init_pair(WarningPair, COLOR_YELLOW, -1);
        init_pair(BarPair, COLOR_CYAN, -1);
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
    const auto pair = [&](Pair number) { return m_colour ? int(COLOR_PAIR(number)) : 0; };
    switch (style) {
    case SpanStyle::Normal:
        return A_NORMAL;
    case SpanStyle::Bold:
        return A_BOLD;
    case SpanStyle::Dim:
    case SpanStyle::BarEmpty:
        return A_DIM;
    case SpanStyle::Good:
        return pair(GoodPair);
    case SpanStyle::Bad:
        return A_BOLD | pair(BadPair);
    case SpanStyle::Warning:
        return m_colour ? pair(WarningPair) : int(A_BOLD);
    case SpanStyle::BarFilled:
        return pair(BarPair);
    case SpanStyle::Selected:
        return A_REVERSE;
    }
    return A_NORMAL;
}

} // namespace larder
