// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "history/History.h"
#include "history/PlanHistory.h"

#include <QString>
#include <QTextStream>

#include <memory>
#include <tl/expected.hpp>

// What plan and check --fresh plan from: the history, if it exists, and what the planner needs
// from it. Reading takes no lock, and a missing history just means nothing ran yet.
struct PlanRecords
{
    std::unique_ptr<larder::History> history; // null when no history exists yet (a file not made)
    larder::PlanHistory records;              // empty then

    // On failure prints "larder COMMAND: message" on err and returns the exit code (JobFailed).
    static tl::expected<PlanRecords, int> read(const QString& historyPath, const QString& command,
                                               QTextStream& err);
};
