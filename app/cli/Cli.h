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
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    // Every command, in the order the overview lists them (the manual pages and completion too).
    static std::vector<std::unique_ptr<Command>> commands();

private:
    static QString overview();
};
