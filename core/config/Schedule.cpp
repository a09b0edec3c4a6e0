// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/Schedule.h"

#include "base/LogCategories.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>

namespace larder {

namespace {

// Slot arithmetic works on "local seconds": wall-clock seconds since 1970-01-01 00:00 as if the
// zone were UTC. Mapping to real instants happens once per candidate slot, in localToUtc().
constexpr qint64 kSecsPerDay = 86400;
constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

constexpr int kMaxMinutes = 1440;
constexpr int kMaxHours = 24;
constexpr int kMaxDays = 366;
constexpr int kMaxWeeks = 52;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

// Day number (days since 1970-01-01) of the fixed phase reference, a Monday, so that
// "every N days" and "every N weeks" never drift with the date of the last run.
qint64 referenceDay()
{
    static const qint64 day = QDate(2000, 1, 3).toJulianDay() - kUnixEpochJulianDay;
    return day;
}

int offsetAt(qint64 utcSecs, const QTimeZone& zone)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
}

// The first instant in (lo, hi] whose UTC offset equals the one at hi, assuming a single offset
// change in between.
qint64 findTransition(qint64 lo, qint64 hi, const QTimeZone& zone)
{
    const int offHi = offsetAt(hi, zone);
    if (offsetAt(lo, zone) == offHi)
        return hi;
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (offsetAt(mid, zone) == offHi)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

// A local wall-clock time to its UTC instant: a repeated local time (fall-back) gives its first
// occurrence, a local time inside a spring-forward gap gives the end of the gap (the next valid
// minute). QDateTime(date, time, zone) cannot be used: Qt 6.4 makes gap times invalid and does not
// promise which occurrence of a repeated time it picks.
qint64 localToUtc(qint64 local, const QTimeZone& zone)
{
    // Any instant that maps to `local` lies within ~15 h of it; sampling a day either side
    // catches every offset in force there.
    std::array<int, 3> offsets{offsetAt(local - kSecsPerDay, zone), offsetAt(local, zone),
                               offsetAt(local + kSecsPerDay, zone)};
    bool found = false;
    qint64 best = 0;
    for (const int offset : offsets) {
        const qint64 candidate = local - offset;
        if (offsetAt(candidate, zone) == offset && (!found || candidate < best)) {
            best = candidate;
            found = true;
        }
    }
    if (found)
        return best;

    const auto [minOffset, maxOffset] = std::minmax_element(offsets.begin(), offsets.end());
    const qint64 gapEnd = findTransition(local - *maxOffset, local - *minOffset, zone);
    qCDebug(lcSchedule) << "local time" << QDateTime::fromSecsSinceEpoch(local, Qt::UTC).toString(Qt::ISODate)
                        << "does not exist in" << zone.id() << "- slot moved to"
                        << QDateTime::fromSecsSinceEpoch(gapEnd, Qt::UTC).toString(Qt::ISODate) << "UTC";
    return gapEnd;
}

// The largest local time whose slot has fallen by nowUtc. Usually the local time of now, but in
// the second pass through a repeated hour every local time of that hour already had its (first)
// occurrence, so the bound is the last second of the repeated hour.
qint64 localBound(qint64 nowUtc, const QTimeZone& zone)
{
    const int nowOffset = offsetAt(nowUtc, zone);
    const qint64 nowLocal = nowUtc + nowOffset;
    const int earlierOffset = offsetAt(nowUtc - kSecsPerDay, zone);
    if (earlierOffset <= nowOffset)
        return nowLocal;
    const qint64 transition = findTransition(nowUtc - kSecsPerDay, nowUtc, zone);
    const qint64 repeatEndLocal = transition + earlierOffset; // exclusive
    return std::max(nowLocal, repeatEndLocal - 1);
}

struct DayPattern
{
    qint64 period = 1; // days
    qint64 phase = 0;  // day number of one slot day
    qint64 atSecs = 0;
};

DayPattern dayPattern(const Schedule& schedule)
{
    DayPattern pattern;
    const bool weeks = schedule.kind() == Schedule::Kind::Weeks;
    pattern.period = weeks ? 7LL * schedule.interval() : schedule.interval();
    pattern.phase = referenceDay() + (weeks ? static_cast<int>(schedule.weekday()) - 1 : 0);
    pattern.atSecs = schedule.at().hour() * 3600 + schedule.at().minute() * 60;
    return pattern;
}

qint64 intraDayStepSecs(const Schedule& schedule)
{
    const qint64 minutes =
        schedule.kind() == Schedule::Kind::Hours ? 60LL * schedule.interval() : schedule.interval();
    return minutes * 60;
}

// The latest slot at or before `local`, in local seconds.
qint64 slotAtOrBefore(const Schedule& schedule, qint64 local)
{
    const qint64 day = floorDiv(local, kSecsPerDay);
    const qint64 secOfDay = local - day * kSecsPerDay;
    if (schedule.kind() == Schedule::Kind::Minutes || schedule.kind() == Schedule::Kind::Hours) {
        const qint64 step = intraDayStepSecs(schedule);
        return day * kSecsPerDay + (secOfDay / step) * step;
    }
    const DayPattern pattern = dayPattern(schedule);
    qint64 slotDay = day - floorMod(day - pattern.phase, pattern.period);
    if (slotDay == day && secOfDay < pattern.atSecs)
        slotDay -= pattern.period;
    return slotDay * kSecsPerDay + pattern.atSecs;
}

// The first slot strictly after `local`, in local seconds.
qint64 slotAfter(const Schedule& schedule, qint64 local)
{
    const qint64 day = floorDiv(local, kSecsPerDay);
    const qint64 secOfDay = local - day * kSecsPerDay;
    if (schedule.kind() == Schedule::Kind::Minutes || schedule.kind() == Schedule::Kind::Hours) {
        const qint64 step = intraDayStepSecs(schedule);
        const qint64 next = (secOfDay / step + 1) * step;
        // The pattern restarts at midnight, even when the step does not divide the day.
        return next >= kSecsPerDay ? (day + 1) * kSecsPerDay : day * kSecsPerDay + next;
    }
    const DayPattern pattern = dayPattern(schedule);
    qint64 slotDay = day + floorMod(pattern.phase - day, pattern.period);
    if (slotDay == day && secOfDay >= pattern.atSecs)
        slotDay += pattern.period;
    return slotDay * kSecsPerDay + pattern.atSecs;
}

bool isTimed(Schedule::Kind kind)
{
    return kind != Schedule::Kind::Always && kind != Schedule::Kind::Manual;
}

QString weekdayName(Qt::DayOfWeek day)
{
    switch (day) {
    case Qt::Monday:
        return Schedule::tr("Monday");
    case Qt::Tuesday:
        return Schedule::tr("Tuesday");
    case Qt::Wednesday:
        return Schedule::tr("Wednesday");
    case Qt::Thursday:
        return Schedule::tr("Thursday");
    case Qt::Friday:
        return Schedule::tr("Friday");
    case Qt::Saturday:
        return Schedule::tr("Saturday");
    case Qt::Sunday:
        return Schedule::tr("Sunday");
    }
    return {};
}

std::optional<Qt::DayOfWeek> parseWeekday(const QString& word)
{
    static const std::array<QLatin1String, 7> names{QLatin1String("monday"),    QLatin1String("tuesday"),
                                                    QLatin1String("wednesday"), QLatin1String("thursday"),
                                                    QLatin1String("friday"),    QLatin1String("saturday"),
                                                    QLatin1String("sunday")};
    const QString lower = word.toLower();
    for (int i = 0; i < 7; ++i) {
        const QString name = names[i];
        if (lower == name || lower == name + QLatin1Char('s') || lower == name.left(3))
            return static_cast<Qt::DayOfWeek>(i + 1);
    }
    return std::nullopt;
}

std::optional<QTime> parseTimeOfDay(const QString& word)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(word);
    if (!match.hasMatch())
        return std::nullopt;
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return QTime(hour, minute);
}

QDateTime utcDateTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

} // namespace

