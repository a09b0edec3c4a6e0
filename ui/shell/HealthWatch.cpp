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
        m_state.setPlan(plan);
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
    m_state.setNextDue(m_service.nextDueUtc());
    m_state.updateStale(QDateTime::currentDateTimeUtc());
    Q_EMIT changed();
}

void HealthWatch::readHealthFromHistory()
{
    const QList<PlannedJob> plan = m_service.plan();
    m_state.setPlan(plan);
    History* history = m_service.history();
    if (!history)
        return;
    // A few attempts are enough to get past cancelled and running ones, which say nothing about health.
    constexpr int kNewestAttempts = 5;
    for (const PlannedJob& planned : plan) {
        const auto attempts = history->attempts(planned.job.name, kNewestAttempts);
        if (!attempts)
            continue;
        for (const HistoryRecord& record : *attempts) {
            if (record.status == AttemptStatus::Running || record.status == AttemptStatus::Cancelled)
                continue;
            const bool failed =
                record.status == AttemptStatus::Failed || record.status == AttemptStatus::Interrupted;
            if (failed)
                m_state.jobChanged(planned.job.name, JobState::Failed);
            else if (record.status == AttemptStatus::Success && !record.warning.isEmpty())
                m_state.jobChanged(planned.job.name, JobState::Succeeded, {}, record.warning);
            break;
        }
    }
}
