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
// Stale: an enabled job with a period (not manual, not "always") whose latest successful dump started more
// than twice that period ago, i.e. it missed at least one whole slot after the one it should have dumped
// in; the retry backoff is capped at the period, so a working retry never lets a job go stale. A job never
// dumped is not stale (a new job would be flagged at once), nor is a disabled one (enabled = false).
// The icon shows current health, not unread events: a job's failure stays shown until that job next
// succeeds, however often the window is opened meanwhile. A cancelled dump neither sets nor clears a
// failure: it says nothing about whether the job works.
class TrayState final
{
    Q_DECLARE_TR_FUNCTIONS(TrayState)

public:
    enum class Icon { Idle, Running, Failed, Paused, Stale };

    // Fed from RunService::jobChanged; startedUtc of a success is the job's newest successful dump.
    void jobChanged(const QString& job, JobState state, const QDateTime& startedUtc = {});
    // Each job's schedule period and latest success (RunService::plan); replaces what was known.
    void setPlan(const QList<PlannedJob>& plan);
    // Judges staleness at now (UTC); called as time passes.
    void updateStale(const QDateTime& now);
    static bool isStale(qint64 periodSeconds, const QDateTime& lastSuccessUtc, const QDateTime& now);
    // Jobs waiting for the lock or for the current run (RunService::pendingJobs).
    void setPendingJobs(const QStringList& jobs);
    // The run is over: nothing it started is running or queued any more, whatever events were missed.
    void runFinished();
    void setScheduling(bool enabled);
    void setNextDue(const QDateTime& utc); // invalid: nothing scheduled

    Icon icon() const;
    int runningCount() const { return m_running.size(); }
    int queuedCount() const;
    QStringList failedJobs() const; // sorted
    QStringList staleJobs() const;  // sorted
    bool isScheduling() const { return m_scheduling; }
    // Several lines: "Larder", then what runs, what failed, and the schedule ("Next at 02:30",
    // "Paused"). now decides whether the next time needs a day.
    QString toolTip(const QDateTime& now) const;

    static QString iconName(Icon icon); // "idle", "running", "failed", "paused", "stale"

private:
    QString nextDueText(const QDateTime& now) const;
    QString staleText(const QDateTime& now) const;

    QSet<QString> m_running;
    QSet<QString> m_queued;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    QSet<QString> m_stale;
    QHash<QString, qint64> m_periodSeconds; // jobs that can go stale
    QHash<QString, QDateTime> m_lastSuccessUtc;
    bool m_scheduling = true;
    QDateTime m_nextDueUtc;
};

} // namespace larder
