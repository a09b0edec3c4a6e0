// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "plan/ExpectedOperation.h"
#include "plan/PlannedJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace larder {

// The dumps the schedule expects in the next hours, in time order ("02:30 shop, 02:30 blog (waits for
// server db1), 06:00 wiki"): the due jobs now, then each slot of each scheduled, enabled job up to the
// horizon, each with when it is expected to start and end, so that a queue behind a busy server shows.
// Pure: a view (larder watch, the desktop app) passes what it planned, and the time.
//
// The timeline is simulated instant by instant, in time order:
// - The operations falling due at one instant form one run (one `larder run`). Each dump lasts its
//   job's last successful dump (PlannedJob::lastDurationMs), or kUnknownDurationMs when it has none
//   (durationKnown false), so that it still shows on a timeline.
// - Within a run, dumps start in plan order (the coordinator's) as soon as both their server's
//   max_parallel and the run's runMaxParallel allow, a place freeing when a dump ends; a dump its
//   server or the run holds back at the run's start waits for that limit, as the coordinator reports.
// - One run at a time (the run lock): a run starts at its instant, or when the run before it ends if
//   that is later (a cron run started meanwhile would find the lock held and exit 75); its dumps
//   that start late only for that reason wait for "the previous run". Runs are not merged: the
//   instants a long run overlaps each start their own run after it, one after the other.
// waitsFor is empty exactly when startUtc == atUtc.
class ExpectedOperations final
{
    Q_DECLARE_TR_FUNCTIONS(larder::ExpectedOperations)

public:
    static constexpr qint64 kHorizonSeconds = 24 * 3600;
    // A job every minute would list 1440 dumps; a view shows the first few anyway.
    static constexpr int kMostSlotsPerJob = 96;
    // A job that never succeeded has no duration to go by; a minute keeps it visible on a timeline.
    static constexpr qint64 kUnknownDurationMs = 60 * 1000;

    static QList<ExpectedOperation> list(const QList<PlannedJob>& plan, int runMaxParallel,
                                         const QDateTime& now, const QTimeZone& zone,
                                         qint64 horizonSeconds = kHorizonSeconds);

private:
    // Times the operations of one instant (one run) not before previousRunEnd (invalid: none), each
    // coming with its duration as endUtc - startUtc; returns when the run ends.
    static QDateTime simulateRun(QList<ExpectedOperation>& together, const QHash<QString, int>& serverLimits,
                                 int runMaxParallel, const QDateTime& previousRunEnd);
};

} // namespace larder
