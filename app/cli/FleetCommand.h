// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "Command.h"

// `larder fleet [--json]`: the hosts sharing the history, with what each holds and did.
class FleetCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FleetCommand)

public:
    FleetCommand();

protected:
    void addOptions(CommandOptions& options) override;
    int run(const QCommandLineParser& parser) override;

private:
    QCommandLineOption m_json;
};
