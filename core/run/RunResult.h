// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "history/RestoreCheck.h"
#include "run/RunSummary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace larder {

// How a RunPipeline ended, with what it did.
struct RunResult
{
    enum class Ending {
        Ran,        // dumps or test-restores ran (perhaps cancelled midway: see dumps->cancelled)
        NothingDue, // nothing to dump or test-restore
        Planned,    // a dry run planned the jobs
        Stopped,    // cancelled before anything ran
        Failed,     // a step before the dumps failed: error says why
        UnknownJob, // a named job is not a job even after discovery: error says which (strict only)
    };

    Ending ending = Ending::NothingDue;
    QString error;
    std::optional<RunSummary> dumps; // set when dumps ran
    QList<RestoreCheck> restoreChecks;
    QStringList problems;         // discovery errors, then its warnings
    bool discoveryFailed = false; // a server could not be listed, or a database is not dumped
    QDateTime startedUtc;         // when the dumps (or the test-restores) started
};

} // namespace larder
