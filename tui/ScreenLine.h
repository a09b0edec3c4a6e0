// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "ScreenSpan.h"

#include <QList>
#include <QString>

namespace larder {

// One line of a screen: spans of text, each in a style.
class ScreenLine final
{
public:
    ScreenLine() = default;
    explicit ScreenLine(const QString& text, SpanStyle style = SpanStyle::Normal) { append(text, style); }

    // Control characters become spaces (DisplayWidth::printable); a span in the style of the last
    // one joins it.
    ScreenLine& append(const QString& text, SpanStyle style = SpanStyle::Normal);
    // A section's heading: the text in bold, then a note in dim, if any.
    static ScreenLine heading(const QString& text, const QString& note = QString());

    // Spaces up to `columns` columns in all.
    ScreenLine& padTo(int columns);

    const QList<ScreenSpan>& spans() const { return m_spans; }
    QString text() const;
    int columns() const;
    // The style of the span at a column (Normal past the end): for tests.
    SpanStyle styleAt(int column) const;

    // At most `width` columns, the cut marked with "…".
    ScreenLine fittedTo(int width) const;
    // Without colours (NO_COLOR): good → normal, bad and warning → bold, bars normal and dim.
    ScreenLine monochrome() const;

    bool operator==(const ScreenLine& other) const { return m_spans == other.m_spans; }

private:
    QList<ScreenSpan> m_spans;
};

} // namespace larder
