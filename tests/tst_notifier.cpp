// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "FailingJobConfig.h"
#include "GuiSettings.h"
#include "Notifier.h"
#include "ResultAssert.h"
#include "history/RestoreCheck.h"
#include "postgres/PostgresEngine.h"
#include "run/JobEvent.h"
#include "run/RunService.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
};

JobEvent finished(const QString& job, JobState state, const QString& error = {})
{
    JobEvent event;
    event.job = job;
    event.server = QStringLiteral("main");
    event.state = state;
    event.elapsedMs = 3000;
    event.outcome.status = state == JobState::Succeeded ? AttemptStatus::Success : AttemptStatus::Failed;
    event.outcome.error = error;
    event.outcome.bytes = 2048;
    return event;
}

RestoreCheck restoreCheck(const QString& job, bool ok)
{
    RestoreCheck check;
    check.job = job;
    check.server = QStringLiteral("main");
    check.ok = ok;
    check.detail =
        ok ? QStringLiteral("12 tables, same row counts") : QStringLiteral("table t: 3 rows, expected 4");
    return check;
}

QStringList titles(const QSignalSpy& requested)
{
    QStringList result;
    for (const QList<QVariant>& args : requested)
        result << args.at(0).toString();
    return result;
}

} // namespace

// A notification server on its own bus connection: the Notifier reaches it through the session bus
// daemon exactly as it would reach GNOME's or KDE's.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<NotifyCall> calls;

public Q_SLOTS:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int expireTimeout)
    {
        Q_UNUSED(appIcon)
        calls.append({appName, replacesId, summary, body, actions, hints, expireTimeout});
        return uint(100 + calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
};

class TestNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void failure_requestsNotificationWithJobAndError();
    void success_onlyWhenTheSettingIsOn();
    void warning_isShownEvenWithoutSuccessNotifications();
    void otherStates_notify_nothing();
    void realFailingJob_runThreeTimes_notifiesOnce();
    void failingThenWorking_notifiesRecoveryEvenWithoutSuccessNotifications();
    void testRestoreFailing_whileDumpsWork_notifiesOnce();
    void testRestoreWorkingAgain_notifiesRecovery_thenFailureIsNewsAgain();
    void dumpAndTestRestoreFailures_areToldApart();
    void staleJob_isToldOnce_untilFreshAgain();
    void dbus_failureIsCriticalAndExpiresLate();
    void dbus_testRestoreNotifications_replaceOnlyTheirOwn();
    void dbus_recovery_replacesThatJobsFailure();
    void dbus_successExpiresNormally();
    void dbus_defaultAction_activatesThatJob();
    void dbus_otherApplicationsActions_ignored();

private:
    void requireFakeServer();

    std::unique_ptr<GuiSettings> m_settings;
    std::unique_ptr<FakeNotificationServer> m_server;
    bool m_registered = false;
};

void TestNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNotifier::init()
{
    m_settings = std::make_unique<GuiSettings>();
    m_settings->setNotifyOnSuccess(false);
}

void TestNotifier::cleanup()
{
    if (m_registered) {
        QDBusConnection fake(QStringLiteral("fake-notifications"));
        fake.unregisterObject(kPath);
        fake.unregisterService(kService);
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
        m_registered = false;
    }
    m_server.reset();
    m_settings.reset();
}

void TestNotifier::requireFakeServer()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus (CTest runs this under dbus-run-session)");
    QDBusConnection fake =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications"));
    QVERIFY(fake.isConnected());
    if (fake.interface()->isServiceRegistered(kService))
        QSKIP("a real notification server owns the name on this bus");
    m_server = std::make_unique<FakeNotificationServer>();
    QVERIFY(fake.registerObject(kPath, m_server.get(), QDBusConnection::ExportAllSlots));
    QVERIFY2(fake.registerService(kService), qPrintable(fake.lastError().message()));
    m_registered = true;
}

void TestNotifier::failure_requestsNotificationWithJobAndError()
{
    Notifier notifier(*m_settings);
    QSignalSpy requested(&notifier, &Notifier::notificationRequested);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Failed,
                                 QStringLiteral("pg_dump: error: connection refused")));
    QCOMPARE(requested.count(), 1);
    const QList<QVariant> args = requested.at(0);
    QVERIFY2(args.at(0).toString().contains(QLatin1String("app")), qPrintable(args.at(0).toString()));
    QCOMPARE(args.at(1).toString(), QStringLiteral("pg_dump: error: connection refused"));
    QCOMPARE(args.at(2).toString(), QStringLiteral("app"));
    QCOMPARE(args.at(3).toBool(), true);

    // Without an outcome (failed before pg_dump started), the detail is the error.
    JobEvent early = finished(QStringLiteral("db2"), JobState::Failed);
    early.detail = QStringLiteral("no password for server main");
    notifier.jobChanged(early);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(1).toString(), QStringLiteral("no password for server main"));
}

