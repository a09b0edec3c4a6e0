// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "ScreenLine.h"

#include <QList>
#include <QStringList>

namespace larder {

// What a terminal shows, top to bottom, as data: a screen model renders it, a thin layer draws it,
// and tests read it without a terminal.
class ScreenFrame final
{
public:
    void append(const ScreenLine& line) { m_lines.append(line); }
    void append(const QList<ScreenLine>& lines) { m_lines.append(lines); }

    const QList<ScreenLine>& lines() const { return m_lines; }
    QStringList text() const;

    // At most `height` lines of at most `width` columns.
    ScreenFrame fittedTo(int width, int height) const;
    ScreenFrame monochrome() const;

    bool operator==(const ScreenFrame& other) const { return m_lines == other.m_lines; }

private:
    QList<ScreenLine> m_lines;
};

} // namespace larder
