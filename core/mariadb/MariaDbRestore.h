// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "config/ServerConfig.h"
#include "mariadb/MariaDbScriptScanner.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace larder {

class MariaDbConnection;

// `larder restore` of a mariadb-dump script into one database of a MariaDB server, with the safety
// rules of a PostgreSQL restore: the whole script is checked by MariaDbScriptGuard before anything is
// created (a refused dump touches nothing), the target is created when missing (utf8mb4), an existing
// one is accepted only when empty (the script's DROP TABLE IF EXISTS would replace same-named tables;
// one it created is dropped again when the replay fails or is cancelled),
// then the script is streamed through the guard again into the mariadb client, so what runs is what
// was checked on that read. --clean and --jobs do not exist for these dumps. Blocking: a worker thread.
class MariaDbRestore final
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbRestore)

public:
    struct Request
    {
        QString dumpPath; // its checksum already compared with history by the caller
        ServerConfig server;
        QString targetDatabase;
        std::optional<QString> password; // nullopt: the client's option files
        bool clean = false;
        int jobs = 1;
    };
    struct Outcome
    {
        std::optional<Error> error;
        bool targetTouched = false; // created, or written to
        bool targetDropped = false; // created, then dropped again when the replay failed
        QString toolVersion;
        MariaDbScriptScanner::Summary summary;
    };
    using Note = std::function<void(const QString&)>;

    MariaDbRestore() = delete;

    // --clean and --jobs are PostgreSQL's: refused with what to do instead.
    static Result<void> checkOptions(bool clean, int jobs);
    // A name MariaDB takes as a database: 1 to 64 characters, no '/', '\\' or '.', no trailing space.
    static Result<void> checkDatabaseName(const QString& name);
    // note gets Larder's lines for a person as they happen (from the calling thread).
    static Outcome run(const Request& request, const std::shared_ptr<std::atomic_bool>& interrupt,
                       const Note& note);

private:
    static void dropCreated(const MariaDbConnection& connection, const Request& request, Outcome& out,
                            const Note& note);
};

} // namespace larder