Result<Schedule> Schedule::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    const auto fail = [&trimmed](const QString& reason) {
        return makeError(tr("'%1' is not a schedule: %2; use e.g. \"every 6 hours\", \"daily at 02:30\", "
                            "\"weekly on sunday at 03:00\", \"always\" or \"manual\"")
                             .arg(trimmed, reason));
    };

    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = trimmed.split(whitespace, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return fail(tr("it is empty"));

    Schedule schedule;
    schedule.m_text = trimmed;

    const QString first = words.first().toLower();
    if (first == QLatin1String("always") || first == QLatin1String("manual")) {
        if (words.size() > 1)
            return fail(tr("unexpected '%1' after \"%2\"").arg(words.at(1), first));
        schedule.m_kind = first == QLatin1String("always") ? Kind::Always : Kind::Manual;
        return schedule;
    }

    qsizetype pos = 1;
    if (first == QLatin1String("hourly")) {
        schedule.m_kind = Kind::Hours;
    } else if (first == QLatin1String("daily")) {
        schedule.m_kind = Kind::Days;
    } else if (first == QLatin1String("weekly")) {
        schedule.m_kind = Kind::Weeks;
    } else if (first == QLatin1String("every")) {
        if (pos >= words.size())
            return fail(tr("\"every\" needs a unit: minutes, hours, days or weeks"));

        QString countWord;
        qint64 count = 1;
        const QString& word = words.at(pos);
        if (word.front().isDigit() || word.front() == QLatin1Char('-') || word.front() == QLatin1Char('+') ||
            word.front() == QLatin1Char('.')) {
            static const QRegularExpression glued(QStringLiteral("^\\d+[a-zA-Z]+$"));
            static const QRegularExpression digits(QStringLiteral("^\\d+$"));
            if (glued.match(word).hasMatch())
                return fail(tr("put a space between the number and the unit in '%1'").arg(word));
            if (!digits.match(word).hasMatch())
                return fail(tr("the count '%1' must be a positive whole number").arg(word));
            bool ok = false;
            count = word.toLongLong(&ok);
            if (!ok)
                count = -1; // too long for any unit; reported as out of range below
            countWord = word;
            ++pos;
            if (pos >= words.size())
                return fail(tr("a unit is missing after '%1': minutes, hours, days or weeks").arg(word));
        }

        const QString unitWord = words.at(pos);
        const QString unit = unitWord.toLower();
        int max = 0;
        QString unitName;
        if (unit == QLatin1String("minute") || unit == QLatin1String("minutes")) {
            schedule.m_kind = Kind::Minutes;
            max = kMaxMinutes;
            unitName = tr("minutes");
        } else if (unit == QLatin1String("hour") || unit == QLatin1String("hours")) {
            schedule.m_kind = Kind::Hours;
            max = kMaxHours;
            unitName = tr("hours");
        } else if (unit == QLatin1String("day") || unit == QLatin1String("days")) {
            schedule.m_kind = Kind::Days;
            max = kMaxDays;
            unitName = tr("days");
        } else if (unit == QLatin1String("week") || unit == QLatin1String("weeks")) {
            schedule.m_kind = Kind::Weeks;
            max = kMaxWeeks;
            unitName = tr("weeks");
        } else {
            return fail(tr("unknown unit '%1'").arg(unitWord));
        }
        ++pos;
        if (count < 1 || count > max)
            return fail(tr("%1 go from 1 to %2, not %3").arg(unitName).arg(max).arg(countWord));
        schedule.m_interval = static_cast<int>(count);
    } else {
        return fail(tr("it must start with \"every\", \"hourly\", \"daily\", \"weekly\", \"always\" or "
                       "\"manual\", not '%1'")
                        .arg(words.first()));
    }

    bool seenAt = false;
    bool seenOn = false;
    const bool dayOrWeek = schedule.m_kind == Kind::Days || schedule.m_kind == Kind::Weeks;
    while (pos < words.size()) {
        const QString keyword = words.at(pos).toLower();
        if (keyword == QLatin1String("at")) {
            if (!dayOrWeek)
                return fail(tr("\"at\" only applies to day and week intervals"));
            if (seenAt)
                return fail(tr("\"at\" is given twice"));
            if (pos + 1 >= words.size())
                return fail(tr("\"at\" needs a time of day such as 02:30"));
            const std::optional<QTime> at = parseTimeOfDay(words.at(pos + 1));
            if (!at)
                return fail(
                    tr("'%1' is not a time of day (write HH:MM from 00:00 to 23:59)").arg(words.at(pos + 1)));
            schedule.m_at = *at;
            seenAt = true;
            pos += 2;
        } else if (keyword == QLatin1String("on")) {
            if (schedule.m_kind != Kind::Weeks)
                return fail(tr("\"on\" only applies to week intervals"));
            if (seenOn)
                return fail(tr("\"on\" is given twice"));
            if (pos + 1 >= words.size())
                return fail(tr("\"on\" needs a weekday such as sunday"));
            const std::optional<Qt::DayOfWeek> day = parseWeekday(words.at(pos + 1));
            if (!day)
                return fail(
                    tr("unknown weekday '%1' (use monday to sunday, or mon to sun)").arg(words.at(pos + 1)));
            schedule.m_weekday = *day;
            seenOn = true;
            pos += 2;
        } else {
            return fail(tr("unexpected '%1'").arg(words.at(pos)));
        }
    }
    return schedule;
}

