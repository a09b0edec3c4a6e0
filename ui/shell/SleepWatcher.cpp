// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "SleepWatcher.h"

#include "ShellLog.h"

#include <QDBusError>

using namespace larder;

namespace {

const QString kService = QStringLiteral("org.freedesktop.login1");
const QString kPath = QStringLiteral("/org/freedesktop/login1");
const QString kInterface = QStringLiteral("org.freedesktop.login1.Manager");
const QString kSignal = QStringLiteral("PrepareForSleep");

} // namespace

SleepWatcher::SleepWatcher(QDBusConnection bus, QObject* parent) : QObject(parent), m_bus(std::move(bus))
{
    if (!m_bus.isConnected()) {
        qCInfo(lcShell) << "No D-Bus connection for logind" << m_bus.name() << m_bus.lastError().message()
                        << "- due jobs run at the next schedule check after a resume";
        return;
    }
    // Bound to the name: only logind's PrepareForSleep counts, not any peer's signal of that name.
    m_watching = m_bus.connect(kService, kPath, kInterface, kSignal, this, SLOT(onPrepareForSleep(bool)));
    if (!m_watching)
        qCInfo(lcShell) << "Cannot subscribe to" << kInterface << kSignal << m_bus.lastError().message();
}

SleepWatcher::~SleepWatcher()
{
    if (m_watching)
        m_bus.disconnect(kService, kPath, kInterface, kSignal, this, SLOT(onPrepareForSleep(bool)));
}

void SleepWatcher::onPrepareForSleep(bool sleeping)
{
    qCDebug(lcShell) << (sleeping ? "Going to sleep" : "Resumed from sleep");
    if (!sleeping)
        Q_EMIT resumed();
}
