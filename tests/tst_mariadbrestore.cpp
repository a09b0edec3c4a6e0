// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// `larder restore` of MariaDB dumps against a real mariadbd (issue 14): Restorer hands a MariaDB
// server's restore to MariaDbRestore, which checks the checksum and the whole script first, creates
// the target or accepts an empty one, refuses a non-empty one, --clean and --jobs, and streams the
// script through its guard into the mariadb client. Compared table by table with CHECKSUM TABLE.

#include "MariaDbServer.h"
#include "ResultAssert.h"

#include "engine/DumpFinalizer.h"
#include "engine/DumpTask.h"
#include "engines/StandardEngines.h"
#include "mariadb/MariaDbEngine.h"
#include "mariadb/MariaDbRestore.h"
#include "restore/Restorer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace larder;

namespace {

const QString kPassword = QStringLiteral("r3st'\"pw");

} // namespace

class TestMariaDbRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aDumpRestoresIntoANewDatabaseTableForTable();
    void anExistingEmptyDatabaseIsAccepted();
    void aNonEmptyDatabaseIsRefusedAndUntouched();
    void cleanAndJobsAreRefused();
    void aChangedDumpIsRefusedBeforeAnythingIsCreated();
    void aHostileScriptIsRefusedBeforeAnythingIsCreated();
    void aPostgresDumpIsNotReplayedIntoMariaDb();
    void aFailedReplayDropsTheDatabaseItCreated();
    void aFailedReplayIntoAnExistingDatabaseKeepsIt();

private:
    ServerConfig server() const;
    RestoreOutcome restore(const QString& path, const QString& target, const QString& sha256 = {},
                           bool clean = false, int jobs = 1, QStringList* activity = nullptr);
    QString databaseExists(const QString& name) const;
    QString writeScript(const QString& name, const QByteArray& script);

    std::unique_ptr<MariaDbServer> m_server;
    // Every engine, as `larder restore` has them: a dump must find its way to the right one.
    std::unique_ptr<EngineSet> m_engines = StandardEngines::create();
    QTemporaryDir m_dir;
    QString m_dump;
    QString m_sha256;
};

void TestMariaDbRestore::initTestCase()
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

    MariaDbEngine engine;
    DumpRequest request;
    request.job.name = QStringLiteral("shop");
    request.job.dbname = QStringLiteral("shop");
    request.job.server = server();
    request.job.format = DumpFormat::Plain;
    request.job.compression = 6;
    request.job.dumpDir = m_dir.filePath(QStringLiteral("dumps"));
    request.job.timeoutSeconds = 300;
    request.password = kPassword;
    request.startedUtc = QDateTime::currentDateTimeUtc();
    std::unique_ptr<DumpTask> task = engine.createDump(request, nullptr);
    std::optional<DumpOutcome> outcome;
    connect(task.get(), &DumpTask::finished, this, [&outcome](const DumpOutcome& done) { outcome = done; });
    task->start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 300'000);
    QVERIFY2(outcome->status == AttemptStatus::Success, qPrintable(outcome->error));
    m_dump = outcome->path;
    const auto sha = DumpFinalizer::sha256OfFile(m_dump);
    QVERIFY_RESULT(sha);
    m_sha256 = *sha;
}

ServerConfig TestMariaDbRestore::server() const
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

RestoreOutcome TestMariaDbRestore::restore(const QString& path, const QString& target, const QString& sha256,
                                           bool clean, int jobs, QStringList* activity)
{
    RestoreRequest request;
    request.dumpPath = path;
    request.expectedSha256 = sha256;
    request.server = server();
    request.targetDatabase = target;
    request.password = kPassword;
    request.clean = clean;
    request.jobs = jobs;
    Restorer restorer(*m_engines, request);
    QSignalSpy spy(&restorer, &Restorer::finished);
    if (activity)
        connect(&restorer, &Restorer::activity, this, [activity](const QString& line) { *activity << line; });
    restorer.start();
    if (!spy.wait(300'000)) {
        RestoreOutcome timedOut;
        timedOut.error = QStringLiteral("timed out");
        return timedOut;
    }
    return spy.first().first().value<RestoreOutcome>();
}

QString TestMariaDbRestore::databaseExists(const QString& name) const
{
    return m_server
        ->query(QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '%1'")
                    .arg(name))
        .value_or(QStringLiteral("?"));
}

QString TestMariaDbRestore::writeScript(const QString& name, const QByteArray& script)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(script);
    return path;
}