void TestNotifier::success_onlyWhenTheSettingIsOn()
{
    Notifier notifier(*m_settings);
    QSignalSpy requested(&notifier, &Notifier::notificationRequested);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Succeeded));
    QCOMPARE(requested.count(), 0);

    m_settings->setNotifyOnSuccess(true);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Succeeded));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("app"));
    QCOMPARE(requested.at(0).at(3).toBool(), false);
}

void TestNotifier::warning_isShownEvenWithoutSuccessNotifications()
{
    Notifier notifier(*m_settings);
    QSignalSpy requested(&notifier, &Notifier::notificationRequested);
    JobEvent small = finished(QStringLiteral("app"), JobState::Succeeded);
    small.warning = QStringLiteral("12 KiB is less than half of the usual 1.2 MiB");
    notifier.jobChanged(small);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("Backup of app needs a look"));
    QCOMPARE(requested.at(0).at(1).toString(), small.warning);
    QCOMPARE(requested.at(0).at(3).toBool(), false);
}

void TestNotifier::otherStates_notify_nothing()
{
    m_settings->setNotifyOnSuccess(true);
    Notifier notifier(*m_settings);
    QSignalSpy requested(&notifier, &Notifier::notificationRequested);
    for (JobState state : {JobState::Queued, JobState::Running, JobState::Cancelled})
        notifier.jobChanged(finished(QStringLiteral("app"), state));
    QCOMPARE(requested.count(), 0);
}

void TestNotifier::realFailingJob_runThreeTimes_notifiesOnce()
{
    // The flood of issue 11: a job that fails at every attempt (here: nothing listens on its port).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = FailingJobConfig::write(dir.path());
    QVERIFY(!config.isEmpty());
    RunService service(config, std::make_unique<PostgresEngine>(),
                       [](const ServerConfig&) { return std::optional<QString>(); });
    QVERIFY(service.hasConfig());
    Notifier notifier(*m_settings);
    connect(&service, &RunService::jobChanged, &notifier, &Notifier::jobChanged);
    QSignalSpy requested(&notifier, &Notifier::notificationRequested);
    QSignalSpy finished(&service, &RunService::runFinished);
    QSignalSpy failures(&service, &RunService::jobChanged);

    for (int run = 1; run <= 3; ++run) {
        QVERIFY_RESULT(service.runNow({}));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == run, 30000);
    }
    int failed = 0;
    for (const QList<QVariant>& args : failures)
        failed += args.at(0).value<JobEvent>().state == JobState::Failed ? 1 : 0;
    QCOMPARE(failed, 3);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("app"));
}

void TestNotifier::failingThenWorking_notifiesRecoveryEvenWithoutSuccessNotifications()
{
    Notifier notifier(*m_settings);
    QSignalSpy requested(&notifier, &Notifier::notificationRequested);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Failed, QStringLiteral("boom")));
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Failed, QStringLiteral("boom")));
    notifier.jobChanged(finished(QStringLiteral("db2"), JobState::Succeeded)); // another job: no news
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Succeeded));
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(2).toString(), QStringLiteral("app"));
    QCOMPARE(requested.at(1).at(3).toBool(), false);
    // Working again, then the next success is ordinary (off here) and a new failure is news again.
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Succeeded));
    QCOMPARE(requested.count(), 2);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Failed, QStringLiteral("boom")));
    QCOMPARE(requested.count(), 3);
}

void TestNotifier::testRestoreFailing_whileDumpsWork_notifiesOnce()
{
    // Issue 11: dumps that work must not say "works again" about a test-restore that keeps failing.
    Notifier notifier(*m_settings);
    QSignalSpy requested(&notifier, &Notifier::notificationRequested);
    for (int run = 1; run <= 3; ++run) {
        notifier.jobChanged(finished(QStringLiteral("app"), JobState::Succeeded));
        notifier.testRestoreFinished(restoreCheck(QStringLiteral("app"), false));
    }
    QCOMPARE(titles(requested), QStringList{QStringLiteral("Test-restore of app failed")});
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("table t: 3 rows, expected 4"));
    QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("app"));
    QCOMPARE(requested.at(0).at(3).toBool(), true);
}

