// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

class QSqlDatabase;

namespace larder {

// One run at a time per history store: a QLockFile beside the history file. Stale locks of dead
// processes are recovered by QLockFile. A shared history (a postgresql:// URL) is also locked for the
// whole fleet, with a session advisory lock that the server frees when the holder's connection ends
// (a host killed or cut off), so no two hosts run at once.

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
    Result<void> tryLockFleet();
    // Opens db and tries the fleet's lock on it: whether it was free, or why it could not be asked.
    static Result<bool> takeFleetLock(QSqlDatabase db);
    // Who holds the fleet's lock, in words; empty if that cannot be read.
    QString fleetLockHolder() const;
    void unlockFleet();

    QString m_history;
    QString m_path;
    QLockFile m_lock;
    QString m_fleetConnection; // the shared history's connection holding the advisory lock; empty: none
};

} // namespace larder
