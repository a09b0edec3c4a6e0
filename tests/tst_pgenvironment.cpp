// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// End to end: the real larder binary with PG* variables exported, as in a terminal that has been
// used for psql. The config alone says where, as whom and with which password Larder connects, in
// its own sessions and in pg_dump/pg_restore alike (see PgConnection).

#include "BackupFixture.h"
#include "CliRunner.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "TestFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <pwd.h>
#include <unistd.h>

using TestFiles::writePrivateFile;

namespace {

constexpr int kLarderTimeoutMs = 120'000;
const QString kPassword = QStringLiteral("EnvPw-4hT8mq2Zx9");

// The name libpq uses when no user is given.
QString osUser()
{
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// Listens and counts the connections it gets, closing each at once: a server nobody should reach.
class Decoy final
{
public:
    bool listen(const QHostAddress& address, quint16 port = 0)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->abort();
                socket->deleteLater();
            }
        });
        return m_server.listen(address, port);
    }
    quint16 port() const { return m_server.serverPort(); }
    QString describe() const
    {
        return QStringLiteral("%1:%2").arg(m_server.serverAddress().toString()).arg(m_server.serverPort());
    }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace

class tst_PgEnvironment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportedPgPassword_isNotOfferedToAServerWithoutAStoredPassword();
    void exportedPgOptions_doNotMakeLardersSessionsReadOnly();
    void exportedHostPortUserDatabase_reachNoOtherServer();

private:
    QProcessEnvironment environment() const;
    // Runs larder to its end while this thread's event loop turns (the decoys accept meanwhile).
    CliResult larder(const QStringList& arguments, const QProcessEnvironment& env) const;
    void writeConfig(bool withUser);
    bool databaseExists(const QString& dbname) const;

    std::unique_ptr<PgCluster> m_cluster;
    QString m_role; // the OS user's name: a config without user connects as it
    QString m_rolePassword;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_pgpass;
};

void tst_PgEnvironment::initTestCase()
{
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    m_role = osUser();
    QVERIFY2(!m_role.isEmpty(), "no name for this process's user");
    if (m_role == m_cluster->superuser()) {
        m_rolePassword = m_cluster->superPassword();
    } else {
        m_rolePassword = kPassword;
        QVERIFY(m_cluster->createRole(m_role, m_rolePassword));
        QVERIFY(m_cluster->execute(QStringLiteral("postgres"),
                                   QStringLiteral("ALTER ROLE \"%1\" CREATEDB").arg(m_role)));
    }
    QVERIFY_RESULT(BackupFixture::createOwnedDatabase(
        *m_cluster, QStringLiteral("app"), m_role,
        QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, name text);\n"
                       "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 500) g;")));
}

void tst_PgEnvironment::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-pgenv-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    m_pgpass = m_dir->filePath(QStringLiteral("pgpass"));
    QVERIFY(writePrivateFile(m_pgpass, QStringLiteral("127.0.0.1:%1:*:%2:%3\n")
                                           .arg(m_cluster->port())
                                           .arg(m_role, m_rolePassword)
                                           .toUtf8()));
    writeConfig(true);
}

void tst_PgEnvironment::cleanup()
{
    const auto names = m_cluster->query(
        QStringLiteral("postgres"),
        QStringLiteral("SELECT datname FROM pg_database WHERE datname NOT IN ('postgres', 'app') AND NOT "
                       "datistemplate"));
    if (names) {
        for (const QString& name : names->split(u'\n', Qt::SkipEmptyParts))
            (void)m_cluster->execute(QStringLiteral("postgres"),
                                     QStringLiteral("DROP DATABASE \"%1\"").arg(name));
    }
    m_dir.reset();
}

QProcessEnvironment tst_PgEnvironment::environment() const
{
    QProcessEnvironment env = CliRunner::hermeticEnvironment(m_dir->path(), m_pgpass);
    return env;
}

CliResult tst_PgEnvironment::larder(const QStringList& arguments, const QProcessEnvironment& env) const
{
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(env);
    runner.setWorkingDirectory(m_dir->path());
    const std::unique_ptr<QProcess> process = runner.start(CliRunner::withConfig(m_config, arguments));
    QElapsedTimer elapsed;
    elapsed.start();
    while (process->state() != QProcess::NotRunning && elapsed.elapsed() < kLarderTimeoutMs)
        QTest::qWait(20);
    return CliRunner::finish(*process, 1);
}

void tst_PgEnvironment::writeConfig(bool withUser)
{
    const QString text =
        QStringLiteral("[defaults]\n"
                       "dump_dir = \"%1\"\n"
                       "history = \"%2\"\n"
                       "schedule = \"manual\"\n"
                       "format = \"custom\"\n"
                       "\n"
                       "[servers.main]\n"
                       "host = \"127.0.0.1\"\n"
                       "port = %3\n"
                       "%4"
                       "connect_timeout = 5\n"
                       "\n"
                       "[databases.app]\n"
                       "server = \"main\"\n")
            .arg(m_dir->filePath(QStringLiteral("dumps")), m_dir->filePath(QStringLiteral("history.sqlite")))
            .arg(m_cluster->port())
            .arg(withUser ? QStringLiteral("user = \"%1\"\n").arg(m_role) : QString());
    QVERIFY(writePrivateFile(m_config, text.toUtf8()));
}

