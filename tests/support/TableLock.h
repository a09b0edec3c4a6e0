// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QProcess>
#include <QString>

class PgCluster;

// Holds ACCESS EXCLUSIVE on a table in an open transaction, so that pg_dump waits for its ACCESS
// SHARE lock: a dump that stays running, however fast the machine is, until released. The psql
// session runs as the cluster's superuser under application name appName.
class TableLock final
{
    Q_DISABLE_COPY_MOVE(TableLock)

public:
    TableLock(const PgCluster& cluster, const QString& dbname, const QString& table, const QString& appName);
    ~TableLock();

    // The lock is granted to the session.
    bool isHeld() const;
    // Larder's sessions in dbname waiting for a lock (pg_dump's, named larder:JOB, and Larder's own, such
    // as row counts, named larder): the dump is running and stuck behind it.
    int waitingDumps() const;
    // Waits until larder (process) has written a partial below dumpDir and a pg_dump session of
    // larder's on the server waits for a lock: a dump held here. False when larder ended first or
    // timeoutMs passed.
    bool waitForBlockedDump(const QProcess& process, const QString& dumpDir, int timeoutMs) const;
    // Ends every session named appName on the server: psql going away alone would not end pg_sleep.
    void release();
    // What psql has printed so far (its errors, when the lock is never held), for failure messages.
    QString output();

private:
    const PgCluster& m_cluster;
    QString m_dbname;
    QString m_appName;
    QProcess m_psql;
    bool m_released = false;
};
