// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

namespace larder {

// What the server says one dump's session is doing (PgStallWatch's query), for PgStallWords.
struct PgBackendWait
{
    bool found = false;          // a session of the dump's is on the server
    QString state;               // pg_stat_activity.state: "active", "idle in transaction", ...
    QString waitEventType;       // "Lock", "IO", "Client", ...; empty: it waits for nothing
    QString waitEvent;           // "relation", "DataFileRead", "ClientWrite", ...
    qint64 blockerPid = 0;       // the first of pg_blocking_pids(); 0: nothing blocks it
    QString relation;            // the table its ungranted lock is on ("public.orders"); empty: none
    bool blockerVisible = false; // the role may see the blocker's state (own session, pg_read_all_stats)
    QString blockerState;
    QString blockerUser;
    qint64 blockerStateSeconds = -1;       // since its state last changed; -1: unknown
    qint64 blockerTransactionSeconds = -1; // since its transaction began; -1: none or unknown
};

} // namespace larder
