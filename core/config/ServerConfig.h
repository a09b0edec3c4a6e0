// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/ConfigDefaults.h"
#include "config/EngineKind.h"

#include <QString>
#include <QStringList>

namespace larder {

// Effective connection settings of one server, after inheritance from [defaults].
struct ServerConfig
{
    QString name; // section name, or "default" for the implicit server built from [defaults]
    EngineKind engine = EngineKind::PostgreSQL; // engine = "postgresql" | "mariadb"
    QString host;                               // host name, IP, or a unix-socket directory (starts with '/')
    int port = ConfigDefaults::kPort;           // the engine's default (defaultPort()) unless set
    QString user;                               // empty: the client's default (the OS user)
    QString sslmode = QLatin1String(ConfigDefaults::kSslMode);
    int maxParallel = ConfigDefaults::kServerMaxParallel; // dumps at once against this server
    QString pgDump; // configured pg_dump path; empty: pick one by server version
    int connectTimeoutSeconds = ConfigDefaults::kConnectTimeoutSeconds;
    bool dumpGlobals =
        ConfigDefaults::kDumpGlobals; // dump_globals: pg_dumpall --globals-only as job "<name>.globals"
    QStringList discoverPatterns;     // databases = "all" (["*"]) or glob patterns; empty: no discovery
    QStringList excludePatterns;      // exclude = [...], globs matched against discovered names

    // Key used in the OS keychain: USER@HOST:PORT.
    QString credentialKey() const;
    // "name (user@host:port)" for log lines and errors.
    QString displayName() const;
    // A database this server's discovery dumps: matched by databases, not by exclude (whole-name,
    // case-sensitive globs). False when the server discovers nothing.
    bool discovers(const QString& dbname) const;
};

} // namespace larder
