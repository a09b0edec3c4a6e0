// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace larder {

class MariaDbConnection;

// One SQL statement through the mariadb client (--batch): what probes, discovery and checks ask a
// MariaDB server. The client rather than a client library: it reads the same option files, TLS
// settings and authentication plugins as mariadb-dump, so what connects here connects for the dump,
// and the errors are in the server's words. Blocking, bounded by the connect timeout plus the
// statement's own time: call it off the GUI thread.
class MariaDbQuery final
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbQuery)

public:
    // database: the one to use (the client fails if it does not exist); empty for none.
    // The answer's rows, each its columns (the client's escapes undone). The connection must be open.
    // Errors carry the client's words and, where Larder knows one, what to do.
    static Result<QList<QStringList>> run(const MariaDbConnection& connection, const QString& sql,
                                          const QString& database, int statementTimeoutMs = 60'000,
                                          const std::shared_ptr<std::atomic_bool>& interrupt = {});
    // Undoes --batch's escapes (\t, \n, \\, \0) in one column.
    static QString unescape(const QString& column);
};

} // namespace larder
