// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "metrics/MetricsSnapshot.h"

#include "config/Config.h"
#include "history/History.h"
#include "plan/Planner.h"

#include <QTimeZone>

#include <algorithm>

namespace larder {

namespace {

void addAttempts(MetricsSnapshot::Job& job, const PlanHistory& records,
                 const QHash<QString, HistoryRecord>& lastAttempts,
                 const QHash<QString, AttemptCounts>& counts)
{
    const QHash<QString, HistoryRecord>& lastSuccesses = records.lastSuccesses;
    if (const auto success = lastSuccesses.constFind(job.name); success != lastSuccesses.cend()) {
        job.lastSuccessUtc = success->startedUtc;
        job.lastDumpBytes = success->bytes;
        job.lastDumpMs = success->durationMs();
        job.lastDumpWarning = !success->warning.isEmpty();
    }
    if (const auto attempt = lastAttempts.constFind(job.name); attempt != lastAttempts.cend()) {
        job.lastAttemptUtc = attempt->startedUtc;
        // A pruned dump was a success that retention deleted later.
        job.lastAttemptSucceeded =
            attempt->status == AttemptStatus::Success || attempt->status == AttemptStatus::Pruned;
    }
    job.attempts = counts.value(job.name);
    job.consecutiveFailures = records.failures.value(job.name).count;
}

MetricsSnapshot::Run runOf(const QList<HistoryRecord>& attempts)
{
    MetricsSnapshot::Run run;
    for (const HistoryRecord& attempt : attempts) {
        if (!run.startedUtc.isValid() || attempt.startedUtc < run.startedUtc)
            run.startedUtc = attempt.startedUtc;
        const QDateTime end = attempt.finishedUtc.isValid() ? attempt.finishedUtc : attempt.startedUtc;
        if (!run.finishedUtc.isValid() || end > run.finishedUtc)
            run.finishedUtc = end;
        switch (attempt.status) {
        case AttemptStatus::Success:
        case AttemptStatus::Pruned:
            ++run.jobs.success;
            if (!attempt.warning.isEmpty())
                ++run.warnings;
            break;
        case AttemptStatus::Failed:
            ++run.jobs.failed;
            break;
        case AttemptStatus::Interrupted:
            ++run.jobs.interrupted;
            break;
        case AttemptStatus::Cancelled:
            ++run.jobs.cancelled;
            break;
        case AttemptStatus::Running:
            break;
        }
    }
    return run;
}

} // namespace

Result<MetricsSnapshot> MetricsSnapshot::read(const Config& config, History* history, const QDateTime& nowUtc,
                                              const PlanHistory* known)
{
    MetricsSnapshot snapshot;
    snapshot.version = QCoreApplication::applicationVersion();
    PlanHistory records;
    QHash<QString, HistoryRecord> lastAttempts;
    QHash<QString, AttemptCounts> counts;
    if (history && known) {
        records = *known;
    } else if (history) {
        auto plan = history->planHistory();
        if (!plan)
            return tl::unexpected(plan.error());
        records = std::move(*plan);
    }
    if (history) {
        auto attempts = history->lastAttempts();
        if (!attempts)
            return tl::unexpected(attempts.error());
        lastAttempts = std::move(*attempts);
        auto counted = history->attemptCounts();
        if (!counted)
            return tl::unexpected(counted.error());
        counts = std::move(*counted);
        const auto lastRun = history->lastRunAttempts();
        if (!lastRun)
            return tl::unexpected(lastRun.error());
        snapshot.lastRun = runOf(*lastRun);
    }

    // The planner's time zone only places schedule slots; freshness is in elapsed seconds.
    for (const PlannedJob& entry : Planner::plan(config, records, nowUtc, QTimeZone::systemTimeZone())) {
        Job job;
        job.name = entry.job.name;
        job.server = entry.job.server.name;
        job.engine = engineKindName(entry.job.server.engine);
        job.stale = entry.freshness.isStale();
        job.maxAgeSeconds = entry.freshness.limitSeconds();
        addAttempts(job, records, lastAttempts, counts);
        snapshot.jobs.append(job);
    }
    // Jobs only history knows: every one that ever finished an attempt has one newest attempt.
    for (auto it = lastAttempts.cbegin(); it != lastAttempts.cend(); ++it) {
        if (config.job(it.key()))
            continue;
        Job job;
        job.name = it.key();
        job.server = it->server;
        if (const auto server = config.servers.constFind(job.server); server != config.servers.cend())
            job.engine = engineKindName(server->engine);
        addAttempts(job, records, lastAttempts, counts);
        snapshot.jobs.append(job);
    }
    std::sort(snapshot.jobs.begin(), snapshot.jobs.end(),
              [](const Job& a, const Job& b) { return a.name < b.name; });
    for (const HistoryRecord& attempt : std::as_const(lastAttempts)) {
        if (!snapshot.lastAttemptUtc.isValid() || attempt.startedUtc > snapshot.lastAttemptUtc)
            snapshot.lastAttemptUtc = attempt.startedUtc;
    }
    return snapshot;
}

} // namespace larder
