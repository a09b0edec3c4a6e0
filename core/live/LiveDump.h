// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

#include <array>
#include <tuple>

namespace larder {

// One running dump as a live view shows it. Times are monotonic milliseconds (LiveRun::monotonicMs),
// so that a clock change mid-run does not bend elapsed times or rates.
struct LiveDump
{
    QString job;
    QString server;
    qint64 bytes = 0;
    qint64 startedMs = 0;
    qint64 estimate = 0;       // the previous successful dump's size; 0: a first dump, no estimate
    qint64 bytesPerSecond = 0; // over the last few seconds (RateWindow)
    qint64 grewMs = 0;         // when bytes last grew: a dump that stops growing is stalled
    QString stalled;           // why it writes nothing, as the engine found out; empty: it grows

    // The fields in one order, with their JSON names (LiveJson), once.
    static constexpr std::array kNames{"job",      "server",         "bytes",  "startedMs",
                                       "estimate", "bytesPerSecond", "grewMs", "stalled"};
    auto tie() { return std::tie(job, server, bytes, startedMs, estimate, bytesPerSecond, grewMs, stalled); }
    auto tie() const
    {
        return std::tie(job, server, bytes, startedMs, estimate, bytesPerSecond, grewMs, stalled);
    }
    bool operator==(const LiveDump& other) const { return tie() == other.tie(); }
};

} // namespace larder
