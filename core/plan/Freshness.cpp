// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "plan/Freshness.h"

#include "base/Units.h"
#include "config/keys/ConfigKeyNames.h"
#include "config/keys/ConfigKeyTable.h"

#include <limits>

namespace larder {

namespace {

QString limitText(qint64 seconds)
{
    return seconds <= std::numeric_limits<int>::max() ? ConfigKeyTable::durationText(int(seconds))
                                                      : Units::duration(seconds * 1000);
}

} // namespace

Freshness Freshness::of(const JobConfig& job, const QDateTime& lastSuccessUtc, const QDateTime& knownSinceUtc,
                        const QDateTime& nowUtc)
{
    const auto [limit, source] = limitOf(job);
    if (limit <= 0)
        return unchecked(source);
    Freshness result;
    result.m_limitSeconds = limit;
    result.m_limitSource = source;
    result.m_neverSucceeded = !lastSuccessUtc.isValid();
    const QDateTime since = result.m_neverSucceeded ? knownSinceUtc : lastSuccessUtc;
    result.m_ageSeconds = since.isValid() ? qMax<qint64>(0, since.secsTo(nowUtc)) : -1;
    result.m_state = result.m_ageSeconds > limit ? State::Stale : State::Fresh;
    return result;
}

qint64 Freshness::defaultLimitSeconds(const Schedule& schedule)
{
    if (schedule.kind() == Schedule::Kind::Manual)
        return 0;
    const qint64 period =
        schedule.kind() == Schedule::Kind::Always ? kAlwaysPeriodSeconds : schedule.periodSeconds();
    return kDefaultPeriods * period + kMarginSeconds;
}

std::pair<qint64, QString> Freshness::limitOf(const JobConfig& job)
{
    if (!job.enabled)
        return {0, tr("not checked: disabled")};
    const QString origin = job.origins.value(keys::maxAge);
    if (job.maxAgeSeconds) {
        if (*job.maxAgeSeconds == 0)
            return {0, tr("not checked: max_age = off in %1").arg(origin)};
        return {*job.maxAgeSeconds, tr("max_age in %1").arg(origin)};
    }
    const qint64 limit = defaultLimitSeconds(job.schedule);
    if (limit == 0)
        return {0, tr("not checked: manual schedule and no max_age")};
    const QString period = job.schedule.kind() == Schedule::Kind::Always ? tr("1 day (schedule always)")
                                                                         : job.schedule.describe();
    return {
        limit,
        tr("default: %1 × %2 + %3").arg(QString::number(kDefaultPeriods), period, limitText(kMarginSeconds))};
}

Freshness Freshness::unchecked(const QString& why)
{
    Freshness result;
    result.m_limitSource = why;
    return result;
}

QString Freshness::describe() const
{
    if (!isChecked())
        return m_limitSource;
    const QString limit = QStringLiteral("%1 (%2)").arg(limitText(m_limitSeconds), m_limitSource);
    if (m_ageSeconds < 0)
        return tr("never dumped successfully; limit %1").arg(limit);
    const QString age = Units::duration(m_ageSeconds * 1000);
    if (m_neverSucceeded)
        return isStale()
                   ? tr("no successful dump in the %1 since the job is known, older than %2").arg(age, limit)
                   : tr("no successful dump yet, known for %1; limit %2").arg(age, limit);
    return isStale() ? tr("last success %1 ago, older than %2").arg(age, limit)
                     : tr("last success %1 ago; limit %2").arg(age, limit);
}

} // namespace larder
