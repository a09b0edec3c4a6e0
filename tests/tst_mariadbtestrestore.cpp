// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Test-restores of MariaDB dumps against a real mariadbd (issue 14): a real mariadb-dump script read by
// the guard, restored into a scratch database through the mariadb client, its rows compared with the
// script's, and the scratch database always dropped; tampered and hostile scripts fail and touch
// nothing else.

#include "MariaDbServer.h"
#include "ResultAssert.h"

#include "engine/DumpTask.h"
#include "mariadb/MariaDbEngine.h"
#include "mariadb/MariaDbScriptGuard.h"
#include "mariadb/MariaDbTestRestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <memory>
#include <optional>

using namespace larder;

namespace {

const QString kPassword = QStringLiteral("pw'\"#x");

} // namespace

class TestMariaDbTestRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aRealDumpPassesTheGuardWithItsRows();
    void aDumpRestoresWithMatchingCounts();
    void removedRowsFailNamingTheTable();
    void aHostileScriptIsRefusedAndTouchesNothingElse();
    void anExistingScratchDatabaseIsRefusedAndKept();
    void aCancelledRestoreStillDropsTheScratchDatabase();
    void aGlobalsDumpIsNeverTestRestored();
    void theServersGlobalSqlModeDoesNotChangeHowTheScriptIsRead();

private:
    ServerConfig server() const;
    JobConfig job(const QString& dbname) const;
    RestoreCheck testRestore(const QString& path, const QDateTime& startedUtc = {}, bool cancelSoon = false);
    QString writeScript(const QString& name, const QByteArray& script);
    QByteArray readDump() const;
    QString scratchDatabases() const;

    std::unique_ptr<MariaDbServer> m_server;
    QTemporaryDir m_dir;
    QString m_dump;
};

void TestMariaDbTestRestore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto started = MariaDbServer::start();
    QVERIFY_RESULT(started);
    m_server = std::move(*started);
    QVERIFY_RESULT(m_server->createUser(QStringLiteral("bk"), kPassword));
    QVERIFY_RESULT(m_server->createShop());
    QVERIFY_RESULT(m_server->query(
        QStringLiteral("CREATE DATABASE other_db; CREATE TABLE other_db.t (id INT PRIMARY KEY); "
                       "INSERT INTO other_db.t VALUES (7);")));

    // A real dump of shop, as a run makes it.
    MariaDbEngine engine;
    DumpRequest request;
    request.job = job(QStringLiteral("shop"));
    request.password = kPassword;
    request.startedUtc = QDateTime::currentDateTimeUtc();
    std::unique_ptr<DumpTask> task = engine.createDump(request, nullptr);
    std::optional<DumpOutcome> outcome;
    connect(task.get(), &DumpTask::finished, this, [&outcome](const DumpOutcome& done) { outcome = done; });
    task->start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 300'000);
    QVERIFY2(outcome->status == AttemptStatus::Success, qPrintable(outcome->error));
    QVERIFY(outcome->path.endsWith(QStringLiteral(".sql.gz")));
    m_dump = outcome->path;
}

ServerConfig TestMariaDbTestRestore::server() const
{
    ServerConfig server;
    server.name = QStringLiteral("maria");
    server.engine = EngineKind::MariaDB;
    server.host = m_server->host();
    server.port = m_server->port();
    server.user = QStringLiteral("bk");
    server.connectTimeoutSeconds = 5;
    return server;
}

JobConfig TestMariaDbTestRestore::job(const QString& dbname) const
{
    JobConfig job;
    job.name = dbname;
    job.dbname = dbname;
    job.server = server();
    job.restoreServer = server();
    job.format = DumpFormat::Plain;
    job.compression = 6;
    job.dumpDir = m_dir.filePath(QStringLiteral("dumps"));
    job.timeoutSeconds = 300;
    return job;
}

