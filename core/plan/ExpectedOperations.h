// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "plan/ExpectedOperation.h"
#include "plan/PlannedJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace larder {

// The dumps the schedule expects in the next hours, in time order ("02:30 shop, 02:30 blog (waits for
// server db1), 06:00 wiki"): the due jobs now, then each slot of each scheduled, enabled job up to the
// horizon. Jobs falling due together (one run) beyond their server's limit, or beyond the run's, wait.
// Pure: a view (larder watch, the desktop app) passes what it planned.
class ExpectedOperations final
{
    Q_DECLARE_TR_FUNCTIONS(larder::ExpectedOperations)

public:
    static constexpr qint64 kHorizonSeconds = 24 * 3600;
    // A job every minute would list 1440 dumps; a view shows the first few anyway.
    static constexpr int kMostSlotsPerJob = 96;

    static QList<ExpectedOperation> list(const QList<PlannedJob>& plan, int runMaxParallel,
                                         const QDateTime& now, const QTimeZone& zone,
                                         qint64 horizonSeconds = kHorizonSeconds);

private:
    // Marks the operations of one instant beyond the limits as waiting.
    static void applyLimits(QList<ExpectedOperation>& together, const QList<PlannedJob>& plan,
                            int runMaxParallel);
};

} // namespace larder
