// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Which [notify.NAME] sections want an event, and the request each kind makes of it: the webhook's
// versioned JSON body, ping's suffixes, ntfy's headers; and that a shown url hides its token. Pure
// logic: no network.
#include "config/NotifyConfig.h"
#include "notify/NotifyEvent.h"
#include "notify/NotifyMessages.h"
#include "notify/WebhookPayload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace larder;

namespace {

NotifyEvent successOf(const QString& job, const QString& server)
{
    NotifyEvent event;
    event.event = QStringLiteral("success");
    event.job = job;
    event.server = server;
    event.engine = QStringLiteral("postgresql");
    event.status = QStringLiteral("success");
    event.startedUtc = QDateTime(QDate(2026, 3, 1), QTime(2, 30), Qt::UTC);
    event.finishedUtc = event.startedUtc.addSecs(12);
    event.durationMs = 12000;
    event.bytes = 4096;
    event.path = QStringLiteral("/srv/dumps/app/app-20260301T023000Z.dump");
    event.sha256 = QString(64, QLatin1Char('a'));
    event.host = QStringLiteral("db1");
    return event;
}

NotifyConfig target(NotifyConfig::Kind kind, const QStringList& events)
{
    NotifyConfig config;
    config.name = QStringLiteral("ops");
    config.kind = kind;
    config.url = QUrl(QStringLiteral("https://hc.example.com/ping/5f1c-secret-uuid"));
    config.events = events;
    return config;
}

QByteArray header(const NotifyRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers) {
        if (key == name)
            return value;
    }
    return QByteArray();
}

} // namespace

