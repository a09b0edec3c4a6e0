// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "retention/RetentionPolicy.h"

#include <algorithm>
#include <optional>

namespace larder {

namespace {

// The newest success of each of the newest `count` distinct periods (as restic and borg count
// them: periods without a success do not use up the count).
void keepPerPeriod(QList<RetentionPolicy::Decision>& decisions, const QList<QString>& periods,
                   std::optional<int> count, const QString& prefix)
{
    if (!count)
        return;
    int left = qMax(0, *count);
    QString previous;
    for (qsizetype i = 0; i < decisions.size() && left > 0; ++i) {
        if (i > 0 && periods.at(i) == previous)
            continue;
        previous = periods.at(i);
        decisions[i].reasons.append(prefix + QLatin1Char(' ') + periods.at(i));
        --left;
    }
}

// A dump with a warning (much smaller than usual) counts as kept, but it must not push out the
// newest dump without one: that may be the last complete copy of the data.
void keepNewestWithoutWarning(QList<RetentionPolicy::Decision>& decisions)
{
    const auto normal =
        std::find_if(decisions.begin(), decisions.end(),
                     [](const RetentionPolicy::Decision& d) { return d.record.warning.isEmpty(); });
    if (normal == decisions.begin() || normal == decisions.end() || !normal->reasons.isEmpty())
        return;
    normal->reasons.append(RetentionPolicy::tr("newest without a warning"));
}

} // namespace

RetentionPolicy::RetentionPolicy(RetentionRules rules, QTimeZone zone)
    : m_rules(std::move(rules)), m_zone(std::move(zone))
{}

QString RetentionPolicy::spanText(qint64 seconds)
{
    // Without a translation loaded, tr("%n day(s)") would print "14 day(s)".
    const auto count = [](qint64 n, const QString& one, const QString& many) {
        return n == 1 ? one : many.arg(n);
    };
    if (seconds > 0 && seconds % 86400 == 0)
        return count(seconds / 86400, tr("1 day"), tr("%1 days"));
    if (seconds > 0 && seconds % 3600 == 0)
        return count(seconds / 3600, tr("1 hour"), tr("%1 hours"));
    if (seconds > 0 && seconds % 60 == 0)
        return count(seconds / 60, tr("1 minute"), tr("%1 minutes"));
    return count(seconds, tr("1 second"), tr("%1 seconds"));
}

QList<RetentionPolicy::Decision> RetentionPolicy::decide(const QList<HistoryRecord>& successes,
                                                         const QDateTime& nowUtc) const
{
    QList<Decision> decisions;
    for (const HistoryRecord& record : successes) {
        if (record.status == AttemptStatus::Success)
            decisions.append(Decision{record, true, {}});
    }
    std::sort(decisions.begin(), decisions.end(), [](const Decision& a, const Decision& b) {
        if (a.record.startedUtc != b.record.startedUtc)
            return a.record.startedUtc > b.record.startedUtc;
        return a.record.id > b.record.id;
    });
    if (decisions.isEmpty())
        return decisions;

    if (m_rules.isEmpty()) {
        for (Decision& decision : decisions)
            decision.reasons.append(tr("no retention rules"));
        return decisions;
    }

    if (m_rules.keepLast) {
        const qsizetype count = qMin<qsizetype>(qMax(0, *m_rules.keepLast), decisions.size());
        for (qsizetype i = 0; i < count; ++i)
            decisions[i].reasons.append(tr("last %1").arg(*m_rules.keepLast));
    }

    QList<QString> days;
    QList<QString> weeks;
    QList<QString> months;
    for (const Decision& decision : std::as_const(decisions)) {
        const QDate date = decision.record.startedUtc.toTimeZone(m_zone).date();
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        days.append(date.toString(QStringLiteral("yyyy-MM-dd")));
        weeks.append(QStringLiteral("%1-W%2")
                         .arg(weekYear, 4, 10, QLatin1Char('0'))
                         .arg(week, 2, 10, QLatin1Char('0')));
        months.append(date.toString(QStringLiteral("yyyy-MM")));
    }
    keepPerPeriod(decisions, days, m_rules.keepDaily, tr("daily"));
    keepPerPeriod(decisions, weeks, m_rules.keepWeekly, tr("weekly"));
    keepPerPeriod(decisions, months, m_rules.keepMonthly, tr("monthly"));

    if (m_rules.keepWithinSeconds) {
        const QDateTime since = nowUtc.addSecs(-*m_rules.keepWithinSeconds);
        const QString reason = tr("within %1").arg(spanText(*m_rules.keepWithinSeconds));
        for (Decision& decision : decisions) {
            if (decision.record.startedUtc >= since)
                decision.reasons.append(reason);
        }
    }

    // Whatever the rules say, the newest good dump is never deleted.
    if (decisions.first().reasons.isEmpty())
        decisions.first().reasons.append(tr("newest"));
    keepNewestWithoutWarning(decisions);

    for (Decision& decision : decisions)
        decision.keep = !decision.reasons.isEmpty();
    return decisions;
}

} // namespace larder
