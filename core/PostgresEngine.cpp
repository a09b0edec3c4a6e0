#include "PostgresEngine.h"

#include "LogCategories.h"
#include "PgDumpAllTask.h"
#include "PgDumpTask.h"
#include "PgSession.h"

#include <libpq-fe.h>

#include <memory>
#include <vector>

namespace larder {

namespace {

struct ConnectionCloser
{
    void operator()(PGconn* connection) const { PQfinish(connection); }
};

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// libpq's message, trimmed to its first lines and with the password masked should it ever appear.
QString cleanMessage(const char* raw, const std::optional<QString>& password)
{
    QString message = QString::fromUtf8(raw).trimmed();
    message.replace(QLatin1Char('\n'), QLatin1String("; "));
    message = message.simplified();
    if (password && password->size() >= 3)
        message.replace(*password, QStringLiteral("***"));
    return message;
}

} // namespace

Result<ServerInfo> PostgresEngine::probe(const ServerConfig& server, const QString& dbname,
                                         const std::optional<QString>& password)
{
    // Held as bytes for the call: PQconnectdbParams takes char pointers.
    std::vector<std::pair<QByteArray, QByteArray>> params;
    if (!server.host.isEmpty())
        params.emplace_back("host", server.host.toUtf8());
    params.emplace_back("port", QByteArray::number(server.port));
    if (!server.user.isEmpty())
        params.emplace_back("user", server.user.toUtf8());
    params.emplace_back("dbname", dbname.toUtf8());
    if (password)
        params.emplace_back("password", password->toUtf8());
    if (!server.sslmode.isEmpty())
        params.emplace_back("sslmode", server.sslmode.toUtf8());
    if (server.connectTimeoutSeconds > 0)
        params.emplace_back("connect_timeout", QByteArray::number(server.connectTimeoutSeconds));
    params.emplace_back("application_name", "larder");

    std::vector<const char*> keys;
    std::vector<const char*> values;
    for (const auto& [key, value] : params) {
        keys.push_back(key.constData());
        values.push_back(value.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);

    qCDebug(lcEngine) << "probing" << server.displayName() << "database" << dbname;
    const std::unique_ptr<PGconn, ConnectionCloser> connection(
        PQconnectdbParams(keys.data(), values.data(), /*expand_dbname=*/0));
    if (!connection)
        return makeError(tr("cannot connect to %1: out of memory").arg(server.displayName()));

    if (PQstatus(connection.get()) != CONNECTION_OK) {
        const QString message = cleanMessage(PQerrorMessage(connection.get()), password);
        const QString where = QStringLiteral("%1:%2")
                                  .arg(server.host.isEmpty() ? QStringLiteral("localhost") : server.host)
                                  .arg(server.port);
        QString hint;
        if (containsAny(message, {"password authentication failed", "no password supplied",
                                  "authentication failed", "password is required"})) {
            hint = tr("store the password with `larder password set %1` or in ~/.pgpass").arg(server.name);
        } else if (containsAny(message, {"does not exist"}) && message.contains(QLatin1String("database"))) {
            hint = tr("check the database name (dbname) of the job, or create the database");
        } else if (containsAny(message,
                               {"Connection refused", "timeout expired", "timed out", "No route to host",
                                "could not translate host name", "Network is unreachable",
                                "No such file or directory", "could not connect"})) {
            hint = tr("is the server running and reachable at %1?").arg(where);
        } else {
            hint = tr("check the settings of server %1 (host, port, user, sslmode)").arg(server.name);
        }
        qCInfo(lcEngine) << "probe of" << server.displayName() << "failed:" << message;
        return makeError(tr("cannot connect to database \"%1\" on %2: %3. Hint: %4")
                             .arg(dbname, server.displayName(), message, hint));
    }

    ServerInfo info;
    info.versionNumber = PQserverVersion(connection.get());
    const char* version = PQparameterStatus(connection.get(), "server_version");
    // "15.4 (Debian 15.4-1)": the number is enough for history and messages.
    info.versionString = QString::fromUtf8(version ? version : "").section(QLatin1Char(' '), 0, 0);
    // One more round trip, for pg_dumpall: only a superuser may read role passwords.
    PGresult* roles =
        PQexec(connection.get(), "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user");
    if (PQresultStatus(roles) == PGRES_TUPLES_OK && PQntuples(roles) == 1)
        info.superuser = qstrcmp(PQgetvalue(roles, 0, 0), "true") == 0;
    PQclear(roles);
    qCDebug(lcEngine) << server.displayName() << "runs PostgreSQL" << info.versionString;
    return info;
}

Result<QStringList> PostgresEngine::listDatabases(const ServerConfig& server,
                                                  const std::optional<QString>& password)
{
    auto session = PgSession::connect(server, QStringLiteral("postgres"), password);
    if (!session)
        return makeError(
            tr("cannot list the databases of server %1: %2").arg(server.name, session.error().message));
    const auto rows = (*session)->query(QStringLiteral(
        "SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY 1"));
    if (!rows)
        return makeError(
            tr("cannot list the databases of server %1: %2").arg(server.name, rows.error().message));
    QStringList names;
    for (const QStringList& row : *rows)
        names.append(row.value(0));
    qCDebug(lcEngine) << server.displayName() << "has databases" << names;
    return names;
}

std::unique_ptr<DumpTask> PostgresEngine::createDump(const DumpRequest& request, QObject* parent)
{
    if (request.job.kind == JobKind::Globals)
        return std::make_unique<PgDumpAllTask>(request, parent);
    return std::make_unique<PgDumpTask>(request, parent);
}

} // namespace larder
