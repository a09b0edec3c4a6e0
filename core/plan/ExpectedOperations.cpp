// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "plan/ExpectedOperations.h"

#include <algorithm>

namespace larder {

QList<ExpectedOperation> ExpectedOperations::list(const QList<PlannedJob>& plan, int runMaxParallel,
                                                  const QDateTime& now, const QTimeZone& zone,
                                                  qint64 horizonSeconds)
{
    QList<ExpectedOperation> expected;
    const QDateTime horizon = now.addSecs(horizonSeconds);
    QHash<QString, int> serverLimits;
    for (const PlannedJob& entry : plan) {
        serverLimits.insert(entry.job.server.name, entry.job.server.maxParallel);
        const bool known = entry.lastDurationMs > 0;
        const qint64 duration = known ? entry.lastDurationMs : kUnknownDurationMs;
        // Starting at the slot until simulateRun says otherwise; endUtc carries the duration there.
        const auto at = [&](const QDateTime& when) {
            return ExpectedOperation{
                when, entry.job.name, entry.job.server.name, QString(), when, when.addMSecs(duration), known};
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
    QDateTime previousRunEnd;
    for (auto first = expected.begin(); first != expected.end();) {
        const auto last = std::find_if(first, expected.end(),
                                       [&](const ExpectedOperation& o) { return o.atUtc != first->atUtc; });
        QList<ExpectedOperation> together(first, last);
        previousRunEnd = simulateRun(together, serverLimits, runMaxParallel, previousRunEnd);
        std::copy(together.cbegin(), together.cend(), first);
        first = last;
    }
    return expected;
}

QDateTime ExpectedOperations::simulateRun(QList<ExpectedOperation>& together,
                                          const QHash<QString, int>& serverLimits, int runMaxParallel,
                                          const QDateTime& previousRunEnd)
{
    const QDateTime slot = together.first().atUtc;
    // The run lock: a run still going when this instant comes is waited for.
    const QDateTime runStart = previousRunEnd.isValid() && previousRunEnd > slot ? previousRunEnd : slot;
    // The configuration allows no less than one place; holding to that keeps the simulation finite.
    const int runLimit = qMax(1, runMaxParallel);
    const auto serverLimit = [&](const QString& server) { return qMax(1, serverLimits.value(server, 1)); };

    QList<qint64> durations;
    QList<int> pending;
    for (int i = 0; i < together.size(); ++i) {
        durations.append(together[i].startUtc.msecsTo(together[i].endUtc));
        pending.append(i);
    }
    QList<int> running;
    QHash<QString, int> runningOn;
    QDateTime time = runStart;
    QDateTime runEnd = runStart;
    bool atRunStart = true;
    while (!pending.isEmpty()) {
        // Like RunCoordinator::startMore: in order, skipping a job whose server is full.
        for (auto it = pending.begin(); it != pending.end() && running.size() < runLimit;) {
            ExpectedOperation& operation = together[*it];
            if (runningOn.value(operation.server) >= serverLimit(operation.server)) {
                ++it;
                continue;
            }
            operation.startUtc = time;
            operation.endUtc = time.addMSecs(durations[*it]);
            runEnd = std::max(runEnd, operation.endUtc);
            ++runningOn[operation.server];
            running.append(*it);
            it = pending.erase(it);
        }
        if (atRunStart) {
            // What holds back the rest at the start is what the coordinator will report they wait for.
            for (int index : std::as_const(pending)) {
                ExpectedOperation& operation = together[index];
                operation.waitsFor =
                    runningOn.value(operation.server) >= serverLimit(operation.server)
                        ? tr("server %1").arg(operation.server)
                        : tr("the run's limit of %n dump(s) at once", nullptr, runMaxParallel);
            }
        }
        atRunStart = false;
        if (pending.isEmpty())
            break;
        // The next place frees when the earliest running dump ends.
        time = together[*std::min_element(running.cbegin(), running.cend(), [&](int a, int b) {
                   return together[a].endUtc < together[b].endUtc;
               })].endUtc;
        for (auto it = running.begin(); it != running.end();) {
            if (together[*it].endUtc <= time) {
                --runningOn[together[*it].server];
                it = running.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (ExpectedOperation& operation : together) {
        if (operation.waitsFor.isEmpty() && operation.startUtc > operation.atUtc)
            operation.waitsFor = tr("the previous run");
    }
    return runEnd;
}

} // namespace larder