QString Schedule::describe() const
{
    const QString at = m_at.toString(QStringLiteral("HH:mm"));
    switch (m_kind) {
    case Kind::Always:
        return tr("at every run");
    case Kind::Manual:
        return tr("only on demand");
    case Kind::Minutes:
        return m_interval == 1 ? tr("every minute") : tr("every %1 minutes").arg(m_interval);
    case Kind::Hours:
        return m_interval == 1 ? tr("every hour") : tr("every %1 hours").arg(m_interval);
    case Kind::Days:
        return m_interval == 1 ? tr("every day at %1").arg(at)
                               : tr("every %1 days at %2").arg(m_interval).arg(at);
    case Kind::Weeks:
        return m_interval == 1 ? tr("every week on %1 at %2").arg(weekdayName(m_weekday), at)
                               : tr("every %1 weeks on %2 at %3")
                                     .arg(QString::number(m_interval), weekdayName(m_weekday), at);
    }
    return {};
}

QDateTime Schedule::latestSlot(const QDateTime& now, const QTimeZone& zone) const
{
    if (!isTimed(m_kind) || !now.isValid())
        return {};
    const qint64 nowUtc = floorDiv(now.toMSecsSinceEpoch(), 1000);
    return utcDateTime(localToUtc(slotAtOrBefore(*this, localBound(nowUtc, zone)), zone));
}

