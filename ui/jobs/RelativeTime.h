// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace larder {

// Short relative times for table cells ("5 min ago", "in 2 h 05 min"); the exact local time
// belongs in a tooltip next to them (exact()).
class RelativeTime final
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString since(const QDateTime& thenUtc, const QDateTime& nowUtc);
    static QString until(const QDateTime& thenUtc, const QDateTime& nowUtc);
    // Local time with date and seconds, e.g. "2026-11-26 02:30:12".
    static QString exact(const QDateTime& utc);
};

} // namespace larder
