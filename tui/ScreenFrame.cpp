// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ScreenFrame.h"

namespace larder {

QStringList ScreenFrame::text() const
{
    QStringList text;
    for (const ScreenLine& line : m_lines)
        text.append(line.text());
    return text;
}

ScreenFrame ScreenFrame::fittedTo(int width, int height) const
{
    ScreenFrame fitted;
    for (const ScreenLine& line : m_lines.mid(0, qMax(0, height)))
        fitted.append(line.fittedTo(width));
    return fitted;
}

ScreenFrame ScreenFrame::monochrome() const
{
    ScreenFrame plain;
    for (const ScreenLine& line : m_lines)
        plain.append(line.monochrome());
    return plain;
}

} // namespace larder
