// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/JobConfig.h"
#include "plan/Freshness.h"

#include <QDateTime>
#include <QString>

namespace larder {

// One job as the planner sees it at one instant.
struct PlannedJob
{
    JobConfig job;
    bool due = false;
    QString reason; // "never dumped", "slot 2026-11-26 02:30 not yet dumped", "manual schedule", ...
    QDateTime lastSuccessUtc; // start of the latest successful dump; invalid if none
    QDateTime nextDueUtc;     // next slot after now (or retryUtc); invalid for always/manual/disabled
    int failures = 0;         // failed attempts since the latest success
    QDateTime lastFailureUtc; // end of the latest of them; invalid if none
    QDateTime retryUtc;       // valid while the retry backoff holds a due job back: when it ends
    qint64 lastBytes = 0;
    qint64 lastDurationMs = 0;
    // The earliest time the job is known to exist (its first attempt, or the config file's last
    // change): where a job that never succeeded counts its age from.
    QDateTime knownSinceUtc;
    Freshness freshness; // against max_age (Freshness::of), at the time of planning
};

} // namespace larder
