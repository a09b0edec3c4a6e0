// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "Command.h"

// `larder restore JOB [--dump PATH | --at TIME] --to DBNAME [--server NAME] [--clean] [--jobs N]`
class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    RestoreCommand();

protected:
    void addOptions(CommandOptions& options) override;
    int run(const QCommandLineParser& parser) override;

private:
    // What the restore is doing, as opposed to what went wrong: left out with --quiet.
    void note(const QString& text);
    // A line per restored item with --verbose, else one at each tenth of the items.
    void showProgress(int done, int total, const QString& item, bool verbose);
    // A globals job: says what its newest dump would create and how to replay it by hand.
    int refuseGlobals(const larder::JobConfig& job, const larder::Config& config);

    QCommandLineOption m_dump;
    QCommandLineOption m_at;
    QCommandLineOption m_to;
    QCommandLineOption m_server;
    QCommandLineOption m_clean;
    QCommandLineOption m_jobs;
    QCommandLineOption m_quiet;
    QCommandLineOption m_verbose;
    bool m_quietNotes = false;
};
