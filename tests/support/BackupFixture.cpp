// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "BackupFixture.h"

#include "PgCluster.h"
#include "history/History.h"

#include <QDateTime>

#include <QFile>
#include <QSaveFile>

namespace BackupFixture {

void isolateFromPgEnvironment()
{
    for (const char* name : {"PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSERVICE"})
        qunsetenv(name);
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
}

larder::Result<void> createFilledDatabase(const PgCluster& cluster, const QString& dbname,
                                          const QString& owner, const QString& table, int rows)
{
    return createOwnedDatabase(cluster, dbname, owner, filledTableSql(table, rows));
}

QString filledTableSql(const QString& table, int rows)
{
    return QStringLiteral("CREATE TABLE %1 (id int PRIMARY KEY, body text);\n"
                          "INSERT INTO %1 SELECT g, md5(g::text) FROM generate_series(1, %2) g;\n")
        .arg(table)
        .arg(rows);
}

larder::Result<void> createOwnedDatabase(const PgCluster& cluster, const QString& dbname,
                                         const QString& owner, const QString& sql)
{
    auto made = cluster.createDatabase(dbname, owner);
    if (!made || sql.isEmpty())
        return made;
    return cluster.execute(dbname, QStringLiteral("SET ROLE \"%1\";\n").arg(owner) + sql);
}

larder::Result<void> createRoleWithDatabases(const PgCluster& cluster, const QString& role,
                                             const QString& password,
                                             const QList<QPair<QString, QString>>& databases)
{
    auto made = cluster.createRole(role, password);
    for (auto it = databases.cbegin(); made && it != databases.cend(); ++it)
        made = createOwnedDatabase(cluster, it->first, role, it->second);
    return made;
}

larder::Result<void> writePassFile(const QString& path, const PgCluster& cluster, const QString& role,
                                   const QString& password)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return larder::makeError(QStringLiteral("%1: %2").arg(path, file.errorString()));
    file.write(QStringLiteral("%1:%2:*:%3:%4\n")
                   .arg(cluster.host())
                   .arg(cluster.port())
                   .arg(role, password)
                   .toUtf8());
    file.close();
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return larder::makeError(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return {};
}

QString defaultsSection(const QString& dumpDir, const QString& history, const QString& schedule)
{
    return QStringLiteral("[defaults]\n"
                          "dump_dir = \"%1\"\n"
                          "history = \"%2\"\n"
                          "schedule = \"%3\"\n")
        .arg(dumpDir, history, schedule);
}

QString serverSection(const QString& name, int port, const QString& user)
{
    return QStringLiteral("[servers.%1]\n"
                          "host = \"127.0.0.1\"\n"
                          "port = %2\n"
                          "user = \"%3\"\n")
        .arg(name)
        .arg(port)
        .arg(user);
}

QString configHead(const QString& dumpDir, const QString& history, const QString& schedule, int port,
                   const QString& user)
{
    return defaultsSection(dumpDir, history, schedule) + QLatin1Char('\n') +
           serverSection(QStringLiteral("main"), port, user);
}

larder::Result<void> writeFileAtomically(const QString& path, const QByteArray& contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return larder::makeError(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return {};
}

QString staleAppConfig(const QString& dumpDir, const QString& history)
{
    return defaultsSection(dumpDir, history, QStringLiteral("manual")) +
           QStringLiteral("host = \"127.0.0.1\"\nport = 9\n\n[databases.app]\nmax_age = \"1 hour\"\n");
}

larder::Result<qint64> recordPastSuccess(const QString& historyPath, const QString& job, qint64 secondsAgo)
{
    auto history = larder::History::open(historyPath);
    if (!history)
        return tl::unexpected(history.error());
    larder::HistoryRecord row;
    row.job = job;
    row.server = QStringLiteral("default");
    row.database = job;
    row.startedUtc = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    const auto id = (*history)->beginAttempt(row);
    if (!id)
        return tl::unexpected(id.error());
    row.id = *id;
    row.status = larder::AttemptStatus::Success;
    row.finishedUtc = row.startedUtc.addSecs(30);
    if (auto finished = (*history)->finishAttempt(row); !finished)
        return tl::unexpected(finished.error());
    return row.id;
}

bool keyringMode()
{
    return qEnvironmentVariableIntValue("LARDER_TEST_KEYRING") == 1;
}

bool noKeychainMode()
{
    return qEnvironmentVariableIntValue("LARDER_TEST_NO_KEYCHAIN") == 1;
}

} // namespace BackupFixture
