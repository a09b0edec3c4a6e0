// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "TrayState.h"

#include <QLocale>

#include <algorithm>

using namespace larder;

namespace {

// A long list would make the tooltip unreadable; the window has all of them.
constexpr int kNamedJobs = 3;

} // namespace

void TrayState::jobChanged(const QString& job, JobState state, const QDateTime& startedUtc,
                           const QString& warning)
{
    switch (state) {
    case JobState::Queued:
        m_running.remove(job);
        m_queued.insert(job);
        break;
    case JobState::Running:
        m_queued.remove(job);
        m_pending.remove(job);
        m_running.insert(job);
        break;
    case JobState::Succeeded:
        m_failed.remove(job);
        m_stale.remove(job);
        if (warning.isEmpty())
            m_warned.remove(job);
        else
            m_warned.insert(job);
        if (startedUtc.isValid())
            m_lastSuccessUtc.insert(job, startedUtc);
        [[fallthrough]];
    case JobState::Cancelled:
    case JobState::Skipped:
        m_running.remove(job);
        m_queued.remove(job);
        break;
    case JobState::Failed:
        m_running.remove(job);
        m_queued.remove(job);
        m_failed.insert(job);
        m_warned.remove(job);
        break;
    }
}

void TrayState::setPlan(const QList<PlannedJob>& plan)
{
    m_plan.clear();
    m_lastSuccessUtc.clear();
    for (const PlannedJob& planned : plan) {
        m_plan.insert(planned.job.name, planned);
        if (planned.lastSuccessUtc.isValid())
            m_lastSuccessUtc.insert(planned.job.name, planned.lastSuccessUtc);
    }
}

void TrayState::updateStale(const QDateTime& now)
{
    m_stale.clear();
    for (auto it = m_plan.cbegin(); it != m_plan.cend(); ++it) {
        const Freshness freshness =
            Freshness::of(it->job, m_lastSuccessUtc.value(it.key()), it->knownSinceUtc, now);
        if (freshness.isStale())
            m_stale.insert(it.key(), freshness);
    }
}

void TrayState::setPendingJobs(const QStringList& jobs)
{
    m_pending = QSet<QString>(jobs.cbegin(), jobs.cend());
}

void TrayState::runFinished()
{
    m_running.clear();
    m_queued.clear();
}

void TrayState::setScheduling(bool enabled, const QDateTime& resumeUtc)
{
    m_scheduling = enabled;
    m_resumeUtc = enabled ? QDateTime() : resumeUtc;
}

void TrayState::setNextDue(const QDateTime& utc)
{
    m_nextDueUtc = utc;
}

TrayState::Icon TrayState::icon() const
{
    if (!m_running.isEmpty() || queuedCount() > 0)
        return Icon::Running;
    if (!m_failed.isEmpty())
        return Icon::Failed;
    if (!m_stale.isEmpty())
        return Icon::Stale;
    if (!m_scheduling)
        return Icon::Paused;
    return Icon::Idle;
}

int TrayState::queuedCount() const
{
    // A job can be both queued in the run and pending for a follow-up run; count it once.
    return (m_queued + m_pending - m_running).size();
}

QStringList TrayState::failedJobs() const
{
    QStringList jobs(m_failed.cbegin(), m_failed.cend());
    std::sort(jobs.begin(), jobs.end());
    return jobs;
}

QStringList TrayState::warnedJobs() const
{
    QStringList jobs(m_warned.cbegin(), m_warned.cend());
    jobs.sort();
    return jobs;
}

QStringList TrayState::staleJobs() const
{
    QStringList jobs = m_stale.keys();
    std::sort(jobs.begin(), jobs.end());
    return jobs;
}

QString TrayState::iconName(Icon icon)
{
    switch (icon) {
    case Icon::Idle:
        return QStringLiteral("idle");
    case Icon::Running:
        return QStringLiteral("running");
    case Icon::Failed:
        return QStringLiteral("failed");
    case Icon::Paused:
        return QStringLiteral("paused");
    case Icon::Stale:
        return QStringLiteral("stale");
    }
    return QStringLiteral("idle");
}

QString TrayState::toolTip(const QDateTime& now) const
{
    QStringList lines{tr("Larder")};

    const int running = runningCount();
    const int queued = queuedCount();
    if (running > 0 && queued > 0)
        lines << tr("%n dump(s) running", nullptr, running) + tr(", %n queued", nullptr, queued);
    else if (running > 0)
        lines << tr("%n dump(s) running", nullptr, running);
    else if (queued > 0)
        lines << tr("%n dump(s) waiting", nullptr, queued);

    const QStringList failed = failedJobs();
    if (!failed.isEmpty()) {
        lines << namedJobs(failed, tr("Last run: %1 failed"),
                           tr("Last run: %1 and %n more failed", nullptr, int(failed.size() - kNamedJobs)));
    }
    const QStringList warned = warnedJobs();
    if (!warned.isEmpty()) {
        lines << namedJobs(
            warned, tr("Last run: %1 with a warning"),
            tr("Last run: %1 and %n more with a warning", nullptr, int(warned.size() - kNamedJobs)));
    }

    if (!m_stale.isEmpty())
        lines << staleText(now);

    if (!m_scheduling && m_resumeUtc.isValid())
        lines << tr("Schedules paused until %1").arg(timeText(m_resumeUtc, now));
    else if (!m_scheduling)
        lines << tr("Schedules paused");
    else if (m_nextDueUtc.isValid())
        lines << nextDueText(now);
    else
        lines << tr("Nothing scheduled");
    return lines.join(QLatin1Char('\n'));
}

