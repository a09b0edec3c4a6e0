// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "history/HistoryRecord.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace larder {

// What the planner needs from the history, per job name (History::planHistory()).
struct PlanHistory
{
    // Failed attempts since a job's latest success: they drive the retry backoff.
    struct Failures
    {
        int count = 0;
        QDateTime lastUtc; // when the latest of them ended
    };

    QHash<QString, HistoryRecord> lastSuccesses;
    QHash<QString, Failures> failures; // jobs without a failure since their latest success are absent
    // When each job's first attempt of any outcome started: it exists at least since then.
    QHash<QString, QDateTime> firstAttempts;
};

} // namespace larder
