// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The MariaDB engine against a real mariadbd (issue 14): probe and discovery through the client,
// dumps through mariadb-dump and gzip that restore table for table (CHECKSUM TABLE) with routines,
// triggers, events and views, the users of dump_globals, failures in the server's words, a password
// that never reaches a command line or an environment, and the cut dumps verify must refuse.

#include "MariaDbServer.h"
#include "ResultAssert.h"
#include "TestProcesses.h"

#include "engine/DumpTask.h"
#include "mariadb/MariaDbConnection.h"
#include "mariadb/MariaDbDumpFile.h"
#include "mariadb/MariaDbDumpTask.h"
#include "mariadb/MariaDbEngine.h"
#include "system/PrivateDirectory.h"
#include "system/SecretFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace larder;

namespace {

// Quotes, a comment sign, a backslash and a space: what an option file must escape.
const QString kPassword = QStringLiteral("p\"w#1 \\x'y");

QStringList secretDirectoriesOf(qint64 pid)
{
    const Result<QString> base = PrivateDirectory::userTemporary();
    if (!base)
        return {};
    return QDir(*base).entryList(
        {SecretFile::directoryPrefix() + QString::number(pid) + QStringLiteral("-*")},
        QDir::Dirs | QDir::NoDotAndDotDot);
}

QByteArray readProcFile(qint64 pid, const char* name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMariaDbEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeSaysTheVersionAndNamesAMissingDatabase();
    void discoveryLeavesOutTheSystemSchemas();
    void aDumpRestoresTableForTableWithEverythingElse();
    void thePasswordNeverReachesACommandLineOrAnEnvironment();
    void theGlobalsAreTheUsersAndTheirGrants();
    void aLockedTableIsSaidWhileTheDumpWaits();
    void aWrongPasswordFailsInTheServersWords();
    void aStoppedServerFailsSayingSo();
    void aCutDumpIsNotComplete();
    void optionFileContentEscapesThePassword();
    void orphanedSecretsAreSweptAndLiveOnesKept();

private:
    JobConfig job(const QString& dbname, int compression = 6) const;
    ServerConfig server(int port = 0) const;
    // Runs a dump to its end; the outcome.
    DumpOutcome dump(const JobConfig& job, const std::optional<QString>& password,
                     const std::function<void()>& whileRunning = {});

    std::unique_ptr<MariaDbServer> m_server;
    QTemporaryDir m_dir;
    MariaDbEngine m_engine;
};

void TestMariaDbEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto started = MariaDbServer::start();
    QVERIFY_RESULT(started);
    m_server = std::move(*started);
    QVERIFY_RESULT(m_server->createUser(QStringLiteral("bk"), kPassword));
    QVERIFY_RESULT(m_server->createShop());
    QVERIFY_RESULT(m_server->query(
        QStringLiteral("CREATE DATABASE blog; CREATE TABLE blog.posts (id INT PRIMARY KEY) ENGINE=InnoDB;")));
}

ServerConfig TestMariaDbEngine::server(int port) const
{
    ServerConfig server;
    server.name = QStringLiteral("maria");
    server.engine = EngineKind::MariaDB;
    server.host = m_server->host();
    server.port = port > 0 ? port : m_server->port();
    server.user = QStringLiteral("bk");
    server.connectTimeoutSeconds = 5;
    return server;
}

JobConfig TestMariaDbEngine::job(const QString& dbname, int compression) const
{
    JobConfig job;
    job.name = dbname;
    job.dbname = dbname;
    job.server = server();
    job.format = DumpFormat::Plain;
    job.compression = compression;
    job.dumpDir = m_dir.filePath(QStringLiteral("dumps"));
    job.timeoutSeconds = 300;
    return job;
}

DumpOutcome TestMariaDbEngine::dump(const JobConfig& job, const std::optional<QString>& password,
                                    const std::function<void()>& whileRunning)
{
    DumpRequest request;
    request.job = job;
    request.password = password;
    request.startedUtc = QDateTime::currentDateTimeUtc();
    std::unique_ptr<DumpTask> task = m_engine.createDump(request, nullptr);
    std::optional<DumpOutcome> outcome;
    connect(task.get(), &DumpTask::finished, this, [&outcome](const DumpOutcome& done) { outcome = done; });
    task->start();
    QElapsedTimer waited;
    waited.start();
    while (!outcome && !waited.hasExpired(300'000)) {
        if (whileRunning)
            whileRunning();
        QTest::qWait(5);
    }
    return outcome.value_or(DumpOutcome());
}

void TestMariaDbEngine::probeSaysTheVersionAndNamesAMissingDatabase()
{
    const auto info = m_engine.probe(server(), QStringLiteral("shop"), kPassword);
    QVERIFY_RESULT(info);
    QVERIFY2(m_server->version().startsWith(info->versionString.section(QLatin1Char('-'), 0, 0)),
             qPrintable(info->versionString + QStringLiteral(" vs ") + m_server->version()));
    QVERIFY(info->versionNumber >= 100000);
    const auto missing = m_engine.probe(server(), QStringLiteral("nosuchdb"), kPassword);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QStringLiteral("nosuchdb")),
             qPrintable(missing.error().message));
    QVERIFY2(missing.error().message.contains(QStringLiteral("check the database's name")),
             qPrintable(missing.error().message));
}

