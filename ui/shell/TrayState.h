// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "plan/PlannedJob.h"
#include "run/JobEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace larder {

// What the tray icon shows, as pure logic (no widgets) so that every transition can be tested.
//
// Icon priority: Running (something dumps or waits) > Failed > Stale > Paused > Idle.
// Stale: as core's Freshness judges it (max_age, or two schedule periods and an hour), the same rule as
// `larder check --fresh`, re-judged as time passes.
// The icon shows current health, not unread events: a job's failure stays shown until that job next
// succeeds, however often the window is opened meanwhile. A cancelled dump neither sets nor clears a
// failure: it says nothing about whether the job works. A success with a warning (a suspiciously small
// dump, a failed after_dump hook) is named in the tooltip until the job's next success without one or
// its next failure (then shown as that); it does not change the icon.
class TrayState final
{
    Q_DECLARE_TR_FUNCTIONS(TrayState)

public:
    enum class Icon { Idle, Running, Failed, Paused, Stale };

    // Fed from RunService::jobChanged; startedUtc of a success is the job's newest successful dump,
    // warning that success's (JobEvent::warning; empty for most).
    void jobChanged(const QString& job, JobState state, const QDateTime& startedUtc = {},
                    const QString& warning = {});
    // Each job's config and latest success (RunService::plan); replaces what was known.
    void setPlan(const QList<PlannedJob>& plan);
    // Judges staleness at now (UTC); called as time passes.
    void updateStale(const QDateTime& now);
    // Jobs waiting for the lock or for the current run (RunService::pendingJobs).
    void setPendingJobs(const QStringList& jobs);
    // The run is over: nothing it started is running or queued any more, whatever events were missed.
    void runFinished();
    // resumeUtc: when a timed pause ends (invalid: no end, or scheduling runs).
    void setScheduling(bool enabled, const QDateTime& resumeUtc = {});
    void setNextDue(const QDateTime& utc); // invalid: nothing scheduled

    Icon icon() const;
    int runningCount() const { return m_running.size(); }
    int queuedCount() const;
    QStringList failedJobs() const; // sorted
    QStringList staleJobs() const;  // sorted
    QStringList warnedJobs() const; // sorted: their newest success had a warning
    bool isScheduling() const { return m_scheduling; }
    // Several lines: "Larder", then what runs, what failed, and the schedule ("Next at 02:30",
    // "Paused"). now decides whether the next time needs a day.
    QString toolTip(const QDateTime& now) const;
    // One line over the job table: "7 of 8 backed up · ghost failed at 14:51 · next: inventory at
    // 15:15". Backed up: an enabled job with a success that is neither failed since nor stale.
    QString headline(const QDateTime& now) const;
    // The same, short, for the window title: "2 failed, 1 stale, next at 02:30", or "all 8 backed up,
    // next at 02:30".
    QString summary(const QDateTime& now) const;

    static QString iconName(Icon icon); // "idle", "running", "failed", "paused", "stale"
    // HH:mm today, "Mon HH:mm" within a week, else the date: how the lines above name a time.
    static QString timeText(const QDateTime& utc, const QDateTime& now);

private:
    QString nextDueText(const QDateTime& now) const;
    int backedUpCount() const;
    QStringList enabledJobs() const; // sorted
    // The enabled job whose next slot comes first (by name among equals); empty when none has one.
    QString nextJob() const;
    QString staleText(const QDateTime& now) const;
    // "Last run: a, b failed" and the like: the first three names, then how many more.
    static QString namedJobs(const QStringList& jobs, const QString& few, const QString& more);

    QSet<QString> m_running;
    QSet<QString> m_queued;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    QSet<QString> m_warned;
    QHash<QString, Freshness> m_stale; // as of the last updateStale
    QHash<QString, PlannedJob> m_plan; // config, last success and known-since of each job
    QHash<QString, QDateTime> m_lastSuccessUtc;
    bool m_scheduling = true;
    QDateTime m_resumeUtc;
    QDateTime m_nextDueUtc;
};

} // namespace larder
