// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "Command.h"
#include "live/LiveRunState.h"

#include <optional>

namespace larder {
struct WatchState;
}

class WatchSource;

// `larder watch [--once]`: the jobs, what runs now in whatever process, the next 24 hours and the
// recent attempts, full screen (keys: arrows/jk, Enter, r, b, /, q), updating by itself; --once (or
// standard output that is no terminal) prints one frame as plain text and exits.
class WatchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)

public:
    WatchCommand();

    static constexpr int kRefreshMs = 1000;
    static constexpr int kLiveWaitMs = 2000; // --once: for a live run's first state

protected:
    void addOptions(CommandOptions& options) override;
    int run(const QCommandLineParser& parser) override;

private:
    int printOnce(const larder::WatchState& state);
    // --once: the state of the run live now, if one publishes (waiting at most kLiveWaitMs).
    static std::optional<larder::LiveRunState> liveRunNow(const WatchSource& source);
    int fullScreen(WatchSource& source, larder::WatchState& state);
    // Starts `larder run` (all due jobs, or job now) on its own, as cron would; what it does shows
    // under "Running now" and in the history. Returns the message for the status line.
    QString startRun(const WatchSource& source, const QString& job);

    QCommandLineOption m_once;
};
