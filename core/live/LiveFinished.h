// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "run/JobEvent.h"

#include <QString>

#include <array>
#include <tuple>

namespace larder {

// A job of the run that has ended: succeeded (with its file, and a warning when it looks too small),
// failed or cancelled (with the first line of the error; the rest is in the log and the history).
struct LiveFinished
{
    QString job;
    QString server;
    JobState state = JobState::Failed;
    QString error;
    QString path;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    QString warning; // of a success (DumpSizeCheck); empty for most

    // The fields in one order, with their JSON names (LiveJson), once.
    static constexpr std::array kNames{"job",  "server", "state",     "error",
                                       "path", "bytes",  "elapsedMs", "warning"};
    auto tie() { return std::tie(job, server, state, error, path, bytes, elapsedMs, warning); }
    auto tie() const { return std::tie(job, server, state, error, path, bytes, elapsedMs, warning); }
    bool operator==(const LiveFinished& other) const { return tie() == other.tie(); }
};

} // namespace larder
