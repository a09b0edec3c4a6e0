// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace larder {

// A claim a host holds on one slot of one job (FleetClaims): what it renews and releases.
struct ClaimKey
{
    QString job;
    QString slot;
    qint64 generation = 0; // which taking of the slot this is: a later host's taking has a higher one
};

// What FleetClaims::claim answered.
struct ClaimAnswer
{
    enum class Kind {
        Granted,    // this host dumps the slot: key holds the claim
        Done,       // host dumped it (finished at whenUtc)
        Busy,       // host is dumping it (its lease runs until whenUtc)
        Backoff,    // it failed on host; it may be tried again from whenUtc
        ServerFull, // the server's max_parallel is taken across the fleet, by serverHosts
        Yielded,    // the server has room, but host has waited for it longer: its turn first
    };
    Kind kind = Kind::Granted;
    ClaimKey key;
    QString host;
    QDateTime whenUtc;
    QStringList serverHosts; // ServerFull: the host of each live claim on the server (repeats kept)
};

} // namespace larder
