// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// End to end for MariaDB jobs (issue 14): the real larder binary runs a dump, `verify --restore`
// (the engine makes a MariaDbTestRestore) and `restore --to`, against a real mariadbd, with the
// password in the user's own ~/.my.cnf.

#include "CliRunner.h"
#include "MariaDbServer.h"
#include "ResultAssert.h"
#include "TestFiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace larder;

namespace {

const QString kPassword = QStringLiteral("cli-pw-1");
constexpr int kLarderTimeoutMs = 240'000;

} // namespace

class tst_MariaDbCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runVerifyRestoreAndRestore();

private:
    CliResult larder(const QStringList& arguments) const;

    std::unique_ptr<MariaDbServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
};

void tst_MariaDbCli::initTestCase()
{
    auto started = MariaDbServer::start();
    QVERIFY_RESULT(started);
    m_server = std::move(*started);
    QVERIFY_RESULT(m_server->createUser(QStringLiteral("bk"), kPassword));
    QVERIFY_RESULT(m_server->query(QStringLiteral(
        "CREATE DATABASE shop CHARACTER SET utf8mb4; USE shop; "
        "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(80)) ENGINE=InnoDB; "
        "CREATE TABLE orders (id INT PRIMARY KEY, customer INT, FOREIGN KEY (customer) REFERENCES "
        "customers(id)); "
        "INSERT INTO customers VALUES (1, 'Zoë 😀'), (2, 'x; USE mysql; y'); "
        "INSERT INTO orders SELECT seq, 1 + seq % 2 FROM seq_1_to_5000; "
        "CREATE TRIGGER t1 BEFORE INSERT ON orders FOR EACH ROW SET NEW.customer = NEW.customer; "
        "CREATE VIEW v AS SELECT COUNT(*) AS n FROM orders;")));
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-mariadbcli-XXXXXX"));
    QVERIFY(m_dir->isValid());
    // No keychain here: the client's own option file has the password.
    QVERIFY(TestFiles::writePrivateFile(m_dir->filePath(QStringLiteral(".my.cnf")),
                                        QStringLiteral("[client]\npassword=%1\n").arg(kPassword).toUtf8()));
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    const QString text =
        QStringLiteral("[defaults]\n"
                       "dump_dir = \"%1\"\n"
                       "history = \"%2\"\n"
                       "schedule = \"manual\"\n\n"
                       "[servers.maria]\n"
                       "engine = \"mariadb\"\n"
                       "host = \"127.0.0.1\"\n"
                       "port = %3\n"
                       "user = \"bk\"\n"
                       "connect_timeout = 5\n\n"
                       "[databases.shop]\n"
                       "server = \"maria\"\n")
            .arg(m_dir->filePath(QStringLiteral("dumps")), m_dir->filePath(QStringLiteral("history.sqlite")))
            .arg(m_server->port());
    QVERIFY(TestFiles::writePrivateFile(m_config, text.toUtf8()));
}

CliResult tst_MariaDbCli::larder(const QStringList& arguments) const
{
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(CliRunner::hermeticEnvironment(m_dir->path()));
    runner.setWorkingDirectory(m_dir->path());
    return runner.run(CliRunner::withConfig(m_config, arguments), {}, kLarderTimeoutMs);
}

void tst_MariaDbCli::runVerifyRestoreAndRestore()
{
    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("shop")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    const CliResult verify =
        larder({QStringLiteral("verify"), QStringLiteral("--restore"), QStringLiteral("shop")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    const QString said = verify.outText() + verify.errText();
    QVERIFY2(said.contains(QStringLiteral("test-restore ok")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("match the dump")), qPrintable(said));
    QCOMPARE(*m_server->query(QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE "
                                             "SCHEMA_NAME LIKE 'larder\\_verify\\_%'")),
             QStringLiteral("0"));

    const CliResult restore = larder({QStringLiteral("restore"), QStringLiteral("shop"),
                                      QStringLiteral("--to"), QStringLiteral("shop_copy")});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.describe()));
    QCOMPARE(m_server->tableChecksums(QStringLiteral("shop_copy")),
             m_server->tableChecksums(QStringLiteral("shop")));
    QVERIFY(m_server->tableChecksums(QStringLiteral("shop")).contains(QStringLiteral("orders ")));

    const CliResult again = larder({QStringLiteral("restore"), QStringLiteral("shop"), QStringLiteral("--to"),
                                    QStringLiteral("shop_copy")});
    QVERIFY2(again.exitCode != 0, qPrintable(again.describe()));
    QVERIFY2(again.errText().contains(QStringLiteral("is not empty")), qPrintable(again.describe()));

    const CliResult clean = larder({QStringLiteral("restore"), QStringLiteral("shop"), QStringLiteral("--to"),
                                    QStringLiteral("shop_other"), QStringLiteral("--clean")});
    QVERIFY2(clean.exitCode != 0, qPrintable(clean.describe()));
    QVERIFY2(clean.errText().contains(QStringLiteral("--clean is for PostgreSQL dumps")),
             qPrintable(clean.describe()));
    QCOMPARE(*m_server->query(QStringLiteral(
                 "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'shop_other'")),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(tst_MariaDbCli)
#include "tst_mariadbcli.moc"
