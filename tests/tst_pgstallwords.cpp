// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/PgBackendWait.h"
#include "postgres/PgStallWords.h"

#include <QTest>

using namespace larder;

Q_DECLARE_METATYPE(larder::PgBackendWait)

namespace {

// A dump's session waiting for a lock on public.orders that pid 4242 holds.
PgBackendWait lockedBy(const QString& blockerState, qint64 stateSeconds, qint64 transactionSeconds)
{
    PgBackendWait wait;
    wait.found = true;
    wait.state = QStringLiteral("active");
    wait.waitEventType = QStringLiteral("Lock");
    wait.waitEvent = QStringLiteral("relation");
    wait.blockerPid = 4242;
    wait.relation = QStringLiteral("public.orders");
    wait.blockerVisible = true;
    wait.blockerState = blockerState;
    wait.blockerUser = QStringLiteral("app");
    wait.blockerStateSeconds = stateSeconds;
    wait.blockerTransactionSeconds = transactionSeconds;
    return wait;
}

} // namespace

class TestPgStallWords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data();
    void describe();
    void age_data();
    void age();
    void refused_namesTheServersAnswer();
};

void TestPgStallWords::describe_data()
{
    QTest::addColumn<PgBackendWait>("wait");
    QTest::addColumn<QString>("expected");

    QTest::newRow("idle in transaction, 3 min")
        << lockedBy(QStringLiteral("idle in transaction"), 180, 185)
        << "waiting for a lock on public.orders held by pid 4242 (idle in transaction for 3 min, user app)";
    QTest::newRow("active, 12 s") << lockedBy(QStringLiteral("active"), 12, 12)
                                  << "waiting for a lock on public.orders held by pid 4242 (active for 12 s, "
                                     "user app)";
    QTest::newRow("old transaction, new statement")
        << lockedBy(QStringLiteral("active"), 5, 7300)
        << "waiting for a lock on public.orders held by pid 4242 (active for 5 s, in a transaction for "
           "2 h 01 min, user app)";
    QTest::newRow("ages unknown") << lockedBy(QStringLiteral("idle in transaction"), -1, -1)
                                  << "waiting for a lock on public.orders held by pid 4242 (idle in "
                                     "transaction, user app)";

    PgBackendWait hidden = lockedBy(QString(), -1, -1);
    hidden.blockerVisible = false;
    QTest::newRow("blocker hidden")
        << hidden
        << "waiting for a lock on public.orders held by pid 4242 (no permission to see what that session "
           "does: grant larder's role pg_read_all_stats to see it)";

    PgBackendWait noTable = lockedBy(QStringLiteral("idle in transaction"), 40, 40);
    noTable.relation.clear();
    noTable.waitEvent = QStringLiteral("transactionid");
    QTest::newRow("not a table")
        << noTable << "waiting for a lock held by pid 4242 (idle in transaction for 40 s, user app)";

    PgBackendWait noBlocker = lockedBy(QString(), -1, -1);
    noBlocker.blockerPid = 0;
    QTest::newRow("blocker gone") << noBlocker << "waiting for a lock on public.orders";

    PgBackendWait io;
    io.found = true;
    io.state = QStringLiteral("active");
    io.waitEventType = QStringLiteral("IO");
    io.waitEvent = QStringLiteral("DataFileRead");
    QTest::newRow("I/O") << io << "the server is waiting on IO (DataFileRead)";

    PgBackendWait sending = io;
    sending.waitEventType = QStringLiteral("Client");
    sending.waitEvent = QStringLiteral("ClientWrite");
    QTest::newRow("sending") << sending
                             << "the server is sending and waits for pg_dump to take it (ClientWrite)";

    PgBackendWait active;
    active.found = true;
    active.state = QStringLiteral("active");
    QTest::newRow("active") << active
                            << "the server is active on the dump's query and has not sent anything new yet";

    PgBackendWait idle;
    idle.found = true;
    idle.state = QStringLiteral("idle in transaction");
    QTest::newRow("idle") << idle
                          << "the dump's session is idle in transaction: pg_dump is busy on its own side";

    QTest::newRow("no session")
        << PgBackendWait()
        << "no session of the dump's on the server yet: pg_dump is still connecting or "
           "starting";
}

void TestPgStallWords::describe()
{
    QFETCH(PgBackendWait, wait);
    QFETCH(QString, expected);
    QCOMPARE(PgStallWords::describe(wait).toString(), expected);
}

void TestPgStallWords::age_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << qint64(0) << "0 s";
    QTest::newRow("59") << qint64(59) << "59 s";
    QTest::newRow("60") << qint64(60) << "1 min";
    QTest::newRow("3599") << qint64(3599) << "59 min";
    QTest::newRow("3600") << qint64(3600) << "1 h 00 min";
    QTest::newRow("a day") << qint64(86'400 + 300) << "24 h 05 min";
}

void TestPgStallWords::age()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(PgStallWords::age(seconds).toString(), expected);
}

void TestPgStallWords::refused_namesTheServersAnswer()
{
    const Message words =
        PgStallWords::refused(QStringLiteral("permission denied for function pg_blocking_pids"));
    QCOMPARE(words.toString(),
             QStringLiteral("writing nothing; the server would not say why (permission denied "
                            "for function pg_blocking_pids)"));
    // Language-neutral: a history row keeps it and reads it back the same.
    QCOMPARE(Message::fromStored(words.serialize()), words);
}

QTEST_GUILESS_MAIN(TestPgStallWords)
#include "tst_pgstallwords.moc"
