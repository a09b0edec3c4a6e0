// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDateTime>
#include <QString>

namespace larder {

// A dump the schedule expects: when it falls due, which job on which server, when it is expected to
// start and end, and what it will wait for, if anything ("server db1": more jobs fall due on it
// together than its limit of dumps at once).
struct ExpectedOperation
{
    QDateTime atUtc; // its slot; now for a job that is due already
    QString job;
    QString server;
    QString waitsFor; // empty: starts at its slot (startUtc == atUtc)
    // Braced: a list naming only the fields above stays free of missing-initializer warnings.
    QDateTime startUtc{};       // atUtc, or later behind the dumps ahead of it (ExpectedOperations)
    QDateTime endUtc{};         // startUtc + the job's last successful dump's duration, or the default
    bool durationKnown = false; // false: the job has no successful dump yet, the default was used

    bool operator==(const ExpectedOperation& other) const
    {
        return atUtc == other.atUtc && job == other.job && server == other.server &&
               waitsFor == other.waitsFor && startUtc == other.startUtc && endUtc == other.endUtc &&
               durationKnown == other.durationKnown;
    }
};

} // namespace larder
