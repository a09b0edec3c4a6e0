// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// libFuzzer target: larder::Schedule::parse on arbitrary text, then latestSlot/nextSlot/isDue of
// every schedule that parses, at fixed instants (around Europe/Berlin's DST changes and other
// edges) in a few zones, checking the invariants the planner relies on.
//
// A failed parse must be a clean error: a non-empty message that quotes the text. A violated
// invariant prints what broke and traps, so libFuzzer saves the input.

#include "config/Schedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using larder::Schedule;

namespace {

struct Fixture
{
    QList<QTimeZone> zones;
    QList<QDateTime> instants;
};

const Fixture* g_fixture = nullptr;

[[noreturn]] void fail(const char* what, const QString& text, const QTimeZone& zone = QTimeZone(),
                       const QDateTime& now = QDateTime())
{
    std::fprintf(stderr, "fuzz_schedule: %s\n  schedule: \"%s\"\n  zone: %s\n  now: %s\n", what,
                 qPrintable(text), zone.id().constData(), qPrintable(now.toString(Qt::ISODateWithMs)));
    __builtin_trap();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

void checkAt(const Schedule& schedule, const QTimeZone& zone, const QDateTime& now)
{
    const QString& text = schedule.text();
    const bool timed = schedule.kind() != Schedule::Kind::Always && schedule.kind() != Schedule::Kind::Manual;
    const QDateTime latest = schedule.latestSlot(now, zone);
    const QDateTime next = schedule.nextSlot(now, zone);

    if (!timed) {
        if (latest.isValid() || next.isValid())
            fail("always/manual has a slot", text, zone, now);
        if (schedule.isDue(QDateTime(), now, zone) != (schedule.kind() == Schedule::Kind::Always))
            fail("always must be due and manual must not", text, zone, now);
        return;
    }
    if (!latest.isValid() || !next.isValid())
        fail("timed schedule without a latest or next slot", text, zone, now);
    if (latest.timeSpec() != Qt::UTC || next.timeSpec() != Qt::UTC)
        fail("slots must be in UTC", text, zone, now);
    if (latest > now)
        fail("latestSlot(now) is after now", text, zone, now);
    if (next <= now)
        fail("nextSlot(now) is not after now", text, zone, now);
    if (latest.msecsTo(next) > qint64(53) * 7 * 86400 * 1000)
        fail("slots further apart than the longest interval", text, zone, now);

    // A slot is its own latest slot, and the slot after the latest one is the next one.
    if (schedule.latestSlot(next, zone) != next)
        fail("latestSlot(nextSlot(now)) != nextSlot(now)", text, zone, now);
    if (schedule.nextSlot(latest, zone) != next)
        fail("nextSlot(latestSlot(now)) != nextSlot(now)", text, zone, now);

    if (!schedule.isDue(QDateTime(), now, zone))
        fail("never dumped but not due", text, zone, now);
    if (schedule.isDue(latest, now, zone))
        fail("a success at the latest slot does not satisfy it", text, zone, now);
    if (!schedule.isDue(latest.addMSecs(-1), now, zone))
        fail("a success before the latest slot satisfies it", text, zone, now);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // Its own argv: QCoreApplication may consume arguments, and these are libFuzzer's.
    static int appArgc = 1;
    static char appName[] = "fuzz_schedule";
    static char* appArgv[] = {appName, nullptr};
    static QCoreApplication app(appArgc, appArgv);
    auto* fixture = new Fixture;
    fixture->zones = {QTimeZone::utc(),
                      QTimeZone("Europe/Berlin"),
                      QTimeZone("America/New_York"),
                      QTimeZone("Australia/Lord_Howe"), // DST shifts by 30 minutes
                      QTimeZone("Pacific/Apia"),        // skipped 2011-12-30 entirely
                      QTimeZone(5 * 3600 + 45 * 60)};
    for (const QTimeZone& zone : fixture->zones) {
        if (!zone.isValid()) {
            std::fprintf(stderr, "fuzz_schedule: a time zone is missing; install tzdata\n");
            std::exit(1);
        }
    }
    fixture->instants = {
        // Europe/Berlin 2024: 02:00 CET -> 03:00 CEST at 01:00 UTC on 31 March...
        utc(2024, 3, 31, 0, 59, 59), utc(2024, 3, 31, 1, 0, 0), utc(2024, 3, 31, 1, 30, 0),
        // ...and 03:00 CEST -> 02:00 CET at 01:00 UTC on 27 October (02:00-03:00 local happens twice).
        utc(2024, 10, 27, 0, 30, 0), utc(2024, 10, 27, 0, 59, 59), utc(2024, 10, 27, 1, 0, 0),
        utc(2024, 10, 27, 1, 30, 0), utc(2024, 10, 27, 2, 0, 0),
        // The phase reference (Monday 2000-01-03), the epoch and just before it, Apia's lost day,
        // 2038, far past and future.
        utc(2000, 1, 3, 0, 0, 0), utc(1970, 1, 1, 0, 0, 0), utc(1969, 12, 31, 23, 59, 59, 500),
        utc(2011, 12, 30, 10, 0, 0), utc(2038, 1, 19, 3, 14, 8), utc(1900, 1, 1, 0, 0, 0),
        utc(2200, 6, 15, 12, 0, 0, 1)};
    g_fixture = fixture;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const larder::Result<Schedule> parsed = Schedule::parse(input);
    if (!parsed) {
        const QString& message = parsed.error().message;
        if (message.isEmpty())
            fail("rejected with an empty message", input);
        if (!message.contains(input.trimmed()))
            fail("the error message does not quote the text", input);
        return 0;
    }
    const Schedule& schedule = *parsed;
    if (schedule.text() != input.trimmed())
        fail("text() is not the trimmed input", input);
    if (schedule.describe().isEmpty())
        fail("describe() is empty", input);
    const larder::Result<Schedule> again = Schedule::parse(schedule.text());
    if (!again || !(*again == schedule))
        fail("parsing text() again gives another schedule", input);
    if (schedule.interval() < 1 || !schedule.at().isValid())
        fail("interval or time of day out of range", input);

    // One more instant per input, derived from its text, between 1900 and 2200.
    const qint64 span = qint64(300) * 365 * 86400;
    const qint64 secs = qint64(qHash(input, 0) % quint64(span)) - qint64(70) * 365 * 86400;
    const QDateTime hashed = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);

    for (const QTimeZone& zone : g_fixture->zones) {
        for (const QDateTime& now : g_fixture->instants)
            checkAt(schedule, zone, now);
        checkAt(schedule, zone, hashed);
    }
    return 0;
}
