// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "Command.h"

// `larder metrics`: the Prometheus text a run writes to metrics_file, on stdout.
class MetricsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommand)

public:
    MetricsCommand();

protected:
    void addOptions(CommandOptions& options) override;
    int run(const QCommandLineParser& parser) override;
};