class TestNotifyMessages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webhookBody_isVersionedJsonWithEveryField()
    {
        const QJsonObject body =
            WebhookPayload::toJson(successOf(QStringLiteral("app"), QStringLiteral("main")));
        QCOMPARE(body.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("success"));
        QCOMPARE(body.value(QStringLiteral("job")).toString(), QStringLiteral("app"));
        QCOMPARE(body.value(QStringLiteral("server")).toString(), QStringLiteral("main"));
        QCOMPARE(body.value(QStringLiteral("engine")).toString(), QStringLiteral("postgresql"));
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(body.value(QStringLiteral("started")).toString(),
                 QStringLiteral("2026-03-01T02:30:00.000Z"));
        QCOMPARE(body.value(QStringLiteral("finished")).toString(),
                 QStringLiteral("2026-03-01T02:30:12.000Z"));
        QCOMPARE(body.value(QStringLiteral("duration_ms")).toInteger(), 12000);
        QCOMPARE(body.value(QStringLiteral("size")).toInteger(), 4096);
        QCOMPARE(body.value(QStringLiteral("path")).toString(),
                 QStringLiteral("/srv/dumps/app/app-20260301T023000Z.dump"));
        QCOMPARE(body.value(QStringLiteral("sha256")).toString(), QString(64, QLatin1Char('a')));
        QVERIFY(body.value(QStringLiteral("error")).isNull());
        QCOMPARE(body.value(QStringLiteral("host")).toString(), QStringLiteral("db1"));
    }

    void webhookRequest_postsJsonWithCustomHeaders()
    {
        NotifyConfig hook = target(NotifyConfig::Kind::Webhook, {QStringLiteral("success")});
        hook.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer t0ken")}};
        const NotifyRequest request =
            NotifyMessages::build(hook, successOf(QStringLiteral("app"), QStringLiteral("main")));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url, hook.url);
        QCOMPARE(header(request, "Content-Type"), QByteArray("application/json"));
        QCOMPARE(header(request, "Authorization"), QByteArray("Bearer t0ken"));
        QCOMPARE(QJsonDocument::fromJson(request.body).object().value(QStringLiteral("job")).toString(),
                 QStringLiteral("app"));
    }

    void filters_selectByEventJobAndServer_data()
    {
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QStringList>("jobs");
        QTest::addColumn<QStringList>("servers");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("seenAs");
        const QStringList none;
        QTest::newRow("listed event") << QStringList{"success"} << none << none << "success"
                                      << "success";
        QTest::newRow("unlisted event") << QStringList{"failure"} << none << none << "success"
                                        << "";
        QTest::newRow("job listed") << QStringList{"success"} << QStringList{"app"} << none << "success"
                                    << "success";
        QTest::newRow("other job") << QStringList{"success"} << QStringList{"crm"} << none << "success"
                                   << "";
        QTest::newRow("server listed") << QStringList{"success"} << none << QStringList{"main"} << "success"
                                       << "success";
        QTest::newRow("other server") << QStringList{"success"} << none << QStringList{"replica"} << "success"
                                      << "";
        // A success that looks wrong is a warning to a section that asks for them, else a success.
        QTest::newRow("warning asked") << QStringList{"warning", "success"} << none << none << "warning"
                                       << "warning";
        QTest::newRow("warning as success") << QStringList{"success"} << none << none << "warning"
                                            << "success";
        QTest::newRow("warning unwanted") << QStringList{"failure"} << none << none << "warning"
                                          << "";
    }

    void filters_selectByEventJobAndServer()
    {
        QFETCH(QStringList, events);
        QFETCH(QStringList, jobs);
        QFETCH(QStringList, servers);
        QFETCH(QString, event);
        QFETCH(QString, seenAs);
        NotifyConfig config = target(NotifyConfig::Kind::Webhook, events);
        config.jobs = jobs;
        config.servers = servers;
        NotifyEvent sent = successOf(QStringLiteral("app"), QStringLiteral("main"));
        sent.event = event;
        QCOMPARE(NotifyMessages::seenAs(config, sent), seenAs);
        QCOMPARE(NotifyMessages::wants(config, sent), !seenAs.isEmpty());
    }

    void ping_appendsTheSuffixOfTheEvent_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("path");
        QTest::newRow("start") << "start"
                               << "/ping/5f1c-secret-uuid/start";
        QTest::newRow("success") << "success"
                                 << "/ping/5f1c-secret-uuid";
        QTest::newRow("failure") << "failure"
                                 << "/ping/5f1c-secret-uuid/fail";
        QTest::newRow("stale") << "stale"
                               << "/ping/5f1c-secret-uuid/fail";
    }

    void ping_appendsTheSuffixOfTheEvent()
    {
        QFETCH(QString, event);
        QFETCH(QString, path);
        NotifyEvent sent = successOf(QStringLiteral("app"), QStringLiteral("main"));
        sent.event = event;
        const NotifyRequest request = NotifyMessages::build(target(NotifyConfig::Kind::Ping, {event}), sent);
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.url.path(), path);
        QVERIFY(request.body.isEmpty());
    }

    void ping_suffixesAreConfigurable()
    {
        // Uptime Kuma: one push url, state in the query; here a suffix per event instead.
        NotifyConfig kuma = target(NotifyConfig::Kind::Ping, {QStringLiteral("start")});
        kuma.url = QUrl(QStringLiteral("https://kuma.example.com/api/push/abc/"));
        kuma.startSuffix = QStringLiteral("/begin");
        NotifyEvent start = successOf(QStringLiteral("app"), QStringLiteral("main"));
        start.event = QStringLiteral("start");
        QCOMPARE(NotifyMessages::build(kuma, start).url.path(), QStringLiteral("/api/push/abc/begin"));
    }

    void ntfy_postsTheSummaryWithTitlePriorityAndTags()
    {
        NotifyConfig ntfy = target(NotifyConfig::Kind::Ntfy, {QStringLiteral("failure")});
        ntfy.priority = QStringLiteral("high");
        ntfy.tags = {QStringLiteral("warning"), QStringLiteral("floppy_disk")};
        NotifyEvent failed = successOf(QStringLiteral("app"), QStringLiteral("main"));
        failed.event = QStringLiteral("failure");
        failed.error = QStringLiteral("pg_dump: connection refused");
        const NotifyRequest request = NotifyMessages::build(ntfy, failed);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(header(request, "Title"), QByteArray("larder: app FAILED"));
        QCOMPARE(header(request, "Priority"), QByteArray("high"));
        QCOMPARE(header(request, "Tags"), QByteArray("warning,floppy_disk"));
        QVERIFY2(request.body.contains("pg_dump: connection refused"), request.body.constData());
        QVERIFY2(request.body.contains("db1"), request.body.constData());
    }

    void safeUrl_hidesPathAndQuery()
    {
        QCOMPARE(NotifyConfig::safeUrl(QUrl(QStringLiteral("https://hc.example.com/ping/5f1c-secret?k=v"))),
                 QStringLiteral("https://hc.example.com/…"));
        QCOMPARE(NotifyConfig::safeUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))),
                 QStringLiteral("http://127.0.0.1:8080"));
    }
};

QTEST_GUILESS_MAIN(TestNotifyMessages)
#include "tst_notifymessages.moc"