bool tst_PgEnvironment::databaseExists(const QString& dbname) const
{
    const auto found =
        m_cluster->query(QStringLiteral("postgres"),
                         QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(dbname));
    return found && *found == QLatin1String("1");
}

void tst_PgEnvironment::exportedPgPassword_isNotOfferedToAServerWithoutAStoredPassword()
{
    // The right password, exported; nothing stored for the server (no keychain, no ~/.pgpass line).
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PGPASSWORD"), m_rolePassword);
    env.insert(QStringLiteral("PGPASSFILE"), m_dir->filePath(QStringLiteral("no-such-pgpass")));

    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("app")}, env);
    QVERIFY2(!run.timedOut && !run.crashed, qPrintable(run.describe()));
    QVERIFY2(run.exitCode != 0,
             qPrintable(QStringLiteral("the exported PGPASSWORD was used:\n") + run.describe()));
    const QString output = run.outText() + run.errText();
    QVERIFY2(output.contains(QLatin1String("larder password set main")), qPrintable(run.describe()));
    QVERIFY2(!output.contains(m_rolePassword), qPrintable(run.describe()));

    // Stored in ~/.pgpass, the same password works: the failure above was the exported one refused.
    env.insert(QStringLiteral("PGPASSFILE"), m_pgpass);
    const CliResult stored = larder({QStringLiteral("run"), QStringLiteral("app")}, env);
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
}

void tst_PgEnvironment::exportedPgOptions_doNotMakeLardersSessionsReadOnly()
{
    const QString readOnly = QStringLiteral("-c default_transaction_read_only=on");
    // The decoy works: a session taking PGOPTIONS cannot create a database.
    {
        QProcess psql;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("PGOPTIONS"), readOnly);
        psql.setProcessEnvironment(env);
        psql.start(m_cluster->binDir() + QStringLiteral("/psql"),
                   {QStringLiteral("-X"), QStringLiteral("-h"), m_cluster->socketDir(), QStringLiteral("-p"),
                    QString::number(m_cluster->port()), QStringLiteral("-U"), m_cluster->superuser(),
                    QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"),
                    QStringLiteral("CREATE DATABASE pgoptions_probe")});
        QVERIFY(psql.waitForFinished(60'000));
        QVERIFY2(psql.exitCode() != 0, "PGOPTIONS did not make psql's session read-only");
        QVERIFY2(psql.readAllStandardError().contains("read-only transaction"), "psql failed otherwise");
    }

    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("app")}, environment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    // verify --restore creates a scratch database in Larder's own session, then pg_restore fills it.
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PGOPTIONS"), readOnly);
    const CliResult verify =
        larder({QStringLiteral("verify"), QStringLiteral("--restore"), QStringLiteral("app")}, env);
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    QVERIFY2(!(verify.outText() + verify.errText()).contains(QLatin1String("read-only")),
             qPrintable(verify.describe()));
}

void tst_PgEnvironment::exportedHostPortUserDatabase_reachNoOtherServer()
{
    // The config names host and port but no user: libpq's default (the OS user) is its choice.
    writeConfig(false);
    Decoy decoy;
    QVERIFY(decoy.listen(QHostAddress::LocalHost));
    // PGHOSTADDR would send a connection for host 127.0.0.1 to another address, on the configured port.
    Decoy addressDecoy;
    const bool haveAddressDecoy =
        addressDecoy.listen(QHostAddress(QStringLiteral("127.0.0.2")), quint16(m_cluster->port()));
    if (!haveAddressDecoy)
        qWarning("cannot listen on 127.0.0.2:%d: PGHOSTADDR is not checked", m_cluster->port());
    const QString serviceFile = m_dir->filePath(QStringLiteral("pg_service.conf"));
    QVERIFY(writePrivateFile(
        serviceFile,
        QStringLiteral("[decoy]\nhost=127.0.0.1\nport=%1\nuser=decoy\n").arg(decoy.port()).toUtf8()));

    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PGHOST"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("PGPORT"), QString::number(decoy.port()));
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("decoy"));
    env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("decoy"));
    env.insert(QStringLiteral("PGSERVICE"), QStringLiteral("decoy"));
    env.insert(QStringLiteral("PGSERVICEFILE"), serviceFile);
    if (haveAddressDecoy)
        env.insert(QStringLiteral("PGHOSTADDR"), QStringLiteral("127.0.0.2"));

    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("app")}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(decoy.connections(), 0);
    QCOMPARE(addressDecoy.connections(), 0);
    const CliResult restore = larder(
        {QStringLiteral("restore"), QStringLiteral("app"), QStringLiteral("--to"), QStringLiteral("copy")},
        env);
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.describe()));

    QCOMPARE(decoy.connections(), 0);
    QCOMPARE(addressDecoy.connections(), 0);
    // Restored on the configured server, owned by the OS user.
    QVERIFY(databaseExists(QStringLiteral("copy")));
    const auto copied = m_cluster->query(
        QStringLiteral("copy"), QStringLiteral("SELECT count(*), pg_get_userbyid(c.relowner) FROM items, "
                                               "pg_class c WHERE c.relname = 'items' GROUP BY 2"));
    QVERIFY_RESULT(copied);
    QCOMPARE(*copied, QStringLiteral("500|%1").arg(m_role));
    QVERIFY(!databaseExists(QStringLiteral("decoy")));
}

QTEST_GUILESS_MAIN(tst_PgEnvironment)
#include "tst_pgenvironment.moc"
