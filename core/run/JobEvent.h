// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "engine/DumpOutcome.h"

#include <QDateTime>
#include <QString>

namespace larder {

// Skipped: another host sharing the history dumped this slot, is dumping it, or saw it fail and
// waits out the backoff (FleetClaims); the detail says which.
enum class JobState { Queued, Running, Succeeded, Failed, Cancelled, Skipped };

QString jobStateName(JobState state); // "queued", "running", "succeeded", "failed", "cancelled", "skipped"

// A job's state change as the coordinator reports it.
struct JobEvent
{
    QString job;
    QString server;
    JobState state = JobState::Queued;
    QString detail; // why it waits ("server limit"), or the error
    // Succeeded, but the dump looks wrong (DumpSizeCheck), in the reader's language; empty: none.
    // History keeps it too (HistoryRecord::warning).
    QString warning;
    QDateTime startedUtc;
    qint64 elapsedMs = 0;
    DumpOutcome outcome; // set when finished
};

} // namespace larder
