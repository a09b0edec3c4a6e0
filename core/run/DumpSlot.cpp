// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "run/DumpSlot.h"

#include "history/StoredTime.h"

namespace larder::DumpSlot {

QString of(const JobConfig& job, Trigger trigger, const QDateTime& nowUtc, const QTimeZone& zone,
           const QString& host)
{
    if (trigger == Trigger::Schedule) {
        const QDateTime slot = job.schedule.latestSlot(nowUtc, zone);
        if (slot.isValid())
            return StoredTime::toText(slot);
    }
    return QStringLiteral("%1 %2 %3").arg(StoredTime::toText(nowUtc), host, triggerName(trigger));
}

} // namespace larder::DumpSlot
