// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

class Command;

// Dispatches `larder COMMAND ...` to its Command; prints the overview help with exit codes.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // The common options before the command (--config FILE, -c FILE, --config=FILE), where git and
    // systemctl take theirs; Cli::run and the completion read them the same way.
    struct LeadingOptions
    {
        QStringList words;    // as given, handed on to the command after its name
        QString configPath;   // the last one's file
        qsizetype next = 0;   // the first word after them
        QString missingValue; // the option that ended the words without its file
    };
    static LeadingOptions leadingOptions(const QStringList& words, qsizetype from);

    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    // Every command, in the order the overview lists them (the manual pages and completion too).
    static std::vector<std::unique_ptr<Command>> commands();

private:
    static QString overview();
};
