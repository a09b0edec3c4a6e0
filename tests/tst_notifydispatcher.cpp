// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// NotifyDispatcher with a real HTTP server and a real history file: each section that wants an event
// gets it, each delivery is recorded (delivered or not, attempts, status), a final failure is told
// once without the url's token, and whenIdle waits no longer than its bound.
#include "HttpTestServer.h"
#include "ResultAssert.h"
#include "history/History.h"
#include "notify/NotifyDispatcher.h"
#include "notify/NotifyEvent.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace larder;

namespace {

NotifyConfig section(const QString& name, const QString& url, const QStringList& events)
{
    NotifyConfig config;
    config.name = name;
    config.url = QUrl(url);
    config.events = events;
    config.timeoutSeconds = 1;
    return config;
}

NotifyEvent failureOf(const QString& job)
{
    NotifyEvent event;
    event.event = QStringLiteral("failure");
    event.job = job;
    event.server = QStringLiteral("main");
    event.status = QStringLiteral("failed");
    event.error = QStringLiteral("connection refused");
    event.host = QStringLiteral("db1");
    return event;
}

QJsonObject bodyOf(const HttpTestRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// Runs the dispatcher until every delivery ended.
bool sendAll(NotifyDispatcher& dispatcher, const QList<NotifyEvent>& events)
{
    for (const NotifyEvent& event : events)
        dispatcher.dispatch(event);
    bool done = false;
    dispatcher.whenIdle(10000, [&done] { done = true; });
    return QTest::qWaitFor([&done] { return done; }, 10000);
}

// The secrets a test's sections name: known ones by value, else what a missing one answers.
Result<QString> testSecret(const QString& name)
{
    if (name == QLatin1String("mx_token"))
        return QStringLiteral("mx-t0ken-value");
    if (name == QLatin1String("path_part"))
        return QStringLiteral("p4th/with space");
    return makeError(QStringLiteral("secret %1 is not stored: run larder secret set %1").arg(name));
}

} // namespace

class TestNotifyDispatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachWantedDelivery_isSentAndRecorded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto history = History::open(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY_RESULT(history);
        HttpTestServer server;
        QVERIFY(server.listen());
        server.failNext("/gone/t0ken", 1, 404);

        NotifyDispatcher dispatcher(
            {section(QStringLiteral("ok"), server.url(QStringLiteral("/ok")), {"failure"}),
             section(QStringLiteral("gone"), server.url(QStringLiteral("/gone/t0ken")), {"failure"}),
             section(QStringLiteral("quiet"), server.url(QStringLiteral("/quiet")), {"success"})},
            history->get());
        QSignalSpy failed(&dispatcher, &NotifyDispatcher::deliveryFailed);
        dispatcher.dispatch(failureOf(QStringLiteral("app")));
        QVERIFY(!dispatcher.isIdle());
        bool done = false;
        dispatcher.whenIdle(10000, [&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);

        QCOMPARE(server.requests("/ok").size(), 1);
        QCOMPARE(server.requests("/gone/t0ken").size(), 1);
        QCOMPARE(server.requests("/quiet").size(), 0);
        QCOMPARE(failed.size(), 1);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QLatin1String("notification gone (webhook, http://127.0.0.1:")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("HTTP 404")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("t0ken")), qPrintable(message));

