// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDateTime>
#include <QString>

namespace larder {

// A dump the schedule expects: when, which job on which server, and what it will wait for, if
// anything ("server db1": more jobs fall due on it together than its limit of dumps at once).
struct ExpectedOperation
{
    QDateTime atUtc; // now for a job that is due already
    QString job;
    QString server;
    QString waitsFor; // empty: starts at once

    bool operator==(const ExpectedOperation& other) const
    {
        return atUtc == other.atUtc && job == other.job && server == other.server &&
               waitsFor == other.waitsFor;
    }
};

} // namespace larder