QDateTime Schedule::nextSlot(const QDateTime& now, const QTimeZone& zone) const
{
    if (!isTimed(m_kind) || !now.isValid())
        return {};
    const qint64 nowUtc = floorDiv(now.toMSecsSinceEpoch(), 1000);
    return utcDateTime(localToUtc(slotAfter(*this, localBound(nowUtc, zone)), zone));
}

bool Schedule::isDue(const QDateTime& lastSuccessStart, const QDateTime& now, const QTimeZone& zone) const
{
    if (m_kind == Kind::Always)
        return true;
    if (m_kind == Kind::Manual)
        return false;
    if (!lastSuccessStart.isValid())
        return true;
    if (!now.isValid()) {
        qCWarning(lcSchedule) << "cannot tell whether" << m_text << "is due without a valid current time";
        return false;
    }
    return lastSuccessStart < latestSlot(now, zone);
}

qint64 Schedule::periodSeconds() const
{
    switch (m_kind) {
    case Kind::Minutes:
        return qint64(m_interval) * 60;
    case Kind::Hours:
        return qint64(m_interval) * 3600;
    case Kind::Days:
        return qint64(m_interval) * kSecsPerDay;
    case Kind::Weeks:
        return qint64(m_interval) * 7 * kSecsPerDay;
    case Kind::Always:
    case Kind::Manual:
        break;
    }
    return 0;
}

bool Schedule::operator==(const Schedule& other) const
{
    return m_kind == other.m_kind && m_interval == other.m_interval && m_at == other.m_at &&
           m_weekday == other.m_weekday;
}

} // namespace larder
