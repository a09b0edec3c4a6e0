// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

#include <array>
#include <tuple>

namespace larder {

// One line of a running dump's activity (pg_dump --verbose); notice: one a person should read.
struct LiveActivity
{
    QString job;
    QString line;
    bool notice = false;

    // The fields in one order, with their JSON names (LiveJson), once.
    static constexpr std::array kNames{"job", "line", "notice"};
    auto tie() { return std::tie(job, line, notice); }
    auto tie() const { return std::tie(job, line, notice); }
    bool operator==(const LiveActivity& other) const { return tie() == other.tie(); }
};

} // namespace larder
