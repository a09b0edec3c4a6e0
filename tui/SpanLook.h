// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "ScreenSpan.h"

namespace larder {

// How each SpanStyle looks on a terminal, once, for every layer that draws (Terminfo's escape strings
// for the inline region, CursesScreen's attributes for full-screen views).
struct SpanLook
{
    enum Colour { None = -1, Red = 1, Green = 2, Yellow = 3, Cyan = 6 }; // ANSI numbers, as setaf takes

    bool bold = false;
    bool dim = false;
    bool reverse = false;
    Colour colour = None;
    bool boldWithoutColour = false; // stands out by weight where colour is off

    static SpanLook of(SpanStyle style)
    {
        switch (style) {
        case SpanStyle::Normal:
            return {};
        case SpanStyle::Bold:
            return {true};
        case SpanStyle::Dim:
        case SpanStyle::BarEmpty:
            return {false, true};
        case SpanStyle::Good:
            return {false, false, false, Green};
        case SpanStyle::Bad:
            return {true, false, false, Red};
        case SpanStyle::Warning:
            return {false, false, false, Yellow, true};
        case SpanStyle::BarFilled:
            return {false, false, false, Cyan};
        case SpanStyle::Selected:
            return {false, false, true};
        }
        return {};
    }
};

} // namespace larder
