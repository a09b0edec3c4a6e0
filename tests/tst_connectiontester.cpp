// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ConnectionTester.h"
#include "ForwardingEngine.h"
#include "config/ServerConfig.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <atomic>
#include <memory>

using larder::ConnectionTester;
using larder::DatabaseEngine;
using larder::PostgresEngine;
using larder::ServerConfig;

// Every test reports exactly once, also many in a row and after a cancel. scripts/screenshots once saw
// a result lost (the dialog stayed busy) while the tester tracked its worker through a QPointer that
// the thread's deleteLater could clear first; it now tracks an id. That race did not show here.
class tst_ConnectionTester final : public QObject
{
    Q_OBJECT

private slots:
    void manyTestsInARow_eachReportsItsResult();
    void cancel_dropsTheResult();
    void start_probesThroughTheEngineItWasGiven();
    void destroyedWhileTesting_engineLivesUntilTheTestEnds();
};

namespace {

// A loopback port that refuses connections at once: bound and closed again.
int refusedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 1;
    return server.serverPort();
}

ServerConfig refusingServer()
{
    ServerConfig server;
    server.name = QStringLiteral("nowhere");
    server.host = QStringLiteral("127.0.0.1");
    server.port = refusedPort();
    server.connectTimeoutSeconds = 5;
    return server;
}

// A server that accepts the connection and never answers: libpq waits for its connect_timeout.
ServerConfig silentServer(QTcpServer& listener)
{
    ServerConfig server = refusingServer();
    if (listener.listen(QHostAddress::LocalHost))
        server.port = listener.serverPort();
    server.connectTimeoutSeconds = 2;
    return server;
}

// The real engine, counting the probes it is asked for (on the tester's worker thread).
class CountingEngine final : public ForwardingEngine
{
public:
    explicit CountingEngine(std::shared_ptr<std::atomic_int> probes) : m_probes(std::move(probes)) {}

    larder::Result<larder::ServerInfo> probe(const ServerConfig& server, const QString& dbname,
                                             const std::optional<QString>& password) override
    {
        ++*m_probes;
        return ForwardingEngine::probe(server, dbname, password);
    }

private:
    std::shared_ptr<std::atomic_int> m_probes;
};

} // namespace

void tst_ConnectionTester::manyTestsInARow_eachReportsItsResult()
{
    ConnectionTester tester(std::make_shared<PostgresEngine>());
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    const ServerConfig server = refusingServer();
    for (int i = 0; i < 40; ++i) {
        tester.start(server, QStringLiteral("postgres"), std::nullopt, QString());
        QVERIFY(tester.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), i + 1, 10'000);
        QVERIFY(!tester.isRunning());
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY2(finished.last().at(1).toString().contains(QString::number(server.port)),
                 qPrintable(finished.last().at(1).toString()));
    }
}

void tst_ConnectionTester::cancel_dropsTheResult()
{
    ConnectionTester tester(std::make_shared<PostgresEngine>());
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(refusingServer(), QStringLiteral("postgres"), std::nullopt, QString());
    tester.cancel();
    QVERIFY(!tester.isRunning());
    QTest::qWait(1'000);
    QCOMPARE(finished.size(), 0);
    // A new test after a cancelled one reports normally.
    tester.start(refusingServer(), QStringLiteral("postgres"), std::nullopt, QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
}

void tst_ConnectionTester::start_probesThroughTheEngineItWasGiven()
{
    const auto probes = std::make_shared<std::atomic_int>(0);
    ConnectionTester tester(std::make_shared<CountingEngine>(probes));
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    const ServerConfig server = refusingServer();
    tester.start(server, QStringLiteral("postgres"), std::nullopt, QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QCOMPARE(probes->load(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(server.port)), qPrintable(message));
}

void tst_ConnectionTester::destroyedWhileTesting_engineLivesUntilTheTestEnds()
{
    QTcpServer listener;
    const ServerConfig server = silentServer(listener);
    QVERIFY(listener.isListening());
    const auto probes = std::make_shared<std::atomic_int>(0);
    auto engine = std::make_shared<CountingEngine>(probes);
    const std::weak_ptr<DatabaseEngine> watched = engine;
    {
        // The dialog that made the tester closes while the test waits for the silent server.
        ConnectionTester tester(std::move(engine));
        tester.start(server, QStringLiteral("postgres"), std::nullopt, QString());
        QTRY_COMPARE_WITH_TIMEOUT(probes->load(), 1, 5'000);
    }
    QVERIFY2(!watched.expired(), "the worker still probing lost its engine");
    QTRY_VERIFY_WITH_TIMEOUT(watched.expired(), 15'000);
}

QTEST_MAIN(tst_ConnectionTester)
#include "tst_connectiontester.moc"
