// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// Dispatches `larder COMMAND ...` to its Command; prints the overview help with exit codes.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    static QString overview();
};
