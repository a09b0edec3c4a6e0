// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// NotifySender against a real HTTP server on loopback (support/HttpTestServer): retries after 5xx with
// the backoff, a hanging service ends in a timeout after every attempt, a client error is final, and
// no error text carries the url's token.
#include "HttpTestServer.h"
#include "notify/NotifySender.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace larder;

namespace {

NotifyRequest post(const QString& url)
{
    NotifyRequest request;
    request.url = QUrl(url);
    request.headers = {{"Content-Type", "application/json"}};
    request.body = R"({"version":1})";
    return request;
}

} // namespace

class TestNotifySender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverError_isRetriedWithBackoff_thenDelivered()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.failNext("/hook", 2, 500);
        NotifySender sender;
        std::optional<NotifySender::Outcome> outcome;
        sender.send(post(server.url(QStringLiteral("/hook"))), 5000, QStringLiteral("test"),
                    [&outcome](const NotifySender::Outcome& o) { outcome = o; });
        QCOMPARE(sender.inFlight(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY2(outcome->delivered, qPrintable(outcome->error));
        QCOMPARE(outcome->attempts, 3);
        QCOMPARE(outcome->httpStatus, 200);
        QCOMPARE(sender.inFlight(), 0);
        const QList<HttpTestRequest> requests = server.requests("/hook");
        QCOMPARE(requests.size(), 3);
        for (const HttpTestRequest& request : requests) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.body, QByteArray(R"({"version":1})"));
            QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        }
        // 1 s, then 4 s between the attempts (QTimer's coarse timers may fire up to 5 % early).
        QVERIFY2(requests.at(1).receivedMs - requests.at(0).receivedMs >= 900,
                 qPrintable(QString::number(requests.at(1).receivedMs - requests.at(0).receivedMs)));
        QVERIFY2(requests.at(2).receivedMs - requests.at(1).receivedMs >= 3750,
                 qPrintable(QString::number(requests.at(2).receivedMs - requests.at(1).receivedMs)));
    }

    void hangingService_timesOutOnEveryAttempt_andFails()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.hang("/slow");
        NotifySender sender;
        std::optional<NotifySender::Outcome> outcome;
        QElapsedTimer clock;
        clock.start();
        sender.send(post(server.url(QStringLiteral("/slow"))), 500, QStringLiteral("test"),
                    [&outcome](const NotifySender::Outcome& o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY(!outcome->delivered);
        QCOMPARE(outcome->attempts, 3);
        QCOMPARE(outcome->httpStatus, 0);
        QVERIFY2(outcome->error.startsWith(QLatin1String("no answer within 1 second")),
                 qPrintable(outcome->error));
        QCOMPARE(server.requests("/slow").size(), 3);
        // 3 × 0.5 s timeouts + 1 s + 4 s backoff.
        QVERIFY2(clock.elapsed() >= 6000 && clock.elapsed() < 12000,
                 qPrintable(QString::number(clock.elapsed())));
    }

    void clientError_isFinal()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.failNext("/gone", 5, 404);
        NotifySender sender;
        std::optional<NotifySender::Outcome> outcome;
        sender.send(post(server.url(QStringLiteral("/gone"))), 5000, QStringLiteral("test"),
                    [&outcome](const NotifySender::Outcome& o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(!outcome->delivered);
        QCOMPARE(outcome->attempts, 1);
        QCOMPARE(outcome->httpStatus, 404);
        QVERIFY2(outcome->error.startsWith(QLatin1String("HTTP 404")), qPrintable(outcome->error));
    }

    void refusedConnection_errorNeverShowsTheToken()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        NotifySender sender;
        std::optional<NotifySender::Outcome> outcome;
        const QString url =
            QStringLiteral("http://127.0.0.1:%1/ping/s3cr3t-token?key=s3cr3t-key").arg(closedPort);
        sender.send(post(url), 2000, QStringLiteral("test"),
                    [&outcome](const NotifySender::Outcome& o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY(!outcome->delivered);
        QCOMPARE(outcome->attempts, 3);
        QVERIFY(!outcome->error.isEmpty());
        QVERIFY2(!outcome->error.contains(QLatin1String("s3cr3t")), qPrintable(outcome->error));
    }
};

QTEST_GUILESS_MAIN(TestNotifySender)
#include "tst_notifysender.moc"
