// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QVariant>

namespace larder {

// One key a config section may hold: where it may appear, what it takes, its built-in value and a
// line of help. ConfigKeyTable lists every key; the parser, the GUI and the docs check read it.
struct ConfigKey
{
    Q_DECLARE_TR_FUNCTIONS(ConfigKey)

public:
    // The sections a key may appear in. The top level holds only these sections.
    enum class Scope { Defaults = 0x1, Server = 0x2, Database = 0x4, Notify = 0x8 };
    Q_DECLARE_FLAGS(Scopes, Scope)

    // What a key is about; it decides the scopes, and what a key in the wrong section is told.
    enum class Role {
        Job,          // a job setting: every section, inherited database -> server -> [defaults]
        Connection,   // how to reach a server: [servers.NAME] and [defaults]
        ServerJobs,   // makes jobs of the server's own (globals, discovery): [servers.NAME], [defaults]
        Parallelism,  // max_parallel: per run in [defaults], per server in [servers.NAME]
        DefaultsOnly, // history, metrics_file, after_run: once for the whole config
        DatabaseOnly, // server, dbname: which database a [databases.NAME] section dumps
        Notify,       // [notify.NAME] only: where and when a notification goes (timeout is shared)
    };

    // How the value is written, as the parser reads it.
    enum class Type {
        String,           // "text", not empty
        OptionalString,   // "text" that may be empty (host, user: libpq decides)
        Integer,          // a whole number from min to max
        Duration,         // "6 hours" or a positive number of seconds
        Retry,            // a duration, or "off" / 0 (retry, max_age)
        Count,            // keep_*: 0 or more
        Boolean,          // true / false
        Patterns,         // ["glob", ...]; databases also takes "all"
        Schedule,         // "daily", "every 6 hours", ... (Schedule::parse)
        Format,           // custom | directory | plain | tar
        SslMode,          // libpq's sslmode values
        Path,             // relative to the config file's directory, ~ is home
        Arguments,        // pg_dump_args: pg_dump options only (PgDumpOptions)
        Engine,           // postgresql | mariadb (mysql, postgres: synonyms)
        MariaDbArguments, // mariadb_dump_args: mariadb-dump options only (MariaDbDumpOptions)
        Ratio,            // a number from 0 to 1 (min_size_ratio)
        Url,              // an http:// or https:// URL (notify url)
        NotifyKind,       // webhook | ping | ntfy
        Events,           // ["failure", "stale", "warning", "success", "start"]
        Names,            // ["name", ...]: jobs, servers or ntfy tags
        Headers,          // a table of header = "value" (webhook)
        OptionalPath,     // a Path, or "" for none (metrics_file: off)
        Command,          // ["program", "arg", ...]: a hook's argv, no shell; [] for none
    };

    // The built-in value as a config file would write it (QString, qint64, double, bool); invalid when
    // there is none (libpq decides, or the rule is not used). serverSection: for [servers.NAME].
    using BuiltIn = QVariant (*)(bool serverSection);

    const char* name;
    Role role;
    Type type;
    int min; // Integer only
    int max;
    BuiltIn builtIn;
    const char* help;              // QT_TRANSLATE_NOOP("ConfigKey", ...)
    const char* example = nullptr; // Duration, Retry: a value for error messages, e.g. "6 hours"

    QString keyName() const { return QLatin1String(name); }
    Scopes scopes() const;
    bool allowedIn(Scope scope) const { return scopes().testFlag(scope); }
    QString helpText() const; // translated
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ConfigKey::Scopes)

} // namespace larder
