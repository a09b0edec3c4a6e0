// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "HealthWatch.h"

#include "history/History.h"
#include "run/RunService.h"

#include <QDateTime>

using namespace larder;

namespace {

constexpr int kClockMs = 30 * 1000;

} // namespace

HealthWatch::HealthWatch(RunService& service, QObject* parent) : QObject(parent), m_service(service)
{
    connect(&m_service, &RunService::jobChanged, this, [this](const JobEvent& event) {
        m_state.jobChanged(event.job, event.state, event.startedUtc, event.warning);
        refresh();
    });
    connect(&m_service, &RunService::runStarted, this, &HealthWatch::refresh);
    connect(&m_service, &RunService::runFinished, this, [this] {
        m_state.runFinished();
        refresh();
    });
    connect(&m_service, &RunService::schedulingChanged, this, &HealthWatch::refresh);
    connect(&m_service, &RunService::lockBusy, this, &HealthWatch::refresh);
    // A new config, or another process's run (cron's), changes each job's last success and next
    // slot too: the service plans once per burst for every view.
    connect(&m_service, &RunService::planSettled, this, [this](const QList<PlannedJob>& plan) {
        setPlan(plan);
        refresh();
    });
    m_clock.setInterval(kClockMs);
    connect(&m_clock, &QTimer::timeout, this, &HealthWatch::refresh);
    m_clock.start();
    readHealthFromHistory();
    refresh();
}

void HealthWatch::refresh()
{
    m_state.setScheduling(m_service.isScheduling(), m_service.resumesAtUtc());
    m_state.setPendingJobs(m_service.pendingJobs());
    m_state.setNextDue(m_nextDueUtc);
    m_state.updateStale(QDateTime::currentDateTimeUtc());
    Q_EMIT changed();
}

void HealthWatch::setPlan(const QList<PlannedJob>& plan)
{
    m_state.setPlan(plan);
    // As RunService::nextDueUtc() would say.
    m_nextDueUtc = QDateTime();
    for (const PlannedJob& entry : plan) {
        if (entry.nextDueUtc.isValid() && (!m_nextDueUtc.isValid() || entry.nextDueUtc < m_nextDueUtc))
            m_nextDueUtc = entry.nextDueUtc;
    }
}

void HealthWatch::readHealthFromHistory()
{
    const QList<PlannedJob> plan = m_service.plan();
    setPlan(plan);
    History* history = m_service.history();
    if (!history)
        return;
    // Cancelled and running attempts say nothing about health. One query for all jobs: a query per
    // job was ~1,000 at every start with 1,000 jobs (bench/run 5b).
    const auto outcomes = history->lastOutcomes();
    if (!outcomes)
        return;
    for (const PlannedJob& planned : plan) {
        const auto found = outcomes->constFind(planned.job.name);
        if (found == outcomes->cend())
            continue;
        const HistoryRecord& record = *found;
        const bool failed =
            record.status == AttemptStatus::Failed || record.status == AttemptStatus::Interrupted;
        if (failed)
            m_state.jobChanged(planned.job.name, JobState::Failed);
        else if (record.status == AttemptStatus::Success && !record.warning.isEmpty())
            m_state.jobChanged(planned.job.name, JobState::Succeeded, {}, record.warning);
    }
}
