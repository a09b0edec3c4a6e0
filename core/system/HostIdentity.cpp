// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "system/HostIdentity.h"

#include <QMutex>
#include <QSysInfo>

namespace larder {

namespace {

// Read by worker threads (a run's history writes) while the desktop app may read the config again.
QMutex& mutex()
{
    static QMutex instance;
    return instance;
}

QString& configured()
{
    static QString id;
    return id;
}

} // namespace

QString HostIdentity::current()
{
    const QMutexLocker locker(&mutex());
    return configured().isEmpty() ? QSysInfo::machineHostName() : configured();
}

void HostIdentity::set(const QString& id)
{
    const QMutexLocker locker(&mutex());
    configured() = id;
}

} // namespace larder
