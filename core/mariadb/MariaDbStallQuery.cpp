// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbStallQuery.h"

#include "base/LogCategories.h"
#include "mariadb/MariaDbConnection.h"
#include "mariadb/MariaDbQuery.h"

namespace larder {

namespace {

constexpr int kStatementTimeoutMs = 10'000;
constexpr int kOthersShown = 3;

} // namespace

QString MariaDbStallQuery::ask(const ServerConfig& server, const std::optional<QString>& password,
                               const QString& dbname)
{
    MariaDbConnection connection(server, password);
    if (!connection.open())
        return QString();
    // mariadb-dump's own queries start with this comment; the database by hex, so no quoting is needed.
    const QString db = QString::fromLatin1(dbname.toUtf8().toHex());
    const QString sql =
        QStringLiteral("SELECT ID, IFNULL(STATE, ''), TIME, 'dump' FROM information_schema.PROCESSLIST "
                       "WHERE DB = UNHEX('%1') AND ID <> CONNECTION_ID() AND INFO LIKE 'SELECT /*!40001 "
                       "SQL_NO_CACHE */%' "
                       "UNION ALL "
                       "SELECT ID, USER, COMMAND, TIME FROM information_schema.PROCESSLIST "
                       "WHERE DB = UNHEX('%1') AND ID <> CONNECTION_ID() AND IFNULL(INFO, '') NOT LIKE "
                       "'SELECT /*!40001 SQL_NO_CACHE */%' ORDER BY 3 DESC")
            .arg(db);
    const auto rows = MariaDbQuery::run(connection, sql, QString(), kStatementTimeoutMs);
    if (!rows) {
        qCDebug(lcMariaDb).noquote() << "cannot ask" << server.displayName()
                                     << "why a dump stalls:" << rows.error().message;
        return QString();
    }
    QStringList dump;
    QList<QStringList> others;
    for (const QStringList& row : *rows) {
        if (row.value(3) == QLatin1String("dump") && dump.isEmpty())
            dump = row;
        else if (row.value(3) != QLatin1String("dump"))
            others << row;
    }
    return describe(dump, others);
}

QString MariaDbStallQuery::describe(const QStringList& dump, const QList<QStringList>& others)
{
    const QString state = dump.value(1);
    // Sending rows is work, not a wait; no row: the dump is between tables or not connected.
    if (dump.isEmpty() || state.isEmpty() || state.startsWith(QLatin1String("Sending")))
        return QString();
    QStringList around;
    for (const QStringList& other : others.mid(0, kOthersShown))
        around << tr("%1 (user %2, %3 for %4 s)")
                      .arg(other.value(0), other.value(1), other.value(2), other.value(3));
    const QString words = tr("%1 for %2 s (connection %3)")
                              .arg(state.left(1).toLower() + state.mid(1), dump.value(2), dump.value(0));
    return around.isEmpty()
               ? words
               : tr("%1; also in the database: %2").arg(words, around.join(QStringLiteral(", ")));
}

} // namespace larder
