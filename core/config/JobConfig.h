// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/ConfigDefaults.h"
#include "config/DumpFormat.h"
#include "config/RetentionRules.h"
#include "config/Schedule.h"
#include "config/ServerConfig.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace larder {

// Database: pg_dump of one database. Globals: pg_dumpall --globals-only (roles, tablespaces) of the
// whole server, the job "SERVER.globals" made by dump_globals = true.
enum class JobKind { Database, Globals };

// One job ([databases.NAME]) with every value resolved: database -> server -> [defaults] -> built-in.
// Discovered and globals jobs resolve server -> [defaults] -> built-in (Config::serverTemplates).
struct JobConfig
{
    QString name;
    JobKind kind = JobKind::Database;
    bool discovered = false; // made by DatabaseDiscovery from the server's databases key
    ServerConfig server;
    QString dbname;
    Schedule schedule;
    // enabled = false: never due on its schedule; `larder run NAME` (or Back Up Selected Now) still dumps it.
    bool enabled = ConfigDefaults::kEnabled;
    // retry: after a failure the job is due again only after this many seconds, doubled with each
    // failure in a row and capped at the schedule's period, so a broken job is not retried (and
    // reported) at every run. 0 ("off"): due at every run until it succeeds.
    int retrySeconds = kDefaultRetrySeconds;
    static constexpr int kDefaultRetrySeconds = ConfigDefaults::kRetrySeconds;
    // max_age: a job whose newest successful dump is older is stale (Freshness). nullopt: not set, the
    // default follows from the schedule; 0 ("off"): never stale.
    std::optional<int> maxAgeSeconds;
    DumpFormat format = ConfigDefaults::kFormat;
    int compression = ConfigDefaults::kCompression;
    QString dumpDir; // absolute, cleaned
    int timeoutSeconds = ConfigDefaults::kTimeoutSeconds;
    QStringList pgDumpArgs;      // PostgreSQL servers only
    QStringList mariadbDumpArgs; // MariaDB servers only
    RetentionRules retention;    // keep_* keys
    // min_size_ratio: a successful dump smaller than this fraction of the median of the job's recent
    // successful dumps is recorded with a warning (DumpSizeCheck); 0: never.
    double minSizeRatio = ConfigDefaults::kMinSizeRatio;
    // Hooks: argv with the program resolved at load (absolute); empty: none. hookTimeoutSeconds bounds each.
    QStringList beforeDump;
    QStringList afterDump;
    QStringList onFailure;
    int hookTimeoutSeconds = ConfigDefaults::kHookTimeoutSeconds;
    Schedule testRestore;       // test_restore; manual (the default) = only `larder verify --restore`
    ServerConfig restoreServer; // restore_server resolved; defaults to `server`

    // For `larder plan --explain`: key -> where the effective value came from, e.g.
    // "databases.app (larder.toml:12:1)", "servers.main (larder.toml:5:1)", "defaults (...)", "built-in".
    QMap<QString, QString> origins;

    // <dumpDir>/<name>
    QString outputDirectory() const;
    // ".dump", ".sql", ".sql.gz", ".tar", or "" for directory format.
    QString fileExtension() const;
    // Per-table row counts are recorded at dump time (in pg_dump's own snapshot) only for jobs that
    // are test-restored on a schedule: counting reads every table once more.
    bool recordsRowCounts() const { return testRestore.kind() != Schedule::Kind::Manual; }
};

} // namespace larder
