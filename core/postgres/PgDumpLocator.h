// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "base/Message.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace larder {

struct PgDumpBinary
{
    QString path;
    // Same scale as ServerInfo::majorVersion(): 15 for 15.4, 906 for 9.6.24.
    int majorVersion = 0;
    QString versionText; // "pg_dump (PostgreSQL) 15.4"
};

// Finds a pg_dump whose major version is at least the server's.
// For tests and packagers: LARDER_PG_DUMP_SEARCH_PATH (colon-separated directories) replaces the
// built-in candidate list and PATH; each directory's pg_dump is a candidate.
class PgDumpLocator final
{
    Q_DECLARE_TR_FUNCTIONS(PgDumpLocator)

public:
    // Runs "PATH --version" (cached per path for the process's lifetime).
    static Result<PgDumpBinary> inspect(const QString& path);
    // Configured path if set (an error if too old), else the newest fitting one among
    // /usr/lib/postgresql/*/bin, Homebrew and Postgres.app locations on macOS, then PATH.
    // The error names both versions and how to fix it (install postgresql-client-N or set pg_dump).
    static Result<PgDumpBinary> locate(const QString& configuredPath, int serverMajorVersion);
    static QStringList candidatePaths();

    // Whose install locations installDirs() lists; every system but macOS has Linux's.
    enum class Platform { Linux, MacOS };
    static Platform currentPlatform();
    // The bin directories of the PostgreSQL installs found under root ("" for the real file system;
    // tests pass a scratch tree), before PATH. Versioned ones first, each place's newest first:
    // Linux: /usr/lib/postgresql/N/bin (Debian, Ubuntu). macOS: Homebrew's postgresql@N (Apple
    // silicon /opt/homebrew, then Intel /usr/local), Postgres.app's Contents/Versions/N; then the
    // unversioned ones: Homebrew's libpq (its client tools are those of the newest release),
    // Postgres.app's Versions/latest unless it is one listed already. Existing directories only.
    static QStringList installDirs(Platform platform, const QString& root = QString());
    // The path locate() most likely picks, found without running anything (a dump may start with it
    // while the probe is still connecting): the configured one, else the first candidate, which is
    // the newest versioned install. Empty when there is none.
    static QString likelyPath(const QString& configuredPath);
    // Another client tool ("pg_restore", "psql", "pg_dumpall") of major version minMajorVersion or
    // newer, newest first, from the same places as pg_dump (LARDER_PG_DUMP_SEARCH_PATH included).
    static Result<PgDumpBinary> locateClientTool(const QString& tool, int minMajorVersion);
    static QStringList candidatePaths(const QString& tool);
    // Like parseMajorVersion, for "TOOL (PostgreSQL) 15.4"; 0 when it is not that tool.
    static int parseToolMajorVersion(const QString& versionText, const QString& tool);
    // Parses "pg_dump (PostgreSQL) 15.4" (also "16beta2", "9.6.24"); 0 when it is not pg_dump.
    static int parseMajorVersion(const QString& versionText);
    // "15", or "9.6" for the old two-part majors.
    static QString majorVersionName(int majorVersion);

private:
    // What a search of the candidates found: the newest of at least the minimum version, and every
    // version seen (for the error when none fits).
    struct Search
    {
        std::optional<PgDumpBinary> best;
        QList<Message> found; // language-neutral: they end up in an error for the history
    };

    static Result<PgDumpBinary> inspectTool(const QString& path, const QString& tool);
    static Search searchNewest(const QString& tool, int minMajorVersion);
    // LARDER_PG_DUMP_SEARCH_PATH, or the words for the built-in places.
    static Message searchedPlaces();
};

} // namespace larder
