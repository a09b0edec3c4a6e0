// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "history/HistoryAddress.h"

#include "base/Sha256.h"
#include "system/HostIdentity.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace larder {

namespace {

// libpq parameters a URL may set; anything else (host, password, options that run SQL) is refused.
const QStringList& allowedParameters()
{
    static const QStringList names = {
        QStringLiteral("application_name"), QStringLiteral("connect_timeout"),
        QStringLiteral("sslcert"),          QStringLiteral("sslcrl"),
        QStringLiteral("sslkey"),           QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),      QStringLiteral("target_session_attrs"),
    };
    return names;
}

// QPSQL joins the options with ';' and hands them to libpq as key=value: a value must not be able to
// end its option or add one.
bool isPlainValue(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.,/:@+-]+$"));
    return plain.match(value).hasMatch();
}

} // namespace

bool HistoryAddress::isUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

QString HistoryAddress::localStatePath(const QString& history)
{
    if (!isUrl(history))
        return QDir::cleanPath(QFileInfo(history).absoluteFilePath());
    const QByteArray hash = Sha256::hash(history.toUtf8()).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/larder/shared-history-") + QString::fromLatin1(hash);
}

QSqlDatabase HistoryAddress::addConnection(const QString& connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setDatabaseName(m_database);
    db.setConnectOptions(m_connectOptions);
    return db;
}

Result<HistoryAddress> HistoryAddress::parse(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!isUrl(url) || !parsed.isValid()) {
        return makeError(tr("history %1 is not a PostgreSQL URL: write it as "
                            "postgresql://USER@HOST:PORT/DATABASE")
                             .arg(url));
    }
    HistoryAddress address;
    address.m_display = parsed.toString(QUrl::RemovePassword);
    if (!parsed.password().isEmpty()) {
        return makeError(tr("history %1 holds a password: take it out of the URL and put it in ~/.pgpass "
                            "(or the file PGPASSFILE names), so that it never shows in the config, plans "
                            "or logs")
                             .arg(address.m_display));
    }
    address.m_host = parsed.host();
    address.m_port = parsed.port(5432);
    address.m_user = parsed.userName();
    address.m_database = parsed.path().mid(1);
    if (address.m_host.isEmpty() || address.m_user.isEmpty() || address.m_database.isEmpty() ||
        address.m_database.contains(QLatin1Char('/'))) {
        return makeError(tr("history %1 must name a user, a host and a database: "
                            "postgresql://USER@HOST:PORT/DATABASE")
                             .arg(address.m_display));
    }
    QStringList options;
    bool applicationName = false;
    bool connectTimeout = false;
    for (const auto& [key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        if (!allowedParameters().contains(key)) {
            return makeError(
                tr("history %1: parameter %2 is not one larder passes on; it takes %3")
                    .arg(address.m_display, key, allowedParameters().join(QStringLiteral(", "))));
        }
        if (!isPlainValue(value)) {
            return makeError(
                tr("history %1: the value of %2 may only hold letters, digits and _ . , / : @ + -")
                    .arg(address.m_display, key));
        }
        applicationName = applicationName || key == QLatin1String("application_name");
        connectTimeout = connectTimeout || key == QLatin1String("connect_timeout");
        options.append(key + QLatin1Char('=') + value);
    }
    // Named in pg_stat_activity (and so in "another host holds the run lock"); and a host that cannot
    // reach the history gives up rather than hang its cron run.
    if (!applicationName)
        options.append(QStringLiteral("application_name=larder@") + HostIdentity::current());
    if (!connectTimeout)
        options.append(QStringLiteral("connect_timeout=10"));
    address.m_connectOptions = options.join(QLatin1Char(';'));
    return address;
}

} // namespace larder
