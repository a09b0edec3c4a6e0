// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbConnection.h"

#include "system/SecretFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace larder {

MariaDbConnection::MariaDbConnection(ServerConfig server, std::optional<QString> password)
    : m_server(std::move(server)), m_password(std::move(password))
{}

MariaDbConnection::~MariaDbConnection() = default;

Result<void> MariaDbConnection::open()
{
    if (!m_password || m_optionFile)
        return {};
    auto file =
        SecretFile::create(QStringLiteral("client.cnf"), optionFileContent(*m_password, clientOptionFiles()));
    if (!file)
        return makeError(tr("cannot hand the password of server %1 to the MariaDB client: %2")
                             .arg(m_server.name, file.error().message));
    m_optionFile = std::move(*file);
    return {};
}

QString MariaDbConnection::optionFilePath() const
{
    return m_optionFile ? m_optionFile->path() : QString();
}

QStringList MariaDbConnection::arguments() const
{
    QStringList args;
    if (m_optionFile)
        args << QStringLiteral("--defaults-file=") + m_optionFile->path();
    // A path is a socket; "localhost" (or no host) is the client's own choice: its default socket.
    if (m_server.host.startsWith(QLatin1Char('/'))) {
        args << QStringLiteral("--socket=") + m_server.host;
    } else if (!m_server.host.isEmpty()) {
        args << QStringLiteral("--host=") + m_server.host;
    }
    args << QStringLiteral("--port=%1").arg(m_server.port);
    if (!m_server.user.isEmpty())
        args << QStringLiteral("--user=") + m_server.user;
    return args;
}

QStringList MariaDbConnection::ignoredVariables()
{
    // MYSQL_PWD hands a password through the environment; the others pick another server.
    return {QStringLiteral("MYSQL_PWD"), QStringLiteral("MYSQL_HOST"), QStringLiteral("MYSQL_TCP_PORT"),
            QStringLiteral("MYSQL_UNIX_PORT")};
}

QProcessEnvironment MariaDbConnection::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : ignoredVariables())
        env.remove(name);
    return env;
}

QByteArray MariaDbConnection::optionFileContent(const QString& password, const QStringList& includes)
{
    QByteArray text = "# Written by larder for one run of a MariaDB client tool; removed when it exits.\n";
    for (const QString& include : includes)
        text += "!include " + QFile::encodeName(include) + '\n';
    QByteArray escaped;
    for (const char c : password.toUtf8()) {
        switch (c) {
        case '\\':
            escaped += "\\\\";
            break;
        case '"':
            escaped += "\\\"";
            break;
        case '\n':
            escaped += "\\n";
            break;
        case '\r':
            escaped += "\\r";
            break;
        case '\t':
            escaped += "\\t";
            break;
        default:
            escaped += c;
        }
    }
    text += "[client]\npassword=\"" + escaped + "\"\n";
    return text;
}

QStringList MariaDbConnection::clientOptionFiles()
{
    // What `mariadb --help` lists as read by default, in its order (MariaDB 10.11, MySQL 8).
    const QStringList candidates = {QStringLiteral("/etc/my.cnf"), QStringLiteral("/etc/mysql/my.cnf"),
                                    QDir::homePath() + QStringLiteral("/.my.cnf")};
    QStringList existing;
    for (const QString& path : candidates) {
        if (QFileInfo(path).isReadable())
            existing << path;
    }
    return existing;
}

QString MariaDbConnection::hintFor(const QString& clientError, const ServerConfig& server)
{
    static const QRegularExpression code(QStringLiteral("\\b(1044|1045|1049|1698|2002|2003|2005|2013)\\b"));
    const QRegularExpressionMatch match = code.match(clientError);
    if (!match.hasMatch())
        return QString();
    const int number = match.captured(1).toInt();
    switch (number) {
    case 1045:
    case 1698:
        return tr("store the password of %1 with `larder password set %2`, or in the [client] section of "
                  "~/.my.cnf (mode 0600), and check the user")
            .arg(server.credentialKey(), server.name);
    case 1044:
        return tr("grant the user SELECT, SHOW VIEW, TRIGGER, EVENT and LOCK TABLES on the database");
    case 1049:
        return tr("check the database's name, or remove the job if the database was dropped");
    default:
        return tr("check host and port of server %1 and that the server is running and reachable")
            .arg(server.name);
    }
}

} // namespace larder
