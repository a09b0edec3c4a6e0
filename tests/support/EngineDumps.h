// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/DumpFormat.h"
#include "config/JobConfig.h"
#include "engine/DumpOutcome.h"

#include <QString>

#include <optional>

class PgCluster;

namespace larder {
class DumpTask;
}

// Dumps that tests make through the engine itself, without the command line: the job of a test
// cluster's database and the wait for its task.
namespace EngineDumps {

// Job name of cluster's database dbname, as the superuser over its unix socket (server "main"),
// dumped below dumpDir with a timeout of 120 s.
larder::JobConfig superuserJob(const PgCluster& cluster, const QString& name, const QString& dbname,
                               larder::DumpFormat format, int compression, const QString& dumpDir);

// Starts task and lets events run until it finishes or timeoutMs pass: its outcome, or none.
std::optional<larder::DumpOutcome> runToEnd(larder::DumpTask& task, int timeoutMs);

} // namespace EngineDumps
