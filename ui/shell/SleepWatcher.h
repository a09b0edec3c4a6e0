// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDBusConnection>
#include <QObject>

namespace larder {

// Says when the machine has resumed from suspend or hibernation, from logind's
// org.freedesktop.login1.Manager.PrepareForSleep(false) on the system bus. Qt timers do not count
// the time spent asleep, so a schedule check that fell due meanwhile would otherwise wait up to a
// whole check interval. Without a system bus (containers, other systems) it never emits.
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
    QDBusConnection m_bus;
    bool m_watching = false;
};

} // namespace larder
