// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// `larder` with MariaDB beside PostgreSQL, end to end (issue 14): one run dumps two PostgreSQL
// databases on two clusters and two MariaDB databases on one mariadbd with its own limit, while a
// MariaDB server that is down fails only its own job; verify reads every dump; check --connect and
// plan --explain speak of each engine. Under a private keyring (tst_climariadb_keychain), a run
// killed with -9 while mariadb-dump waits leaves its password file behind only until the next run,
// and the password is never on a command line or in an environment.

#include "CliRunner.h"
#include "MariaDbServer.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "TestProcesses.h"

#include "system/PrivateDirectory.h"
#include "system/SecretFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

const QString kPgPassword = QStringLiteral("pg-secret-4711");
const QString kMariaPassword = QStringLiteral("maria \"secret\" #4712");

QStringList secretDirectoriesOf(qint64 pid)
{
    const larder::Result<QString> base = larder::PrivateDirectory::userTemporary();
    if (!base)
        return {};
    return QDir(*base).entryList(
        {larder::SecretFile::directoryPrefix() + QString::number(pid) + QStringLiteral("-*")},
        QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

class TestCliMariaDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aRunMixesEnginesAndAStoppedServerFailsOnlyItsJob();
    void checkAndExplainSpeakOfEachEngine();
    void keychain_aKilledRunsPasswordFileIsGoneAfterTheNextRun();

private:
    QString configText(bool withGone) const;
    void writeConfig(const QString& text);
    CliResult larder(const QStringList& commandLine, const QProcessEnvironment& env,
                     const QByteArray& input = {}) const;
    QProcessEnvironment cronEnvironment() const;
    QProcessEnvironment keychainEnvironment() const;
    QJsonArray history(const QProcessEnvironment& env) const;

    std::unique_ptr<PgCluster> m_one;
    std::unique_ptr<PgCluster> m_two;
    std::unique_ptr<MariaDbServer> m_maria;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
};

void TestCliMariaDb::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY_RESULT(PgCluster::startEach({&m_one, &m_two}));
    for (PgCluster* cluster : {m_one.get(), m_two.get()}) {
        QVERIFY_RESULT(cluster->createRole(QStringLiteral("bk"), kPgPassword));
        QVERIFY_RESULT(cluster->createDatabase(
            cluster == m_one.get() ? QStringLiteral("crm") : QStringLiteral("wiki"), QStringLiteral("bk")));
    }
    QVERIFY_RESULT(
        m_one->writePgPass(m_dir->filePath(QStringLiteral("pgpass")), {{QStringLiteral("bk"), kPgPassword}}));
    QFile pgpass(m_dir->filePath(QStringLiteral("pgpass")));
    QVERIFY(pgpass.open(QIODevice::Append));
    pgpass.write(QStringLiteral("127.0.0.1:%1:*:bk:%2\n").arg(m_two->port()).arg(kPgPassword).toUtf8());
    pgpass.close();

    auto maria = MariaDbServer::start();
    QVERIFY_RESULT(maria);
    m_maria = std::move(*maria);
    QVERIFY_RESULT(m_maria->createUser(QStringLiteral("bk"), kMariaPassword));
    QVERIFY_RESULT(m_maria->query(QStringLiteral(
        "CREATE DATABASE shop CHARACTER SET utf8mb4; "
        "CREATE TABLE shop.orders (id INT PRIMARY KEY, note VARCHAR(40)) ENGINE=InnoDB; "
        "USE shop; INSERT INTO shop.orders SELECT seq, CONCAT('order ', seq) FROM seq_1_to_5000; "
        "CREATE DATABASE blog CHARACTER SET utf8mb4; "
        "CREATE TABLE blog.posts (id INT PRIMARY KEY, title TEXT) ENGINE=InnoDB; "
        "INSERT INTO blog.posts VALUES (1, 'Grüße 👋')")));
    // The MariaDB client's own option file: how a cron run finds the password without a keychain.
    QFile myCnf(m_dir->filePath(QStringLiteral(".my.cnf")));
    QVERIFY(myCnf.open(QIODevice::WriteOnly));
    myCnf.write("[client]\npassword=\"maria \\\"secret\\\" #4712\"\n");
    myCnf.close();
    QVERIFY(myCnf.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
}

QString TestCliMariaDb::configText(bool withGone) const
{
    // format = "custom" in [defaults] is PostgreSQL's: the MariaDB jobs stay SQL scripts.
    QString text =
        QStringLiteral(
            "[defaults]\ndump_dir = \"%1\"\nhistory = \"%2\"\nmax_parallel = 3\n"
            "format = \"custom\"\nuser = \"bk\"\nhost = \"127.0.0.1\"\n\n"
            "[servers.one]\nport = %3\n\n[servers.two]\nport = %4\n\n"
            "[servers.maria]\nengine = \"mariadb\"\nport = %5\nmax_parallel = 1\ndump_globals = true\n"
            "databases = [\"shop\", \"blog\"]\n\n"
            "[databases.crm]\nserver = \"one\"\n\n[databases.wiki]\nserver = \"two\"\n")
            .arg(m_dir->filePath(QStringLiteral("dumps")), m_dir->filePath(QStringLiteral("history.sqlite")))
            .arg(m_one->port())
            .arg(m_two->port())
            .arg(m_maria->port());
    if (withGone)
        text += QStringLiteral("\n[servers.gone]\nengine = \"mysql\"\nport = 1\nconnect_timeout = 3\n\n"
                               "[databases.lost]\nserver = \"gone\"\n");
    return text;
}

void TestCliMariaDb::writeConfig(const QString& text)
{
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

QProcessEnvironment TestCliMariaDb::cronEnvironment() const
{
    return CliRunner::hermeticEnvironment(m_dir->path(), m_dir->filePath(QStringLiteral("pgpass")));
}

QProcessEnvironment TestCliMariaDb::keychainEnvironment() const
{
    // No ~/.my.cnf and no pgpass: the keychain on this process's session bus is the only way.
    const QString home = m_dir->filePath(QStringLiteral("keychain-home"));
    QDir().mkpath(home);
    return CliRunner::keychainEnvironment(home, m_dir->filePath(QStringLiteral("none")));
}

CliResult TestCliMariaDb::larder(const QStringList& commandLine, const QProcessEnvironment& env,
                                 const QByteArray& input) const
{
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(env);
    runner.setWorkingDirectory(m_dir->path());
    return runner.run(CliRunner::withConfig(m_config, commandLine), input);
}

QJsonArray TestCliMariaDb::history(const QProcessEnvironment& env) const
{
    const CliResult listed = larder(
        {QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")},
        env);
    return QJsonDocument::fromJson(listed.out).array();
}

void TestCliMariaDb::aRunMixesEnginesAndAStoppedServerFailsOnlyItsJob()
{
    writeConfig(configText(true));
    const CliResult run = larder({QStringLiteral("run")}, cronEnvironment());
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe())); // one job failed
    const QString all = run.outText() + run.errText();
    QVERIFY2(all.contains(QStringLiteral("lost")) && all.contains(QStringLiteral("Can't connect")),
             qPrintable(run.describe()));

    QHash<QString, QJsonObject> byJob;
    for (const QJsonValue& row : history(cronEnvironment()))
        byJob.insert(row.toObject().value(QStringLiteral("job")).toString(), row.toObject());
    for (const QString& job : {QStringLiteral("crm"), QStringLiteral("wiki"), QStringLiteral("maria.shop"),
                               QStringLiteral("maria.blog"), QStringLiteral("maria.globals")}) {
        const QJsonObject row = byJob.value(job);
        QVERIFY2(row.value(QStringLiteral("status")).toString() == QLatin1String("success"),
                 qPrintable(job + QStringLiteral(": ") + QString::fromUtf8(QJsonDocument(row).toJson())));
        const QString path = row.value(QStringLiteral("path")).toString();
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QString extension = job == QLatin1String("maria.globals")     ? QStringLiteral(".sql")
                                  : job.startsWith(QLatin1String("maria.")) ? QStringLiteral(".sql.gz")
                                                                            : QStringLiteral(".dump");
        QVERIFY2(path.endsWith(extension), qPrintable(path));
    }
    QCOMPARE(byJob.value(QStringLiteral("lost")).value(QStringLiteral("status")).toString(),
             QStringLiteral("failed"));
    QVERIFY(
        !byJob.value(QStringLiteral("wiki")).value(QStringLiteral("server_version")).toString().isEmpty());
    QVERIFY(byJob.value(QStringLiteral("maria.blog"))
                .value(QStringLiteral("dump_tool_version"))
                .toString()
                .startsWith(QStringLiteral("mariadb-dump")));
    // max_parallel = 1 on maria: its two dumps one after the other.
    const auto at = [&byJob](const QString& job, const char* key) {
        return QDateTime::fromString(byJob.value(job).value(QLatin1String(key)).toString(),
                                     Qt::ISODateWithMs);
    };
    const bool shopFirst =
        at(QStringLiteral("maria.shop"), "started") < at(QStringLiteral("maria.blog"), "started");
    const QString first = shopFirst ? QStringLiteral("maria.shop") : QStringLiteral("maria.blog");
    const QString second = shopFirst ? QStringLiteral("maria.blog") : QStringLiteral("maria.shop");
    QVERIFY2(at(first, "finished") <= at(second, "started"), "the MariaDB server's limit of one dump held");

    // The users and grants are replayed by a person, never by larder restore.
    const CliResult globals = larder({QStringLiteral("restore"), QStringLiteral("maria.globals"),
                                      QStringLiteral("--to"), QStringLiteral("elsewhere")},
                                     cronEnvironment());
    QCOMPARE(globals.exitCode, 64);
    QVERIFY2(globals.errText().contains(QStringLiteral("users and grants")) &&
                 globals.errText().contains(QStringLiteral("mariadb < DUMP")),
             qPrintable(globals.describe()));

    // Every dump reads to its end.
    const CliResult verify = larder({QStringLiteral("verify"), QStringLiteral("crm"), QStringLiteral("wiki"),
                                     QStringLiteral("maria.shop"), QStringLiteral("maria.blog")},
                                    cronEnvironment());
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    // A cut MariaDB dump does not.
    const QString shop = byJob.value(QStringLiteral("maria.shop")).value(QStringLiteral("path")).toString();
    QFile file(shop);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() - 30));
    file.close();
    const CliResult cut = larder({QStringLiteral("verify"), QStringLiteral("maria.shop")}, cronEnvironment());
    QVERIFY2(cut.exitCode != 0, qPrintable(cut.describe()));
    QVERIFY2((cut.outText() + cut.errText()).contains(QStringLiteral("cut short")),
             qPrintable(cut.describe()));
}

