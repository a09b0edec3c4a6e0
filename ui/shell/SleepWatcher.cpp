// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "SleepWatcher.h"

#include "ShellLog.h"

#include <QDBusError>
#include <QDateTime>
#include <QTimer>

using namespace larder;

namespace {

const QString kService = QStringLiteral("org.freedesktop.login1");
const QString kPath = QStringLiteral("/org/freedesktop/login1");
const QString kInterface = QStringLiteral("org.freedesktop.login1.Manager");
const QString kSignal = QStringLiteral("PrepareForSleep");

} // namespace

SleepWatcher::SleepWatcher(QDBusConnection bus, QObject* parent) : QObject(parent), m_bus(std::move(bus))
{
#if defined(Q_OS_MACOS)
    watchTheClock();
#endif
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

void SleepWatcher::watchTheClock()
{
    // Whichever clock the timer counts, the first tick after a sleep comes at least the sleep's
    // length after the one before it by the wall clock. A clock set forward or a stalled event loop
    // only brings a schedule check forward.
    m_lastTickMs = QDateTime::currentMSecsSinceEpoch();
    m_clockTick = new QTimer(this);
    m_clockTick->setTimerType(Qt::VeryCoarseTimer);
    connect(m_clockTick, &QTimer::timeout, this, &SleepWatcher::onClockTick);
    m_clockTick->start(kClockTickMs);
}

void SleepWatcher::onClockTick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 gap = now - m_lastTickMs;
    m_lastTickMs = now;
    if (gap <= kClockTickMs + kSleepGapMs)
        return;
    qCDebug(lcShell) << "Resumed from sleep: the clock moved" << gap / 1000 << "s in one"
                     << kClockTickMs / 1000 << "s tick";
    Q_EMIT resumed();
}
