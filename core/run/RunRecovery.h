// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "history/HistoryRecord.h"

#include <QCoreApplication>
#include <QList>

namespace larder {

class History;
struct Config;

// After a killed run: rows still "running" become "interrupted" and the partial files they
// name are removed, unless the dump was complete (renamed, with a matching sidecar): then it is
// recorded as the success it was. The password files of client tools that a killed process left
// (SecretFile) are removed too, and the claims of the rows repaired end as their attempts did. Call
// only while holding the run lock, so no live run owns those rows. In a shared history only this
// host's rows are repaired: another host's may belong to a run going on there, unless its claim
// lapsed (FleetClaims::lapsedAttempts): then it is recorded as interrupted, its files left to that
// host.
//
// History is not trusted to say where things are: only entries directly inside the job's
// directory as config says (<dump_dir>/<job>) and named like Larder names them are deleted, through
// JobDirectory. A row of a job config no longer has, or naming a path elsewhere, is still marked
// interrupted; what it names is left, and its error and the log say so.
class RunRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(RunRecovery)

public:
    // Returns the rows it repaired. config: the configured jobs (discovered ones need not be added:
    // their directories follow from their server's settings).
    static Result<QList<HistoryRecord>> recover(History& history, const Config& config);
};

} // namespace larder
