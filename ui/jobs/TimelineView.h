// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "TimelineLayout.h"

#include <QWidget>

namespace larder {

// Paints a TimelineLayout: lane names on the left, the hours (or days) across the top, one row per
// lane, and the now line. Shapes tell the kinds apart besides colour (a failed attempt fills its row,
// a cancelled one is hatched, a planned dump is hollow, a wait is a dashed line), and every mark has a
// tooltip in words. A past attempt is opened by a click or, with the keyboard, by Left/Right (Home/End)
// to move between marks and Enter.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget* parent = nullptr);

    // Everything but the width, which is the widget's; laid out again on every resize.
    void setInput(const TimelineLayout::Input& input);
    const TimelineLayout& layout() const { return m_layout; }

    // Where a time and a lane are drawn, in widget coordinates; for tests and for scrolling to now.
    QPoint pointAt(const QDateTime& utc, int lane) const;
    // The words of a mark's tooltip.
    static QString describe(const TimelineLayout::Mark& mark);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void attemptActivated(const QString& job, qint64 attemptId);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    int laneHeight() const;
    int axisHeight() const;
    int labelWidth() const;
    double plotWidth() const;
    QRectF markRect(const TimelineLayout::Mark& mark) const;
    const TimelineLayout::Mark* markAtPoint(const QPoint& point) const;
    void relayout();
    void paintAxis(class QPainter& painter) const;
    void paintMark(class QPainter& painter, const TimelineLayout::Mark& mark) const;
    void moveSelection(int step);

    TimelineLayout::Input m_input;
    TimelineLayout m_layout;
    int m_selected = -1; // index into m_layout.marks(), keyboard only
};

} // namespace larder
