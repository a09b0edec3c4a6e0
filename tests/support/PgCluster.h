// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <initializer_list>
#include <memory>

// A real, throwaway PostgreSQL cluster for tests: initdb into a temp dir, a free loopback port,
// scram-sha-256 password auth over TCP, trust over its private unix socket. As root, the server
// runs as the "postgres" user (initdb refuses root). Stopped and removed on destruction.
class PgCluster final
{
    Q_DISABLE_COPY_MOVE(PgCluster)

public:
    ~PgCluster();

    static larder::Result<std::unique_ptr<PgCluster>> start();
    // Starts a cluster into each of clusters, in order, up to the first that fails: the fixture of a
    // test with more than one server in one check.
    static larder::Result<void> startEach(std::initializer_list<std::unique_ptr<PgCluster>*> clusters);

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString superuser() const { return QStringLiteral("postgres"); }
    QString superPassword() const { return m_superPassword; }
    QString socketDir() const;
    QString binDir() const; // directory of initdb/pg_ctl/psql used

    // SQL as the superuser over the unix socket through psql (-X -v ON_ERROR_STOP=1 -At).
    larder::Result<QString> query(const QString& dbname, const QString& sql) const;
    larder::Result<void> execute(const QString& dbname, const QString& sql) const;
    // A LOGIN role with a scram-sha-256 password, and a database it owns.
    larder::Result<void> createRole(const QString& role, const QString& password) const;
    larder::Result<void> createDatabase(const QString& dbname, const QString& owner) const;
    // A pgpass file (mode 0600) with the superuser's password and the given roles' for this cluster.
    larder::Result<void> writePgPass(const QString& path,
                                     const QList<QPair<QString, QString>>& roles = {}) const;
    // A QtSql (QPSQL) connection named name to database as role, with its password, over loopback;
    // added, not opened. Larder's own connections never carry a password (HistoryAddress); a test
    // playing another host or an administrator does.
    QSqlDatabase addSqlConnection(const QString& name, const QString& role, const QString& password,
                                  const QString& database, const QString& options = {}) const;

    larder::Result<void> stop(const QString& mode = QStringLiteral("fast"));
    larder::Result<void> startAgain();
    bool isRunning() const { return m_running; }

    QString dataDir() const;
    QString logPath() const;
    // The last lines of the server log, for error messages.
    QString logTail(int lines = 20) const;

private:
    PgCluster() = default;
    larder::Result<void> startServer();
    larder::Result<QString> runTool(const QString& tool, const QStringList& args, int timeoutMs,
                                    const QByteArray& input = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    int m_port = 0;
    QString m_superPassword;
    bool m_running = false;
};
