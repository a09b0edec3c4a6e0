// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

namespace larder {

// One run at a time per history store on this host: a QLockFile beside the history file. Stale
// locks of dead processes are recovered by QLockFile. Hosts sharing a history (a postgresql:// URL)
// each hold their own lock and run at once; FleetClaims decides which of them dumps what.

class RunLock final
{
    Q_DECLARE_TR_FUNCTIONS(RunLock)
    Q_DISABLE_COPY_MOVE(RunLock)

public:
    // Lock file: <historyPath>.lock, or for a shared history <HistoryAddress::localStatePath>.lock.
    explicit RunLock(const QString& historyPath);
    ~RunLock();

    // Non-blocking. Fails with ErrorKind::Busy when another process holds the lock (the message says
    // which pid on which host, and since when), with ErrorKind::CannotCreate when the lock file
    // cannot be created (permissions, a file in the way, disk full).
    Result<void> tryLock();
    void unlock();
    bool isLocked() const;
    QString lockFilePath() const { return m_path; }

private:
    QString m_path;
    QLockFile m_lock;
};

} // namespace larder