        const auto records = (*history)->notifications(0);
        QVERIFY_RESULT(records);
        QCOMPARE(records->size(), 2);
        for (const NotificationRecord& record : *records) {
            QCOMPARE(record.event, QStringLiteral("failure"));
            QCOMPARE(record.job, QStringLiteral("app"));
            QCOMPARE(record.server, QStringLiteral("main"));
            QCOMPARE(record.kind, QStringLiteral("webhook"));
            QCOMPARE(record.attempts, 1);
            QVERIFY(record.finishedUtc.isValid());
            if (record.notify == QLatin1String("ok")) {
                QVERIFY(record.delivered);
                QCOMPARE(record.httpStatus, 200);
                QVERIFY(record.error.isEmpty());
            } else {
                QCOMPARE(record.notify, QStringLiteral("gone"));
                QVERIFY(!record.delivered);
                QCOMPARE(record.httpStatus, 404);
            }
        }
    }

    void ntfyAndPing_reachTheServerAsBuilt()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        NotifyConfig ntfy =
            section(QStringLiteral("phone"), server.url(QStringLiteral("/larder-topic")), {"failure"});
        ntfy.kind = NotifyConfig::Kind::Ntfy;
        ntfy.priority = QStringLiteral("high");
        ntfy.tags = {QStringLiteral("floppy_disk")};
        NotifyConfig ping = section(QStringLiteral("hc"), server.url(QStringLiteral("/uuid")), {"failure"});
        ping.kind = NotifyConfig::Kind::Ping;
        NotifyDispatcher dispatcher({ntfy, ping}, nullptr);
        dispatcher.dispatch(failureOf(QStringLiteral("app")));
        bool done = false;
        dispatcher.whenIdle(10000, [&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);

        const QList<HttpTestRequest> topic = server.requests("/larder-topic");
        QCOMPARE(topic.size(), 1);
        QCOMPARE(topic.constFirst().method, QByteArray("POST"));
        QCOMPARE(topic.constFirst().headers.value("title"), QByteArray("larder: app FAILED"));
        QCOMPARE(topic.constFirst().headers.value("priority"), QByteArray("high"));
        QCOMPARE(topic.constFirst().headers.value("tags"), QByteArray("floppy_disk"));
        QVERIFY2(topic.constFirst().body.contains("connection refused"), topic.constFirst().body.constData());
        QCOMPARE(server.requests("/uuid/fail").size(), 1);
        QCOMPARE(server.requests("/uuid/fail").constFirst().method, QByteArray("GET"));
    }

    void chatKinds_sendTheirDocumentedBodies()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        NotifyConfig slack =
            section(QStringLiteral("team"), server.url(QStringLiteral("/slack")), {"failure"});
        slack.kind = NotifyConfig::Kind::Slack;
        NotifyConfig discord =
            section(QStringLiteral("guild"), server.url(QStringLiteral("/discord")), {"failure"});
        discord.kind = NotifyConfig::Kind::Discord;
        NotifyConfig matrix =
            section(QStringLiteral("room"), server.url(QStringLiteral("/hs/")), {"failure"});
        matrix.kind = NotifyConfig::Kind::Matrix;
        matrix.room = QStringLiteral("!ops:example.org");
        matrix.token = QStringLiteral("{secret:mx_token}");
        NotifyEvent failure = failureOf(QStringLiteral("app"));
        failure.error = QString(3000, QLatin1Char('x')); // pg_dump's last lines can be long
        NotifyDispatcher dispatcher({slack, discord, matrix}, nullptr, nullptr, testSecret);
        QSignalSpy failed(&dispatcher, &NotifyDispatcher::deliveryFailed);
        QVERIFY(sendAll(dispatcher, {failure}));
        QCOMPARE(failed.size(), 0);
        const QString text = QStringLiteral("larder: app (server main) on db1: dump FAILED: ");

        const QList<HttpTestRequest> slackSent = server.requests("/slack");
        QCOMPARE(slackSent.size(), 1);
        QCOMPARE(slackSent.constFirst().method, QByteArray("POST"));
        QCOMPARE(slackSent.constFirst().headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(bodyOf(slackSent.constFirst()).keys(), QStringList{QStringLiteral("text")});
        QCOMPARE(bodyOf(slackSent.constFirst()).value(QStringLiteral("text")).toString(),
                 text + failure.error);

        const QList<HttpTestRequest> discordSent = server.requests("/discord");
        QCOMPARE(discordSent.size(), 1);
        QCOMPARE(discordSent.constFirst().method, QByteArray("POST"));
        QCOMPARE(bodyOf(discordSent.constFirst()).keys(), QStringList{QStringLiteral("content")});
        const QString content = bodyOf(discordSent.constFirst()).value(QStringLiteral("content")).toString();
        QCOMPARE(content.size(), 2000); // Discord's limit
        QVERIFY(content.startsWith(text));
        QVERIFY(content.endsWith(QChar(0x2026)));

        QList<HttpTestRequest> matrixSent;
        for (const HttpTestRequest& request : server.requests()) {
            if (request.path.startsWith("/hs/_matrix/"))
                matrixSent.append(request);
        }
        QCOMPARE(matrixSent.size(), 1);
        const HttpTestRequest& put = matrixSent.constFirst();
        QCOMPARE(put.method, QByteArray("PUT"));
        const QByteArray prefix =
            "/hs/_matrix/client/v3/rooms/%21ops%3Aexample.org/send/m.room.message/larder-";
        QVERIFY2(put.path.startsWith(prefix), put.path.constData());
        QVERIFY(put.path.size() > prefix.size());
        QCOMPARE(put.headers.value("authorization"), QByteArray("Bearer mx-t0ken-value"));
        QCOMPARE(bodyOf(put).value(QStringLiteral("msgtype")).toString(), QStringLiteral("m.text"));
        QCOMPARE(bodyOf(put).value(QStringLiteral("body")).toString(), text + failure.error);
    }

    void pingVariants_postTheLog_andPushUptimeKumaStatus()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        NotifyConfig hc =
            section(QStringLiteral("hc"), server.url(QStringLiteral("/uuid")), {"failure", "success"});
        hc.kind = NotifyConfig::Kind::Ping;
        hc.method = QStringLiteral("POST");
        NotifyConfig kuma = section(QStringLiteral("kuma"),
                                    server.url(QStringLiteral("/api/push/k3y?status=up&msg=OK&ping=")),
                                    {"failure", "success"});
        kuma.kind = NotifyConfig::Kind::UptimeKuma;
        NotifyEvent success = failureOf(QStringLiteral("app"));
        success.event = QStringLiteral("success");
        success.status = QStringLiteral("success");
        success.error.clear();
        success.durationMs = 1234;
        success.bytes = 42;
        success.path = QStringLiteral("/dumps/app.dump");
        NotifyEvent failure = failureOf(QStringLiteral("app"));
        failure.error = QStringLiteral("connection refused & more");
        NotifyDispatcher dispatcher({hc, kuma}, nullptr);
        QVERIFY(sendAll(dispatcher, {failure, success}));

        const QList<HttpTestRequest> fail = server.requests("/uuid/fail");
        QCOMPARE(fail.size(), 1);
        QCOMPARE(fail.constFirst().method, QByteArray("POST"));
        QCOMPARE(fail.constFirst().headers.value("content-type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(fail.constFirst().body, failure.summary().toUtf8());
        const QList<HttpTestRequest> up = server.requests("/uuid");
        QCOMPARE(up.size(), 1);
        QCOMPARE(up.constFirst().method, QByteArray("POST"));
        QCOMPARE(up.constFirst().body, success.summary().toUtf8());

        const QList<HttpTestRequest> pushes = server.requests("/api/push/k3y");
        QCOMPARE(pushes.size(), 2);
        QHash<QString, QUrlQuery> byStatus;
        for (const HttpTestRequest& push : pushes) {
            QCOMPARE(push.method, QByteArray("GET"));
            const QUrlQuery query(QString::fromLatin1(push.path.mid(push.path.indexOf('?') + 1)));
            QCOMPARE(query.allQueryItemValues(QStringLiteral("status")).size(), 1); // Kuma's own replaced
            byStatus.insert(query.queryItemValue(QStringLiteral("status")), query);
        }
        QVERIFY(byStatus.contains(QStringLiteral("down")));
        QVERIFY(byStatus.contains(QStringLiteral("up")));
        QCOMPARE(
            byStatus.value(QStringLiteral("down")).queryItemValue(QStringLiteral("msg"), QUrl::FullyDecoded),
            failure.summary());
        QCOMPARE(byStatus.value(QStringLiteral("down")).queryItemValue(QStringLiteral("ping")), QString());
        QCOMPARE(
            byStatus.value(QStringLiteral("up")).queryItemValue(QStringLiteral("msg"), QUrl::FullyDecoded),
            success.summary());
        QCOMPARE(byStatus.value(QStringLiteral("up")).queryItemValue(QStringLiteral("ping")),
                 QStringLiteral("1234"));
    }

    void secrets_areResolvedInTheRequestOnly_andAMissingOneIsNotSent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto history = History::open(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY_RESULT(history);
        HttpTestServer server;
        QVERIFY(server.listen());
        NotifyConfig hook = section(QStringLiteral("hook"), QString(), {"failure"});
        hook.url = QUrl(server.url(QStringLiteral("/h/%7Bsecret:path_part%7D")), QUrl::StrictMode);
        hook.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {secret:mx_token}")}};
        NotifyConfig missing =
            section(QStringLiteral("nokey"), server.url(QStringLiteral("/nokey")), {"failure"});
        missing.headers = {{QStringLiteral("X-Token"), QStringLiteral("{secret:absent}")}};
        int lookups = 0;
        NotifyDispatcher dispatcher({hook, missing}, history->get(), nullptr,
                                    [&lookups](const QString& name) {
                                        ++lookups;
                                        return testSecret(name);
                                    });
        QCOMPARE(lookups, 3); // once each, before anything is sent
        QSignalSpy failed(&dispatcher, &NotifyDispatcher::deliveryFailed);
        QVERIFY(sendAll(dispatcher, {failureOf(QStringLiteral("app")), failureOf(QStringLiteral("web"))}));
        QCOMPARE(lookups, 3);

        // The value percent-encoded in the path, as written in the header.
        const QList<HttpTestRequest> sent = server.requests("/h/p4th%2Fwith%20space");
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.constFirst().headers.value("authorization"), QByteArray("Bearer mx-t0ken-value"));
        QCOMPARE(server.requests("/nokey").size(), 0);
        QCOMPARE(failed.size(), 2);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QLatin1String("notification nokey (webhook, http://127.0.0.1:")) &&
                     message.contains(QLatin1String("was not sent: secret absent is not stored: run larder "
                                                    "secret set absent")),
                 qPrintable(message));
        const auto records = (*history)->notifications(0);
        QVERIFY_RESULT(records);
        QCOMPARE(records->size(), 4);
        for (const NotificationRecord& record : *records) {
            QVERIFY2(!record.error.contains(QLatin1String("t0ken")) &&
                         !record.error.contains(QLatin1String("p4th")),
                     qPrintable(record.error));
            QCOMPARE(record.delivered, record.notify == QLatin1String("hook"));
            if (record.notify == QLatin1String("nokey")) {
                QCOMPARE(record.attempts, 0);
                QVERIFY2(record.error.contains(QLatin1String("larder secret set absent")),
                         qPrintable(record.error));
            }
        }
    }

    void whenIdle_abandonsWhatOutlivesItsBound()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto history = History::open(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY_RESULT(history);
        HttpTestServer server;
        QVERIFY(server.listen());
        server.hang("/slow");
        NotifyConfig slow = section(QStringLiteral("slow"), server.url(QStringLiteral("/slow")), {"failure"});
        slow.timeoutSeconds = 30;
        NotifyDispatcher dispatcher({slow}, history->get());
        QSignalSpy failed(&dispatcher, &NotifyDispatcher::deliveryFailed);
        dispatcher.dispatch(failureOf(QStringLiteral("app")));
        QTRY_COMPARE(server.requests("/slow").size(), 1); // in flight, never answered
        QElapsedTimer clock;
        clock.start();
        bool done = false;
        dispatcher.whenIdle(500, [&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(dispatcher.isIdle());
        QCOMPARE(failed.size(), 1);
        const auto records = (*history)->notifications(0);
        QVERIFY_RESULT(records);
        QCOMPARE(records->size(), 1);
        QVERIFY(!records->constFirst().delivered);
        QCOMPARE(records->constFirst().error, QStringLiteral("the run ended before it could be sent"));
    }
};

QTEST_GUILESS_MAIN(TestNotifyDispatcher)
#include "tst_notifydispatcher.moc"
