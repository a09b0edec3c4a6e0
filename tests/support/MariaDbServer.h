#pragma once

#include "base/Error.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real, throwaway MariaDB server for tests: mariadb-install-db into a temp dir, mariadbd on a free
// loopback port (names not resolved, so accounts are by address) and its own socket, root over the
// socket by unix_socket authentication. As root, the server runs as the "mysql" user (mariadbd
// refuses root). Shut down and removed on destruction.
class MariaDbServer final
{
    Q_DISABLE_COPY_MOVE(MariaDbServer)

public:
    ~MariaDbServer();

    static larder::Result<std::unique_ptr<MariaDbServer>> start();

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString socketPath() const;
    QString version() const { return m_version; }

    // SQL as root over the socket (mariadb -e); the output without column names, tab-separated.
    larder::Result<QString> query(const QString& sql) const;
    // A user that logs in over TCP from 127.0.0.1 with a password, with every privilege.
    larder::Result<void> createUser(const QString& user, const QString& password) const;
    // The end of the server's error log, for failure messages.
    QString logTail(int lines = 20) const;

private:
    MariaDbServer() = default;
    larder::Result<void> install();
    larder::Result<void> startServer();
    bool ping() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_server;
    int m_port = 0;
    QString m_version;
};
