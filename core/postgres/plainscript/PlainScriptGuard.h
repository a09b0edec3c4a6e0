// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace larder {

class PlainScriptScanner;

// Tells whether a plain SQL dump (pg_dump --format=plain) stays inside the database psql replays it
// into: Larder restores such a dump with psql -f into one target database, and a script made with
// --create would drop or create databases and \connect elsewhere, a globals dump would create roles.
// Reads the whole script as a stream in bounded memory and names the first statement that acts
// outside its target, with its line.
//
// It checks what the script says, as psql and the server read it. It is not a sandbox: code that the
// script creates and runs on the server (a DO block, a function, dblink) can do whatever the restoring
// role may; only a role without those rights contains that.
class PlainScriptGuard final
{
    Q_DECLARE_TR_FUNCTIONS(PlainScriptGuard)

public:
    PlainScriptGuard() = delete;

    // Reads script (open for reading) to its end; nameForMessages names it in the error.
    static Result<void> check(QIODevice& script, const QString& nameForMessages);
    // A .sql file, or a gzip-compressed one (.gz, decompressed here as psql is fed it).
    static Result<void> checkFile(const QString& path);

private:
    static Result<void> checkGzipFile(const QString& path);
    static Result<void> verdict(PlainScriptScanner& scanner, const QString& nameForMessages);
};

} // namespace larder
