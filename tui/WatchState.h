// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "history/HistoryRecord.h"
#include "live/LiveRunState.h"
#include "plan/ExpectedOperation.h"
#include "plan/PlannedJob.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace larder {

// Everything `larder watch` shows, as plain values: what the config and history say now, a run in
// progress (from the status channel), and the person's choices (selection, filter, detail).
struct WatchState
{
    QString configPath;
    QDateTime nowUtc;
    QTimeZone zone = QTimeZone::systemTimeZone();
    QList<PlannedJob> jobs;            // every job, as the planner sees it now
    QList<ExpectedOperation> expected; // the next 24 hours, in time order
    QList<HistoryRecord> recent;       // newest first
    std::optional<LiveRunState> live;  // a run in progress, in whatever process
    QString problem;                   // why the config or history could not be read, if so
    QString message;                   // the outcome of the last key ("started larder run …")

    int selected = 0; // index into shownJobs()
    QString filter;   // part of a job, server or database name
    bool editingFilter = false;
    bool detail = false;                 // the selected job's attempts instead of the lower panels
    QList<HistoryRecord> detailAttempts; // newest first

    // The jobs the filter lets through, in the plan's order.
    QList<PlannedJob> shownJobs() const;
    // The selected job's name; empty when no job is shown.
    QString selectedJob() const;
};

} // namespace larder
