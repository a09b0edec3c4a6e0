// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <optional>

#include <QtGlobal>

namespace larder {

// keep_last / keep_daily / keep_weekly / keep_monthly / keep_within of one job. A dump is kept if
// any rule keeps it; no rule at all keeps everything.
struct RetentionRules
{
    std::optional<int> keepLast;
    std::optional<int> keepDaily;   // newest success of each of the last N local days that have one
    std::optional<int> keepWeekly;  // ... ISO weeks
    std::optional<int> keepMonthly; // ... months
    std::optional<qint64> keepWithinSeconds;

    bool isEmpty() const
    {
        return !keepLast && !keepDaily && !keepWeekly && !keepMonthly && !keepWithinSeconds;
    }
};

} // namespace larder
