// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/ServerConfig.h"

#include <QString>

#include <optional>

namespace larder {

// One restore of a dump into a database of a server, whichever engine's (DatabaseEngine::createRestore).
struct RestoreRequest
{
    QString dumpPath;
    QString expectedSha256; // from history; empty: not checked
    ServerConfig server;
    QString targetDatabase;
    std::optional<QString> password; // nullopt: the client's own lookup (~/.pgpass, ~/.my.cnf)
    bool clean = false;              // restore over existing objects (where the format allows)
    int jobs = 1;                    // parallel restore jobs (where the format allows)
};

} // namespace larder
