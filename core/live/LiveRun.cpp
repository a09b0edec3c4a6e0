// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "live/LiveRun.h"

#include "plan/PlannedJob.h"
#include "run/RunResult.h"
#include "run/RunSummary.h"

#include <QElapsedTimer>

#include <algorithm>

namespace larder {

namespace {

template <class Item>
void removeJob(QList<Item>& items, const QString& job)
{
    items.removeIf([&job](const Item& item) { return item.job == job; });
}

// pg_dump's error ends with its last stderr lines; a view shows the first, the log has the rest.
QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

LiveRun::LiveRun(QString configPath, int maxParallel, EstimateLookup estimate, Clock clock, QObject* parent)
    : QObject(parent), m_estimate(std::move(estimate)),
      m_clock(clock ? std::move(clock) : &LiveRun::monotonicMs)
{
    m_state.configPath = std::move(configPath);
    m_state.maxParallel = maxParallel;
}

LiveRun::~LiveRun() = default;

qint64 LiveRun::monotonicMs()
{
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}

void LiveRun::onPlanned(const QList<PlannedJob>& /*plan*/, const QList<PlannedJob>& selected)
{
    m_state.serverLimits.clear();
    m_lastBytes.clear();
    for (const PlannedJob& planned : selected) {
        m_state.serverLimits.insert(planned.job.server.name, planned.job.server.maxParallel);
        if (planned.lastSuccessUtc.isValid())
            m_lastBytes.insert(planned.job.name, planned.lastBytes);
    }
    m_state.due = int(selected.size());
    Q_EMIT changed();
}

void LiveRun::onDumpsStarted(const QStringList& jobs, Trigger /*trigger*/)
{
    m_state.due = int(jobs.size());
    Q_EMIT changed();
}

void LiveRun::onJobChanged(const JobEvent& event)
{
    switch (event.state) {
    case JobState::Queued:
        wait(event);
        break;
    case JobState::Running:
        start(event);
        break;
    default:
        finish(event);
        break;
    }
    Q_EMIT changed();
}

void LiveRun::wait(const JobEvent& event)
{
    const auto found =
        std::find_if(m_state.waiting.begin(), m_state.waiting.end(),
                     [&event](const LiveWaiting& waiting) { return waiting.job == event.job; });
    if (found != m_state.waiting.end())
        found->reason = event.detail;
    else
        m_state.waiting.append(LiveWaiting{event.job, event.server, event.detail});
}

void LiveRun::start(const JobEvent& event)
{
    removeJob(m_state.waiting, event.job);
    if (runningDump(event.job))
        return;
    const qint64 now = m_clock();
    LiveDump dump;
    dump.job = event.job;
    dump.server = event.server;
    dump.startedMs = now;
    dump.grewMs = now;
    dump.estimate = m_estimate ? m_estimate(event.job) : m_lastBytes.value(event.job);
    m_state.running.append(dump);
    m_rates[event.job].add(now, 0);
}

void LiveRun::finish(const JobEvent& event)
{
    forget(event.job);
    LiveFinished finished;
    finished.job = event.job;
    finished.server = event.server;
    finished.state = event.state;
    finished.error = firstLine(event.detail);
    finished.path = event.outcome.path;
    finished.bytes = event.outcome.bytes;
    finished.elapsedMs = event.elapsedMs;
    finished.warning = event.warning;
    m_state.finished.append(finished);
}

void LiveRun::forget(const QString& job)
{
    removeJob(m_state.waiting, job);
    removeJob(m_state.running, job);
    removeJob(m_state.activity, job);
    m_rates.remove(job);
}

LiveDump* LiveRun::runningDump(const QString& job)
{
    for (LiveDump& dump : m_state.running) {
        if (dump.job == job)
            return &dump;
    }
    return nullptr;
}

void LiveRun::onJobProgress(const QString& job, qint64 bytesWritten)
{
    LiveDump* dump = runningDump(job);
    if (!dump)
        return;
    const qint64 now = m_clock();
    if (bytesWritten > dump->bytes)
        dump->grewMs = now;
    dump->bytes = bytesWritten;
    RateWindow& rate = m_rates[job];
    rate.add(now, bytesWritten);
    dump->bytesPerSecond = rate.bytesPerSecond();
    Q_EMIT changed();
}

void LiveRun::onJobActivity(const QString& job, const QString& line, bool notice)
{
    m_state.addActivity(LiveActivity{job, line, notice});
    Q_EMIT changed();
}

void LiveRun::onJobStalled(const QString& job, const QString& why)
{
    LiveDump* dump = runningDump(job);
    if (!dump || dump->stalled == why)
        return;
    dump->stalled = why;
    Q_EMIT changed();
}

void LiveRun::onDumpsFinished(const RunSummary& summary)
{
    m_state.cancelled = summary.cancelled;
    m_state.over = true;
    Q_EMIT changed();
}

void LiveRun::onFinished(const RunResult& result)
{
    m_state.error = result.error;
    m_state.waiting.clear();
    m_state.running.clear();
    m_rates.clear();
    m_state.over = true;
    Q_EMIT changed();
}

} // namespace larder
