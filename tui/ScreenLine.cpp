// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ScreenLine.h"

#include "DisplayWidth.h"

namespace larder {

namespace {

SpanStyle withoutColour(SpanStyle style)
{
    switch (style) {
    case SpanStyle::Good:
    case SpanStyle::BarFilled:
        return SpanStyle::Normal;
    case SpanStyle::Bad:
    case SpanStyle::Warning:
        return SpanStyle::Bold;
    case SpanStyle::BarEmpty:
        return SpanStyle::Dim;
    default:
        return style;
    }
}

} // namespace

ScreenLine& ScreenLine::append(const QString& text, SpanStyle style)
{
    if (text.isEmpty())
        return *this;
    const QString shown = DisplayWidth::printable(text);
    if (!m_spans.isEmpty() && m_spans.constLast().style == style)
        m_spans.last().text += shown;
    else
        m_spans.append(ScreenSpan{shown, style});
    return *this;
}

ScreenLine ScreenLine::heading(const QString& text, const QString& note)
{
    ScreenLine line(text, SpanStyle::Bold);
    if (!note.isEmpty())
        line.append(QStringLiteral("  ") + note, SpanStyle::Dim);
    return line;
}

ScreenLine& ScreenLine::padTo(int columns)
{
    return append(QString(qMax(0, columns - this->columns()), QLatin1Char(' ')));
}

QString ScreenLine::text() const
{
    QString text;
    for (const ScreenSpan& span : m_spans)
        text += span.text;
    return text;
}

int ScreenLine::columns() const
{
    return DisplayWidth::columns(text());
}

SpanStyle ScreenLine::styleAt(int column) const
{
    int start = 0;
    for (const ScreenSpan& span : m_spans) {
        start += DisplayWidth::columns(span.text);
        if (column < start)
            return span.style;
    }
    return SpanStyle::Normal;
}

ScreenLine ScreenLine::fittedTo(int width) const
{
    if (columns() <= width)
        return *this;
    ScreenLine fitted;
    int left = qMax(0, width - 1);
    for (const ScreenSpan& span : m_spans) {
        const QString part = DisplayWidth::leftColumns(span.text, left);
        fitted.append(part, span.style);
        left -= DisplayWidth::columns(part);
        if (part != span.text || left <= 0)
            break;
    }
    return width > 0 ? fitted.append(QStringLiteral("…"), SpanStyle::Dim) : fitted;
}

ScreenLine ScreenLine::monochrome() const
{
    ScreenLine plain;
    for (const ScreenSpan& span : m_spans)
        plain.append(span.text, withoutColour(span.style));
    return plain;
}

} // namespace larder
