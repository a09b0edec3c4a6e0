// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"
#include "postgres/PgBackendWait.h"

namespace larder {

// Why a dump writes nothing, in words a user can act on, from what the server said about its
// session: "waiting for a lock on public.orders held by pid 4242 (idle in transaction for 3 min,
// user app)". Language-neutral (Message), so that a timed-out dump's history row keeps the words.
class PgStallWords final
{
public:
    static Message describe(const PgBackendWait& wait);
    // The server would not answer (an error, a refused connection): said once, then Larder stops
    // asking.
    static Message refused(const QString& serverError);
    // "42 s", "3 min", "2 h 05 min": an age, coarse enough to read at a glance.
    static Message age(qint64 seconds);

private:
    static Message lockWait(const PgBackendWait& wait);
    static Message blocker(const PgBackendWait& wait);
};

} // namespace larder
