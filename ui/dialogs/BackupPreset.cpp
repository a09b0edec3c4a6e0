// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "BackupPreset.h"

namespace larder {

QList<BackupPreset> BackupPreset::all()
{
    // Night-time daily dumps with grandfather-father-son keeping (about a half year back with 17
    // dumps on disk) is what pg_back and most DBAs start with; the others for busier databases.
    return {
        {tr("Every day at 02:30 — keep 7 daily, 4 weekly and 6 monthly dumps"),
         QStringLiteral("daily at 02:30"), 0, 7, 4, 6},
        {tr("Every 6 hours — keep the last 8, then 7 daily and 4 weekly dumps"),
         QStringLiteral("every 6 hours"), 8, 7, 4, 0},
        {tr("Every hour — keep the last 24, then 7 daily, 4 weekly and 12 monthly dumps"),
         QStringLiteral("hourly"), 24, 7, 4, 12},
    };
}

} // namespace larder
