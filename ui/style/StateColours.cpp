// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "StateColours.h"

#include <cmath>

using namespace larder;

QColor StateColours::failure(const QPalette& palette, QPalette::ColorRole background)
{
    return readableOn(palette.color(background), QColor(0xb0, 0x20, 0x20), QColor(0xff, 0x8a, 0x80));
}

QColor StateColours::success(const QPalette& palette, QPalette::ColorRole background)
{
    return readableOn(palette.color(background), QColor(0x00, 0x60, 0x00), QColor(0x7c, 0xd9, 0x7c));
}

QColor StateColours::warning(const QPalette& palette, QPalette::ColorRole background)
{
    return readableOn(palette.color(background), QColor(0x9a, 0x5b, 0x00), QColor(0xff, 0xc1, 0x5e));
}

QColor StateColours::active(const QPalette& palette, QPalette::ColorRole background)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    return readableOn(palette.color(background), highlight, highlight);
}

QString StateColours::textStyleSheet(const QColor& colour)
{
    return QStringLiteral("color: %1;").arg(colour.name());
}

double StateColours::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor StateColours::readableOn(const QColor& base, const QColor& onLight, const QColor& onDark)
{
    // Against a base of middle luminance both black and white reach 4.5:1, so moving the lightness
    // towards the far end always ends readable.
    const bool darkBase = luminance(base) < 0.18;
    QColor colour = darkBase ? onDark : onLight;
    float hue = 0, saturation = 0, lightness = 0;
    colour.getHslF(&hue, &saturation, &lightness);
    const float step = darkBase ? 0.02f : -0.02f;
    while (contrast(colour, base) < kMinContrast && lightness > 0.0f && lightness < 1.0f) {
        lightness = qBound(0.0f, lightness + step, 1.0f);
        colour = QColor::fromHslF(hue, saturation, lightness);
    }
    return colour;
}

double StateColours::luminance(const QColor& colour)
{
    auto linear = [](float channel) {
        return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}
