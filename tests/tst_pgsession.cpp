// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// PgSession against a real cluster and a silent one: every wait is bounded by its timeout and ended
// early by an Interrupt set from another thread; ordinary queries and parameters still work.

#include "PgCluster.h"
#include "ResultAssert.h"
#include "TableLock.h"
#include "postgres/PgSession.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

#include <chrono>
#include <memory>
#include <thread>

using namespace larder;

namespace {

const QString kDb = QStringLiteral("locks");
const QString kBlocked = QStringLiteral("SELECT count(*) FROM held");

// Sets interrupt after delayMs on a thread of its own (the session blocks the test's thread).
class DelayedInterrupt final
{
public:
    DelayedInterrupt(Interrupt interrupt, int delayMs)
        : m_thread([interrupt, delayMs] {
              std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
              interrupt->store(true);
          })
    {}
    ~DelayedInterrupt() { m_thread.join(); }

private:
    std::thread m_thread;
};

} // namespace

class tst_PgSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void query_returnsRowsAndTakesParameters();
    void query_blockedByALock_endsAtTheStatementTimeoutAndTheSessionStaysUsable();
    void query_blockedByALock_endsWhenInterruptedFromAnotherThread();
    void connect_silentServer_failsAtConnectTimeoutNamingIt();
    void connect_silentServer_endsWhenInterrupted();

private:
    ServerConfig server() const;
    std::unique_ptr<PgSession> connect(Interrupt interrupt = {});
    // Holds ACCESS EXCLUSIVE on held; null (and a failure) when not granted in time.
    std::unique_ptr<TableLock> holdLock();
    // The application_name of backends in kDb still waiting on a lock (none once cancelled).
    int waitingSessions() const;

    std::unique_ptr<PgCluster> m_cluster;
};

void tst_PgSession::initTestCase()
{
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    QVERIFY(m_cluster->createDatabase(kDb, m_cluster->superuser()));
    QVERIFY(m_cluster->execute(
        kDb, QStringLiteral("CREATE TABLE held (id int); INSERT INTO held VALUES (1), (2);")));
}

void tst_PgSession::cleanup()
{
    // Whatever a failing test left waiting.
    (void)m_cluster->execute(QStringLiteral("postgres"),
                             QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                            "application_name IN ('larder', 'tst-lock')"));
}

ServerConfig tst_PgSession::server() const
{
    ServerConfig config;
    config.name = QStringLiteral("test");
    config.host = m_cluster->host(); // over TCP, as a real server
    config.port = m_cluster->port();
    config.user = m_cluster->superuser();
    config.connectTimeoutSeconds = 30;
    return config;
}

std::unique_ptr<PgSession> tst_PgSession::connect(Interrupt interrupt)
{
    auto session = PgSession::connect(server(), kDb, m_cluster->superPassword(), std::move(interrupt));
    if (!session) {
        qWarning("%s", qPrintable(session.error().message));
        return {};
    }
    return std::move(*session);
}

std::unique_ptr<TableLock> tst_PgSession::holdLock()
{
    auto lock =
        std::make_unique<TableLock>(*m_cluster, kDb, QStringLiteral("held"), QStringLiteral("tst-lock"));
    QElapsedTimer waited;
    waited.start();
    while (!lock->isHeld() && waited.elapsed() < 30'000)
        QTest::qWait(100);
    if (!lock->isHeld())
        return {};
    return lock;
}

int tst_PgSession::waitingSessions() const
{
    const auto waiting = m_cluster->query(
        QStringLiteral("postgres"),
        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'larder' "
                       "AND wait_event_type = 'Lock'"));
    return waiting ? waiting->toInt() : -1;
}

