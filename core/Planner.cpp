#include "Planner.h"

namespace larder {

namespace {

QString localText(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QList<PlannedJob> Planner::plan(const Config& config, const QHash<QString, HistoryRecord>& lastSuccesses,
                                const QDateTime& now, const QTimeZone& zone)
{
    QList<PlannedJob> planned;
    planned.reserve(config.jobs.size());
    for (const JobConfig& job : config.jobs) {
        PlannedJob entry;
        entry.job = job;
        const auto last = lastSuccesses.constFind(job.name);
        if (last != lastSuccesses.cend()) {
            entry.lastSuccessUtc = last->startedUtc;
            entry.lastBytes = last->bytes;
            entry.lastDurationMs = last->durationMs();
        }

        const Schedule& schedule = job.schedule;
        switch (schedule.kind()) {
        case Schedule::Kind::Manual:
            entry.due = false;
            entry.reason = tr("manual schedule: runs only on demand");
            break;
        case Schedule::Kind::Always:
            entry.due = true;
            entry.reason = tr("schedule 'always': dumps at every run");
            break;
        default: {
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
                entry.reason =
                    tr("dumped at %1; next slot %2")
                        .arg(localText(entry.lastSuccessUtc, zone), localText(entry.nextDueUtc, zone));
            }
            break;
        }
        }
        planned.append(entry);
    }
    return planned;
}

} // namespace larder
