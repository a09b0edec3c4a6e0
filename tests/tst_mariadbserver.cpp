// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The MariaDB fixture the MariaDB engine's tests stand on (issue 14): a real mariadbd from the
// Debian packages, a password user over TCP that a wrong password cannot pass, and mariadb-dump
// reading a database through a private option file (never a password on the command line).

#include "MariaDbServer.h"
#include "ResultAssert.h"
#include "TestProcesses.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestMariaDbServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aPasswordUserLogsInOverTcpAndAWrongPasswordDoesNot();
    void mariadbDumpReadsADatabaseThroughAnOptionFile();

private:
    // mariadb (or mariadb-dump) as user over TCP, the password in a 0600 option file.
    TestProcesses::ToolResult asUser(const QString& tool, const QString& password,
                                     const QStringList& arguments);

    std::unique_ptr<MariaDbServer> m_server;
    QTemporaryDir m_dir;
};

void TestMariaDbServer::initTestCase()
{
    for (const char* tool : {"mariadbd", "mariadb-install-db", "mariadb", "mariadb-dump"})
        QVERIFY2(
            !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty() ||
                QFile::exists(QStringLiteral("/usr/sbin/") + QLatin1String(tool)),
            qPrintable(
                QStringLiteral("%1 is not installed (scripts/lib.sh installs it)").arg(QLatin1String(tool))));
    QVERIFY(m_dir.isValid());
    auto started = MariaDbServer::start();
    QVERIFY_RESULT(started);
    m_server = std::move(*started);
    QVERIFY2(m_server->version().contains(QStringLiteral("MariaDB")), qPrintable(m_server->version()));
    QVERIFY_RESULT(m_server->createUser(QStringLiteral("larder"), QStringLiteral("it's-a-secret")));
}

TestProcesses::ToolResult TestMariaDbServer::asUser(const QString& tool, const QString& password,
                                                    const QStringList& arguments)
{
    const QString options = m_dir.filePath(QStringLiteral("client.cnf"));
    QFile file(options);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write("[client]\npassword=\"" + password.toUtf8() + "\"\n");
    file.close();
    return TestProcesses::runTool(tool, QStringList{QStringLiteral("--defaults-extra-file=") + options,
                                                    QStringLiteral("--protocol=TCP"), QStringLiteral("-h"),
                                                    m_server->host(), QStringLiteral("-P"),
                                                    QString::number(m_server->port()), QStringLiteral("-u"),
                                                    QStringLiteral("larder")} +
                                            arguments);
}

void TestMariaDbServer::aPasswordUserLogsInOverTcpAndAWrongPasswordDoesNot()
{
    const auto in =
        asUser(QStringLiteral("mariadb"), QStringLiteral("it's-a-secret"),
               {QStringLiteral("-N"), QStringLiteral("-e"), QStringLiteral("SELECT CURRENT_USER()")});
    QVERIFY2(in.ok, qPrintable(in.output));
    QCOMPARE(in.output.trimmed(), QStringLiteral("larder@127.0.0.1"));
    const auto out = asUser(QStringLiteral("mariadb"), QStringLiteral("wrong"),
                            {QStringLiteral("-e"), QStringLiteral("SELECT 1")});
    QVERIFY(!out.ok);
    QVERIFY2(out.output.contains(QStringLiteral("Access denied for user 'larder'@'127.0.0.1'")),
             qPrintable(out.output));
}

void TestMariaDbServer::mariadbDumpReadsADatabaseThroughAnOptionFile()
{
    QVERIFY_RESULT(m_server->query(
        QStringLiteral("CREATE DATABASE shop; USE shop; CREATE TABLE shop.orders (id INT PRIMARY KEY, note "
                       "VARCHAR(40)) ENGINE=InnoDB; "
                       "INSERT INTO shop.orders SELECT seq, CONCAT('order ', seq) FROM seq_1_to_500")));
    QCOMPARE(*m_server->query(QStringLiteral("SELECT COUNT(*) FROM shop.orders")), QStringLiteral("500"));
    const auto dumped = asUser(QStringLiteral("mariadb-dump"), QStringLiteral("it's-a-secret"),
                               {QStringLiteral("--single-transaction"), QStringLiteral("shop")});
    QVERIFY2(dumped.ok, qPrintable(dumped.output.left(2000)));
    QVERIFY(dumped.output.contains(QStringLiteral("CREATE TABLE `orders`")));
    QVERIFY(dumped.output.contains(QStringLiteral("(500,'order 500')")));
    QVERIFY(dumped.output.contains(QStringLiteral("-- Dump completed")));
}

QTEST_GUILESS_MAIN(TestMariaDbServer)
#include "tst_mariadbserver.moc"
