// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

// The one spelling of each config key's name (and of the top-level tables). ConfigKeyTable's entries are
// named by these, so a call site that writes a key through a constant cannot write a key the loader rejects.
// constexpr views of string literals: no static initialisation, usable from any translation unit.
// A QString parameter takes them as they are (QString(QLatin1StringView) is implicit); toml++
// takes std::string_view(k.data(), k.size()).
namespace larder::keys {

// Job keys: every section, inherited database -> server -> [defaults].
inline constexpr QLatin1StringView dumpDir{"dump_dir"};
inline constexpr QLatin1StringView schedule{"schedule"};
inline constexpr QLatin1StringView format{"format"};
inline constexpr QLatin1StringView compression{"compression"};
inline constexpr QLatin1StringView timeout{"timeout"};
inline constexpr QLatin1StringView pgDumpArgs{"pg_dump_args"};
inline constexpr QLatin1StringView mariadbDumpArgs{"mariadb_dump_args"};
inline constexpr QLatin1StringView keepLast{"keep_last"};
inline constexpr QLatin1StringView keepDaily{"keep_daily"};
inline constexpr QLatin1StringView keepWeekly{"keep_weekly"};
inline constexpr QLatin1StringView keepMonthly{"keep_monthly"};
inline constexpr QLatin1StringView keepWithin{"keep_within"};
inline constexpr QLatin1StringView testRestore{"test_restore"};
inline constexpr QLatin1StringView restoreServer{"restore_server"};
inline constexpr QLatin1StringView retry{"retry"};
inline constexpr QLatin1StringView enabled{"enabled"};
inline constexpr QLatin1StringView maxAge{"max_age"};
inline constexpr QLatin1StringView minSizeRatio{"min_size_ratio"};
inline constexpr QLatin1StringView beforeDump{"before_dump"};
inline constexpr QLatin1StringView afterDump{"after_dump"};
inline constexpr QLatin1StringView onFailure{"on_failure"};
inline constexpr QLatin1StringView hookTimeout{"hook_timeout"};

// Connection keys: [servers.NAME] and [defaults].
inline constexpr QLatin1StringView engine{"engine"};
inline constexpr QLatin1StringView host{"host"};
inline constexpr QLatin1StringView port{"port"};
inline constexpr QLatin1StringView user{"user"};
inline constexpr QLatin1StringView sslmode{"sslmode"};
inline constexpr QLatin1StringView pgDump{"pg_dump"};
inline constexpr QLatin1StringView connectTimeout{"connect_timeout"};

// A server's own jobs: [servers.NAME] and [defaults].
inline constexpr QLatin1StringView dumpGlobals{"dump_globals"};
inline constexpr QLatin1StringView databases{"databases"};
inline constexpr QLatin1StringView exclude{"exclude"};

// Per run in [defaults], per server in [servers.NAME].
inline constexpr QLatin1StringView maxParallel{"max_parallel"};

// [defaults] only.
inline constexpr QLatin1StringView history{"history"};
inline constexpr QLatin1StringView hostId{"host_id"};
inline constexpr QLatin1StringView metricsFile{"metrics_file"};
inline constexpr QLatin1StringView afterRun{"after_run"};

// [databases.NAME] only.
inline constexpr QLatin1StringView server{"server"};
inline constexpr QLatin1StringView dbname{"dbname"};

// [notify.NAME] only (and timeout, shared with the job keys).
inline constexpr QLatin1StringView url{"url"};
inline constexpr QLatin1StringView kind{"kind"};
inline constexpr QLatin1StringView on{"on"};
inline constexpr QLatin1StringView jobs{"jobs"};
inline constexpr QLatin1StringView servers{"servers"};
inline constexpr QLatin1StringView headers{"headers"};
inline constexpr QLatin1StringView startSuffix{"start_suffix"};
inline constexpr QLatin1StringView failSuffix{"fail_suffix"};
inline constexpr QLatin1StringView successSuffix{"success_suffix"};
inline constexpr QLatin1StringView priority{"priority"};
inline constexpr QLatin1StringView tags{"tags"};
inline constexpr QLatin1StringView method{"method"};
inline constexpr QLatin1StringView room{"room"};
inline constexpr QLatin1StringView token{"token"};

} // namespace larder::keys

// The top-level tables a config file holds: [defaults], [servers.NAME], [databases.NAME], [notify.NAME].
namespace larder::tables {

inline constexpr QLatin1StringView defaults{"defaults"};
inline constexpr QLatin1StringView servers{"servers"};
inline constexpr QLatin1StringView databases{"databases"};
inline constexpr QLatin1StringView notify{"notify"};

} // namespace larder::tables
