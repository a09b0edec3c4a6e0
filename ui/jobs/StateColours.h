#pragma once

#include <QColor>

class QPalette;

namespace larder {

// Colours that mark a state in the views (a failed attempt, a failed verification), taken for the
// palette in use: a fixed dark red is unreadable on a dark base. Each colour is picked from a pair by the
// base colour's lightness and then made lighter or darker until it has WCAG's contrast of 4.5:1 against
// the base, so a custom theme cannot make it unreadable either.
class StateColours final
{
public:
    static constexpr double kMinContrast = 4.5; // WCAG 2 AA for normal text

    static QColor failure(const QPalette& palette);
    // WCAG 2 contrast ratio of two opaque colours, 1 (same) to 21 (black on white).
    static double contrast(const QColor& a, const QColor& b);

private:
    static QColor readableOn(const QColor& base, const QColor& onLight, const QColor& onDark);
    static double luminance(const QColor& colour);
};

} // namespace larder
