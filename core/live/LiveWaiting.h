// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

#include <array>
#include <tuple>

namespace larder {

// A job of the run that has not started, with the coordinator's reason ("waiting: server db1 is at
// its limit of 1 dump at once"); an empty reason: queued, no limit reached yet.
struct LiveWaiting
{
    QString job;
    QString server;
    QString reason;

    // The fields in one order, with their JSON names (LiveJson), once.
    static constexpr std::array kNames{"job", "server", "reason"};
    auto tie() { return std::tie(job, server, reason); }
    auto tie() const { return std::tie(job, server, reason); }
    bool operator==(const LiveWaiting& other) const { return tie() == other.tie(); }
};

} // namespace larder
