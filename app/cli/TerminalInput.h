// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>
#include <QTextStream>

#include <optional>

// One line a person types and nobody should see: a password, a token. No echo on a terminal (the
// prompt goes to prompts); one line from standard input otherwise (a pipe, a test). nullopt: nothing
// was given.
class TerminalInput final
{
public:
    static std::optional<QString> readHiddenLine(const QString& prompt, QTextStream& prompts);
};
