// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDBusConnection>
#include <QObject>

class QTimer;

namespace larder {

// Says when the machine has resumed from suspend or hibernation, from logind's
// org.freedesktop.login1.Manager.PrepareForSleep(false) on the system bus. Qt timers do not count
// the time spent asleep, so a schedule check that fell due meanwhile would otherwise wait up to a
// whole check interval. Without a system bus (containers, other systems) it never emits; except on
// macOS, which has no logind: there a coarse tick notices the wall clock jumping ahead of it.
class SleepWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SleepWatcher)

public:
    // The bus is a parameter so that tests can play logind on a private session bus.
    explicit SleepWatcher(QDBusConnection bus = QDBusConnection::systemBus(), QObject* parent = nullptr);
    ~SleepWatcher() override;

    // Whether the subscription to PrepareForSleep is in place.
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    void resumed();

private Q_SLOTS:
    // QDBusConnection::connect takes only a slot signature, hence a slot.
    void onPrepareForSleep(bool sleeping);

private:
    // macOS: how often the clock is looked at, and how far beyond that a gap counts as a sleep.
    static constexpr int kClockTickMs = 30'000;
    static constexpr int kSleepGapMs = 60'000;
    void watchTheClock();
    void onClockTick();

    QDBusConnection m_bus;
    bool m_watching = false;
    QTimer* m_clockTick = nullptr;
    qint64 m_lastTickMs = 0;
};

} // namespace larder
