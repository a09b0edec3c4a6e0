// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "Command.h"

// `larder history [JOB] [--limit N] [--json]`, `larder history --notifications [--limit N] [--json]`,
// `larder history --hooks [JOB] [--limit N] [--json]`
class HistoryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    HistoryCommand();

protected:
    void addOptions(CommandOptions& options) override;
    int run(const QCommandLineParser& parser) override;

private:
    // The deliveries of [notify.NAME] sections, newest first.
    int listNotifications(const QString& historyPath, int limit, bool json);
    // The runs of hooks (before_dump, after_dump, on_failure, after_run), newest first; the JSON has
    // each one's whole kept output.
    int listHookRuns(const QString& historyPath, const QString& job, int limit, bool json);
    // Says why the history could not be read; the exit code.
    int readFailed(const larder::Error& error);

    QCommandLineOption m_limit;
    QCommandLineOption m_json;
    QCommandLineOption m_notifications;
    QCommandLineOption m_hooks;
};
