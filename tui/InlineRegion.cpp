// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "InlineRegion.h"

#include "Terminfo.h"

namespace larder {

InlineRegion::InlineRegion(const Terminfo& terminfo, bool colour)
    : m_terminfo(terminfo), m_colour(colour && terminfo.hasColour())
{}

QByteArray InlineRegion::draw(const ScreenFrame& frame, int width)
{
    QByteArray bytes = erase(width);
    for (const ScreenLine& shown : frame.lines()) {
        // Less than a full line, unless the terminal keeps the cursor on a full one: either way
        // the newline moves down exactly one line.
        const ScreenLine fitted = shown.fittedTo(m_terminfo.wrapsLate() ? width : width - 1);
        bytes += line(fitted) + "\r\n";
        m_drawnColumns.append(fitted.columns());
    }
    return bytes;
}

QByteArray InlineRegion::erase(int width)
{
    const int taken = rows(width);
    m_drawnColumns.clear();
    if (taken == 0)
        return QByteArray();
    // Line by line, not "erase below": tmux keeps a screen erased from its top left corner in the
    // scrollback, and the region of a run started in a new pane is just there.
    QByteArray bytes = m_terminfo.carriageReturn() + m_terminfo.up(taken);
    for (int row = 0; row < taken; ++row)
        bytes += m_terminfo.eraseLine() + (row + 1 < taken ? "\n" : "");
    return bytes + m_terminfo.carriageReturn() + m_terminfo.up(taken - 1);
}

QByteArray InlineRegion::leave(const ScreenFrame& frame, int width)
{
    const QByteArray bytes = draw(frame, width);
    m_drawnColumns.clear();
    return bytes;
}

int InlineRegion::rows(int width) const
{
    int rows = 0;
    for (const int columns : m_drawnColumns)
        rows += width > 0 && columns > width ? (columns + width - 1) / width : 1;
    return rows;
}

QByteArray InlineRegion::line(const ScreenLine& line) const
{
    QByteArray bytes;
    for (const ScreenSpan& span : line.spans()) {
        const QByteArray style = m_terminfo.style(span.style, m_colour);
        if (!style.isEmpty())
            bytes += style;
        bytes += span.text.toUtf8();
        if (!style.isEmpty())
            bytes += m_terminfo.resetAttributes();
    }
    return bytes;
}

} // namespace larder
