// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/Config.h"
#include "config/PasswordLookup.h"
#include "engine/DatabaseEngine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace larder {

// Turns each server's databases/exclude patterns into jobs named SERVER.DB, built from the
// server's template (Config::serverTemplates). Blocking (it connects to every discovering server):
// use it off the GUI thread.
class DatabaseDiscovery final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseDiscovery)

public:
    struct Outcome
    {
        QList<JobConfig> jobs; // discovered, sorted by name; discovered = true
        // Servers that could not be listed, and databases that match but are not dumped (a name
        // that cannot be a job name, a collision with a configured job or its directory): each
        // means a database is not backed up, so each fails the run.
        QStringList errors;
        // Databases that are gone (their dumps are kept).
        QStringList warnings;
    };

    // True when some server discovers databases (only then is there anything to connect for).
    static bool isNeeded(const Config& config);
    // historyJobs: every job name that has history (History::lastSuccesses() keys), to report
    // discovered databases that no longer exist.
    static Outcome expand(const Config& config, DatabaseEngine& engine, const PasswordLookup& passwords,
                          const QStringList& historyJobs);
    // Adds the discovered jobs to config.jobs, keeping them sorted by name.
    static void apply(Config& config, const QList<JobConfig>& discovered);
};

} // namespace larder