void TestMariaDbRestore::aDumpRestoresIntoANewDatabaseTableForTable()
{
    QStringList activity;
    const RestoreOutcome outcome =
        restore(m_dump, QStringLiteral("shop_restored"), m_sha256, false, 1, &activity);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.targetTouched);
    QVERIFY2(outcome.toolVersion.contains(QStringLiteral("MariaDB")), qPrintable(outcome.toolVersion));
    const QString lines = activity.join(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("checksum of")), qPrintable(lines));
    QVERIFY2(lines.contains(QStringLiteral("created database \"shop_restored\"")), qPrintable(lines));
    const QString source = m_server->tableChecksums(QStringLiteral("shop"));
    QVERIFY2(source.contains(QStringLiteral("big 100000 ")), qPrintable(source));
    QCOMPARE(m_server->tableChecksums(QStringLiteral("shop_restored")), source);
    QCOMPARE(*m_server->query(QStringLiteral("SELECT name FROM shop_restored.customers WHERE id = 1")),
             QStringLiteral("Zoë 😀 ; DROP DATABASE x; USE other_db; Ünal"));
    const auto objects = m_server->query(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA = 'shop_restored'), "
        "(SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = 'shop_restored'), "
        "(SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'shop_restored'), "
        "(SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = 'shop_restored')"));
    QVERIFY_RESULT(objects);
    QCOMPARE(*objects, QStringLiteral("1\t1\t1\t1"));
    QCOMPARE(*m_server->query(QStringLiteral("SELECT COUNT(*) FROM other_db.t")), QStringLiteral("1"));
}

void TestMariaDbRestore::anExistingEmptyDatabaseIsAccepted()
{
    QVERIFY_RESULT(m_server->query(QStringLiteral("CREATE DATABASE empty_target")));
    QStringList activity;
    const RestoreOutcome outcome =
        restore(m_dump, QStringLiteral("empty_target"), m_sha256, false, 1, &activity);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY2(activity.join(QLatin1Char('\n')).contains(QStringLiteral("exists and is empty")),
             qPrintable(activity.join(QLatin1Char('\n'))));
    QCOMPARE(m_server->tableChecksums(QStringLiteral("empty_target")),
             m_server->tableChecksums(QStringLiteral("shop")));
}

void TestMariaDbRestore::aNonEmptyDatabaseIsRefusedAndUntouched()
{
    const QString before = m_server->tableChecksums(QStringLiteral("other_db"));
    const RestoreOutcome outcome = restore(m_dump, QStringLiteral("other_db"), m_sha256);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("is not empty")), qPrintable(outcome.error));
    QVERIFY(!outcome.targetTouched);
    QCOMPARE(m_server->tableChecksums(QStringLiteral("other_db")), before);
    QCOMPARE(*m_server->query(QStringLiteral("SHOW TABLES FROM other_db")), QStringLiteral("t"));
}

void TestMariaDbRestore::cleanAndJobsAreRefused()
{
    const RestoreOutcome clean = restore(m_dump, QStringLiteral("never_made"), m_sha256, true);
    QVERIFY(!clean.ok);
    QVERIFY2(clean.error.contains(QStringLiteral("--clean is for PostgreSQL dumps")),
             qPrintable(clean.error));
    const RestoreOutcome jobs = restore(m_dump, QStringLiteral("never_made"), m_sha256, false, 4);
    QVERIFY(!jobs.ok);
    QVERIFY2(jobs.error.contains(QStringLiteral("--jobs")), qPrintable(jobs.error));
    QCOMPARE(databaseExists(QStringLiteral("never_made")), QStringLiteral("0"));
    QVERIFY(!MariaDbRestore::checkOptions(true, 1));
    QVERIFY(MariaDbRestore::checkOptions(false, 1));
}

