// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "TimelineView.h"

#include "StateColours.h"
#include "base/Units.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>

namespace larder {
namespace {

constexpr int kRightMargin = 8;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
// Candidate distances between the axis' ticks; the first that leaves room for a label is used.
constexpr std::array<qint64, 8> kTickSteps{kHour,      2 * kHour, 3 * kHour, 6 * kHour,
                                           12 * kHour, kDay,      2 * kDay,  7 * kDay};

QString timeText(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The first tick at or after from, on a local-time boundary of step (an hour multiple, or midnight).
QDateTime firstTick(const QDateTime& fromUtc, qint64 step)
{
    const QDateTime local = fromUtc.toLocalTime();
    QDateTime tick;
    if (step < kDay) {
        const int hours = int(step / kHour);
        tick = QDateTime(local.date(), QTime(local.time().hour() - local.time().hour() % hours, 0));
    } else {
        tick = QDateTime(local.date(), QTime(0, 0));
    }
    while (tick < local)
        tick = tick.addSecs(step);
    return tick.toUTC();
}

} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimelineView::setInput(const TimelineLayout::Input& input)
{
    m_input = input;
    relayout();
    updateGeometry();
}

int TimelineView::laneHeight() const
{
    return fontMetrics().height() + 10;
}

int TimelineView::axisHeight() const
{
    return fontMetrics().height() + 8;
}

int TimelineView::labelWidth() const
{
    int widest = 0;
    for (const QString& lane : m_layout.lanes())
        widest = std::max(widest, fontMetrics().horizontalAdvance(lane));
    // Long job names give way to time: at most a quarter of the width.
    return std::min(widest + 16, std::max(60, width() / 4));
}

double TimelineView::plotWidth() const
{
    return std::max(1, width() - labelWidth() - kRightMargin);
}

void TimelineView::relayout()
{
    // Lanes decide the label column, which decides the plot's width: lay out once for the lanes.
    TimelineLayout::Input input = m_input;
    input.width = 1;
    m_layout = TimelineLayout::compute(input);
    input.width = plotWidth();
    m_layout = TimelineLayout::compute(input);
    m_selected = std::min(m_selected, int(m_layout.marks().size()) - 1);
    update();
}

QSize TimelineView::sizeHint() const
{
    const int lanes = std::max(1, int(m_layout.lanes().size()));
    return {640, axisHeight() + lanes * laneHeight() + 2};
}

QSize TimelineView::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

QPoint TimelineView::pointAt(const QDateTime& utc, int lane) const
{
    const double span = double(m_input.fromUtc.msecsTo(m_input.toUtc));
    const double x = span > 0 ? double(m_input.fromUtc.msecsTo(utc)) / span * plotWidth() : 0;
    return {labelWidth() + int(std::lround(x)), axisHeight() + lane * laneHeight() + laneHeight() / 2};
}

QRectF TimelineView::markRect(const TimelineLayout::Mark& mark) const
{
    const double top = axisHeight() + mark.lane * laneHeight();
    // A failed attempt fills its row: it is told apart from a success by its shape, not only its colour.
    const double inset = mark.kind == TimelineLayout::Kind::Failed ? 1 : 4;
    return QRectF(labelWidth() + mark.x0, top + inset, mark.x1 - mark.x0, laneHeight() - 2 * inset);
}

const TimelineLayout::Mark* TimelineView::markAtPoint(const QPoint& point) const
{
    const int y = point.y() - axisHeight();
    if (y < 0 || point.x() < labelWidth())
        return nullptr;
    return m_layout.markAt(y / laneHeight(), point.x() - labelWidth());
}

QString TimelineView::describe(const TimelineLayout::Mark& mark)
{
    using Kind = TimelineLayout::Kind;
    const QString span = tr("%1 to %2 (%3)")
                             .arg(timeText(mark.startUtc), timeText(mark.endUtc),
                                  Units::duration(mark.startUtc.msecsTo(mark.endUtc)));
    QString what;
    switch (mark.kind) {
    case Kind::Success:
        what = tr("Succeeded, %1").arg(span);
        break;
    case Kind::Warning:
        what = tr("Succeeded with a warning, %1").arg(span);
        break;
    case Kind::Failed:
        what = tr("Failed, %1").arg(span);
        break;
    case Kind::Cancelled:
        what = tr("Cancelled, %1").arg(span);
        break;
    case Kind::Running:
        what = tr("Running since %1").arg(timeText(mark.startUtc));
        break;
    case Kind::Waiting:
        what = tr("Due at %1, expected to wait for %2 until %3")
                   .arg(timeText(mark.startUtc), mark.waitsFor, timeText(mark.endUtc));
        break;
    case Kind::Planned:
        what = mark.durationKnown ? tr("Expected %1, as long as its last successful dump").arg(span)
                                  : tr("Expected %1; no successful dump yet to tell how long").arg(span);
        break;
    }
    QString text = tr("%1 on %2").arg(mark.job, mark.server) + QLatin1Char('\n') + what;
    if (mark.attemptId != 0)
        text += QLatin1Char('\n') + tr("Click or press Enter to open it in the history.");
    return text;
}

bool TimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const TimelineLayout::Mark* mark = markAtPoint(help->pos()))
            QToolTip::showText(help->globalPos(), describe(*mark), this, markRect(*mark).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TimelineView::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().base());
    const int lanes = int(m_layout.lanes().size());
    for (int lane = 0; lane < lanes; ++lane) {
        const QRect row(0, axisHeight() + lane * laneHeight(), width(), laneHeight());
        if (!row.intersects(event->rect()))
            continue;
        if (lane % 2 == 1)
            painter.fillRect(row, palette().alternateBase());
        painter.setPen(palette().color(QPalette::Text));
        const QRect label = row.adjusted(4, 0, -(width() - labelWidth()) - 4, 0);
        painter.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(m_layout.lanes().at(lane), Qt::ElideMiddle, label.width()));
    }
    paintAxis(painter);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const TimelineLayout::Mark& mark : m_layout.marks()) {
        if (markRect(mark).toAlignedRect().intersects(event->rect()))
            paintMark(painter, mark);
    }
    if (m_layout.nowX() >= 0) {
        const int x = labelWidth() + int(std::lround(m_layout.nowX()));
        // The text colour, not a state's: a red line would read as a failure.
        painter.setPen(QPen(palette().color(QPalette::Text), 2));
        painter.drawLine(x, axisHeight() / 2, x, height());
        painter.drawText(QRect(x + 3, 0, 80, axisHeight()), Qt::AlignVCenter | Qt::AlignLeft, tr("now"));
    }
    if (hasFocus() && m_selected >= 0) {
        painter.setPen(QPen(StateColours::active(palette()), 2, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(markRect(m_layout.marks().at(m_selected)).adjusted(-2, -2, 2, 2));
    }
    if (lanes == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(0, axisHeight(), 0, 0), Qt::AlignCenter,
                         tr("Nothing in this window: no attempt, no dump expected."));
    }
}

