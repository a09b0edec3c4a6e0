#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace larder {

struct PgDumpBinary
{
    QString path;
    int majorVersion = 0;
    QString versionText; // "pg_dump (PostgreSQL) 15.4"
};

// Finds a pg_dump whose major version is at least the server's.
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
};

} // namespace larder