void TestMariaDbRestore::aChangedDumpIsRefusedBeforeAnythingIsCreated()
{
    const RestoreOutcome outcome =
        restore(m_dump, QStringLiteral("never_made"), QString(64, QLatin1Char('0')));
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("does not match its checksum")),
             qPrintable(outcome.error));
    QCOMPARE(databaseExists(QStringLiteral("never_made")), QStringLiteral("0"));
}

void TestMariaDbRestore::aHostileScriptIsRefusedBeforeAnythingIsCreated()
{
    const QString path = writeScript(QStringLiteral("hostile.sql"),
                                     "-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu\n"
                                     "-- Server version\t10.11.6-MariaDB\n"
                                     "CREATE TABLE `t` (`a` INT);\n"
                                     "INSERT INTO `t` VALUES (1);\n"
                                     "DROP TABLE `other_db`.`t`;\n");
    const RestoreOutcome outcome = restore(path, QStringLiteral("never_made"));
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(path + QStringLiteral(":5")), qPrintable(outcome.error));
    QVERIFY(!outcome.targetTouched);
    QCOMPARE(databaseExists(QStringLiteral("never_made")), QStringLiteral("0"));
    QCOMPARE(*m_server->query(QStringLiteral("SELECT id FROM other_db.t")), QStringLiteral("7"));
}

// The replay fails half-way (a table the dump never made): the database the restore created goes, and
// the activity says so.
void TestMariaDbRestore::aFailedReplayDropsTheDatabaseItCreated()
{
    const QString path = writeScript(QStringLiteral("broken.sql"),
                                     "-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu\n"
                                     "-- Server version\t10.11.6-MariaDB\n"
                                     "CREATE TABLE `t` (`a` INT);\n"
                                     "INSERT INTO `t` VALUES (1);\n"
                                     "INSERT INTO `missing` VALUES (1);\n");
    QStringList activity;
    const RestoreOutcome outcome = restore(path, QStringLiteral("half_made"), {}, false, 1, &activity);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("missing")), qPrintable(outcome.error));
    QVERIFY(outcome.targetDropped);
    QVERIFY(!outcome.targetTouched);
    QVERIFY2(activity.join(QLatin1Char('\n')).contains(QStringLiteral("dropped database \"half_made\"")),
             qPrintable(activity.join(QLatin1Char('\n'))));
    QCOMPARE(databaseExists(QStringLiteral("half_made")), QStringLiteral("0"));
}

// An empty database the user made is theirs: a failed replay leaves it (and says it is touched).
void TestMariaDbRestore::aFailedReplayIntoAnExistingDatabaseKeepsIt()
{
    QVERIFY_RESULT(m_server->query(QStringLiteral("CREATE DATABASE users_own")));
    const QString path = writeScript(QStringLiteral("broken2.sql"),
                                     "-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu\n"
                                     "-- Server version\t10.11.6-MariaDB\n"
                                     "INSERT INTO `missing` VALUES (1);\n");
    const RestoreOutcome outcome = restore(path, QStringLiteral("users_own"));
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.targetDropped);
    QVERIFY(outcome.targetTouched);
    QCOMPARE(databaseExists(QStringLiteral("users_own")), QStringLiteral("1"));
}

void TestMariaDbRestore::aPostgresDumpIsNotReplayedIntoMariaDb()
{
    const QString path = writeScript(QStringLiteral("pg.sql"), "--\n-- PostgreSQL database dump\n--\n"
                                                               "CREATE TABLE t (a int);\n");
    const RestoreOutcome outcome = restore(path, QStringLiteral("never_made"));
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("is a dump of a PostgreSQL server")) &&
                 outcome.error.contains(QStringLiteral("engine = \"postgresql\"")),
             qPrintable(outcome.error));
    QCOMPARE(databaseExists(QStringLiteral("never_made")), QStringLiteral("0"));

    // The MariaDB engine on its own refuses it too, whoever routes to it.
    RestoreRequest request;
    request.dumpPath = path;
    request.server = server();
    request.targetDatabase = QStringLiteral("never_made");
    const auto alone = MariaDbEngine().checkRestore(request);
    QVERIFY(!alone);
    QVERIFY2(alone.error().message.contains(QStringLiteral("is not a mariadb-dump script")),
             qPrintable(alone.error().message));
}

QTEST_GUILESS_MAIN(TestMariaDbRestore)
#include "tst_mariadbrestore.moc"
