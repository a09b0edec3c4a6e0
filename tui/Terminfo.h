// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "ScreenSpan.h"
#include "base/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>

namespace larder {

// What a terminal needs to be sent to move the cursor, erase and style text, from the terminfo
// database (ncurses), not from hand-written escape tables. Enough for an inline region: the lines at
// the bottom of the screen that a live view redraws while log lines scroll above them.
class Terminfo final
{
    Q_DECLARE_TR_FUNCTIONS(larder::Terminfo)

public:
    // The terminal on fd, as termName (default: $TERM) describes it. An error when the name is unknown
    // to terminfo or the terminal cannot move the cursor up and erase a line: then no live view.
    static Result<Terminfo> load(int fd, const QByteArray& termName = QByteArray());
    // Columns × lines of the terminal on fd (TIOCGWINSZ); an empty size when fd is no terminal.
    static QSize windowSize(int fd);

    QByteArray up(int lines) const;
    QByteArray carriageReturn() const { return m_carriageReturn; }
    QByteArray eraseLine() const { return m_eraseLine; } // from the cursor to the end of its line
    QByteArray hideCursor() const { return m_hideCursor; }
    QByteArray showCursor() const { return m_showCursor; }
    QByteArray resetAttributes() const { return m_reset; }
    // What starts a span of this style, after resetAttributes(); colour false: attributes only.
    QByteArray style(SpanStyle style, bool colour) const;
    bool hasColour() const { return m_colours >= 8 && !m_foreground.isEmpty(); }
    // A line exactly as wide as the terminal leaves the cursor on it (xenl) instead of wrapping.
    bool wrapsLate() const { return m_wrapsLate; }

private:
    Terminfo() = default;
    QByteArray foreground(int colour) const;

    QByteArray m_up;  // parametrised (cuu), may be empty
    QByteArray m_up1; // one line (cuu1)
    QByteArray m_carriageReturn;
    QByteArray m_eraseLine;
    QByteArray m_hideCursor;
    QByteArray m_showCursor;
    QByteArray m_reset;
    QByteArray m_bold;
    QByteArray m_dim;
    QByteArray m_reverse;
    QByteArray m_foreground; // parametrised (setaf)
    int m_colours = 0;
    bool m_wrapsLate = false;
};

} // namespace larder