QStringList TrayState::enabledJobs() const
{
    QStringList jobs;
    for (auto it = m_plan.cbegin(); it != m_plan.cend(); ++it) {
        if (it->job.enabled)
            jobs << it.key();
    }
    jobs.sort();
    return jobs;
}

int TrayState::backedUpCount() const
{
    int count = 0;
    for (const QString& job : enabledJobs()) {
        if (m_lastSuccessUtc.contains(job) && !m_failed.contains(job) && !m_stale.contains(job))
            ++count;
    }
    return count;
}

QString TrayState::nextJob() const
{
    QString next;
    QDateTime nextUtc;
    for (const QString& job : enabledJobs()) {
        const QDateTime due = m_plan.value(job).nextDueUtc;
        if (due.isValid() && (!nextUtc.isValid() || due < nextUtc)) {
            next = job;
            nextUtc = due;
        }
    }
    return next;
}

QString TrayState::timeText(const QDateTime& utc, const QDateTime& now)
{
    const QDateTime local = utc.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    if (local.date() == localNow.date())
        return local.toString(QStringLiteral("HH:mm"));
    if (qAbs(localNow.date().daysTo(local.date())) < 7)
        return QStringLiteral("%1 %2").arg(QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
                                           local.toString(QStringLiteral("HH:mm")));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TrayState::headline(const QDateTime& now) const
{
    QStringList parts{tr("%1 of %n backed up", nullptr, int(enabledJobs().size())).arg(backedUpCount())};
    if (const int running = runningCount(); running > 0)
        parts << tr("%n running", nullptr, running);
    const QStringList failed = failedJobs();
    if (!failed.isEmpty()) {
        const QDateTime at = m_plan.value(failed.first()).lastFailureUtc;
        QString text = at.isValid() ? tr("%1 failed at %2").arg(failed.first(), timeText(at, now))
                                    : tr("%1 failed").arg(failed.first());
        if (failed.size() > 1)
            text += tr(" (and %n more)", nullptr, int(failed.size() - 1));
        parts << text;
    }
    const QStringList stale = staleJobs();
    if (!stale.isEmpty()) {
        QString text = tr("%1 stale").arg(stale.first());
        if (stale.size() > 1)
            text += tr(" (and %n more)", nullptr, int(stale.size() - 1));
        parts << text;
    }
    if (!m_scheduling) {
        parts << tr("schedules paused");
    } else if (const QString next = nextJob(); !next.isEmpty()) {
        const QDateTime due = m_plan.value(next).nextDueUtc;
        parts << (due <= now ? tr("next: %1, due now").arg(next)
                             : tr("next: %1 at %2").arg(next, timeText(due, now)));
    }
    return parts.join(QStringLiteral(" · "));
}

QString TrayState::summary(const QDateTime& now) const
{
    QStringList parts;
    if (const int running = runningCount(); running > 0)
        parts << tr("%n running", nullptr, running);
    if (!m_failed.isEmpty())
        parts << tr("%n failed", nullptr, int(m_failed.size()));
    if (!m_stale.isEmpty())
        parts << tr("%n stale", nullptr, int(m_stale.size()));
    const int jobs = int(enabledJobs().size());
    if (parts.isEmpty() && jobs > 0 && backedUpCount() == jobs)
        parts << tr("all %n backed up", nullptr, jobs);
    if (!m_scheduling) {
        parts << tr("schedules paused");
    } else if (const QString next = nextJob(); !next.isEmpty()) {
        const QDateTime due = m_plan.value(next).nextDueUtc;
        parts << (due <= now ? tr("next due now") : tr("next at %1").arg(timeText(due, now)));
    }
    return parts.join(QStringLiteral(", "));
}

QString TrayState::namedJobs(const QStringList& jobs, const QString& few, const QString& more)
{
    if (jobs.size() > kNamedJobs)
        return QString(more).arg(jobs.mid(0, kNamedJobs).join(QStringLiteral(", ")));
    return QString(few).arg(jobs.join(QStringLiteral(", ")));
}

QString TrayState::nextDueText(const QDateTime& now) const
{
    if (m_nextDueUtc <= now)
        return tr("Next: due now");
    return tr("Next at %1").arg(timeText(m_nextDueUtc, now));
}

QString TrayState::staleText(const QDateTime& now) const
{
    const QStringList stale = staleJobs();
    constexpr int shown = 3;
    QStringList named;
    for (const QString& job : stale.mid(0, shown)) {
        const bool never = m_stale.value(job).neverSucceeded();
        const QDateTime since = never ? m_plan.value(job).knownSinceUtc : m_lastSuccessUtc.value(job);
        const qint64 hours = since.secsTo(now) / 3600;
        const QString age =
            hours >= 48 ? tr("%n day(s)", nullptr, int(hours / 24)) : tr("%n hour(s)", nullptr, int(hours));
        named << (never ? tr("%1 (no dump in %2)") : tr("%1 (last dump %2 ago)")).arg(job, age);
    }
    if (stale.size() > shown)
        return tr("Stale: %1 and %n more", nullptr, int(stale.size() - shown))
            .arg(named.join(QStringLiteral(", ")));
    return tr("Stale: %1").arg(named.join(QStringLiteral(", ")));
}
