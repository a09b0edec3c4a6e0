// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RelativeTime.h"

namespace larder {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

QString RelativeTime::since(const QDateTime& thenUtc, const QDateTime& nowUtc)
{
    if (!thenUtc.isValid())
        return tr("never");
    const qint64 seconds = thenUtc.secsTo(nowUtc);
    // A clock that moved back a little must not produce "in 3 s" for something that happened.
    if (seconds < kMinute)
        return tr("just now");
    if (seconds < kHour)
        return tr("%n min ago", nullptr, int(seconds / kMinute));
    if (seconds < 2 * kDay)
        return tr("%n h ago", nullptr, int(seconds / kHour));
    return tr("%n day(s) ago", nullptr, int(seconds / kDay));
}

QString RelativeTime::until(const QDateTime& thenUtc, const QDateTime& nowUtc)
{
    if (!thenUtc.isValid())
        return QString();
    const qint64 seconds = nowUtc.secsTo(thenUtc);
    if (seconds < kMinute)
        return tr("in less than a minute");
    if (seconds < kHour)
        return tr("in %n min", nullptr, int((seconds + kMinute - 1) / kMinute));
    if (seconds < 2 * kDay)
        return tr("in %1 h %2 min")
            .arg(seconds / kHour)
            .arg((seconds % kHour) / kMinute, 2, 10, QLatin1Char('0'));
    return tr("in %n day(s)", nullptr, int(seconds / kDay));
}

QString RelativeTime::exact(const QDateTime& utc)
{
    if (!utc.isValid())
        return QString();
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace larder