RestoreCheck TestMariaDbTestRestore::testRestore(const QString& path, const QDateTime& startedUtc,
                                                 bool cancelSoon)
{
    MariaDbTestRestore::Request request;
    request.job = job(QStringLiteral("shop"));
    request.dump.id = 42;
    request.dump.job = QStringLiteral("shop");
    request.dump.path = path;
    request.password = kPassword;
    request.startedUtc = startedUtc;
    MariaDbTestRestore restore(request);
    QSignalSpy spy(&restore, &TestRestoreTask::finished);
    restore.start();
    // At once: the worker has started and sees the cancel while it creates or replays, never after.
    if (cancelSoon)
        restore.cancel();
    if (spy.isEmpty() && !spy.wait(300'000))
        return RestoreCheck();
    QTest::qWait(50);
    if (spy.count() != 1)
        return RestoreCheck();
    return spy.first().first().value<RestoreCheck>();
}

QString TestMariaDbTestRestore::writeScript(const QString& name, const QByteArray& script)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(script);
    return path;
}

QByteArray TestMariaDbTestRestore::readDump() const
{
    QByteArray script;
    gzFile in = gzopen(m_dump.toLocal8Bit().constData(), "rb");
    char buffer[65536];
    int size = 0;
    while ((size = gzread(in, buffer, sizeof buffer)) > 0)
        script.append(buffer, size);
    gzclose(in);
    return script;
}

QString TestMariaDbTestRestore::scratchDatabases() const
{
    return m_server
        ->query(QStringLiteral("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE "
                               "'larder\\_verify\\_%'"))
        .value_or(QStringLiteral("?"));
}

void TestMariaDbTestRestore::aRealDumpPassesTheGuardWithItsRows()
{
    const auto summary = MariaDbScriptGuard::checkFile(m_dump);
    QVERIFY_RESULT(summary);
    QCOMPARE(summary->rows.value(QStringLiteral("big")), 100000);
    QCOMPARE(summary->rows.value(QStringLiteral("orders")), 2000);
    QCOMPARE(summary->rows.value(QStringLiteral("customers")), 3);
    QCOMPARE(summary->rows.value(QStringLiteral("files")), 2);
    QVERIFY(!summary->rows.contains(QStringLiteral("empty_one")));
    QVERIFY(summary->uncounted.isEmpty());
    const QByteArray script = readDump();
    QVERIFY2(script.contains("DELIMITER ;;"),
             "the real dump has a DELIMITER block (trigger, routine, event)");
    QVERIFY(script.contains("/*!50003 CREATE*/"));
}

void TestMariaDbTestRestore::aDumpRestoresWithMatchingCounts()
{
    const QString before = m_server->tableChecksums(QStringLiteral("shop"));
    const RestoreCheck check = testRestore(m_dump);
    QVERIFY2(check.ok, qPrintable(check.detail));
    QCOMPARE(check.attemptId, 42);
    QVERIFY2(check.detail.contains(QStringLiteral("match the dump")), qPrintable(check.detail));
    QVERIFY(check.scratchDatabase.startsWith(QStringLiteral("larder_verify_shop_")));
    QVERIFY(!check.storedDetail.isEmpty());
    QCOMPARE(scratchDatabases(), QString());
    QCOMPARE(m_server->tableChecksums(QStringLiteral("shop")), before);
    QCOMPARE(*m_server->query(QStringLiteral("SELECT COUNT(*) FROM shop.events_seen")), QStringLiteral("0"));
}

void TestMariaDbTestRestore::removedRowsFailNamingTheTable()
{
    // The script's rows stay; a statement added after them removes one.
    QByteArray script = readDump();
    const qsizetype end = script.lastIndexOf("-- Dump completed");
    QVERIFY(end > 0);
    script.insert(end, "DELETE FROM `files` WHERE `id` = 2;\n");
    const RestoreCheck check = testRestore(writeScript(QStringLiteral("tampered.sql"), script));
    QVERIFY(!check.ok);
    QVERIFY2(check.detail.contains(QStringLiteral("files: 2 row(s) in the dump, 1 restored")),
             qPrintable(check.detail));
    QVERIFY2(!check.detail.contains(QStringLiteral("orders")), qPrintable(check.detail));
    QVERIFY2(check.detail.contains(QStringLiteral("row counts differ")), qPrintable(check.detail));
    QCOMPARE(scratchDatabases(), QString());
}

void TestMariaDbTestRestore::aHostileScriptIsRefusedAndTouchesNothingElse()
{
    const QString path = writeScript(QStringLiteral("hostile.sql"), "CREATE TABLE `t` (`a` INT);\n"
                                                                    "INSERT INTO `t` VALUES (1);\n"
                                                                    "/*!50001 USE other_db */;\n"
                                                                    "DROP TABLE `t`;\n");
    const RestoreCheck check = testRestore(path);
    QVERIFY(!check.ok);
    QVERIFY2(check.detail.contains(path + QStringLiteral(":3")), qPrintable(check.detail));
    QVERIFY2(check.detail.contains(QStringLiteral("USE other_db")), qPrintable(check.detail));
    QCOMPARE(*m_server->query(QStringLiteral("SELECT id FROM other_db.t")), QStringLiteral("7"));
    QCOMPARE(scratchDatabases(), QString());

    const QString qualified =
        writeScript(QStringLiteral("qualified.sql"), "INSERT INTO `other_db`.`t` VALUES (8);\n");
    const RestoreCheck second = testRestore(qualified);
    QVERIFY(!second.ok);
    QVERIFY2(second.detail.contains(qualified + QStringLiteral(":1")), qPrintable(second.detail));
    QCOMPARE(*m_server->query(QStringLiteral("SELECT COUNT(*) FROM other_db.t")), QStringLiteral("1"));
    QCOMPARE(scratchDatabases(), QString());
}

void TestMariaDbTestRestore::anExistingScratchDatabaseIsRefusedAndKept()
{
    const QDateTime when = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QString name = MariaDbTestRestore::scratchDatabaseName(QStringLiteral("shop"), when);
    QCOMPARE(name, QStringLiteral("larder_verify_shop_20260102030405"));
    QVERIFY_RESULT(m_server->query(
        QStringLiteral("CREATE DATABASE %1; CREATE TABLE %1.keep (id INT); INSERT INTO %1.keep VALUES (1)")
            .arg(name)));
    const RestoreCheck check = testRestore(m_dump, when);
    QVERIFY(!check.ok);
    QVERIFY2(check.detail.contains(QStringLiteral("already exists")), qPrintable(check.detail));
    QCOMPARE(*m_server->query(QStringLiteral("SELECT COUNT(*) FROM %1.keep").arg(name)), QStringLiteral("1"));
    QVERIFY_RESULT(m_server->query(QStringLiteral("DROP DATABASE %1").arg(name)));
    // Long job names are cut to fit 64 characters.
    QCOMPARE(MariaDbTestRestore::scratchDatabaseName(QString(100, QLatin1Char('J')), when).size(), 64);
}

void TestMariaDbTestRestore::aCancelledRestoreStillDropsTheScratchDatabase()
{
    const RestoreCheck check = testRestore(m_dump, {}, true);
    QVERIFY(!check.ok);
    QVERIFY2(check.detail.contains(QStringLiteral("cancelled")), qPrintable(check.detail));
    QCOMPARE(scratchDatabases(), QString());
}

void TestMariaDbTestRestore::aGlobalsDumpIsNeverTestRestored()
{
    MariaDbTestRestore::Request request;
    request.job = job(QStringLiteral("mysql"));
    request.job.kind = JobKind::Globals;
    request.dump.path = m_dump;
    MariaDbTestRestore restore(request);
    QSignalSpy spy(&restore, &TestRestoreTask::finished);
    restore.start();
    QVERIFY(spy.wait(10'000));
    const RestoreCheck check = spy.first().first().value<RestoreCheck>();
    QVERIFY(!check.ok);
    QVERIFY2(check.detail.contains(QStringLiteral("globals dump")), qPrintable(check.detail));
    QCOMPARE(scratchDatabases(), QString());
}

void TestMariaDbTestRestore::theServersGlobalSqlModeDoesNotChangeHowTheScriptIsRead()
{
    // Read with NO_BACKSLASH_ESCAPES, 'x\\'y' would end after the backslash; the replay's session drops it.
    const QString path =
        writeScript(QStringLiteral("escapes.sql"), "CREATE TABLE `t` (`a` VARCHAR(10));\n"
                                                   "INSERT INTO `t` VALUES ('x\\'y'),('\\\\');\n");
    QVERIFY_RESULT(m_server->query(QStringLiteral("SET GLOBAL sql_mode = 'ANSI,NO_BACKSLASH_ESCAPES'")));
    const RestoreCheck check = testRestore(path);
    QVERIFY_RESULT(m_server->query(QStringLiteral("SET GLOBAL sql_mode = DEFAULT")));
    QVERIFY2(check.ok, qPrintable(check.detail));
    QCOMPARE(scratchDatabases(), QString());
}

QTEST_GUILESS_MAIN(TestMariaDbTestRestore)
#include "tst_mariadbtestrestore.moc"
