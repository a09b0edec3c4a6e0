// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "history/HistoryRecord.h"

#include <QList>
#include <QWidget>

namespace larder {

// One job's dumps over its history, drawn with QPainter (Qt Charts would add a dependency for two
// line plots): the size of each successful dump above, its duration below, time across. A failed
// attempt is a cross on the time axis of both; a dump much smaller than the ones before it (less than
// half their median, as DumpSizeCheck judges) is ringed in the warning colour. Hovering shows the
// attempt in words; a click opens it in the History tab.
class TrendChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChart)

public:
    // A dump is a drop when it is below this share of the median of the kMedianOf successes before it.
    static constexpr double kDropRatio = 0.5;
    static constexpr int kMedianOf = 5;

    struct Point
    {
        int index = 0;    // into attempts(), oldest first
        QPointF size;     // where the size mark is, in widget coordinates
        QPointF duration; // where the duration mark is
        bool failed = false;
        bool drop = false;
    };

    explicit TrendChart(QWidget* parent = nullptr);

    // Any order; drawn oldest to newest. Running attempts are left out.
    void setAttempts(const QList<HistoryRecord>& attempts);
    const QList<HistoryRecord>& attempts() const { return m_attempts; }
    const QList<Point>& points() const { return m_points; }
    // Which successes are drops, by index into the (oldest first) list.
    static QList<int> drops(const QList<HistoryRecord>& oldestFirst);
    static QString describe(const HistoryRecord& attempt, bool drop);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void attemptActivated(const QString& job, qint64 attemptId);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QRectF sizeArea() const;
    QRectF durationArea() const;
    void relayout();
    const Point* pointNear(const QPointF& position) const;
    void paintArea(class QPainter& painter, const QRectF& area, const QString& title, const QString& top,
                   bool sizes) const;

    QList<HistoryRecord> m_attempts;
    QList<int> m_drops;
    QList<Point> m_points;
    qint64 m_maxBytes = 0;
    qint64 m_maxMs = 0;
};

} // namespace larder