void tst_PgSession::query_returnsRowsAndTakesParameters()
{
    const std::unique_ptr<PgSession> session = connect();
    QVERIFY(session);
    QVERIFY(session->serverVersion() >= 100000);

    const auto rows =
        session->query(QStringLiteral("SELECT n, $1::text || n FROM generate_series(1, 3) n ORDER BY n"),
                       {QStringLiteral("row ")});
    QVERIFY_RESULT(rows);
    const QList<QStringList> expected = {{QStringLiteral("1"), QStringLiteral("row 1")},
                                         {QStringLiteral("2"), QStringLiteral("row 2")},
                                         {QStringLiteral("3"), QStringLiteral("row 3")}};
    QCOMPARE(*rows, expected);

    // A parameter is a value, never SQL.
    const QString hostile = QStringLiteral("x'); DROP TABLE held; --");
    const auto echoed =
        session->query(QStringLiteral("SELECT $1::text, (SELECT count(*) FROM held)"), {hostile});
    QVERIFY_RESULT(echoed);
    QCOMPARE(*echoed, (QList<QStringList>{{hostile, QStringLiteral("2")}}));

    // A statement shorter than the timeout is not stopped by it.
    session->setStatementTimeout(10'000);
    const auto slept = session->query(QStringLiteral("SELECT pg_sleep(0.3), 'done'"));
    QVERIFY_RESULT(slept);
    QCOMPARE(slept->value(0).value(1), QStringLiteral("done"));
}

void tst_PgSession::query_blockedByALock_endsAtTheStatementTimeoutAndTheSessionStaysUsable()
{
    const std::unique_ptr<PgSession> session = connect();
    QVERIFY(session);
    const std::unique_ptr<TableLock> lock = holdLock();
    QVERIFY2(lock, "the test could not take its lock");

    session->setStatementTimeout(1000);
    QElapsedTimer elapsed;
    elapsed.start();
    const auto rows = session->query(kBlocked);
    const qint64 took = elapsed.elapsed();

    QVERIFY2(!rows, "a statement behind an ACCESS EXCLUSIVE lock returned rows");
    QVERIFY2(took >= 900, qPrintable(QStringLiteral("ended after %1 ms, before its timeout").arg(took)));
    QVERIFY2(took < 10'000, qPrintable(QStringLiteral("took %1 ms").arg(took)));
    const QString message = rows.error().message;
    QVERIFY2(message.contains(QLatin1String("did not finish within 1 s")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("held")), qPrintable(message));      // names the statement
    QVERIFY2(message.contains(QLatin1String("\"locks\"")), qPrintable(message)); // and the database
    // The server was asked to cancel: nothing of Larder's is left waiting behind the lock.
    QCOMPARE(waitingSessions(), 0);

    // The server answered the cancel request, so the session is not given up: it still works.
    session->setStatementTimeout(PgSession::kDefaultStatementTimeoutMs);
    const auto after = session->query(QStringLiteral("SELECT 42"));
    QVERIFY_RESULT(after);
    QCOMPARE(*after, (QList<QStringList>{{QStringLiteral("42")}}));

    lock->release();
    const auto released = session->query(kBlocked);
    QVERIFY_RESULT(released);
    QCOMPARE(*released, (QList<QStringList>{{QStringLiteral("2")}}));
}

void tst_PgSession::query_blockedByALock_endsWhenInterruptedFromAnotherThread()
{
    const Interrupt interrupt = makeInterrupt();
    const std::unique_ptr<PgSession> session = connect(interrupt);
    QVERIFY(session);
    const std::unique_ptr<TableLock> lock = holdLock();
    QVERIFY2(lock, "the test could not take its lock");

    session->setStatementTimeout(0); // no bound: only the interrupt can end it
    QElapsedTimer elapsed;
    elapsed.start();
    Result<QList<QStringList>> rows;
    {
        const DelayedInterrupt setter(interrupt, 300);
        rows = session->query(kBlocked);
    }
    const qint64 took = elapsed.elapsed();

    QVERIFY2(!rows, "a statement behind an ACCESS EXCLUSIVE lock returned rows");
    QVERIFY2(took < 5'000, qPrintable(QStringLiteral("took %1 ms").arg(took)));
    QVERIFY2(rows.error().message.contains(QLatin1String("was cancelled")), qPrintable(rows.error().message));
    QCOMPARE(waitingSessions(), 0);

    // While the interrupt stays set, nothing more runs; cleared, the session works again.
    const auto refused = session->query(QStringLiteral("SELECT 1"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("cancelled")),
             qPrintable(refused.error().message));
    interrupt->store(false);
    const auto after = session->query(QStringLiteral("SELECT 1"));
    QVERIFY_RESULT(after);
    QCOMPARE(*after, (QList<QStringList>{{QStringLiteral("1")}}));
}

void tst_PgSession::connect_silentServer_failsAtConnectTimeoutNamingIt()
{
    // Accepts (the kernel completes the handshake) and never says a word.
    QTcpServer silent;
    QVERIFY2(silent.listen(QHostAddress::LocalHost), qPrintable(silent.errorString()));
    ServerConfig config = server();
    config.port = silent.serverPort();
    config.connectTimeoutSeconds = 1;

    QElapsedTimer elapsed;
    elapsed.start();
    const auto session = PgSession::connect(config, kDb, m_cluster->superPassword());
    const qint64 took = elapsed.elapsed();

    QVERIFY2(!session, "connected to a server that never answers");
    QVERIFY2(took < 10'000, qPrintable(QStringLiteral("took %1 ms").arg(took)));
    const QString message = session.error().message;
    QVERIFY2(message.contains(QLatin1String("connect_timeout")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("within 1 s")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(silent.serverPort())), qPrintable(message));
    QVERIFY2(!message.contains(m_cluster->superPassword()), qPrintable(message));
}

void tst_PgSession::connect_silentServer_endsWhenInterrupted()
{
    QTcpServer silent;
    QVERIFY2(silent.listen(QHostAddress::LocalHost), qPrintable(silent.errorString()));
    ServerConfig config = server();
    config.port = silent.serverPort();
    config.connectTimeoutSeconds = 60; // far beyond the bound below: the interrupt ends it

    const Interrupt interrupt = makeInterrupt();
    QElapsedTimer elapsed;
    elapsed.start();
    Result<std::unique_ptr<PgSession>> session = makeError(QString());
    {
        const DelayedInterrupt setter(interrupt, 300);
        session = PgSession::connect(config, kDb, m_cluster->superPassword(), interrupt);
    }
    const qint64 took = elapsed.elapsed();

    QVERIFY2(!session, "connected to a server that never answers");
    QVERIFY2(took < 3'000, qPrintable(QStringLiteral("took %1 ms").arg(took)));
    QVERIFY2(session.error().message.contains(QLatin1String("cancelled")),
             qPrintable(session.error().message));
}

QTEST_GUILESS_MAIN(tst_PgSession)
#include "tst_pgsession.moc"
