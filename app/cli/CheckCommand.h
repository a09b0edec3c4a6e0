// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "Command.h"
#include "plan/PlannedJob.h"

namespace larder {
class History;
}

#include <optional>

// `larder check [--connect] [--fresh]`
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    CheckCommand();

protected:
    void addOptions(CommandOptions& options) override;
    int run(const QCommandLineParser& parser) override;

private:
    // Each prints its own line; false / the number of failures when something is wrong.
    bool checkServer(const larder::Config& config, const larder::ServerConfig& server);
    int checkWritable(const larder::Config& config);
    // Each secret a [notify.NAME] section names can be had (environment, then keychain); never
    // prints a value.
    int checkSecrets(const larder::Config& config);
    // --fresh: lists the stale jobs with their age, limit and last error; the exit code.
    int checkFresh(const larder::Config& config);
    void printStale(const larder::PlannedJob& entry, larder::History* history);
    // The error of the newest failed attempt since entry's newest success, if history has one.
    static std::optional<QString> lastError(larder::History& history, const larder::PlannedJob& entry);
    // Why a run could not create or write in directory, or nothing when it could.
    static std::optional<QString> unwritableReason(const QString& directory);
    // Why a run could not write the history (a file, or a shared history's database); none: it can.
    static std::optional<QString> historyProblem(const QString& history);

    QCommandLineOption m_connect;
    QCommandLineOption m_fresh;
};