void TestCliMariaDb::checkAndExplainSpeakOfEachEngine()
{
    writeConfig(configText(false));
    const CliResult check = larder({QStringLiteral("check"), QStringLiteral("--connect")}, cronEnvironment());
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    QVERIFY2(check.outText().contains(QStringLiteral("server maria: MariaDB 10.")),
             qPrintable(check.describe()));
    QVERIFY2(check.outText().contains(QStringLiteral("dumps with /usr/bin/mariadb-dump")),
             qPrintable(check.describe()));
    QVERIFY2(check.outText().contains(QStringLiteral("server one: PostgreSQL")),
             qPrintable(check.describe()));

    const CliResult explain =
        larder({QStringLiteral("plan"), QStringLiteral("--explain"), QStringLiteral("maria.shop")},
               cronEnvironment());
    QVERIFY2(explain.exitCode == 0, qPrintable(explain.describe()));
    QStringList keys;
    for (const QString& line : explain.outText().split(QLatin1Char('\n')))
        keys << line.section(QLatin1Char(' '), 0, 0);
    QVERIFY2(keys.contains(QStringLiteral("engine")) && keys.contains(QStringLiteral("mariadb_dump_args")),
             qPrintable(explain.describe()));
    QVERIFY2(!keys.contains(QStringLiteral("pg_dump_args")) && !keys.contains(QStringLiteral("sslmode")),
             qPrintable(explain.describe()));
    QVERIFY2(explain.outText().contains(QStringLiteral("MariaDB dumps are SQL")),
             qPrintable(explain.describe()));
    QVERIFY2(explain.outText().contains(QStringLiteral("3306")) ||
                 explain.outText().contains(QString::number(m_maria->port())),
             qPrintable(explain.describe()));
}

