// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "TrayState.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace larder {

class RunService;

// The desktop app's one judgement of health: a TrayState fed from RunService's events (and, at start,
// from history: a job whose newest finished attempt failed is failing now), re-judged as time passes.
// The tray icon and the main window's headline and status bar all read it, so they never disagree.
class HealthWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthWatch)

public:
    explicit HealthWatch(RunService& service, QObject* parent = nullptr);

    const TrayState& state() const { return m_state; }
    // The start of the next scheduled slot of any job in the latest plan (invalid if none): for "next
    // at 02:30" wherever it is shown.
    QDateTime nextDueUtc() const { return m_nextDueUtc; }

Q_SIGNALS:
    // After every change of state, and every half minute ("next at" and staleness move with time).
    void changed();

private:
    void refresh();
    void readHealthFromHistory();
    void setPlan(const QList<PlannedJob>& plan);

    RunService& m_service;
    TrayState m_state;
    // From the latest plan, not a new one per refresh: a run of 1,000 jobs refreshes on each of their
    // events, and each plan reads history (bench/run 5b).
    QDateTime m_nextDueUtc;
    QTimer m_clock; // "next at" text and due-now changes without any event
};

} // namespace larder