void TestMariaDbEngine::discoveryLeavesOutTheSystemSchemas()
{
    const auto names = m_engine.listDatabases(server(), kPassword);
    QVERIFY_RESULT(names);
    QCOMPARE(*names, (QStringList{QStringLiteral("blog"), QStringLiteral("shop")}));
    QVERIFY(MariaDbEngine::isSystemSchema(QStringLiteral("PERFORMANCE_SCHEMA")));
    QVERIFY(!MariaDbEngine::isSystemSchema(QStringLiteral("mysql2")));
}

void TestMariaDbEngine::aDumpRestoresTableForTableWithEverythingElse()
{
    const DumpOutcome outcome = dump(job(QStringLiteral("shop")), kPassword);
    QVERIFY2(outcome.status == AttemptStatus::Success, qPrintable(outcome.error));
    QVERIFY2(outcome.path.endsWith(QStringLiteral(".sql.gz")), qPrintable(outcome.path));
    QVERIFY(QFile::exists(outcome.path + QStringLiteral(".sha256")));
    QVERIFY(!QFile::exists(outcome.path + QStringLiteral(".partial")));
    QCOMPARE(QFile(outcome.path).size(), outcome.bytes);
    QCOMPARE(QFile::permissions(outcome.path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY2(outcome.toolVersion.startsWith(QStringLiteral("mariadb-dump")), qPrintable(outcome.toolVersion));
    QVERIFY2(m_server->version().startsWith(outcome.serverVersion), qPrintable(outcome.serverVersion));
    QVERIFY2(!outcome.serverVersion.isEmpty(), "the dump's header names the server");
    QVERIFY(!MariaDbDumpFile::checkComplete(outcome.path));
    QVERIFY2(secretDirectoriesOf(QCoreApplication::applicationPid()).isEmpty(),
             "the option file is gone once the dump has ended");

    // Restored into a database of another name: the script names none of its own.
    QVERIFY_RESULT(m_server->query(QStringLiteral("CREATE DATABASE shop_copy CHARACTER SET utf8mb4")));
    QProcess gunzip;
    QProcess client;
    gunzip.setStandardOutputProcess(&client);
    client.setProcessChannelMode(QProcess::MergedChannels);
    gunzip.start(QStringLiteral("gunzip"), {QStringLiteral("-c"), outcome.path});
    client.start(QStringLiteral("mariadb"),
                 {QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + m_server->socketPath(),
                  QStringLiteral("-uroot"), QStringLiteral("shop_copy")});
    QVERIFY(gunzip.waitForFinished(60'000));
    QVERIFY(client.waitForFinished(120'000));
    QVERIFY2(client.exitCode() == 0, client.readAll().constData());
    const QString source = m_server->tableChecksums(QStringLiteral("shop"));
    QVERIFY2(source.contains(QStringLiteral("big 100000 ")), qPrintable(source));
    QCOMPARE(m_server->tableChecksums(QStringLiteral("shop_copy")), source);
    QCOMPARE(*m_server->query(QStringLiteral("SELECT name FROM shop_copy.customers WHERE id = 1")),
             QStringLiteral("Zoë 😀 ; DROP DATABASE x; USE other_db; Ünal"));
    const auto objects = m_server->query(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA = 'shop_copy'), "
        "(SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = 'shop_copy'), "
        "(SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'shop_copy'), "
        "(SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = 'shop_copy'), "
        "(SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = "
        "'shop_copy')"));
    QVERIFY_RESULT(objects);
    QCOMPARE(*objects, QStringLiteral("1\t1\t1\t1\t1"));
    // The source was only read.
    QCOMPARE(*m_server->query(QStringLiteral("SELECT COUNT(*) FROM shop.events_seen")), QStringLiteral("0"));
}

void TestMariaDbEngine::thePasswordNeverReachesACommandLineOrAnEnvironment()
{
    const QByteArray secret = kPassword.toUtf8();
    int dumpsSeen = 0;
    QStringList leaks;
    const auto scan = [&] {
        for (const TestProcesses::CommandLine& line : TestProcesses::allCommandLines()) {
            if (line.raw.contains(secret))
                leaks << QStringLiteral("cmdline of %1: %2").arg(line.pid).arg(line.text());
            if (readProcFile(line.pid, "environ").contains(secret))
                leaks << QStringLiteral("environ of %1").arg(line.pid);
            if (line.raw.contains("mariadb-dump") && line.raw.contains("--defaults-file="))
                ++dumpsSeen;
        }
    };
    qputenv("MYSQL_PWD", "not-for-children");
    const DumpOutcome outcome = dump(job(QStringLiteral("shop"), 0), kPassword, scan);
    qunsetenv("MYSQL_PWD");
    QVERIFY2(outcome.status == AttemptStatus::Success, qPrintable(outcome.error));
    QVERIFY2(outcome.path.endsWith(QStringLiteral(".sql")), qPrintable(outcome.path));
    QVERIFY2(dumpsSeen > 0, "the scan saw the running mariadb-dump");
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    QVERIFY(!MariaDbDumpFile::checkComplete(outcome.path));
}

void TestMariaDbEngine::theGlobalsAreTheUsersAndTheirGrants()
{
    JobConfig globals = job(QStringLiteral("mysql"), 0);
    globals.name = QStringLiteral("maria.globals");
    globals.kind = JobKind::Globals;
    const DumpOutcome outcome = dump(globals, kPassword);
    QVERIFY2(outcome.status == AttemptStatus::Success, qPrintable(outcome.error));
    QFile file(outcome.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray script = file.readAll();
    QVERIFY2(script.contains("CREATE USER `bk`@`127.0.0.1`"), script.left(3000).constData());
    QVERIFY(script.contains("GRANT ALL PRIVILEGES ON *.* TO `bk`@`127.0.0.1`"));
    QVERIFY2(!script.contains("INSERT INTO `orders`"), "no table data");
}

void TestMariaDbEngine::aLockedTableIsSaidWhileTheDumpWaits()
{
    QProcess locker;
    locker.start(QStringLiteral("mariadb"),
                 {QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + m_server->socketPath(),
                  QStringLiteral("-uroot"), QStringLiteral("--database=shop"), QStringLiteral("-e"),
                  QStringLiteral("LOCK TABLES customers WRITE; SELECT SLEEP(60);")});
    QVERIFY(locker.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_server->query(QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                                       "WHERE INFO LIKE 'SELECT SLEEP%'"))
                .value_or(QString()) == QLatin1String("1"),
        20'000);
    m_engine.setStallAfter(300);
    QStringList words;
    bool released = false;
    DumpRequest request;
    request.job = job(QStringLiteral("shop"));
    request.password = kPassword;
    std::unique_ptr<DumpTask> task = m_engine.createDump(request, nullptr);
    std::optional<DumpOutcome> outcome;
    connect(task.get(), &DumpTask::stalled, this, [&](const QString& why) {
        words << why;
        // Said: the lock may go.
        if (!why.isEmpty() && !released) {
            released = true;
            locker.kill();
        }
    });
    connect(task.get(), &DumpTask::finished, this, [&outcome](const DumpOutcome& done) { outcome = done; });
    task->start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60'000);
    m_engine.setStallAfter(MariaDbDumpTask::kDefaultStallAfterMs);
    locker.waitForFinished();
    QVERIFY2(outcome->status == AttemptStatus::Success, qPrintable(outcome->error));
    QVERIFY2(!words.isEmpty() && words.first().contains(QStringLiteral("waiting for table metadata lock")),
             qPrintable(words.join(QStringLiteral(" | "))));
    QVERIFY2(words.first().contains(QStringLiteral("(user root, ")), qPrintable(words.first()));
}

void TestMariaDbEngine::aWrongPasswordFailsInTheServersWords()
{
    const DumpOutcome outcome = dump(job(QStringLiteral("shop")), QStringLiteral("wrong"));
    QCOMPARE(outcome.status, AttemptStatus::Failed);
    QVERIFY2(outcome.error.contains(QStringLiteral("Access denied for user 'bk'@'127.0.0.1'")),
             qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QStringLiteral("larder password set maria")), qPrintable(outcome.error));
    QVERIFY(QDir(job(QStringLiteral("shop")).outputDirectory())
                .entryList({QStringLiteral("*.partial")}, QDir::Files)
                .isEmpty());
    const auto probed = m_engine.probe(server(), QStringLiteral("shop"), QStringLiteral("wrong"));
    QVERIFY(!probed);
    QVERIFY2(probed.error().message.contains(QStringLiteral("Access denied")),
             qPrintable(probed.error().message));
}

void TestMariaDbEngine::aStoppedServerFailsSayingSo()
{
    JobConfig nowhere = job(QStringLiteral("shop"));
    nowhere.server = server(1); // nothing listens on port 1
    const DumpOutcome outcome = dump(nowhere, kPassword);
    QCOMPARE(outcome.status, AttemptStatus::Failed);
    QVERIFY2(outcome.error.contains(QStringLiteral("Can't connect")), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QStringLiteral("the server is running")), qPrintable(outcome.error));
}

void TestMariaDbEngine::aCutDumpIsNotComplete()
{
    const DumpOutcome gz = dump(job(QStringLiteral("blog")), kPassword);
    QVERIFY2(gz.status == AttemptStatus::Success, qPrintable(gz.error));
    QVERIFY(!MariaDbDumpFile::checkComplete(gz.path));
    QFile whole(gz.path);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();

    const QString cutGz = m_dir.filePath(QStringLiteral("cut.sql.gz"));
    QFile cut(cutGz);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() - 20));
    cut.close();
    const auto gzProblem = MariaDbDumpFile::checkComplete(cutGz);
    QVERIFY(gzProblem);
    QVERIFY2(gzProblem->toString().contains(QStringLiteral("cut short")), qPrintable(gzProblem->toString()));

    // A plain script whose last line is missing: the stream is fine, the footer is not there.
    const DumpOutcome plain = dump(job(QStringLiteral("blog"), 0), kPassword);
    QVERIFY2(plain.status == AttemptStatus::Success, qPrintable(plain.error));
    QFile script(plain.path);
    QVERIFY(script.open(QIODevice::ReadOnly));
    QByteArray text = script.readAll();
    text.truncate(text.lastIndexOf("-- Dump completed"));
    const QString cutPlain = m_dir.filePath(QStringLiteral("cut.sql"));
    QFile cutScript(cutPlain);
    QVERIFY(cutScript.open(QIODevice::WriteOnly));
    cutScript.write(text);
    cutScript.close();
    const auto plainProblem = MariaDbDumpFile::checkComplete(cutPlain);
    QVERIFY(plainProblem);
    QVERIFY2(plainProblem->toString().contains(QStringLiteral("Dump completed")),
             qPrintable(plainProblem->toString()));
}

void TestMariaDbEngine::optionFileContentEscapesThePassword()
{
    const QByteArray text =
        MariaDbConnection::optionFileContent(QStringLiteral("a\"b\\c\nd"), {QStringLiteral("/x/my.cnf")});
    QVERIFY2(text.contains("!include /x/my.cnf\n[client]\npassword=\"a\\\"b\\\\c\\nd\"\n"), text.constData());
    // The file, the one argument that names it, and nothing else of the password.
    MariaDbConnection connection(server(), kPassword);
    QVERIFY_RESULT(connection.open());
    const QString path = connection.optionFilePath();
    QCOMPARE(QFile::permissions(path) &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    QCOMPARE(QFile::permissions(QFileInfo(path).absolutePath()) & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    QCOMPARE(connection.arguments().first(), QStringLiteral("--defaults-file=") + path);
    QVERIFY(!connection.arguments().join(QLatin1Char(' ')).contains(kPassword));
    const QByteArray written = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(written.contains("password=\"p\\\"w#1 \\\\x'y\""));
}

void TestMariaDbEngine::orphanedSecretsAreSweptAndLiveOnesKept()
{
    // The id of a process that has ended: what a Larder killed with -9 leaves behind.
    QProcess gone;
    gone.start(QStringLiteral("true"), QStringList());
    QVERIFY(gone.waitForStarted(10'000));
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished(10'000));
    const Result<QString> base = PrivateDirectory::userTemporary();
    QVERIFY_RESULT(base);
    const QString orphan = *base + QStringLiteral("/secret-%1-test01").arg(deadPid);
    QVERIFY(QDir().mkpath(orphan));
    QFile leftover(orphan + QStringLiteral("/client.cnf"));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write("[client]\npassword=\"x\"\n");
    leftover.close();
    MariaDbConnection live(server(), kPassword);
    QVERIFY_RESULT(live.open());

    QVERIFY(SecretFile::sweepOrphans() >= 1);
    QVERIFY(!QFileInfo::exists(orphan));
    QVERIFY2(QFileInfo::exists(live.optionFilePath()), "a running process's secret stays");
}

QTEST_GUILESS_MAIN(TestMariaDbEngine)
#include "tst_mariadbengine.moc"