void TimelineView::paintAxis(QPainter& painter) const
{
    const qint64 span = m_input.fromUtc.secsTo(m_input.toUtc);
    if (span <= 0)
        return;
    const double perSecond = plotWidth() / double(span);
    const int room = fontMetrics().horizontalAdvance(QStringLiteral("Wed 00:00")) + 16;
    const auto fits = [&](qint64 step) { return double(step) * perSecond >= room; };
    const auto found = std::find_if(kTickSteps.cbegin(), kTickSteps.cend(), fits);
    const qint64 step = found != kTickSteps.cend() ? *found : kTickSteps.back();

    QColor grid = palette().color(QPalette::Text);
    grid.setAlpha(40);
    QRect nowLabel;
    if (m_layout.nowX() >= 0) {
        const int x = labelWidth() + int(std::lround(m_layout.nowX()));
        nowLabel = QRect(x - 2, 0, fontMetrics().horizontalAdvance(tr("now")) + 8, axisHeight());
    }
    for (QDateTime tick = firstTick(m_input.fromUtc, step); tick <= m_input.toUtc;
         tick = tick.addSecs(step)) {
        const int x = pointAt(tick, 0).x();
        painter.setPen(grid);
        painter.drawLine(x, axisHeight(), x, height());
        const QDateTime local = tick.toLocalTime();
        const bool midnight = local.time() == QTime(0, 0);
        const QString label = midnight || step >= kDay
                                  ? QLocale().toString(local.date(), QStringLiteral("ddd d"))
                                  : local.toString(QStringLiteral("HH:mm"));
        const QRect labelRect(x - room / 2, 0, room, axisHeight());
        const int textWidth = fontMetrics().horizontalAdvance(label);
        const QRect drawn(x - textWidth / 2, 0, textWidth, axisHeight());
        if (drawn.intersects(nowLabel))
            continue; // "now" says more than the tick beside it
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(labelRect, Qt::AlignCenter, label);
    }
}

void TimelineView::paintMark(QPainter& painter, const TimelineLayout::Mark& mark) const
{
    using Kind = TimelineLayout::Kind;
    const QRectF box = markRect(mark);
    const QColor highlight = StateColours::active(palette());
    switch (mark.kind) {
    case Kind::Success:
        painter.fillRect(box, StateColours::success(palette()));
        break;
    case Kind::Warning:
        painter.fillRect(box, StateColours::warning(palette()));
        break;
    case Kind::Failed:
        painter.fillRect(box, StateColours::failure(palette()));
        break;
    case Kind::Cancelled:
        painter.fillRect(box, QBrush(palette().color(QPalette::Text), Qt::BDiagPattern));
        break;
    case Kind::Running:
        painter.fillRect(box, highlight);
        break;
    case Kind::Waiting: {
        const double y = box.center().y();
        painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
        break;
    }
    case Kind::Planned: {
        QColor fill = highlight;
        fill.setAlpha(50);
        painter.setPen(QPen(highlight, 1));
        painter.setBrush(fill);
        painter.drawRect(box.adjusted(0, 0, -1, -1));
        painter.setBrush(Qt::NoBrush);
        break;
    }
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const TimelineLayout::Mark* mark = markAtPoint(event->position().toPoint());
    if (!mark)
        return;
    m_selected = int(mark - m_layout.marks().constData());
    update();
    if (mark->attemptId != 0)
        emit attemptActivated(mark->job, mark->attemptId);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        return moveSelection(-1);
    case Qt::Key_Right:
        return moveSelection(+1);
    case Qt::Key_Home:
        m_selected = -1;
        return moveSelection(+1);
    case Qt::Key_End:
        m_selected = -1;
        return moveSelection(-1);
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0 && m_layout.marks().at(m_selected).attemptId != 0) {
            const TimelineLayout::Mark& mark = m_layout.marks().at(m_selected);
            emit attemptActivated(mark.job, mark.attemptId);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void TimelineView::moveSelection(int step)
{
    const int count = int(m_layout.marks().size());
    if (count == 0)
        return;
    m_selected = m_selected < 0 ? (step > 0 ? 0 : count - 1) : std::clamp(m_selected + step, 0, count - 1);
    const TimelineLayout::Mark& mark = m_layout.marks().at(m_selected);
    const QRect box = markRect(mark).toAlignedRect();
    QToolTip::showText(mapToGlobal(box.bottomLeft()), describe(mark), this, box);
    update();
}

void TimelineView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void TimelineView::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace larder