void TestCliMariaDb::keychain_aKilledRunsPasswordFileIsGoneAfterTheNextRun()
{
    if (qEnvironmentVariable("LARDER_TEST_KEYRING") != QLatin1String("1"))
        QSKIP("needs a private Secret Service: runs as the CTest test tst_climariadb_keychain, under "
              "tests/with-keyring.sh");
    writeConfig(configText(false));
    const QProcessEnvironment env = keychainEnvironment();
    const CliResult set = larder({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("maria")},
                                 env, kMariaPassword.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));

    // A lock that makes mariadb-dump wait at shop.orders, held by a client of root's.
    QProcess blocker;
    blocker.start(QStringLiteral("mariadb"),
                  {QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + m_maria->socketPath(),
                   QStringLiteral("-uroot"), QStringLiteral("-e"),
                   QStringLiteral("LOCK TABLES shop.orders WRITE; SELECT SLEEP(120);")});
    QVERIFY(blocker.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_maria->query(QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                                      "WHERE INFO LIKE 'SELECT SLEEP%'"))
                .value_or(QString()) == QLatin1String("1"),
        20'000);

    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(env);
    runner.setWorkingDirectory(m_dir->path());
    std::unique_ptr<QProcess> run =
        runner.start(CliRunner::withConfig(m_config, {QStringLiteral("run"), QStringLiteral("maria.shop")}));
    const qint64 pid = run->processId();
    // Waiting for the lock: the option file exists, and the password is nowhere else.
    QTRY_VERIFY_WITH_TIMEOUT(
        !secretDirectoriesOf(pid).isEmpty() &&
            m_maria->query(QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                                          "WHERE USER = 'bk' AND STATE LIKE '%lock%'"))
                    .value_or(QString()) == QLatin1String("1"),
        30'000);
    int dumpsSeen = 0;
    for (const TestProcesses::CommandLine& line : TestProcesses::allCommandLines()) {
        QVERIFY2(!line.raw.contains(kMariaPassword.toUtf8()), qPrintable(line.text()));
        QFile environ(QStringLiteral("/proc/%1/environ").arg(line.pid));
        if (environ.open(QIODevice::ReadOnly))
            QVERIFY2(!environ.readAll().contains(kMariaPassword.toUtf8()), qPrintable(line.text()));
        // This test's dump only: others (tst_mariadbengine's) may run beside it against their own server.
        if (line.raw.contains("mariadb-dump") && line.raw.contains("--defaults-file=") &&
            line.raw.contains(QStringLiteral("--port=%1").arg(m_maria->port()).toUtf8()))
            ++dumpsSeen;
    }
    QCOMPARE(dumpsSeen, 1);

    ::kill(pid_t(pid), SIGKILL);
    CliRunner::finish(*run);
    QVERIFY2(!secretDirectoriesOf(pid).isEmpty(), "a run killed with -9 cannot remove its password file");
    blocker.kill();
    blocker.waitForFinished();

    // The next run recovers: the file goes, the attempt is interrupted, the job dumps.
    const CliResult next = larder({QStringLiteral("run"), QStringLiteral("maria.shop")}, env);
    QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
    QVERIFY(secretDirectoriesOf(pid).isEmpty());
    QStringList statuses;
    for (const QJsonValue& row : history(env)) {
        if (row.toObject().value(QStringLiteral("job")).toString() == QLatin1String("maria.shop"))
            statuses << row.toObject().value(QStringLiteral("status")).toString();
    }
    QCOMPARE(statuses, (QStringList{QStringLiteral("success"), QStringLiteral("interrupted")}));
}

QTEST_GUILESS_MAIN(TestCliMariaDb)
#include "tst_climariadb.moc"
