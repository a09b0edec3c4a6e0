// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbRestore.h"

#include "base/LogCategories.h"
#include "mariadb/MariaDbConnection.h"
#include "mariadb/MariaDbQuery.h"
#include "mariadb/MariaDbScriptGuard.h"
#include "mariadb/MariaDbScriptReplay.h"
#include "mariadb/MariaDbTools.h"

namespace larder {

namespace {

constexpr int kQueryTimeoutMs = 60'000;
// DROP DATABASE removes every table's files: more than a catalog query's minute.
constexpr int kDropTimeoutMs = 600'000;
constexpr int kMaxNameChars = 64;

QString quoteIdentifier(const QString& name)
{
    return QLatin1Char('`') + QString(name).replace(QLatin1Char('`'), QStringLiteral("``")) +
           QLatin1Char('`');
}

// A string literal for the server, whatever sql_mode says about backslashes.
QString quoteString(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

} // namespace

Result<void> MariaDbRestore::checkOptions(bool clean, int jobs)
{
    if (clean)
        return makeError(
            tr("--clean is for PostgreSQL dumps: a MariaDB dump is a script the mariadb client "
               "replays as it is, and Larder restores it only into a new or empty database. Drop "
               "the database (DROP DATABASE) or restore into another one with --to"));
    if (jobs != 1)
        return makeError(
            tr("--jobs is for PostgreSQL's custom and directory dumps: the mariadb client replays "
               "a MariaDB dump one statement after the other. Leave --jobs out"));
    return {};
}

Result<void> MariaDbRestore::checkDatabaseName(const QString& name)
{
    if (name.isEmpty() || name.size() > kMaxNameChars || name.endsWith(QLatin1Char(' ')) ||
        name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QLatin1Char('.')) || name.contains(QChar(0)))
        return makeError(
            tr("\"%1\" cannot name a MariaDB database: use 1 to 64 characters without '/', '\\', "
               "'.' or a trailing space")
                .arg(name));
    return {};
}

void MariaDbRestore::dropCreated(const MariaDbConnection& connection, const Request& request, Outcome& out,
                                 const Note& note)
{
    // Not interrupted: whatever stopped the replay, the database it created must go.
    const QString where = tr("\"%1\" on %2").arg(request.targetDatabase, request.server.displayName());
    const auto dropped = MariaDbQuery::run(
        connection, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoteIdentifier(request.targetDatabase)),
        QString(), kDropTimeoutMs);
    if (!dropped) {
        out.error->message += QLatin1Char('\n') + tr("database %1, which this restore created, could not be "
                                                     "dropped again: %2")
                                                      .arg(where, dropped.error().message);
        return;
    }
    out.targetTouched = false;
    out.targetDropped = true;
    note(tr("dropped database %1 again: this restore had created it").arg(where));
}

MariaDbRestore::Outcome MariaDbRestore::run(const Request& request,
                                            const std::shared_ptr<std::atomic_bool>& interrupt,
                                            const Note& note)
{
    Outcome out;
    const auto fail = [&out](const QString& message) {
        out.error = Error{message};
        return out;
    };
    const ServerConfig& server = request.server;
    const QString& target = request.targetDatabase;
    if (auto allowed = checkOptions(request.clean, request.jobs); !allowed)
        return fail(allowed.error().message);
    if (auto named = checkDatabaseName(target); !named)
        return fail(named.error().message);
    if (const auto client = MariaDbTools::client())
        out.toolVersion = MariaDbTools::versionText(*client);

    // A first read before anything is created: a dump the guard refuses touches nothing. The replay
    // below reads and checks it again as it streams, so a file changed in between is still checked.
    const auto checked = MariaDbScriptGuard::checkFile(request.dumpPath, interrupt.get());
    if (!checked)
        return fail(checked.error().message);
    note(tr("%1 stays inside the database it is restored into (%n statement(s) checked)", nullptr,
            int(qMin<qint64>(checked->statements, std::numeric_limits<int>::max())))
             .arg(request.dumpPath));

    MariaDbConnection connection(server, request.password);
    if (auto opened = connection.open(); !opened)
        return fail(opened.error().message);
    const auto exists = MariaDbQuery::run(
        connection,
        QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = %1")
            .arg(quoteString(target)),
        QString(), kQueryTimeoutMs, interrupt);
    if (!exists)
        return fail(tr("cannot look up database \"%1\" on %2: %3")
                        .arg(target, server.displayName(), exists.error().message));
    const bool created = exists->value(0).value(0) == QLatin1String("0");
    if (created) {
        const auto created = MariaDbQuery::run(
            connection,
            QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4").arg(quoteIdentifier(target)),
            QString(), kQueryTimeoutMs);
        if (!created)
            return fail(
                tr("cannot create database \"%1\" on %2: %3. Hint: the user needs the CREATE privilege, "
                   "or create the empty database yourself and run the restore again")
                    .arg(target, server.displayName(), created.error().message));
        out.targetTouched = true;
        note(tr("created database \"%1\" on %2").arg(target, server.displayName()));
    } else {
        const QString literal = quoteString(target);
        const auto objects = MariaDbQuery::run(
            connection,
            QStringLiteral(
                "SELECT (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1) + "
                "(SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = %1) + "
                "(SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = %1)")
                .arg(literal),
            QString(), kQueryTimeoutMs, interrupt);
        if (!objects)
            return fail(tr("cannot inspect database \"%1\" on %2: %3")
                            .arg(target, server.displayName(), objects.error().message));
        const QString count = objects->value(0).value(0);
        if (count != QLatin1String("0"))
            return fail(
                tr("database \"%1\" on %2 already exists and is not empty (tables, views, routines or "
                   "events: %3): restore into a new database with another --to, or drop it first; "
                   "the dump's DROP TABLE statements would replace tables of the same names")
                    .arg(target, server.displayName(), count));
        note(tr("database \"%1\" on %2 exists and is empty; restoring into it")
                 .arg(target, server.displayName()));
    }

    out.targetTouched = true;
    qCInfo(lcMariaDb).noquote() << "restoring" << request.dumpPath << "into" << target << "on"
                                << server.displayName();
    const auto replayed = MariaDbScriptReplay::run(connection, target, request.dumpPath, interrupt);
    if (!replayed) {
        fail(replayed.error().message);
        if (created)
            dropCreated(connection, request, out, note);
        return out;
    }
    out.summary = *replayed;
    qint64 rows = 0;
    for (const qint64 tableRows : replayed->rows)
        rows += tableRows;
    note(tr("the dump inserted %1 rows into %n table(s)", nullptr, int(replayed->rows.size())).arg(rows));
    return out;
}

} // namespace larder
