// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "Command.h"

// `larder secret set|delete NAME`: a token that a [notify.NAME] url or header names as {secret:NAME},
// kept in the OS keychain.
class SecretCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)

public:
    SecretCommand();

protected:
    void addOptions(CommandOptions& options) override;
    int run(const QCommandLineParser& parser) override;
};
