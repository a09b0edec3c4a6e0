// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbQuery.h"

#include "base/LogCategories.h"
#include "mariadb/MariaDbConnection.h"
#include "mariadb/MariaDbTools.h"
#include "system/ProcessGroup.h"

namespace larder {

Result<QList<QStringList>> MariaDbQuery::run(const MariaDbConnection& connection, const QString& sql,
                                             const QString& database, int statementTimeoutMs,
                                             const std::shared_ptr<std::atomic_bool>& interrupt)
{
    const ServerConfig& server = connection.server();
    const Result<QString> client = MariaDbTools::client();
    if (!client)
        return tl::unexpected(client.error());
    const QStringList args =
        connection.arguments() +
        QStringList{QStringLiteral("--connect-timeout=%1").arg(server.connectTimeoutSeconds),
                    QStringLiteral("--batch"), QStringLiteral("--skip-column-names"),
                    QStringLiteral("--execute=") + sql} +
        (database.isEmpty() ? QStringList() : QStringList{QStringLiteral("--database=") + database});
    const int timeoutMs = server.connectTimeoutSeconds * 1000 + statementTimeoutMs;
    qCDebug(lcMariaDb).noquote() << "asking" << server.displayName() << sql;
    const auto output =
        ProcessGroup::run(*client, args, timeoutMs, interrupt, MariaDbConnection::environment());
    if (!output)
        return tl::unexpected(output.error());
    if (output->crashed || output->exitCode != 0) {
        const QString words = QString::fromLocal8Bit(output->standardError).trimmed();
        const QString hint = MariaDbConnection::hintFor(words, server);
        const QString said =
            words.isEmpty() ? tr("the client exited with code %1").arg(output->exitCode) : words;
        return makeError(hint.isEmpty() ? said : tr("%1: %2").arg(said, hint));
    }
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(output->standardOutput);
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList columns;
        for (const QString& column : line.split(QLatin1Char('\t')))
            columns << unescape(column);
        rows << columns;
    }
    return rows;
}

QString MariaDbQuery::unescape(const QString& column)
{
    QString result;
    result.reserve(column.size());
    for (qsizetype i = 0; i < column.size(); ++i) {
        const QChar c = column.at(i);
        if (c != QLatin1Char('\\') || i + 1 == column.size()) {
            result += c;
            continue;
        }
        const QChar next = column.at(++i);
        if (next == QLatin1Char('t'))
            result += QLatin1Char('\t');
        else if (next == QLatin1Char('n'))
            result += QLatin1Char('\n');
        else if (next == QLatin1Char('0'))
            result += QChar(0);
        else
            result += next;
    }
    return result;
}

} // namespace larder
