// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace larder {

// A parsed schedule. Slot-based: slots fall at fixed local-time points, and a job is due when it has
// no successful dump that started at or after the latest slot at or before now.
class Schedule final
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)

public:
    enum class Kind { Always, Manual, Minutes, Hours, Days, Weeks };

    Schedule() = default; // "manual"

    // Grammar (case-insensitive): "every N minute(s)|hour(s)|day(s)|week(s)", "hourly", "daily",
    // "weekly", optional "at HH:MM" (days, weeks), optional "on MONDAY..SUNDAY" (weeks), "always",
    // "manual". The error message quotes the text and shows an example of a valid schedule.
    static Result<Schedule> parse(const QString& text);

    Kind kind() const { return m_kind; }
    int interval() const { return m_interval; }
    QTime at() const { return m_at; }
    Qt::DayOfWeek weekday() const { return m_weekday; }
    QString text() const { return m_text; }

    // Human words, e.g. "every 6 hours", "every day at 02:30", "every 2 weeks on Friday at 23:00".
    QString describe() const;

    // The latest slot at or before now, in UTC. Invalid for Always and Manual.
    QDateTime latestSlot(const QDateTime& now, const QTimeZone& zone) const;
    // The first slot strictly after now, in UTC. Invalid for Always and Manual.
    QDateTime nextSlot(const QDateTime& now, const QTimeZone& zone) const;
    // Always: true. Manual: false. Otherwise: no success started at or after latestSlot(now).
    bool isDue(const QDateTime& lastSuccessStart, const QDateTime& now, const QTimeZone& zone) const;
    // The nominal time between slots in seconds (a day is 86400 s even across a DST change); 0 for
    // Always and Manual, which have no slots.
    qint64 periodSeconds() const;

    bool operator==(const Schedule& other) const;

private:
    Kind m_kind = Kind::Manual;
    int m_interval = 1;
    QTime m_at{0, 0};
    Qt::DayOfWeek m_weekday = Qt::Monday;
    QString m_text = QStringLiteral("manual");
};

} // namespace larder
