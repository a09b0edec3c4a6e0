// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "CommandOptions.h"

#include <QString>
#include <QStringList>

// What a shell offers after `larder ... <Tab>`, for the bash, zsh and fish scripts that run the hidden
// `larder __complete WORD...`: commands, each command's options, and the names of the config's jobs
// and servers where an argument or an option's value takes one. The commands' own declarations
// (CommandOptions) say what takes what, so a new option is offered without touching the scripts.
class Completion final
{
public:
    // The one candidate that tells the shell to complete a file name itself.
    static QString filesMarker() { return QStringLiteral(":files"); }

    // words: what follows `larder` on the command line; the last is the word being completed (empty
    // when the cursor is after a space). The candidates that start with it, in a stable order.
    static QStringList candidates(const QStringList& words);

private:
    // The names a value of this kind may take; configPath: --config as given ("" for the default).
    static QStringList valuesOf(CommandOptions::Values values, const QString& configPath);
    static QStringList jobNames(const QString& configPath);
    static QStringList serverNames(const QString& configPath);
};
