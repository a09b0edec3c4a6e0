// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace larder {

// What Larder knows of mariadb-dump's options (MariaDB 10.11), to check mariadb_dump_args against an
// allow-list. Anything that is not an option (or an option's value) would reach mariadb-dump as a
// database or table name; options that set what Larder sets itself, or that change what the dump
// file is or where it goes, are refused too.
class MariaDbDumpOptions final
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbDumpOptions)

public:
    // One element of mariadb_dump_args that cannot stay, with a message saying why and what to do.
    struct Problem
    {
        qsizetype element = 0;
        QString message;
    };

    // Elements that are not mariadb-dump options Larder allows: positional ones, "--", unknown or
    // abbreviated options, options Larder sets itself or that change the file, a value missing at
    // the end.
    static QList<Problem> check(const QStringList& args);
    // Whether args choose which tables or rows are dumped (--ignore-table, --where, --no-data,
    // --no-create-info, ...): then a table counted at dump time may rightly be absent or differ.
    static bool selectsTables(const QStringList& args);
};

} // namespace larder
