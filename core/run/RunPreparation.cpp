// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "run/RunPreparation.h"

#include "base/Spelling.h"
#include "history/History.h"
#include "run/RunRecovery.h"
#include "system/HostIdentity.h"

#include <algorithm>

namespace larder {

Result<QStringList> RunPreparation::recover(History& history, const Config& config)
{
    const auto repaired = RunRecovery::recover(history, config);
    if (!repaired)
        return tl::unexpected(repaired.error());
    QStringList lines;
    for (const HistoryRecord& record : *repaired) {
        if (history.isShared() && !record.host.isEmpty() && record.host != HostIdentity::current()) {
            lines.append(
                tr("%1: host %2 stopped renewing its claim on a dump it started at %3; that attempt is "
                   "now marked interrupted, and the job may be dumped again")
                    .arg(record.job, record.host,
                         record.startedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
            continue;
        }
        lines.append(
            record.status == AttemptStatus::Success
                ? tr("%1: an earlier run (pid %2) was killed after its dump was complete; the dump matches "
                     "its checksum and is now recorded: %3")
                      .arg(record.job)
                      .arg(record.pid)
                      .arg(record.path)
                : tr("%1: an earlier run (pid %2) was interrupted; its attempt is now marked interrupted")
                      .arg(record.job)
                      .arg(record.pid));
    }
    return lines;
}

std::optional<QString> RunPreparation::unknownJob(const Config& config, const QStringList& names,
                                                  bool withDiscovered)
{
    for (const QString& name : names) {
        if (config.job(name))
            continue;
        QStringList known;
        for (const JobConfig& job : config.jobs)
            known.append(job.name);
        if (const QString suggestion = Spelling::closest(name, known); !suggestion.isEmpty()) {
            return tr("no job named '%1' in %2: did you mean '%3'? %4 jobs: %5")
                .arg(name, config.path, suggestion,
                     withDiscovered ? tr("Configured and discovered") : tr("Configured"),
                     known.join(QLatin1String(", ")));
        }
        return tr("no job named '%1' in %2; %3 jobs: %4")
            .arg(name, config.path, withDiscovered ? tr("configured and discovered") : tr("configured"),
                 known.isEmpty() ? tr("none") : known.join(QLatin1String(", ")));
    }
    return std::nullopt;
}

QList<PlannedJob> RunPreparation::select(const QList<PlannedJob>& plan, const QStringList& names, bool all)
{
    QList<PlannedJob> selected;
    for (const PlannedJob& entry : plan) {
        if ((all && entry.job.enabled) || names.contains(entry.job.name) || (names.isEmpty() && entry.due))
            selected.append(entry);
    }
    std::stable_sort(selected.begin(), selected.end(), [](const PlannedJob& a, const PlannedJob& b) {
        return a.lastDurationMs > b.lastDurationMs;
    });
    return selected;
}

QStringList RunPreparation::disabledSkipped(const QList<PlannedJob>& plan, bool all)
{
    QStringList lines;
    if (!all)
        return lines;
    for (const PlannedJob& entry : plan) {
        if (!entry.job.enabled)
            lines.append(
                tr("%1 is disabled (enabled = false) and not dumped: `larder run %1` dumps it anyway")
                    .arg(entry.job.name));
    }
    return lines;
}

QList<JobConfig> RunPreparation::jobsOf(const QList<PlannedJob>& selected)
{
    QList<JobConfig> jobs;
    jobs.reserve(selected.size());
    for (const PlannedJob& entry : selected)
        jobs.append(entry.job);
    return jobs;
}

} // namespace larder
