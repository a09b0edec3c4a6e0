// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace larder {

// Colours that mark a state (a failed attempt or verification, an error under a field, a working
// connection), taken for the palette in use: a fixed dark red is unreadable on a dark base. Each colour
// is picked from a pair by the background's lightness and then made lighter or darker until it has
// WCAG's contrast of 4.5:1 against it, so a custom theme cannot make it unreadable either. The
// background is Base for item views and Window for labels in dialogs.
class StateColours final
{
public:
    static constexpr double kMinContrast = 4.5; // WCAG 2 AA for normal text

    static QColor failure(const QPalette& palette, QPalette::ColorRole background = QPalette::Base);
    static QColor success(const QPalette& palette, QPalette::ColorRole background = QPalette::Base);
    // A success to look at twice: a suspiciously small dump, a stale job.
    static QColor warning(const QPalette& palette, QPalette::ColorRole background = QPalette::Base);
    // Something running or expected to run: the palette's Highlight, made readable on the background
    // (a dark theme's highlight is often as dark as its base).
    static QColor active(const QPalette& palette, QPalette::ColorRole background = QPalette::Base);
    // A style sheet that colours a label's text.
    static QString textStyleSheet(const QColor& colour);
    // WCAG 2 contrast ratio of two opaque colours, 1 (same) to 21 (black on white).
    static double contrast(const QColor& a, const QColor& b);

private:
    static QColor readableOn(const QColor& base, const QColor& onLight, const QColor& onDark);
    static double luminance(const QColor& colour);
};

} // namespace larder
