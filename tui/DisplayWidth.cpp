// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "DisplayWidth.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace larder {

namespace {

const QString kEllipsis = QStringLiteral("…");

// [first, last] code points that take two columns (East Asian Wide and Fullwidth, emoji).
constexpr std::pair<char32_t, char32_t> kWide[] = {
    {0x1100, 0x115F}, {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF}, {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

int width(char32_t codePoint)
{
    const QChar::Category category = QChar::category(codePoint);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
        category == QChar::Other_Format)
        return 0;
    const bool wide = std::any_of(std::begin(kWide), std::end(kWide), [codePoint](const auto& range) {
        return codePoint >= range.first && codePoint <= range.second;
    });
    return wide ? 2 : 1;
}

// The text's code points, each with the UTF-16 units it takes.
struct CodePoint
{
    char32_t value = 0;
    int units = 1;
};

QList<CodePoint> codePoints(const QString& text)
{
    QList<CodePoint> points;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            points.append(CodePoint{QChar::surrogateToUcs4(unit, text.at(i + 1)), 2});
            ++i;
        } else {
            points.append(CodePoint{unit.unicode(), 1});
        }
    }
    return points;
}

} // namespace

int DisplayWidth::columns(const QString& text)
{
    int total = 0;
    for (const CodePoint& point : codePoints(text))
        total += width(point.value);
    return total;
}

QString DisplayWidth::printable(const QString& text)
{
    QString result = text;
    for (QChar& unit : result) {
        if (unit.category() == QChar::Other_Control)
            unit = QLatin1Char(' ');
    }
    return result;
}

QString DisplayWidth::leftColumns(const QString& text, int columns)
{
    int used = 0;
    qsizetype units = 0;
    for (const CodePoint& point : codePoints(text)) {
        used += width(point.value);
        if (used > columns)
            break;
        units += point.units;
    }
    return text.left(units);
}

QString DisplayWidth::rightColumns(const QString& text, int columns)
{
    const QList<CodePoint> points = codePoints(text);
    int used = 0;
    qsizetype units = 0;
    for (auto point = points.crbegin(); point != points.crend(); ++point) {
        used += width(point->value);
        if (used > columns)
            break;
        units += point->units;
    }
    return text.right(units);
}

QString DisplayWidth::elideMiddle(const QString& text, int columns)
{
    if (DisplayWidth::columns(text) <= columns)
        return text;
    if (columns <= 0)
        return QString();
    const int kept = columns - 1;
    return leftColumns(text, kept - kept / 2) + kEllipsis + rightColumns(text, kept / 2);
}

QString DisplayWidth::elideRight(const QString& text, int columns)
{
    if (DisplayWidth::columns(text) <= columns)
        return text;
    if (columns <= 0)
        return QString();
    return leftColumns(text, columns - 1) + kEllipsis;
}

QString DisplayWidth::padRight(const QString& text, int columns)
{
    return text + QString(qMax(0, columns - DisplayWidth::columns(text)), QLatin1Char(' '));
}

QString DisplayWidth::padLeft(const QString& text, int columns)
{
    return QString(qMax(0, columns - DisplayWidth::columns(text)), QLatin1Char(' ')) + text;
}

} // namespace larder
