// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "TrendChart.h"

#include "HistoryModel.h"
#include "StateColours.h"
#include "base/Units.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace larder {
namespace {

constexpr int kMargin = 8;
constexpr double kNearPixels = 6.0;

bool isSuccess(const HistoryRecord& attempt)
{
    return attempt.status == AttemptStatus::Success || attempt.status == AttemptStatus::Pruned;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

TrendChart::TrendChart(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize TrendChart::sizeHint() const
{
    return {640, 280};
}

QSize TrendChart::minimumSizeHint() const
{
    return {240, 6 * fontMetrics().height()};
}

void TrendChart::setAttempts(const QList<HistoryRecord>& attempts)
{
    m_attempts.clear();
    for (const HistoryRecord& attempt : attempts) {
        if (attempt.status != AttemptStatus::Running && attempt.startedUtc.isValid())
            m_attempts << attempt;
    }
    std::stable_sort(
        m_attempts.begin(), m_attempts.end(),
        [](const HistoryRecord& a, const HistoryRecord& b) { return a.startedUtc < b.startedUtc; });
    m_drops = drops(m_attempts);
    m_maxBytes = 0;
    m_maxMs = 0;
    for (const HistoryRecord& attempt : std::as_const(m_attempts)) {
        if (isSuccess(attempt)) {
            m_maxBytes = std::max(m_maxBytes, attempt.bytes);
            m_maxMs = std::max(m_maxMs, attempt.durationMs());
        }
    }
    relayout();
}

QList<int> TrendChart::drops(const QList<HistoryRecord>& oldestFirst)
{
    QList<int> found;
    QList<qint64> before; // sizes of the successes so far
    for (int i = 0; i < oldestFirst.size(); ++i) {
        const HistoryRecord& attempt = oldestFirst.at(i);
        if (!isSuccess(attempt))
            continue;
        if (before.size() >= kMedianOf) {
            const qint64 typical = median(before.mid(before.size() - kMedianOf));
            if (double(attempt.bytes) < kDropRatio * double(typical))
                found << i;
        }
        before << attempt.bytes;
    }
    return found;
}

QString TrendChart::describe(const HistoryRecord& attempt, bool drop)
{
    const QString when = attempt.startedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!isSuccess(attempt))
        return tr("%1: %2\n%3")
            .arg(when, HistoryModel::statusText(attempt.status),
                 HistoryModel::causeFirst(attempt.error.section(QLatin1Char('\n'), 0, 0)));
    QString text =
        tr("%1: %2 in %3").arg(when, Units::bytes(attempt.bytes), Units::duration(attempt.durationMs()));
    if (drop)
        text += QLatin1Char('\n') + tr("Less than half the size of the dumps before it.");
    return text;
}

QRectF TrendChart::sizeArea() const
{
    // Room for the larger of the two scales' labels.
    const double left = std::max(fontMetrics().horizontalAdvance(Units::bytes(m_maxBytes)),
                                 fontMetrics().horizontalAdvance(Units::duration(m_maxMs))) +
                        2 * kMargin;
    // Two titles and the time axis' dates take a line each.
    const double height = (this->height() - 3 * kMargin - 3 * fontMetrics().height()) / 2.0;
    return {left, double(kMargin + fontMetrics().height()), width() - left - kMargin, std::max(1.0, height)};
}

QRectF TrendChart::durationArea() const
{
    const QRectF sizes = sizeArea();
    return sizes.translated(0, sizes.height() + kMargin + fontMetrics().height());
}

void TrendChart::relayout()
{
    m_points.clear();
    if (m_attempts.isEmpty()) {
        update();
        return;
    }
    const QDateTime first = m_attempts.first().startedUtc;
    const qint64 span = std::max<qint64>(1, first.msecsTo(m_attempts.last().startedUtc));
    const QRectF sizes = sizeArea();
    const QRectF durations = durationArea();
    for (int i = 0; i < m_attempts.size(); ++i) {
        const HistoryRecord& attempt = m_attempts.at(i);
        const double share =
            m_attempts.size() == 1 ? 0.5 : double(first.msecsTo(attempt.startedUtc)) / double(span);
        const double x = sizes.left() + share * sizes.width();
        Point point;
        point.index = i;
        point.failed = !isSuccess(attempt);
        point.drop = m_drops.contains(i);
        // A failure sits on the time axis: it has no size or duration to show.
        const double bytesShare =
            point.failed || m_maxBytes == 0 ? 0 : double(attempt.bytes) / double(m_maxBytes);
        const double msShare =
            point.failed || m_maxMs == 0 ? 0 : double(attempt.durationMs()) / double(m_maxMs);
        point.size = QPointF(x, sizes.bottom() - bytesShare * sizes.height());
        point.duration = QPointF(x, durations.bottom() - msShare * durations.height());
        m_points << point;
    }
    update();
}

void TrendChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

const TrendChart::Point* TrendChart::pointNear(const QPointF& position) const
{
    const Point* nearest = nullptr;
    double best = kNearPixels;
    for (const Point& point : m_points) {
        for (const QPointF& mark : {point.size, point.duration}) {
            const double distance = QLineF(mark, position).length();
            if (distance <= best) {
                best = distance;
                nearest = &point;
            }
        }
    }
    return nearest;
}

bool TrendChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const Point* point = pointNear(help->pos()))
            QToolTip::showText(help->globalPos(), describe(m_attempts.at(point->index), point->drop), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TrendChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (const Point* point = pointNear(event->position())) {
        const HistoryRecord& attempt = m_attempts.at(point->index);
        Q_EMIT attemptActivated(attempt.job, attempt.id);
    }
}

void TrendChart::paintArea(QPainter& painter, const QRectF& area, const QString& title, const QString& top,
                           bool sizes) const
{
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(
        QRectF(area.left(), area.top() - fontMetrics().height(), area.width(), fontMetrics().height()),
        Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.drawText(
        QRectF(0, area.top() - fontMetrics().height() / 2.0, area.left() - kMargin, fontMetrics().height()),
        Qt::AlignRight | Qt::AlignVCenter, top);
    QColor grid = palette().color(QPalette::Text);
    grid.setAlpha(60);
    painter.setPen(grid);
    painter.drawLine(area.topLeft(), area.topRight());
    painter.drawLine(area.bottomLeft(), area.bottomRight());

    // Successes joined in time order; failures as crosses on the axis.
    QPainterPath line;
    bool started = false;
    for (const Point& point : m_points) {
        if (point.failed)
            continue;
        const QPointF at = sizes ? point.size : point.duration;
        started ? line.lineTo(at) : line.moveTo(at);
        started = true;
    }
    const QColor success = StateColours::success(palette());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(success, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
    for (const Point& point : m_points) {
        const QPointF at = sizes ? point.size : point.duration;
        if (point.failed) {
            painter.setPen(QPen(StateColours::failure(palette()), 2));
            painter.drawLine(at + QPointF(-4, -4), at + QPointF(4, 4));
            painter.drawLine(at + QPointF(-4, 4), at + QPointF(4, -4));
            continue;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(success);
        painter.drawEllipse(at, 2.5, 2.5);
        if (point.drop && sizes) {
            painter.setPen(QPen(StateColours::warning(palette()), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, 7, 7);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void TrendChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_attempts.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No finished attempt to draw yet."));
        return;
    }
    paintArea(painter, sizeArea(), tr("Size of each successful dump"), Units::bytes(m_maxBytes), true);
    paintArea(painter, durationArea(), tr("Duration"), Units::duration(m_maxMs), false);
    painter.setPen(palette().color(QPalette::Text));
    const QRectF axis(durationArea().left(), durationArea().bottom() + 2, durationArea().width(),
                      fontMetrics().height());
    const auto dateOf = [](const HistoryRecord& attempt) {
        return attempt.startedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    painter.drawText(axis, Qt::AlignLeft | Qt::AlignTop, dateOf(m_attempts.first()));
    painter.drawText(axis, Qt::AlignRight | Qt::AlignTop, dateOf(m_attempts.last()));
}

} // namespace larder
