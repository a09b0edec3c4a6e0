// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/JobConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace larder {

// Whether a job's backups stopped: its newest successful dump against its max_age. The one place
// that decides it, for `larder check --fresh`, `larder plan` and any other view. Pure: the caller
// gives the times, so tests need no clock.
//
// The limit: max_age if set (0 / "off": never stale); else the default from the schedule,
// kDefaultPeriods periods plus kMarginSeconds (one missed slot is tolerated, the second is not;
// "always" counts as a period of a day, as the retry backoff does); a manual schedule without
// max_age is not checked, nor is a disabled job. A job that never succeeded counts from
// knownSinceUtc (the earliest time it is known to exist); when that is invalid too, it is fresh.
class Freshness final
{
    Q_DECLARE_TR_FUNCTIONS(Freshness)

public:
    enum class State { Unchecked, Fresh, Stale };

    static constexpr int kDefaultPeriods = 2;
    static constexpr qint64 kMarginSeconds = 3600;
    static constexpr qint64 kAlwaysPeriodSeconds = 86400;

    Freshness() = default; // unchecked

    static Freshness of(const JobConfig& job, const QDateTime& lastSuccessUtc, const QDateTime& knownSinceUtc,
                        const QDateTime& nowUtc);
    // The default limit of a schedule; 0 for manual, which has none.
    static qint64 defaultLimitSeconds(const Schedule& schedule);

    State state() const { return m_state; }
    bool isStale() const { return m_state == State::Stale; }
    bool isChecked() const { return m_state != State::Unchecked; }
    // The limit; 0 when unchecked.
    qint64 limitSeconds() const { return m_limitSeconds; }
    // Where the limit comes from: "max_age in databases.app (larder.toml:4:11)", "default: 2 × every
    // day at 02:30 + 1 hour", or why the job is not checked.
    QString limitSource() const { return m_limitSource; }
    // Since the newest success (or knownSinceUtc when there is none); -1 when neither is known.
    qint64 ageSeconds() const { return m_ageSeconds; }
    bool neverSucceeded() const { return m_neverSucceeded; }
    // "last success 3 days ago, older than 49 hours (default: 2 × every day at 02:30 + 1 hour)".
    QString describe() const;

private:
    static Freshness unchecked(const QString& why);
    // The limit and its source for job; limit 0 with a reason when job is not checked.
    static std::pair<qint64, QString> limitOf(const JobConfig& job);

    State m_state = State::Unchecked;
    qint64 m_limitSeconds = 0;
    QString m_limitSource;
    qint64 m_ageSeconds = -1;
    bool m_neverSucceeded = false;
};

} // namespace larder
