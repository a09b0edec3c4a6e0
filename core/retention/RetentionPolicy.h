// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/RetentionRules.h"
#include "history/HistoryRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace larder {

// Decides which successful dumps of one job retention keeps. Pure: no clock, no files, no history;
// the same input always gives the same answer. Days, ISO weeks and months are those of the local
// date of each dump's start in the given zone, so a DST change never moves a dump to another day.
class RetentionPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicy)

public:
    struct Decision
    {
        HistoryRecord record;
        bool keep = true;
        // Why it is kept, e.g. "last 3", "daily 2026-11-20", "weekly 2026-W47", "monthly 2026-11",
        // "within 14 days", "newest", "newest without a warning" (the newest dump whose record has no
        // warning is always kept while newer ones have one), "no retention rules"; empty when it is to
        // be deleted.
        QStringList reasons;
    };

    RetentionPolicy(RetentionRules rules, QTimeZone zone);

    // successes: the job's successful attempts in any order (other statuses are ignored). Returns
    // one decision per success, newest first (ties: the higher id is newer).
    QList<Decision> decide(const QList<HistoryRecord>& successes, const QDateTime& nowUtc) const;

    // "14 days", "36 hours", "90 minutes", "45 seconds": the span as keep_within reasons show it.
    static QString spanText(qint64 seconds);

private:
    RetentionRules m_rules;
    QTimeZone m_zone;
};

} // namespace larder
