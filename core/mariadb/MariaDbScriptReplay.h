// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "mariadb/MariaDbScriptScanner.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

namespace larder {

class MariaDbConnection;

// Replays a mariadb-dump script into one database: the file is read once, each statement checked by
// MariaDbScriptGuard and only then written to the stdin of `mariadb --binary-mode --sandbox
// --database=DB`, which stops at the first error. Blocking (a worker thread); interrupt stops the
// client and the read within a fraction of a second.
class MariaDbScriptReplay final
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbScriptReplay)

public:
    MariaDbScriptReplay() = delete;

    // The script's rows per table on success. Errors, language-neutral: the guard's refusal (nothing
    // after the refused statement reached the server; what came before did), or the client's words.
    static Result<MariaDbScriptScanner::Summary> run(const MariaDbConnection& connection,
                                                     const QString& database, const QString& path,
                                                     const std::shared_ptr<std::atomic_bool>& interrupt);
    // The client's arguments after the connection's, for database.
    static QStringList clientArguments(const MariaDbConnection& connection, const QString& database);
};

} // namespace larder
