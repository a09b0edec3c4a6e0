#include "ConnectionTester.h"
#include "config/ServerConfig.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using larder::ConnectionTester;
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

} // namespace

void tst_ConnectionTester::manyTestsInARow_eachReportsItsResult()
{
    ConnectionTester tester;
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
    ConnectionTester tester;
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

QTEST_MAIN(tst_ConnectionTester)
#include "tst_connectiontester.moc"