void TestNotifier::testRestoreWorkingAgain_notifiesRecovery_thenFailureIsNewsAgain()
{
    Notifier notifier(*m_settings);
    QSignalSpy requested(&notifier, &Notifier::notificationRequested);
    notifier.testRestoreFinished(restoreCheck(QStringLiteral("app"), true)); // working all along: no news
    QCOMPARE(requested.count(), 0);
    notifier.testRestoreFinished(restoreCheck(QStringLiteral("app"), false));
    notifier.testRestoreFinished(restoreCheck(QStringLiteral("db2"), true)); // another job
    notifier.testRestoreFinished(restoreCheck(QStringLiteral("app"), true));
    QCOMPARE(titles(requested), (QStringList{QStringLiteral("Test-restore of app failed"),
                                             QStringLiteral("Test-restore of app works again")}));
    QCOMPARE(requested.at(1).at(3).toBool(), false);
    notifier.testRestoreFinished(restoreCheck(QStringLiteral("app"), true));
    QCOMPARE(requested.count(), 2);
    notifier.testRestoreFinished(restoreCheck(QStringLiteral("app"), false));
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested.at(2).at(0).toString(), QStringLiteral("Test-restore of app failed"));
}

void TestNotifier::dumpAndTestRestoreFailures_areToldApart()
{
    Notifier notifier(*m_settings);
    QSignalSpy requested(&notifier, &Notifier::notificationRequested);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Failed, QStringLiteral("boom")));
    // A test-restore of an older dump failing too is news of its own.
    notifier.testRestoreFinished(restoreCheck(QStringLiteral("app"), false));
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Succeeded));
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Succeeded));
    notifier.testRestoreFinished(restoreCheck(QStringLiteral("app"), false));
    QCOMPARE(titles(requested), (QStringList{QStringLiteral("Backup of app failed"),
                                             QStringLiteral("Test-restore of app failed"),
                                             QStringLiteral("Backup of app works again")}));
}

void TestNotifier::dbus_testRestoreNotifications_replaceOnlyTheirOwn()
{
    requireFakeServer();
    Notifier notifier(*m_settings);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Failed, QStringLiteral("boom")));
    QTRY_COMPARE(m_server->calls.size(), 1);
    QTest::qWait(200); // the reply with the id
    notifier.testRestoreFinished(restoreCheck(QStringLiteral("app"), false));
    QTRY_COMPARE(m_server->calls.size(), 2);
    QTest::qWait(200);
    notifier.testRestoreFinished(restoreCheck(QStringLiteral("app"), true));
    QTRY_COMPARE(m_server->calls.size(), 3);
    QTest::qWait(200);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Succeeded));
    QTRY_COMPARE(m_server->calls.size(), 4);
    QCOMPARE(m_server->calls.at(1).replacesId, 0u);   // not the dump's failure
    QCOMPARE(m_server->calls.at(2).replacesId, 102u); // the test-restore's failure
    QCOMPARE(m_server->calls.at(3).replacesId, 101u); // the dump's failure
}

void TestNotifier::dbus_recovery_replacesThatJobsFailure()
{
    requireFakeServer();
    Notifier notifier(*m_settings);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Failed, QStringLiteral("boom")));
    QTRY_COMPARE(m_server->calls.size(), 1);
    QTest::qWait(200); // the reply with the id
    notifier.jobChanged(finished(QStringLiteral("db2"), JobState::Failed, QStringLiteral("boom")));
    QTRY_COMPARE(m_server->calls.size(), 2);
    QTest::qWait(200);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Succeeded));
    QTRY_COMPARE(m_server->calls.size(), 3);
    QCOMPARE(m_server->calls.at(0).replacesId, 0u);
    QCOMPARE(m_server->calls.at(1).replacesId, 0u);
    QCOMPARE(m_server->calls.at(2).replacesId, 101u); // app's failure, not db2's
    QCOMPARE(m_server->calls.at(2).hints.value(QStringLiteral("urgency")).toInt(), 1);
}

