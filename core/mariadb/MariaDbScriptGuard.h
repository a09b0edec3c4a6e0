// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "mariadb/MariaDbScriptScanner.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace larder {

// Reads a mariadb-dump script (.sql, or .sql.gz decompressed here) once, statement by statement
// (MariaDbScriptScanner), and hands each statement that stays inside the database it is replayed into
// to a sink, which writes it to the mariadb client's stdin: what runs is what was checked, with no
// window between a check and a second read. Refuses, with the statement's line and what to do, the
// first statement that would reach another database, accounts, the server's files or settings, or
// the client's commands; the rows of the script's INSERTs are counted on the way.
//
// It checks what the script says. It is not a sandbox: a routine, trigger or event the script creates
// runs later with its definer's rights, and may name other databases (Larder does not judge names
// inside stored code); only a restoring user whose rights end at the target database contains that.
class MariaDbScriptGuard final
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbScriptGuard)

public:
    MariaDbScriptGuard() = delete;

    // The whole script, through sink (none: only checked). Errors are language-neutral and name the
    // file and line; a sink that fails ends the read with an error saying the replay stopped.
    static Result<MariaDbScriptScanner::Summary> stream(const QString& path,
                                                        const MariaDbScriptScanner::Sink& sink,
                                                        const std::atomic_bool* interrupt = nullptr);
    static Result<MariaDbScriptScanner::Summary> checkFile(const QString& path,
                                                           const std::atomic_bool* interrupt = nullptr);
    // The refusal of finding in words, language-neutral; where: "FILE:LINE".
    static Message refusal(const MariaDbScriptScanner::Finding& finding, const QString& path);
};

} // namespace larder
