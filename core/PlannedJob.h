#pragma once

#include "JobConfig.h"

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
    QDateTime nextDueUtc;     // next slot after now; invalid for always/manual
    qint64 lastBytes = 0;
    qint64 lastDurationMs = 0;
};

} // namespace larder
