// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "MariaDbServer.h"

#include "FreePort.h"
#include "TestProcesses.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using larder::makeError;
using larder::Result;

namespace {

constexpr int kReadyMs = 60'000;

bool isRoot()
{
    return ::geteuid() == 0;
}

// As root, what the server writes must be the mysql user's.
bool handToMysql(const QString& path)
{
    if (!isRoot())
        return true;
    const passwd* user = ::getpwnam("mysql");
    return user && ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}

// The program and its arguments, run as the mysql user when this is root, with its temporary files
// in tmp (the test's TMPDIR is not the mysql user's to write).
QStringList asServerUser(const QString& program, const QStringList& arguments, const QString& tmp)
{
    const QStringList command =
        QStringList{QStringLiteral("env"), QStringLiteral("TMPDIR=") + tmp, program} + arguments;
    if (!isRoot())
        return command;
    return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("mysql"),
                       QStringLiteral("--")} +
           command;
}

} // namespace

MariaDbServer::~MariaDbServer()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    // A clean shutdown over the socket; killed if it does not come.
    TestProcesses::runTool(QStringLiteral("mariadb-admin"),
                           {QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + socketPath(),
                            QStringLiteral("-uroot"), QStringLiteral("shutdown")},
                           {}, 30'000);
    if (!m_server.waitForFinished(30'000)) {
        m_server.kill();
        m_server.waitForFinished(5'000);
    }
}

Result<std::unique_ptr<MariaDbServer>> MariaDbServer::start()
{
    std::unique_ptr<MariaDbServer> server(new MariaDbServer);
    server->m_dir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-mariadb-XXXXXX"));
    if (!server->m_dir->isValid())
        return makeError(QStringLiteral("could not create a directory under %1").arg(QDir::tempPath()));
    if (const auto installed = server->install(); !installed)
        return makeError(installed.error().message);
    QString lastError;
    for (int attempt = 0; attempt < 6; ++attempt) {
        server->m_port = FreePort::pick();
        if (server->m_port == 0)
            return makeError(QStringLiteral("no free loopback port found in 20000-40000"));
        const auto started = server->startServer();
        if (started)
            return server;
        lastError = started.error().message;
    }
    return makeError(lastError);
}

QString MariaDbServer::socketPath() const
{
    return m_dir->filePath(QStringLiteral("mysqld.sock"));
}

Result<void> MariaDbServer::install()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString tmp = m_dir->filePath(QStringLiteral("tmp"));
    if (!QDir().mkpath(data) || !QDir().mkpath(tmp) || !handToMysql(m_dir->path()) || !handToMysql(data) ||
        !handToMysql(tmp))
        return makeError(QStringLiteral("could not prepare %1 for the mysql user: does it exist?").arg(data));
    QFile::setPermissions(m_dir->path(),
                          QFile::permissions(m_dir->path()) | QFile::ExeOther | QFile::ReadOther);
    const QStringList command = asServerUser(
        QStringLiteral("mariadb-install-db"),
        {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
         QStringLiteral("--auth-root-authentication-method=socket"), QStringLiteral("--skip-test-db")},
        tmp);
    const TestProcesses::ToolResult installed =
        TestProcesses::runTool(command.first(), command.mid(1), m_dir->path());
    if (!installed.ok)
        return makeError(QStringLiteral("mariadb-install-db failed: %1").arg(installed.output.trimmed()));
    return {};
}

Result<void> MariaDbServer::startServer()
{
    const QStringList command = asServerUser(
        QStringLiteral("mariadbd"),
        {QStringLiteral("--no-defaults"),
         QStringLiteral("--datadir=") + m_dir->filePath(QStringLiteral("data")),
         QStringLiteral("--socket=") + socketPath(), QStringLiteral("--port=") + QString::number(m_port),
         QStringLiteral("--bind-address=127.0.0.1"), QStringLiteral("--skip-name-resolve"),
         QStringLiteral("--pid-file=") + m_dir->filePath(QStringLiteral("mysqld.pid")),
         QStringLiteral("--log-error=") + m_dir->filePath(QStringLiteral("error.log")),
         QStringLiteral("--skip-log-bin"), QStringLiteral("--innodb-flush-log-at-trx-commit=0")},
        m_dir->filePath(QStringLiteral("tmp")));
    m_server.setProcessEnvironment(TestProcesses::cleanToolEnvironment());
    m_server.setWorkingDirectory(m_dir->path());
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(command.first(), command.mid(1));
    if (!m_server.waitForStarted(10'000))
        return makeError(QStringLiteral("could not start mariadbd: %1").arg(m_server.errorString()));
    const bool ready =
        QTest::qWaitFor([this] { return m_server.state() != QProcess::Running || ping(); }, kReadyMs);
    if (!ready || m_server.state() != QProcess::Running) {
        m_server.kill();
        m_server.waitForFinished(5'000);
        return makeError(
            QStringLiteral("mariadbd on port %1 did not come up:\n%2").arg(m_port).arg(logTail()));
    }
    const Result<QString> version = query(QStringLiteral("SELECT VERSION()"));
    if (!version)
        return makeError(version.error().message);
    m_version = *version;
    return {};
}

bool MariaDbServer::ping() const
{
    return TestProcesses::runTool(QStringLiteral("mariadb-admin"),
                                  {QStringLiteral("--no-defaults"),
                                   QStringLiteral("--socket=") + socketPath(), QStringLiteral("-uroot"),
                                   QStringLiteral("ping")},
                                  {}, 10'000)
        .ok;
}

Result<QString> MariaDbServer::query(const QString& sql) const
{
    const TestProcesses::ToolResult result =
        TestProcesses::runTool(QStringLiteral("mariadb"),
                               {QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + socketPath(),
                                QStringLiteral("--default-character-set=utf8mb4"), QStringLiteral("-uroot"),
                                QStringLiteral("-N"), QStringLiteral("-B"), QStringLiteral("-e"), sql});
    if (!result.ok)
        return makeError(QStringLiteral("mariadb -e failed: %1").arg(result.output.trimmed()));
    return result.output.trimmed();
}

Result<void> MariaDbServer::createUser(const QString& user, const QString& password) const
{
    QString quoted = password;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    const auto created = query(QStringLiteral("CREATE USER '%1'@'127.0.0.1' IDENTIFIED BY '%2'; "
                                              "GRANT ALL ON *.* TO '%1'@'127.0.0.1'")
                                   .arg(user, quoted));
    if (!created)
        return makeError(created.error().message);
    return {};
}

Result<void> MariaDbServer::createShop() const
{
    const auto created = query(QStringLiteral(
        "CREATE DATABASE shop CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; USE shop; "
        "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(80) NOT NULL) ENGINE=InnoDB; "
        "CREATE TABLE orders (id INT PRIMARY KEY, customer INT NOT NULL, total DECIMAL(10,2), note TEXT, "
        "  FOREIGN KEY (customer) REFERENCES customers(id)) ENGINE=InnoDB; "
        "CREATE TABLE files (id INT PRIMARY KEY, content LONGBLOB) ENGINE=InnoDB; "
        "CREATE TABLE events_seen (id INT AUTO_INCREMENT PRIMARY KEY, what VARCHAR(40)) ENGINE=InnoDB; "
        "CREATE TABLE empty_one (id INT PRIMARY KEY) ENGINE=InnoDB; "
        "CREATE TABLE big (id INT PRIMARY KEY, v VARCHAR(40)) ENGINE=InnoDB; "
        "INSERT INTO customers VALUES (1, 'Zoë 😀 ; DROP DATABASE x; USE other_db; Ünal'), (2, '李小龍'), "
        "  (3, 'O''Brien \\\\ \"q\" `x`'); "
        "INSERT INTO orders SELECT seq, 1 + seq % 3, seq * 1.25, CONCAT('note ', seq, ' 🚀 (a),(b);') "
        "  FROM seq_1_to_2000; "
        "INSERT INTO files VALUES (1, UNHEX('00FF10E29C93000D0A1A5C27')), (2, RANDOM_BYTES(4096)); "
        "INSERT INTO big SELECT seq, MD5(seq) FROM seq_1_to_100000; "
        "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 1000; "
        "CREATE TRIGGER orders_seen AFTER INSERT ON orders FOR EACH ROW "
        "  INSERT INTO events_seen (what) VALUES (CONCAT('order ', NEW.id)); "
        "CREATE PROCEDURE count_orders(OUT n INT) SELECT COUNT(*) INTO n FROM orders; "
        "CREATE EVENT nightly ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM events_seen;"));
    if (!created)
        return makeError(created.error().message);
    return {};
}

QString MariaDbServer::tableChecksums(const QString& database) const
{
    const Result<QString> tables =
        query(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '%1' AND "
                             "TABLE_TYPE = 'BASE TABLE' ORDER BY 1")
                  .arg(database));
    if (!tables)
        return tables.error().message;
    QStringList lines;
    for (const QString& table : tables->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto count = query(QStringLiteral("SELECT COUNT(*) FROM `%1`.`%2`").arg(database, table));
        const auto sum = query(QStringLiteral("CHECKSUM TABLE `%1`.`%2`").arg(database, table));
        lines << table + QLatin1Char(' ') + count.value_or(QStringLiteral("?")) + QLatin1Char(' ') +
                     sum.value_or(QStringLiteral("?")).section(QLatin1Char('\t'), 1);
    }
    return lines.join(QLatin1Char('\n'));
}

QString MariaDbServer::logTail(int lines) const
{
    QFile log(m_dir->filePath(QStringLiteral("error.log")));
    if (!log.open(QIODevice::ReadOnly))
        return QStringLiteral("(no error log)");
    const QStringList all = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}