void TestNotifier::staleJob_isToldOnce_untilFreshAgain()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PlannedJob app;
    app.job.name = QStringLiteral("app");
    app.job.schedule = *Schedule::parse(QStringLiteral("daily"));
    PlannedJob crm = app;
    crm.job.name = QStringLiteral("crm");
    crm.lastSuccessUtc = now.addSecs(-3600);
    crm.freshness = Freshness::of(crm.job, crm.lastSuccessUtc, QDateTime(), now);
    app.lastSuccessUtc = now.addDays(-3);
    app.freshness = Freshness::of(app.job, app.lastSuccessUtc, QDateTime(), now);
    QVERIFY(app.freshness.isStale());

    Notifier notifier(*m_settings);
    QSignalSpy requested(&notifier, &Notifier::notificationRequested);
    notifier.planChecked({app, crm});
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("Backups of app stopped"));
    QCOMPARE(requested.at(0).at(1).toString(), app.freshness.describe());
    QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("app"));
    QCOMPARE(requested.at(0).at(3).toBool(), true);
    // Still stale a minute later: no news.
    notifier.planChecked({app, crm});
    QCOMPARE(requested.count(), 1);
    // A dump made it fresh; when it goes stale again, that is news again.
    PlannedJob fresh = app;
    fresh.freshness = crm.freshness;
    notifier.planChecked({fresh, crm});
    QCOMPARE(requested.count(), 1);
    notifier.planChecked({app, crm});
    QCOMPARE(requested.count(), 2);
}

void TestNotifier::dbus_failureIsCriticalAndExpiresLate()
{
    requireFakeServer();
    Notifier notifier(*m_settings);
    notifier.jobChanged(
        finished(QStringLiteral("app"), JobState::Failed, QStringLiteral("disk full: <dump> & more")));
    QTRY_COMPARE(m_server->calls.size(), 1);
    const NotifyCall call = m_server->calls.at(0);
    QCOMPARE(call.appName, QStringLiteral("Larder"));
    QVERIFY2(call.summary.contains(QLatin1String("app")), qPrintable(call.summary));
    QCOMPARE(call.body, QStringLiteral("disk full: &lt;dump&gt; &amp; more"));
    QCOMPARE(call.expireTimeout, Notifier::kFailureExpiryMs);
    QVERIFY(call.expireTimeout >= 10 * 60 * 1000);
    QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 2);
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("org.larder.Larder"));
    QVERIFY(call.actions.contains(QStringLiteral("default")));
}

void TestNotifier::dbus_successExpiresNormally()
{
    requireFakeServer();
    m_settings->setNotifyOnSuccess(true);
    Notifier notifier(*m_settings);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Succeeded));
    QTRY_COMPARE(m_server->calls.size(), 1);
    QCOMPARE(m_server->calls.at(0).expireTimeout, -1);
    QCOMPARE(m_server->calls.at(0).hints.value(QStringLiteral("urgency")).toInt(), 1);
}

void TestNotifier::dbus_defaultAction_activatesThatJob()
{
    requireFakeServer();
    Notifier notifier(*m_settings);
    QSignalSpy activated(&notifier, &Notifier::activated);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Failed, QStringLiteral("boom")));
    notifier.jobChanged(finished(QStringLiteral("db2"), JobState::Failed, QStringLiteral("boom")));
    QTRY_COMPARE(m_server->calls.size(), 2);
    // Give the replies (the ids) time to arrive before the click.
    QTest::qWait(200);

    QDBusMessage click = QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
    click << uint(102) << QStringLiteral("default");
    QVERIFY(QDBusConnection(QStringLiteral("fake-notifications")).send(click));
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("db2"));
}

void TestNotifier::dbus_otherApplicationsActions_ignored()
{
    requireFakeServer();
    Notifier notifier(*m_settings);
    QSignalSpy activated(&notifier, &Notifier::activated);
    notifier.jobChanged(finished(QStringLiteral("app"), JobState::Failed, QStringLiteral("boom")));
    QTRY_COMPARE(m_server->calls.size(), 1);
    QTest::qWait(200);

    QDBusMessage click = QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
    click << uint(7) << QStringLiteral("default");
    QVERIFY(QDBusConnection(QStringLiteral("fake-notifications")).send(click));
    QDBusMessage closed = QDBusMessage::createSignal(kPath, kService, QStringLiteral("NotificationClosed"));
    closed << uint(101) << uint(2);
    QVERIFY(QDBusConnection(QStringLiteral("fake-notifications")).send(closed));
    // A click on a closed notification of ours, too: nothing.
    QDBusMessage late = QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
    late << uint(101) << QStringLiteral("default");
    QTest::qWait(300);
    QVERIFY(QDBusConnection(QStringLiteral("fake-notifications")).send(late));
    QTest::qWait(300);
    QCOMPARE(activated.count(), 0);
}

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
