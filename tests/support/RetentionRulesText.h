// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/RetentionRules.h"

#include <QString>

#include <optional>

// A job's retention rules as one line, so that one QCOMPARE checks every rule and shows them all
// when it fails: "keep_last 7, keep_daily 14, keep_weekly -, keep_monthly -, keep_within 86400"
// ("-": not set; keep_within in seconds).
namespace RetentionRulesText {

template <typename T>
QString valueOf(const std::optional<T>& value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

inline QString of(const larder::RetentionRules& rules)
{
    return QStringLiteral("keep_last %1, keep_daily %2, keep_weekly %3, keep_monthly %4, keep_within %5")
        .arg(valueOf(rules.keepLast), valueOf(rules.keepDaily), valueOf(rules.keepWeekly),
             valueOf(rules.keepMonthly), valueOf(rules.keepWithinSeconds));
}

} // namespace RetentionRulesText
