// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "Command.h"

// `larder password set|delete SERVER`
class PasswordCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PasswordCommand)

public:
    PasswordCommand();

protected:
    void addOptions(CommandOptions& options) override;
    int run(const QCommandLineParser& parser) override;
};
