// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/PgStallWords.h"

#include <QCoreApplication>

namespace larder {

namespace {

constexpr char kContext[] = "larder::PgStallWords";
constexpr qint64 kTransactionWorthSayingS = 60;

Message words(const char* source)
{
    return Message(kContext, source);
}

} // namespace

Message PgStallWords::describe(const PgBackendWait& wait)
{
    if (!wait.found)
        return words(QT_TRANSLATE_NOOP("larder::PgStallWords",
                                       "no session of the dump's on the server yet: pg_dump is still "
                                       "connecting or starting"));
    if (wait.waitEventType == QLatin1String("Lock") || wait.blockerPid > 0)
        return lockWait(wait);
    // The server has rows to send and pg_dump is not taking them: the hold-up is on Larder's side
    // (a slow disk, compression).
    if (wait.waitEventType == QLatin1String("Client") && wait.waitEvent == QLatin1String("ClientWrite"))
        return words(QT_TRANSLATE_NOOP(
            "larder::PgStallWords", "the server is sending and waits for pg_dump to take it (ClientWrite)"));
    if (!wait.waitEventType.isEmpty())
        return words(QT_TRANSLATE_NOOP("larder::PgStallWords", "the server is waiting on %1 (%2)"))
            .arg(wait.waitEventType)
            .arg(wait.waitEvent);
    if (wait.state == QLatin1String("active"))
        return words(QT_TRANSLATE_NOOP("larder::PgStallWords",
                                       "the server is active on the dump's query and has not sent "
                                       "anything new yet"));
    return words(QT_TRANSLATE_NOOP("larder::PgStallWords",
                                   "the dump's session is %1: pg_dump is busy on its own side"))
        .arg(wait.state.isEmpty() ? QStringLiteral("?") : wait.state);
}

Message PgStallWords::lockWait(const PgBackendWait& wait)
{
    if (wait.blockerPid <= 0) {
        return wait.relation.isEmpty()
                   ? words(QT_TRANSLATE_NOOP("larder::PgStallWords", "waiting for a lock (%1)"))
                         .arg(wait.waitEvent)
                   : words(QT_TRANSLATE_NOOP("larder::PgStallWords", "waiting for a lock on %1"))
                         .arg(wait.relation);
    }
    const Message held =
        wait.relation.isEmpty()
            ? words(QT_TRANSLATE_NOOP("larder::PgStallWords", "waiting for a lock held by pid %1"))
                  .arg(wait.blockerPid)
            : words(QT_TRANSLATE_NOOP("larder::PgStallWords", "waiting for a lock on %1 held by pid %2"))
                  .arg(wait.relation)
                  .arg(wait.blockerPid);
    return held.followedBy(QStringLiteral(" (")).followedBy(blocker(wait)).followedBy(QStringLiteral(")"));
}

Message PgStallWords::blocker(const PgBackendWait& wait)
{
    if (!wait.blockerVisible || wait.blockerState.isEmpty())
        return words(QT_TRANSLATE_NOOP("larder::PgStallWords",
                                       "no permission to see what that session does: grant larder's "
                                       "role pg_read_all_stats to see it"));
    Message state = wait.blockerStateSeconds >= 0
                        ? words(QT_TRANSLATE_NOOP("larder::PgStallWords", "%1 for %2"))
                              .arg(wait.blockerState)
                              .arg(age(wait.blockerStateSeconds))
                        : Message::plain(wait.blockerState);
    // A transaction much older than its current statement is what holds the lock that long.
    if (wait.blockerTransactionSeconds >= wait.blockerStateSeconds + kTransactionWorthSayingS)
        state = words(QT_TRANSLATE_NOOP("larder::PgStallWords", "%1, in a transaction for %2"))
                    .arg(state)
                    .arg(age(wait.blockerTransactionSeconds));
    if (wait.blockerUser.isEmpty())
        return state;
    return words(QT_TRANSLATE_NOOP("larder::PgStallWords", "%1, user %2")).arg(state).arg(wait.blockerUser);
}

Message PgStallWords::refused(const QString& serverError)
{
    return words(QT_TRANSLATE_NOOP("larder::PgStallWords",
                                   "writing nothing; the server would not say why (%1)"))
        .arg(serverError);
}

Message PgStallWords::age(qint64 seconds)
{
    if (seconds < 60)
        return words(QT_TRANSLATE_NOOP("larder::PgStallWords", "%1 s")).arg(qMax<qint64>(0, seconds));
    if (seconds < 3600)
        return words(QT_TRANSLATE_NOOP("larder::PgStallWords", "%1 min")).arg(seconds / 60);
    return words(QT_TRANSLATE_NOOP("larder::PgStallWords", "%1 h %2 min"))
        .arg(seconds / 3600)
        .arg(QStringLiteral("%1").arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0')));
}

} // namespace larder
