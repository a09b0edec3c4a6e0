// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "TimelineLayout.h"
#include "plan/PlannedJob.h"

#include <QDateTime>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QScrollArea;

namespace larder {

class RunService;
class TimelineView;

// The Timeline tab: the past attempts (History::attemptsBetween) and the dumps the schedule expects
// (ExpectedOperations over RunService's plan, with the run's and each server's limits) on one time
// axis, by server or by job, over the last and next 24 hours or 7 days. Drawn again with the plan the
// service settles on after history changes, and every half minute while shown, so the now line and
// running dumps move.
class TimelinePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePanel)

public:
    explicit TimelinePanel(RunService& service, QWidget* parent = nullptr);

    TimelineView* view() const { return m_view; }
    // Reads history and draws the latest plan; called by the clock, the controls and on showing.
    void reload();
    // How often time alone redraws it: when the now line has moved about a pixel. For tests.
    int redrawIntervalMs() const { return m_clock.interval(); }
    // Why the past could not be read; empty when it could.
    QString loadError() const { return m_loadError; }

Q_SIGNALS:
    void attemptActivated(const QString& job, qint64 attemptId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    qint64 spanSeconds() const;
    void draw(const QList<PlannedJob>& plan);
    void keepPlan(const QList<PlannedJob>& plan);

    RunService& m_service;
    QComboBox* m_lanes = nullptr;
    QComboBox* m_span = nullptr;
    QLabel* m_status = nullptr;
    QScrollArea* m_scroll = nullptr;
    TimelineView* m_view = nullptr;
    QTimer m_clock;
    QString m_loadError;
    // The service's latest settled plan (or, before one settled, this panel's own), kept until its
    // earliest due time passes: only then does the planner's answer change with time alone.
    std::optional<QList<PlannedJob>> m_plan;
    QDateTime m_planHoldsUntilUtc; // invalid: for as long as nothing else changes
};

} // namespace larder
