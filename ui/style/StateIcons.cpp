// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "StateIcons.h"

#include "StateColours.h"

#include <QPainter>
#include <QPixmap>

namespace larder {
namespace {

QColor discColour(StateIcons::Look look, const QPalette& palette)
{
    using Look = StateIcons::Look;
    switch (look) {
    case Look::Ok:
        return StateColours::success(palette);
    case Look::Failed:
        return StateColours::failure(palette);
    case Look::Warning:
        return StateColours::warning(palette);
    case Look::Running:
    case Look::Due:
        return palette.color(QPalette::Highlight);
    case Look::Queued:
    case Look::NeverRun:
    case Look::Paused:
        return palette.color(QPalette::Mid);
    }
    return palette.color(QPalette::Mid);
}

} // namespace

QColor StateIcons::markColour(Look look, const QPalette& palette)
{
    // A dark palette's state colours are light (StateColours): a white mark would vanish on them.
    const QColor disc = discColour(look, palette);
    const QColor light(Qt::white);
    const QColor dark(0x1a, 0x1a, 0x1a);
    return StateColours::contrast(light, disc) >= StateColours::contrast(dark, disc) ? light : dark;
}

namespace {

// The mark, in a 16 x 16 box, on the disc.
void paintMark(QPainter& painter, StateIcons::Look look, const QColor& colour)
{
    using Look = StateIcons::Look;
    painter.setPen(QPen(colour, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(colour);
    switch (look) {
    case Look::Ok:
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(QPolygonF{{4.5, 8.5}, {7.0, 11.0}, {11.5, 5.0}});
        return;
    case Look::Failed:
        painter.drawLine(QPointF(5, 5), QPointF(11, 11));
        painter.drawLine(QPointF(11, 5), QPointF(5, 11));
        return;
    case Look::Warning:
        painter.drawLine(QPointF(8, 4), QPointF(8, 9));
        painter.drawPoint(QPointF(8, 12));
        return;
    case Look::Running:
        painter.setPen(Qt::NoPen);
        painter.drawPolygon(QPolygonF{{6, 4.5}, {12, 8}, {6, 11.5}});
        return;
    case Look::Queued:
        painter.setPen(Qt::NoPen);
        for (const double x : {4.5, 8.0, 11.5})
            painter.drawEllipse(QPointF(x, 8), 1.2, 1.2);
        return;
    case Look::Paused:
        painter.drawLine(QPointF(6, 5), QPointF(6, 11));
        painter.drawLine(QPointF(10, 5), QPointF(10, 11));
        return;
    case Look::Due:
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(8, 8), 2.5, 2.5);
        return;
    case Look::NeverRun:
        return; // the hollow ring is the mark
    }
}

} // namespace

QImage StateIcons::image(Look look, const QPalette& palette, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    const QColor colour = discColour(look, palette);
    if (look == Look::NeverRun) {
        painter.setPen(QPen(colour, 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(8, 8), 6, 6);
        return image;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QPointF(8, 8), 7.5, 7.5);
    paintMark(painter, look, markColour(look, palette));
    return image;
}

QIcon StateIcons::icon(Look look, const QPalette& palette)
{
    QIcon icon;
    for (const int size : {16, 32})
        icon.addPixmap(QPixmap::fromImage(image(look, palette, size)));
    return icon;
}

} // namespace larder
