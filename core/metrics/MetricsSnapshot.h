// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "history/AttemptCounts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace larder {

struct Config;
class History;
struct PlanHistory;

// Every job's numbers as the config and the history say at one instant: what `larder metrics`
// prints and what each run leaves in metrics_file. Read from history only, never from a running
// process, so that the file a run wrote and the command agree.
//
// The jobs: the config's (with their freshness, as `larder check --fresh` judges it), then every
// other job history knows (discovered, or gone from the config), whose freshness needs a connection
// and is not judged, as check --fresh does not judge it either.
struct MetricsSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(MetricsSnapshot)

public:
    struct Job
    {
        QString name;
        QString server;
        QString engine;           // "postgresql", "mariadb"; empty when its server is gone
        QDateTime lastSuccessUtc; // start of the newest successful dump; invalid: none
        qint64 lastDumpBytes = 0;
        qint64 lastDumpMs = 0;
        bool lastDumpWarning = false; // DumpSizeCheck found it suspiciously small
        QDateTime lastAttemptUtc;     // start of the newest finished attempt; invalid: none
        bool lastAttemptSucceeded = false;
        bool stale = false;
        qint64 maxAgeSeconds = 0; // the freshness limit; 0: not checked
        // Failed attempts since the newest success, as the planner counts them for the retry backoff
        // (PlanHistory::failures): interrupted and cancelled attempts neither count nor reset it.
        int consecutiveFailures = 0;
        AttemptCounts attempts;
    };

    // The last run that made attempts (History::lastRunAttempts()).
    struct Run
    {
        QDateTime startedUtc;  // start of its first attempt; invalid: no run yet
        QDateTime finishedUtc; // end of its last attempt
        AttemptCounts jobs;    // its attempts by how they ended
        qint64 warnings = 0;   // its successful dumps with a warning (counted in jobs.success too)
    };

    QList<Job> jobs;          // sorted by name
    QDateTime lastAttemptUtc; // start of the newest finished attempt of any job; invalid: none
    Run lastRun;
    QString version; // Larder's (QCoreApplication::applicationVersion())

    // history may be null (no history file yet): every job without numbers. known: the history's
    // PlanHistory when the caller has just read it (a run's end), read again otherwise.
    static Result<MetricsSnapshot> read(const Config& config, History* history, const QDateTime& nowUtc,
                                        const PlanHistory* known = nullptr);
};

} // namespace larder
