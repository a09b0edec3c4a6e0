// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/JobConfig.h"
#include "history/HistoryRecord.h"
#include "history/TableCount.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace larder {

// What a test-restore is asked, whichever engine makes it (DatabaseEngine::createTestRestore).
struct TestRestoreRequest
{
    JobConfig job;
    HistoryRecord dump;               // a successful dump of job
    QList<TableCount> expectedCounts; // counted at dump time (PostgreSQL); empty: none were recorded
    std::optional<QString> password;  // for job.restoreServer; nullopt: the client's own lookup
    QDateTime startedUtc;             // names the scratch database; now if invalid
};

} // namespace larder
