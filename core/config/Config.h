// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/JobConfig.h"
#include "config/NotifyConfig.h"
#include "config/ServerConfig.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace larder {

struct Config
{
    QString path; // the file it was read from (absolute)
    // When that file last changed (invalid for a config read from a string): a job in it is known to
    // exist at least since then (Freshness of jobs that never succeeded).
    QDateTime fileModifiedUtc;
    QString historyPath; // absolute; default $XDG_DATA_HOME/larder/history.sqlite
    QString metricsFile; // absolute; empty: no metrics file (metrics_file)
    QString hostId;      // host_id; empty: the machine's host name (HostIdentity)
    int maxParallel = ConfigDefaults::kRunMaxParallel; // dumps at once for the whole run
    QMap<QString, ServerConfig> servers; // by name, including an implicit "default" when jobs use it
    QList<JobConfig> jobs;               // sorted by name
    // Per server (by name): the job settings its discovered and globals jobs get, resolved
    // server -> [defaults] -> built-in. server, restoreServer and origins are set; name and
    // dbname are empty.
    QMap<QString, JobConfig> serverTemplates;
    // The job settings of [defaults] alone, resolved like a template (name and dbname empty).
    JobConfig defaultsTemplate;
    QList<NotifyConfig> notify; // the [notify.NAME] sections, by name
    // after_run ([defaults] only): argv run once at a run's end; empty: none. Bounded by [defaults]'
    // hook_timeout.
    QStringList afterRun;
    int afterRunTimeoutSeconds = ConfigDefaults::kHookTimeoutSeconds;

    const JobConfig* job(const QString& name) const;
};

} // namespace larder
