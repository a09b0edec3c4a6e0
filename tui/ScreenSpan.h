// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

namespace larder {

// How a terminal draws a span; the drawing layer maps these to its attributes and colours.
// Selected: the row the keys act on (reverse video).
enum class SpanStyle { Normal, Bold, Dim, Good, Bad, Warning, BarFilled, BarEmpty, Selected };

// Text in one style, within one line.
struct ScreenSpan
{
    QString text;
    SpanStyle style = SpanStyle::Normal;

    bool operator==(const ScreenSpan& other) const { return text == other.text && style == other.style; }
};

} // namespace larder
