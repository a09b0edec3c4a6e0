// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "Terminfo.h"

#include "SpanLook.h"

#include <sys/ioctl.h>
#include <unistd.h>

// Last: term.h defines a macro for every capability name (lines, columns, ...).
#include <curses.h>
#include <term.h>

namespace larder {

namespace {

QByteArray* g_sink = nullptr;

extern "C" int collect(int character)
{
    g_sink->append(char(character));
    return character;
}

// The capability as the terminal must receive it: tputs expands padding ("$<5>") into nothing or
// pad characters, as the terminal needs.
QByteArray expanded(const char* capability)
{
    QByteArray bytes;
    if (capability == nullptr)
        return bytes;
    g_sink = &bytes;
    tputs(capability, 1, collect);
    g_sink = nullptr;
    return bytes;
}

QByteArray stringCapability(const char* name)
{
    const char* value = tigetstr(name);
    if (value == nullptr || value == reinterpret_cast<const char*>(-1))
        return QByteArray();
    return QByteArray(value);
}

QByteArray parametrised(const QByteArray& capability, int value)
{
    // tiparm, not tparm: its variable arguments are ints, as passed here.
    return expanded(tiparm(capability.constData(), value));
}

} // namespace

Result<Terminfo> Terminfo::load(int fd, const QByteArray& termName)
{
    const QByteArray name = termName.isEmpty() ? qgetenv("TERM") : termName;
    if (name.isEmpty())
        return tl::unexpected(Error{tr("TERM is not set")});
    int status = 0;
    // The one before stays current unless this one is fit for a live view; each is freed once it is
    // no longer current (the last one lives as long as the process: tiparm/tputs read it).
    TERMINAL* const previous = cur_term;
    const auto restorePrevious = [previous] {
        if (cur_term != previous) {
            del_curterm(cur_term);
            set_curterm(previous);
        }
    };
    if (setupterm(name.constData(), fd, &status) != OK) {
        restorePrevious();
        return tl::unexpected(Error{tr("the terminal type \"%1\" is not in the terminfo database")
                                        .arg(QString::fromLocal8Bit(name))});
    }
    Terminfo terminfo;
    terminfo.m_up = stringCapability("cuu");
    terminfo.m_up1 = stringCapability("cuu1");
    terminfo.m_carriageReturn = expanded(tigetstr("cr"));
    if (terminfo.m_carriageReturn.isEmpty())
        terminfo.m_carriageReturn = QByteArrayLiteral("\r");
    terminfo.m_eraseLine = expanded(tigetstr("el"));
    terminfo.m_hideCursor = expanded(tigetstr("civis"));
    terminfo.m_showCursor = expanded(tigetstr("cnorm"));
    terminfo.m_reset = expanded(tigetstr("sgr0"));
    terminfo.m_bold = expanded(tigetstr("bold"));
    terminfo.m_dim = expanded(tigetstr("dim"));
    terminfo.m_reverse = expanded(tigetstr("rev"));
    terminfo.m_foreground = stringCapability("setaf");
    terminfo.m_colours = tigetnum("colors");
    terminfo.m_wrapsLate = tigetflag("xenl") > 0;
    if ((terminfo.m_up.isEmpty() && terminfo.m_up1.isEmpty()) || terminfo.m_eraseLine.isEmpty()) {
        restorePrevious();
        return tl::unexpected(Error{tr("the terminal type \"%1\" cannot move the cursor up or erase a line")
                                        .arg(QString::fromLocal8Bit(name))});
    }
    if (previous != nullptr && previous != cur_term)
        del_curterm(previous);
    return terminfo;
}

QSize Terminfo::windowSize(int fd)
{
    winsize size = {};
    if (::ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0 || size.ws_row == 0)
        return QSize();
    return QSize(size.ws_col, size.ws_row);
}

QByteArray Terminfo::up(int count) const
{
    if (count <= 0)
        return QByteArray();
    if (!m_up.isEmpty())
        return parametrised(m_up, count);
    return expanded(m_up1.constData()).repeated(count);
}

QByteArray Terminfo::foreground(int colour) const
{
    return hasColour() ? parametrised(m_foreground, colour) : QByteArray();
}

QByteArray Terminfo::style(SpanStyle style, bool colour) const
{
    const SpanLook look = SpanLook::of(style);
    const bool coloured = colour && hasColour() && look.colour != SpanLook::None;
    QByteArray bytes;
    if (look.bold || (look.boldWithoutColour && !coloured))
        bytes += m_bold;
    if (look.dim)
        bytes += m_dim;
    if (look.reverse)
        bytes += m_reverse;
    if (coloured)
        bytes += foreground(look.colour);
    return bytes;
}

} // namespace larder
