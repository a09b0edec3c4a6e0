// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "Command.h"
#include "history/History.h"
#include "history/RestoreCheck.h"
#include "verify/Verifier.h"

#include <functional>
#include <utility>

class SignalWatcher;

// `larder verify [JOB...] [--all] [--restore] [--json]`: checksums and archive readability of
// successful dumps; with --restore also a test-restore of each job's newest dump.
class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    VerifyCommand();

protected:
    void addOptions(CommandOptions& options) override;
    int run(const QCommandLineParser& parser) override;

private:
    void printLines(QList<std::pair<QString, QString>>& lines);
    static void addTestRestores(QList<std::pair<QString, QString>>& lines,
                                const QList<larder::RestoreCheck>& checks);
    // Test-restores the newest successful dump of each job through TestRestoreQueue, one after the
    // other, and records each check; a job without a successful dump is a failed check. A
    // SIGINT/SIGTERM from watcher stops the running restore (its scratch database is still dropped)
    // and skips the rest; the signal lands in caughtSignal.
    QList<larder::RestoreCheck> runTestRestores(const QList<larder::JobConfig>& jobs,
                                                larder::History& history,
                                                const std::function<void(const QString& line)>& log,
                                                SignalWatcher& watcher, int& caughtSignal);
    // Verifier::verify on a worker thread while this one's event loop runs.
    static larder::Verifier::Finding verifyInBackground(const larder::DatabaseEngine& engines,
                                                        const larder::HistoryRecord& dump,
                                                        const larder::Verifier::Limits& limits);

    QCommandLineOption m_all;
    QCommandLineOption m_restore;
    QCommandLineOption m_json;
};
