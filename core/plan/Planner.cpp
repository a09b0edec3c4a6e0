// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "plan/Planner.h"

namespace larder {

namespace {

constexpr qint64 kAlwaysBackoffCapSeconds = 86400;

QString localText(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The earliest time a job is known to exist: its first attempt, or the config file's last change.
QDateTime knownSince(const QDateTime& firstAttemptUtc, const Config& config)
{
    if (!firstAttemptUtc.isValid())
        return config.fileModifiedUtc;
    if (!config.fileModifiedUtc.isValid())
        return firstAttemptUtc;
    return qMin(firstAttemptUtc, config.fileModifiedUtc);
}

} // namespace

QList<PlannedJob> Planner::plan(const Config& config, const PlanHistory& history, const QDateTime& now,
                                const QTimeZone& zone)
{
    QList<PlannedJob> planned;
    planned.reserve(config.jobs.size());
    for (const JobConfig& job : config.jobs) {
        PlannedJob entry;
        entry.job = job;
        const auto last = history.lastSuccesses.constFind(job.name);
        if (last != history.lastSuccesses.cend()) {
            entry.lastSuccessUtc = last->startedUtc;
            entry.lastBytes = last->bytes;
            entry.lastDurationMs = last->durationMs();
        }
        const auto failures = history.failures.constFind(job.name);
        if (failures != history.failures.cend()) {
            entry.failures = failures->count;
            entry.lastFailureUtc = failures->lastUtc;
        }

        entry.knownSinceUtc = knownSince(history.firstAttempts.value(job.name), config);
        entry.freshness = Freshness::of(job, entry.lastSuccessUtc, entry.knownSinceUtc, now);
        if (!job.enabled) {
            entry.due = false;
            entry.reason =
                tr("disabled (enabled = false): runs only when named, as in `larder run %1`").arg(job.name);
        } else {
            planSchedule(entry, now, zone);
            applyRetry(entry, now, zone);
        }
        planned.append(entry);
    }
    return planned;
}

void Planner::planSchedule(PlannedJob& entry, const QDateTime& now, const QTimeZone& zone)
{
    const Schedule& schedule = entry.job.schedule;
    switch (schedule.kind()) {
    case Schedule::Kind::Manual:
        entry.due = false;
        entry.reason = tr("manual schedule: runs only on demand");
        return;
    case Schedule::Kind::Always:
        entry.due = true;
        entry.reason = tr("schedule 'always': dumps at every run");
        return;
    default:
        break;
    }
    const QDateTime slot = schedule.latestSlot(now, zone);
    entry.nextDueUtc = schedule.nextSlot(now, zone);
    if (!entry.lastSuccessUtc.isValid()) {
        entry.due = true;
        entry.reason = tr("never dumped successfully");
    } else if (entry.lastSuccessUtc < slot) {
        entry.due = true;
        entry.reason = tr("no successful dump since the slot at %1").arg(localText(slot, zone));
    } else {
        entry.due = false;
        entry.reason = tr("dumped at %1; next slot %2")
                           .arg(localText(entry.lastSuccessUtc, zone), localText(entry.nextDueUtc, zone));
    }
}

void Planner::applyRetry(PlannedJob& entry, const QDateTime& now, const QTimeZone& zone)
{
    const qint64 wait =
        backoffSeconds(entry.job.retrySeconds, entry.failures, backoffCapSeconds(entry.job.schedule));
    if (!entry.due || wait == 0 || !entry.lastFailureUtc.isValid())
        return;
    const QDateTime retryAt = entry.lastFailureUtc.addSecs(wait);
    const QString failedAt = localText(entry.lastFailureUtc, zone);
    if (now < retryAt) {
        entry.due = false;
        entry.retryUtc = retryAt;
        entry.nextDueUtc = retryAt;
        entry.reason = tr("retrying after failure at %1: attempt %2 at %3")
                           .arg(failedAt, QString::number(entry.failures + 1), localText(retryAt, zone));
    } else {
        entry.reason = tr("retrying after failure at %1 (attempt %2)")
                           .arg(failedAt, QString::number(entry.failures + 1));
    }
}

qint64 Planner::backoffSeconds(int firstSeconds, int failures, qint64 capSeconds)
{
    if (firstSeconds <= 0 || failures <= 0)
        return 0;
    qint64 wait = firstSeconds;
    // Doubling stops at the cap, so a long streak cannot overflow.
    for (int i = 1; i < failures && wait < capSeconds; ++i)
        wait *= 2;
    return capSeconds > 0 ? qMin(wait, capSeconds) : wait;
}

qint64 Planner::backoffCapSeconds(const Schedule& schedule)
{
    const qint64 period = schedule.periodSeconds();
    return period > 0 ? period : kAlwaysBackoffCapSeconds;
}

} // namespace larder
