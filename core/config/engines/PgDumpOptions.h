// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/JobConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace larder {

// What Larder knows of pg_dump's options (PostgreSQL 15 to 17), to check pg_dump_args against an
// allow-list. Anything that is not an option (or an option's value) would reach pg_dump as its
// database argument, which it reads as a connection string: another server, sent the password.
class PgDumpOptions final
{
    Q_DECLARE_TR_FUNCTIONS(PgDumpOptions)

public:
    // One element of pg_dump_args that cannot stay, with a message saying why and what to do.
    struct Problem
    {
        qsizetype element = 0;
        QString message;
    };

    // Elements that are not pg_dump options Larder allows: positional ones, "--", unknown or
    // abbreviated options, options Larder sets itself, a value missing at the end.
    static QList<Problem> check(const QStringList& args);
    // Options of valid args that do not fit a job of this format: -j without the directory format,
    // --clean or --create for plain dumps. `who` names the job(s) for the messages.
    static QList<Problem> checkForFormat(const QStringList& args, DumpFormat format, const QString& who);
    // Whether args choose which tables' data is dumped (-t, -T, -n, -N, -s, -e, --exclude-table-data,
    // --section, --filter, ...): then a table counted at dump time may rightly be absent or empty.
    static bool selectsTables(const QStringList& args);
};

} // namespace larder
