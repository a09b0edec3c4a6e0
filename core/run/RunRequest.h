// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/Config.h"
#include "history/HistoryRecord.h"

#include <QStringList>

namespace larder {

// What a RunPipeline runs: a snapshot of the config (a reload mid-run changes nothing) and the choice
// of jobs, as `larder run` and the desktop app ask for them.
struct RunRequest
{
    Config config;
    QStringList names; // the named jobs; empty (and all false): the due ones
    bool all = false;  // every enabled job
    Trigger trigger = Trigger::Schedule;
    // Plan only (`larder run --dry-run`): no recovery, no dumps, no test-restores; the history may
    // be absent.
    bool dryRun = false;
    // A long-running host (the desktop app) rather than a single command: a name that discovery no
    // longer finds and a failed look-up of the due test-restores are notices, not the end of the run,
    // and jobs that have no dump before the run and none in it are not test-restored (saying so every
    // minute would be noise).
    bool lenient = false;
    // Test-restore the newest dumps of these jobs now and do nothing else (the desktop app's
    // Test-Restore); a job without a successful dump is a failed check. Empty: as the names say.
    QStringList testRestoreNames;
};

} // namespace larder
