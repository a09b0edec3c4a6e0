// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace larder {

// One host of those sharing a history, as `larder fleet` shows it (FleetClaims::hosts).
struct FleetHost
{
    QString host;
    QString version;        // of the larder that last ran there
    QDateTime firstSeenUtc; // its first run against this history
    QDateTime lastSeenUtc;  // its last run's start, or its last renewal while it dumped
    qint64 pid = 0;         // of that run
    int running = 0;        // claims with a live lease
    int lapsed = 0;         // claims still running whose lease ran out: the host stopped renewing
    int doneLastDay = 0;    // slots it dumped in the last 24 hours
    int failedLastDay = 0;  // and those that failed there
    QStringList waitingFor; // servers it waits for a place on
};

} // namespace larder
