// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "plan/ExpectedOperations.h"

#include <QHash>

#include <algorithm>

namespace larder {

QList<ExpectedOperation> ExpectedOperations::list(const QList<PlannedJob>& plan, int runMaxParallel,
                                                  const QDateTime& now, const QTimeZone& zone,
                                                  qint64 horizonSeconds)
{
    QList<ExpectedOperation> expected;
    const QDateTime horizon = now.addSecs(horizonSeconds);
    for (const PlannedJob& entry : plan) {
        const auto at = [&](const QDateTime& when) {
            return ExpectedOperation{when, entry.job.name, entry.job.server.name, QString()};
        };
        if (entry.due)
            expected.append(at(now));
        // Disabled jobs are never due on their schedule; "always" and "manual" have no slots.
        if (!entry.job.enabled)
            continue;
        // The slot the planner holds a failing job back to comes first, then the schedule's.
        const QDateTime retry = entry.retryUtc.isValid() && !entry.due ? entry.retryUtc : QDateTime();
        if (retry.isValid() && retry <= horizon)
            expected.append(at(retry));
        int listed = 0;
        for (QDateTime slot = entry.job.schedule.nextSlot(now, zone);
             slot.isValid() && slot <= horizon && listed < kMostSlotsPerJob;
             slot = entry.job.schedule.nextSlot(slot, zone), ++listed) {
            if (slot != retry)
                expected.append(at(slot));
        }
    }
    // In time order; jobs of one instant in the plan's (the coordinator's) order.
    std::stable_sort(
        expected.begin(), expected.end(),
        [](const ExpectedOperation& a, const ExpectedOperation& b) { return a.atUtc < b.atUtc; });
    for (auto first = expected.begin(); first != expected.end();) {
        const auto last = std::find_if(first, expected.end(),
                                       [&](const ExpectedOperation& o) { return o.atUtc != first->atUtc; });
        QList<ExpectedOperation> together(first, last);
        applyLimits(together, plan, runMaxParallel);
        std::copy(together.cbegin(), together.cend(), first);
        first = last;
    }
    return expected;
}

void ExpectedOperations::applyLimits(QList<ExpectedOperation>& together, const QList<PlannedJob>& plan,
                                     int runMaxParallel)
{
    QHash<QString, int> serverLimits;
    for (const PlannedJob& entry : plan)
        serverLimits.insert(entry.job.server.name, entry.job.server.maxParallel);
    QHash<QString, int> started;
    int startedInRun = 0;
    for (ExpectedOperation& operation : together) {
        if (started.value(operation.server) >= serverLimits.value(operation.server, 1)) {
            operation.waitsFor = tr("server %1").arg(operation.server);
        } else if (startedInRun >= runMaxParallel) {
            operation.waitsFor = tr("the run's limit of %n dump(s) at once", nullptr, runMaxParallel);
        } else {
            ++started[operation.server];
            ++startedInRun;
        }
    }
}

} // namespace larder
