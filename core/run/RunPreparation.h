// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "config/Config.h"
#include "config/JobConfig.h"
#include "history/HistoryRecord.h"
#include "plan/PlannedJob.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace larder {

class History;

// The steps between taking the run lock and starting the coordinator that `larder run` and
// RunService share, so that cron and the desktop app choose, order and explain runs alike.
class RunPreparation final
{
    Q_DECLARE_TR_FUNCTIONS(RunPreparation)

public:
    // Repairs what a killed run left (RunRecovery) and returns one line per repaired attempt, for a
    // person to read. config says where each job's files are. Call only while holding the run lock.
    static Result<QStringList> recover(History& history, const Config& config);
    // The first name that is not a job of config, explained with the list of known jobs; nullopt if
    // every name is known. withDiscovered: config already holds the discovered jobs (the message
    // then says "configured and discovered").
    static std::optional<QString> unknownJob(const Config& config, const QStringList& names,
                                             bool withDiscovered);
    // all: every enabled job; else the named jobs (disabled or not); else (no names) the due ones.
    // Longest first (by the last successful dump), which shortens the whole run.
    static QList<PlannedJob> select(const QList<PlannedJob>& plan, const QStringList& names, bool all);
    // With all: one line per disabled job that all skips, saying how to run it anyway.
    static QStringList disabledSkipped(const QList<PlannedJob>& plan, bool all);
    static QList<JobConfig> jobsOf(const QList<PlannedJob>& selected);
};

} // namespace larder
