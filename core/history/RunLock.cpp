// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "history/RunLock.h"

#include "base/LogCategories.h"
#include "history/HistoryAddress.h"
#include "system/PrivateDirectory.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace larder {

namespace {

// Any 64-bit number other than the migrations' ("larder-run" in ASCII).
constexpr qint64 kFleetRunLockKey = 0x6c61726465722d72;

} // namespace

RunLock::RunLock(const QString& historyPath)
    : m_history(historyPath), m_path(HistoryAddress::localStatePath(historyPath) + QStringLiteral(".lock")),
      m_lock(m_path)
{
    // Dumps can legitimately run for many hours: only a dead holder makes a lock stale, which
    // QLockFile checks by pid and host regardless of this setting.
    m_lock.setStaleLockTime(0);
}

RunLock::~RunLock()
{
    unlockFleet();
}

Result<void> RunLock::tryLock()
{
    if (m_lock.isLocked())
        return {};
    const QString dir = QFileInfo(m_path).path();
    if (auto made = PrivateDirectory::make(dir); !made) {
        return makeError(ErrorKind::CannotCreate,
                         tr("cannot create the run lock %1: %2, or set \"history\" in the config file to a "
                            "writable place")
                             .arg(m_path, made.error().message));
    }
    if (m_lock.tryLock(0)) {
        qCDebug(lcHistory) << "holding run lock" << m_path;
        if (!HistoryAddress::isUrl(m_history))
            return {};
        auto fleet = tryLockFleet();
        if (!fleet)
            m_lock.unlock();
        return fleet;
    }

    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString app;
        if (!m_lock.getLockInfo(&pid, &host, &app)) {
            // Unreadable or empty: QLockFile cannot tell whether its writer is alive, so only a
            // person can decide.
            return makeError(ErrorKind::Busy,
                             tr("%1 exists but does not say which process holds it: if no larder is "
                                "running, delete %1")
                                 .arg(m_path));
        }
        const QDateTime since = QFileInfo(m_path).lastModified();
        const QString sinceText = since.isValid()
                                      ? since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                      : tr("an unknown time");
        return makeError(ErrorKind::Busy,
                         tr("another larder run holds %1 (pid %2 on host %3, since %4): it will finish on "
                            "its own; if no larder is running, delete %1")
                             .arg(m_path)
                             .arg(pid)
                             .arg(host.isEmpty() ? tr("unknown") : host, sinceText));
    }
    case QLockFile::PermissionError:
        return makeError(ErrorKind::CannotCreate,
                         tr("cannot create the run lock %1: permission denied. Make %2 writable for the user "
                            "running larder, or set \"history\" in the config file to a writable place")
                             .arg(m_path, dir));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return makeError(ErrorKind::CannotCreate,
                     tr("cannot create the run lock %1: check that %2 exists, is writable and its disk is "
                        "not full")
                         .arg(m_path, dir));
}

Result<void> RunLock::tryLockFleet()
{
    const auto address = HistoryAddress::parse(m_history);
    if (!address)
        return tl::unexpected(address.error());
    static QAtomicInteger<quint64> counter;
    m_fleetConnection = QStringLiteral("larder-fleet-lock-%1").arg(counter.fetchAndAddRelaxed(1));
    // Every handle on the connection is gone before unlockFleet() removes it (or Qt warns on stderr,
    // and so in the cron mail).
    const Result<bool> taken = takeFleetLock(address->addConnection(m_fleetConnection));
    if (taken && *taken) {
        qCDebug(lcHistory) << "holding the fleet's run lock in" << address->display();
        return {};
    }
    const QString holder = taken ? fleetLockHolder() : QString();
    unlockFleet();
    if (!taken) {
        return makeError(tr("cannot take the fleet's run lock in the history database %1: %2. Check that the "
                            "server runs and lets this host in; nothing was dumped")
                             .arg(address->display(), taken.error().message.trimmed()));
    }
    return makeError(ErrorKind::Busy,
                     tr("another larder run of the fleet holds the shared history %1 (%2): it "
                        "will finish on its own; a host that died frees it when its "
                        "connection ends")
                         .arg(address->display(), holder.isEmpty() ? tr("another host") : holder));
}

Result<bool> RunLock::takeFleetLock(QSqlDatabase db)
{
    if (!db.open())
        return makeError(db.lastError().databaseText());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kFleetRunLockKey)) || !query.next())
        return makeError(query.lastError().databaseText());
    return query.value(0).toBool();
}

QString RunLock::fleetLockHolder() const
{
    // Each connection names its host (application_name larder@HOST).
    QSqlQuery query(QSqlDatabase::database(m_fleetConnection, false));
    if (!query.exec(
            QStringLiteral("SELECT a.application_name, to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ')"
                           " FROM pg_locks AS l JOIN pg_stat_activity AS a ON a.pid = l.pid"
                           " WHERE l.locktype = 'advisory' AND l.granted AND"
                           " ((l.classid::bigint << 32) | l.objid::bigint) = %1")
                .arg(kFleetRunLockKey)) ||
        !query.next()) {
        return QString();
    }
    return tr("%1, connected since %2").arg(query.value(0).toString(), query.value(1).toString());
}

void RunLock::unlockFleet()
{
    if (m_fleetConnection.isEmpty())
        return;
    {
        // Closing the session frees its advisory locks.
        QSqlDatabase db = QSqlDatabase::database(m_fleetConnection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_fleetConnection);
    m_fleetConnection.clear();
}

void RunLock::unlock()
{
    unlockFleet();
    if (m_lock.isLocked()) {
        m_lock.unlock();
        qCDebug(lcHistory) << "released run lock" << m_path;
    }
}

bool RunLock::isLocked() const
{
    return m_lock.isLocked();
}

} // namespace larder
