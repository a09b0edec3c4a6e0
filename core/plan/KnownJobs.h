// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "config/Config.h"
#include "config/JobConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace larder {

class History;

// Every job a command can name: the config's jobs, and the jobs only history still knows (a
// discovered database, one that was dropped since, a job removed from the config). The one place
// that rebuilds the settings of a job from history, so that history, verify, restore, prune and
// plan reach the same jobs with the same settings.
class KnownJobs final
{
    Q_DECLARE_TR_FUNCTIONS(KnownJobs)

public:
    struct Known
    {
        JobConfig job;
        bool configured = false;       // one of config.jobs
        bool serverConfigured = false; // job.server is the config's server of that name
        QString settingsFrom;          // for a job rebuilt from history: "server NAME" or "[defaults]"
    };

    // A job of the config with that name, else the job history knows by it: the config's settings
    // of its server (else [defaults]), with its database, server name, dump directory and format as
    // its newest dump had them. history may be null (no history yet). nullopt: neither knows it.
    static Result<std::optional<Known>> find(const Config& config, History* history, const QString& name);

    struct HistoryJob
    {
        Known known;
        int keptDumps = 0;   // successful dumps not pruned
        QDateTime newestUtc; // start of the newest of them
    };
    // Jobs with kept dumps that history knows and config.jobs lacks, sorted by name. Call it with
    // the discovered jobs applied to config and it lists the orphaned ones.
    static Result<QList<HistoryJob>> historyOnly(const Config& config, History& history);
};

} // namespace larder
