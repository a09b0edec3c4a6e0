// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/Config.h"
#include "history/PlanHistory.h"
#include "plan/PlannedJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace larder {

// Pure: config + history (last successes, failures since) + clock -> what is due and why. Both
// `larder run` and the desktop app plan here, so both follow the same schedule and retry policy.
class Planner final
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    static QList<PlannedJob> plan(const Config& config, const PlanHistory& history, const QDateTime& now,
                                  const QTimeZone& zone);

    // The wait after the failures-th failure in a row: firstSeconds, doubled for each further
    // failure, at most capSeconds. 0 when retry is off (firstSeconds 0) or there is no failure.
    static qint64 backoffSeconds(int firstSeconds, int failures, qint64 capSeconds);
    // The cap for job's schedule: its period; a day for "always", which has none.
    static qint64 backoffCapSeconds(const Schedule& schedule);

private:
    static void planSchedule(PlannedJob& entry, const QDateTime& now, const QTimeZone& zone);
    // Holds a due job back while its retry backoff runs, and says so in its reason.
    static void applyRetry(PlannedJob& entry, const QDateTime& now, const QTimeZone& zone);
};

} // namespace larder
