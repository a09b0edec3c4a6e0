// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "Command.h"

// `larder prune [JOB...] [--dry-run]`: applies each job's retention rules now.
class PruneCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PruneCommand)

public:
    PruneCommand();

protected:
    void addOptions(CommandOptions& options) override;
    int run(const QCommandLineParser& parser) override;

private:
    QCommandLineOption m_dryRun;
};
