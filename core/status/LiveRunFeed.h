// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "live/LiveRunState.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

namespace larder {

class LiveChannelServer;
class LiveChannelWatcher;
class LiveRun;
class RunPipeline;
class RunService;

// The desktop app's one live state of a run, whichever process runs it: during its own runs, the
// LiveRun that follows RunService's pipeline (published on the status channel, so that `larder
// watch` sees it); between them, the run another process (cron's `larder run`) publishes for the
// same history, watched. Views show state() and need not know where it comes from.
class LiveRunFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveRunFeed)

public:
    explicit LiveRunFeed(RunService& service, QObject* parent = nullptr);
    ~LiveRunFeed() override;

    // Empty (nothing running) when no run is live.
    const LiveRunState& state() const { return m_state; }

Q_SIGNALS:
    void changed();
    // Told apart from one state to the next, for views that keep more than a state holds: a dump
    // that started, and the activity lines that came (a watcher that connects mid-run gets the
    // lines the run still keeps).
    void dumpStarted(const QString& job, const QDateTime& startedUtc);
    void activity(const QString& job, const QString& line);

private:
    void onPipelineStarting(RunPipeline* pipeline);
    void endOwnRun();
    void watchHistory();
    void show(const LiveRunState& state);
    void announce(const LiveRunState& state);

    RunService& m_service;
    std::unique_ptr<LiveRun> m_ownRun;
    std::unique_ptr<LiveChannelServer> m_server;
    std::unique_ptr<LiveChannelWatcher> m_watcher;
    QString m_watchedHistory;
    LiveRunState m_state;
    bool m_fresh = true; // the next state is of another run than m_state
};

} // namespace larder
