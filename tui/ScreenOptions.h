// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QtGlobal>

namespace larder {

// What a screen model needs besides its data.
struct ScreenOptions
{
    bool colour = true;   // false: NO_COLOR is set, or the terminal has none
    qint64 nowMs = 0;     // monotonic, the clock of LiveDump's times
    int spinnerPhase = 0; // advances with each redraw: moves the busy indicators
};

} // namespace larder
