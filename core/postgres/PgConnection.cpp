// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/PgConnection.h"

#include "system/ProcessGroup.h"

#include <QHash>
#include <QProcess>

namespace larder {

PgConnection::PgConnection(ServerConfig server, QString dbname, std::optional<QString> password)
    : m_server(std::move(server)), m_dbname(std::move(dbname)), m_password(std::move(password))
{}

const QStringList& PgConnection::ignoredVariables()
{
    // Where, as whom, with which password and session settings: the config's to say (libpq's list of
    // environment variables, PostgreSQL 15-17).
    static const QStringList variables = {
        QStringLiteral("PGHOST"),
        QStringLiteral("PGHOSTADDR"),
        QStringLiteral("PGPORT"),
        QStringLiteral("PGDATABASE"),
        QStringLiteral("PGUSER"),
        QStringLiteral("PGPASSWORD"),
        QStringLiteral("PGSERVICE"),
        QStringLiteral("PGSERVICEFILE"),
        QStringLiteral("PGOPTIONS"),
        QStringLiteral("PGAPPNAME"),
        QStringLiteral("PGSSLMODE"),
        QStringLiteral("PGREQUIRESSL"),
        QStringLiteral("PGGSSENCMODE"),
        QStringLiteral("PGCONNECT_TIMEOUT"),
        QStringLiteral("PGCLIENTENCODING"),
        QStringLiteral("PGDATESTYLE"),
        QStringLiteral("PGTZ"),
        QStringLiteral("PGGEQO"),
        QStringLiteral("PGTARGETSESSIONATTRS"),
        QStringLiteral("PGLOADBALANCEHOSTS"),
    };
    return variables;
}

void PgConnection::isolateProcessEnvironment()
{
    for (const QString& variable : ignoredVariables())
        qunsetenv(variable.toLatin1().constData());
}

QString PgConnection::applicationNameOf(const QString& job)
{
    constexpr qsizetype kMaxLength = 63;
    QString name = QStringLiteral("larder:") + job;
    for (QChar& c : name) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            c = QLatin1Char('?');
    }
    return name.left(kMaxLength);
}

QList<std::pair<QByteArray, QByteArray>> PgConnection::libpqParameters() const
{
    QList<std::pair<QByteArray, QByteArray>> params;
    // An empty host or user means libpq's default (the local socket, the OS user); with the
    // variables above gone from the environment, nothing else can fill them in.
    if (!m_server.host.isEmpty())
        params.append({"host", m_server.host.toUtf8()});
    params.append({"port", QByteArray::number(m_server.port)});
    if (!m_server.user.isEmpty())
        params.append({"user", m_server.user.toUtf8()});
    params.append({"dbname", m_dbname.toUtf8()});
    if (m_password)
        params.append({"password", m_password->toUtf8()});
    if (!m_server.sslmode.isEmpty())
        params.append({"sslmode", m_server.sslmode.toUtf8()});
    if (m_server.connectTimeoutSeconds > 0)
        params.append({"connect_timeout", QByteArray::number(m_server.connectTimeoutSeconds)});
    params.append({"application_name", m_applicationName.toUtf8()});
    return params;
}

QProcessEnvironment PgConnection::childEnvironment(const QProcessEnvironment& base) const
{
    QProcessEnvironment env = base;
    for (const QString& variable : ignoredVariables())
        env.remove(variable);
    // The same settings as libpqParameters(), under the names libpq reads from the environment.
    static const QHash<QByteArray, QString> variableOf = {
        {"host", QStringLiteral("PGHOST")},
        {"port", QStringLiteral("PGPORT")},
        {"user", QStringLiteral("PGUSER")},
        {"dbname", QStringLiteral("PGDATABASE")},
        {"password", QStringLiteral("PGPASSWORD")},
        {"sslmode", QStringLiteral("PGSSLMODE")},
        {"connect_timeout", QStringLiteral("PGCONNECT_TIMEOUT")},
        {"application_name", QStringLiteral("PGAPPNAME")},
    };
    for (const auto& [key, value] : libpqParameters())
        env.insert(variableOf.value(key), QString::fromUtf8(value));
    return env;
}

void PgConnection::setUpChild(QProcess& process) const
{
    process.setProcessEnvironment(childEnvironment());
    ProcessGroup::setUp(process);
}

} // namespace larder
