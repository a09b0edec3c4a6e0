// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QIcon>
#include <QImage>
#include <QPalette>

namespace larder {

// The small pictures beside a state's word in the job table: a disc in the state's colour
// (StateColours, so readable on the palette in use) with a mark of its own (a tick, a cross, "!", a
// play sign, dots, a pause sign, a hollow ring), so that no two states differ by colour alone.
class StateIcons final
{
public:
    enum class Look { Ok, Due, NeverRun, Queued, Running, Warning, Failed, Paused };

    static QIcon icon(Look look, const QPalette& palette);
    // One size of it; for the icon and for tests.
    static QImage image(Look look, const QPalette& palette, int size);
    // White or near-black, whichever stands out more on the look's disc in this palette.
    static QColor markColour(Look look, const QPalette& palette);
};

} // namespace larder
