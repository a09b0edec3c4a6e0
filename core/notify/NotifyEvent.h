// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDateTime>
#include <QString>

namespace larder {

// What a notification is about: one job's start, end or staleness, in plain values, so that notify/
// needs nothing of the run that produced it.
struct NotifyEvent
{
    QString event; // "start", "success", "failure", "warning" or "stale" (NotifyConfig::eventNames)
    QString job;
    QString server;
    QString engine; // "postgresql", "mariadb"
    QString status; // "running", "success", "failed", "stale"
    QDateTime startedUtc;
    QDateTime finishedUtc; // invalid for start and stale
    qint64 durationMs = 0;
    qint64 bytes = 0;
    QString path;
    QString sha256;
    QString error; // the failure, the warning, or why the job is stale
    QString host;  // this machine's name

    // "app (server main): dump failed: ..." for the bodies of ping and ntfy.
    QString summary() const;
};

} // namespace larder
