// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
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
    // The database "shop" that the dump, restore and test-restore tests share, so that each dumps the
    // same hard cases: UTF-8 and text with quotes, backslashes, backticks and statements in it, binary
    // rows, a foreign key, 100000 rows in "big", an empty table, a view, a trigger, a routine and an event.
    larder::Result<void> createShop() const;
    // A database's base tables, a line each: name, row count and CHECKSUM TABLE ("?" where a query
    // failed), to compare a restored copy with its source as one text.
    QString tableChecksums(const QString& database) const;
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
