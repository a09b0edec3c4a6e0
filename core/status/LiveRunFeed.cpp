// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "status/LiveRunFeed.h"

#include "live/LiveRun.h"
#include "run/RunPipeline.h"
#include "run/RunService.h"
#include "status/LiveChannelServer.h"
#include "status/LiveChannelWatcher.h"

#include <algorithm>

namespace larder {

LiveRunFeed::LiveRunFeed(RunService& service, QObject* parent) : QObject(parent), m_service(service)
{
    connect(&service, &RunService::pipelineStarting, this, &LiveRunFeed::onPipelineStarting);
    connect(&service, &RunService::configReloaded, this, &LiveRunFeed::watchHistory);
    watchHistory();
}

LiveRunFeed::~LiveRunFeed()
{
    endOwnRun();
}

void LiveRunFeed::onPipelineStarting(RunPipeline* pipeline)
{
    endOwnRun();
    // This process holds the lock now: no other run can publish for this history.
    m_watcher.reset();
    m_watchedHistory.clear();
    const Config& config = m_service.config();
    m_ownRun =
        std::make_unique<LiveRun>(m_service.configPath(), config.maxParallel, LiveRun::EstimateLookup{});
    m_ownRun->follow(*pipeline);
    m_fresh = true;
    connect(m_ownRun.get(), &LiveRun::changed, this, [this] { show(m_ownRun->state()); });
    // After the LiveRun's own slot: the last frame says how the run ended.
    connect(pipeline, &RunPipeline::finished, this, [this] {
        endOwnRun();
        watchHistory();
    });
    m_server = LiveChannelServer::publish(*m_ownRun, config.historyPath);
    show(m_ownRun->state());
}

void LiveRunFeed::endOwnRun()
{
    if (m_server) {
        m_server->finish();
        m_server.reset();
    }
    // Called from the pipeline's finished(), which the LiveRun also receives: delete it later.
    if (m_ownRun) {
        m_ownRun->disconnect(this);
        m_ownRun.release()->deleteLater();
    }
}

void LiveRunFeed::watchHistory()
{
    if (m_ownRun || !m_service.hasConfig())
        return;
    const QString history = m_service.config().historyPath;
    if (m_watcher && history == m_watchedHistory)
        return;
    m_watchedHistory = history;
    m_watcher = std::make_unique<LiveChannelWatcher>(history);
    connect(m_watcher.get(), &LiveChannelWatcher::connected, this, [this] { m_fresh = true; });
    connect(m_watcher.get(), &LiveChannelWatcher::stateReceived, this, &LiveRunFeed::show);
    // The publisher went away: its run ended, or was killed; either way nothing of it runs now.
    connect(m_watcher.get(), &LiveChannelWatcher::disconnected, this, [this] { show(LiveRunState{}); });
    m_watcher->start();
}

void LiveRunFeed::show(const LiveRunState& state)
{
    announce(state);
    m_state = state;
    m_fresh = false;
    Q_EMIT changed();
}

void LiveRunFeed::announce(const LiveRunState& state)
{
    const qint64 nowMs = LiveRun::monotonicMs();
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    for (const LiveDump& dump : state.running) {
        const bool known =
            !m_fresh && std::any_of(m_state.running.cbegin(), m_state.running.cend(),
                                    [&dump](const LiveDump& old) { return old.job == dump.job; });
        // Monotonic times are the machine's, the same in the process that runs the dump.
        if (!known)
            Q_EMIT dumpStarted(dump.job, nowUtc.addMSecs(dump.startedMs - nowMs));
    }
    const qint64 seen = m_fresh || state.activityTotal < m_state.activityTotal ? 0 : m_state.activityTotal;
    for (const LiveActivity& line : state.activitySince(seen))
        Q_EMIT activity(line.job, line.line);
}

} // namespace larder
