// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// SleepWatcher against a real D-Bus: under dbus-run-session the test plays logind on the private
// session bus (it owns org.freedesktop.login1 and emits PrepareForSleep from /org/freedesktop/login1),
// which the watcher is given instead of the system bus.

#include "SleepWatcher.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

using larder::SleepWatcher;

namespace {

const QString kService = QStringLiteral("org.freedesktop.login1");

bool emitPrepareForSleep(QDBusConnection& connection, bool sleeping)
{
    QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/login1"),
                                                     QStringLiteral("org.freedesktop.login1.Manager"),
                                                     QStringLiteral("PrepareForSleep"));
    signal << sleeping;
    return connection.send(signal);
}

} // namespace

class TestSleepWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void prepareForSleepFalse_emitsResumedOnce();
    void sameSignalFromAnotherPeer_isIgnored();
    void noBus_watchesNothing();

private:
    QDBusConnection m_logind{QString()};
};

void TestSleepWatcher::initTestCase()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus: run under dbus-run-session (as CTest does)");
    m_logind = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-logind"));
    QVERIFY(m_logind.isConnected());
    QVERIFY2(m_logind.registerService(kService), qPrintable(m_logind.lastError().message()));
}

void TestSleepWatcher::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-logind"));
}

void TestSleepWatcher::prepareForSleepFalse_emitsResumedOnce()
{
    SleepWatcher watcher(QDBusConnection::sessionBus());
    QVERIFY(watcher.isWatching());
    QSignalSpy resumed(&watcher, &SleepWatcher::resumed);

    // Going to sleep is not a resume.
    QVERIFY(emitPrepareForSleep(m_logind, true));
    QTest::qWait(300);
    QCOMPARE(resumed.count(), 0);

    QVERIFY(emitPrepareForSleep(m_logind, false));
    QVERIFY(resumed.wait(5'000));
    QTest::qWait(100);
    QCOMPARE(resumed.count(), 1);
}

void TestSleepWatcher::sameSignalFromAnotherPeer_isIgnored()
{
    SleepWatcher watcher(QDBusConnection::sessionBus());
    QSignalSpy resumed(&watcher, &SleepWatcher::resumed);
    QDBusConnection impostor =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("impostor"));
    QVERIFY(impostor.isConnected());
    QVERIFY(emitPrepareForSleep(impostor, false));
    QTest::qWait(300);
    QCOMPARE(resumed.count(), 0);
    QDBusConnection::disconnectFromBus(QStringLiteral("impostor"));

    // The watcher still listens to the name's owner.
    QVERIFY(emitPrepareForSleep(m_logind, false));
    QVERIFY(resumed.wait(5'000));
}

void TestSleepWatcher::noBus_watchesNothing()
{
    QDBusConnection dead =
        QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("dead"));
    QVERIFY(!dead.isConnected());
    SleepWatcher watcher(dead);
    QVERIFY(!watcher.isWatching());
    QDBusConnection::disconnectFromBus(QStringLiteral("dead"));
}

QTEST_GUILESS_MAIN(TestSleepWatcher)
#include "tst_sleepwatcher.moc"
