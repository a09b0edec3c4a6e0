// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/JobConfig.h"
#include "history/HistoryRecord.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace larder {

// Which slot a dump fills, as FleetClaims keys it: for a scheduled run, the schedule's latest slot
// (every host that plans the job then names the same slot, and only one dumps it); for a run on
// demand, a schedule of "always", or a job whose schedule has no slot yet, this host's own instant,
// which no other host's claim meets.
namespace DumpSlot {

QString of(const JobConfig& job, Trigger trigger, const QDateTime& nowUtc, const QTimeZone& zone,
           const QString& host);

} // namespace DumpSlot

} // namespace larder
