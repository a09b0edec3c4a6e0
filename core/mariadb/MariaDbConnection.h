// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "config/ServerConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace larder {

class SecretFile;

// The one way Larder reaches a MariaDB (or MySQL) server: through its client tools (mariadb,
// mariadb-dump), given the server on their command line and the password, when the keychain has one,
// in a private option file (SecretFile) named by --defaults-file. That file first includes the
// option files the client reads by itself (/etc/my.cnf, /etc/mysql/my.cnf, ~/.my.cnf), so their
// settings still apply, then sets the password, so that it wins over theirs. Without a keychain
// password there is no file: the client's own option files (~/.my.cnf) decide, as libpq's ~/.pgpass
// does for PostgreSQL. Never on a command line or in an environment, which /proc shows.
class MariaDbConnection final
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbConnection)
    Q_DISABLE_COPY_MOVE(MariaDbConnection)

public:
    MariaDbConnection(ServerConfig server, std::optional<QString> password);
    ~MariaDbConnection();

    // Writes the option file when there is a password. Errors say where it could not be written.
    Result<void> open();
    // For a client tool: --defaults-file first (the tools read it only there), then host or socket,
    // port and user. No connect timeout: mariadb-dump has none (MariaDbQuery adds the client's).
    QStringList arguments() const;
    // Larder's environment without the variables that would send the tool elsewhere or hand it a
    // password (ignoredVariables()).
    static QProcessEnvironment environment();
    static QStringList ignoredVariables();

    const ServerConfig& server() const { return m_server; }
    // Where the option file is while open, for tests; empty without a password.
    QString optionFilePath() const;

    // The option file's text: includes, then [client] password="..." with \ and " escaped.
    static QByteArray optionFileContent(const QString& password, const QStringList& includes);
    // The client's own option files that exist, in the order it reads them.
    static QStringList clientOptionFiles();
    // What to do about a client's error text (access denied, cannot connect, unknown database);
    // empty when Larder has nothing to add.
    static QString hintFor(const QString& clientError, const ServerConfig& server);

private:
    ServerConfig m_server;
    std::optional<QString> m_password;
    std::unique_ptr<SecretFile> m_optionFile;
};

} // namespace larder
