// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"
#include "config/JobConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace larder {

// Where one dump of a job is written while it runs and where it lands: every engine's dump tasks
// name their files the same way, <dump_dir>/<job>/<job>_<yyyyMMddTHHmmssZ><extension>.
struct DumpPaths
{
    Q_DECLARE_TR_FUNCTIONS(DumpPaths)

public:
    QString finalPath;
    QString partialPath; // finalPath + ".partial"

    // Two dumps of one job within the same second (small databases, `larder run JOB` twice) must not
    // collide: the later one gets a counter. The run lock keeps this free of races.
    static DumpPaths choose(const JobConfig& job, const QDateTime& startedUtc);
    // The job's directory made (PrivateDirectory::makeOwned), no dump under the final name, and no
    // partial leftover of ours under the partial name. The message says what is in the way and what
    // to do; empty when ready.
    Message prepare(const JobConfig& job) const;
    // Removes the partial dump (file or directory); what could not be removed, language-neutral.
    Message removePartial() const;
};

} // namespace larder
