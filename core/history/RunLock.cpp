// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "history/RunLock.h"

#include "base/LogCategories.h"
#include "history/HistoryAddress.h"
#include "system/PrivateDirectory.h"

#include <QFileInfo>

namespace larder {

RunLock::RunLock(const QString& historyPath)
    : m_path(HistoryAddress::localStatePath(historyPath) + QStringLiteral(".lock")), m_lock(m_path)
{
    // Dumps can legitimately run for many hours: only a dead holder makes a lock stale, which
    // QLockFile checks by pid and host regardless of this setting.
    m_lock.setStaleLockTime(0);
}

RunLock::~RunLock() = default;

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
        return {};
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

void RunLock::unlock()
{
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
