#include "PgSession.h"

#include "LibPq.h"
#include "LogCategories.h"

#include <libpq-fe.h>

#include <utility>
#include <vector>

namespace larder {

namespace {

QString cleanMessage(const char* raw, const std::optional<QString>& password)
{
    QString message = QString::fromUtf8(raw ? raw : "").trimmed();
    message.replace(QLatin1Char('\n'), QLatin1String("; "));
    message = message.simplified();
    if (password && password->size() >= 3)
        message.replace(*password, QStringLiteral("***"));
    return message;
}

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Only reached once connect() has loaded it.
const LibPq& pq()
{
    return **LibPq::load();
}

} // namespace

PgSession::PgSession(pg_conn* connection, QString where, std::optional<QString> password)
    : m_connection(connection), m_cancel(pq().getCancel(connection)), m_where(std::move(where)),
      m_password(std::move(password))
{}

PgSession::~PgSession()
{
    if (m_cancel)
        pq().freeCancel(m_cancel);
    pq().finish(m_connection);
}

Result<std::unique_ptr<PgSession>> PgSession::connect(const ServerConfig& server, const QString& dbname,
                                                      const std::optional<QString>& password)
{
    if (const auto loaded = LibPq::load(); !loaded)
        return tl::unexpected(loaded.error());
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

    const QString where = tr("database \"%1\" on %2").arg(dbname, server.displayName());
    PGconn* connection = pq().connectdbParams(keys.data(), values.data(), /*expand_dbname=*/0);
    if (!connection)
        return makeError(tr("cannot connect to %1: out of memory").arg(where));
    if (pq().status(connection) != CONNECTION_OK) {
        const QString message = cleanMessage(pq().errorMessage(connection), password);
        pq().finish(connection);
        const QString address = QStringLiteral("%1:%2")
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
            hint = tr("is the server running and reachable at %1?").arg(address);
        } else {
            hint = tr("check the settings of server %1 (host, port, user, sslmode)").arg(server.name);
        }
        qCInfo(lcEngine) << "connection to" << server.displayName() << "failed:" << message;
        return makeError(tr("cannot connect to %1: %2. Hint: %3").arg(where, message, hint));
    }
    return std::unique_ptr<PgSession>(new PgSession(connection, where, password));
}

int PgSession::serverVersion() const
{
    return pq().serverVersion(m_connection);
}

QString PgSession::serverVersionText() const
{
    // "15.4 (Debian 15.4-1)": the number is enough for history and messages.
    const char* version = pq().parameterStatus(m_connection, "server_version");
    return QString::fromUtf8(version ? version : "").section(QLatin1Char(' '), 0, 0);
}

QString PgSession::lastError() const
{
    return cleanMessage(pq().errorMessage(m_connection), m_password);
}

QString PgSession::quoteIdentifier(const QString& name) const
{
    const QByteArray bytes = name.toUtf8();
    char* quoted = pq().escapeIdentifier(m_connection, bytes.constData(), size_t(bytes.size()));
    if (!quoted)
        return QString();
    const QString result = QString::fromUtf8(quoted);
    pq().freemem(quoted);
    return result;
}

QString PgSession::quoteLiteral(const QString& text) const
{
    const QByteArray bytes = text.toUtf8();
    char* quoted = pq().escapeLiteral(m_connection, bytes.constData(), size_t(bytes.size()));
    if (!quoted)
        return QString();
    const QString result = QString::fromUtf8(quoted);
    pq().freemem(quoted);
    return result;
}

Result<QList<QStringList>> PgSession::query(const QString& sql, const QStringList& parameters)
{
    std::vector<QByteArray> bytes;
    std::vector<const char*> values;
    for (const QString& parameter : parameters)
        bytes.push_back(parameter.toUtf8());
    for (const QByteArray& value : bytes)
        values.push_back(value.constData());
    PGresult* result = pq().execParams(m_connection, sql.toUtf8().constData(), int(values.size()), nullptr,
                                       values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = pq().resultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const QString message = cleanMessage(pq().resultErrorMessage(result), m_password);
        pq().clear(result);
        return makeError(tr("%1 failed: %2").arg(m_where, message.isEmpty() ? lastError() : message));
    }
    QList<QStringList> rows;
    const int columns = pq().nfields(result);
    for (int row = 0; row < pq().ntuples(result); ++row) {
        QStringList values;
        for (int column = 0; column < columns; ++column)
            values << QString::fromUtf8(pq().getvalue(result, row, column));
        rows << values;
    }
    pq().clear(result);
    return rows;
}

Result<void> PgSession::execute(const QString& sql)
{
    const auto done = query(sql);
    if (!done)
        return tl::unexpected(done.error());
    return {};
}

Result<QList<TableCount>> PgSession::countRows()
{
    // relkind 'r' covers partition leaves too; counting a partitioned parent would count twice.
    const auto tables = query(QStringLiteral(
        "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' "
        "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
        "AND d.objid = c.oid AND d.deptype = 'e') "
        "ORDER BY n.nspname COLLATE \"C\", c.relname COLLATE \"C\""));
    if (!tables)
        return tl::unexpected(tables.error());
    QList<TableCount> counts;
    for (const QStringList& table : *tables) {
        const auto rows = query(QStringLiteral("SELECT count(*) FROM %1.%2")
                                    .arg(quoteIdentifier(table.at(0)), quoteIdentifier(table.at(1))));
        if (!rows)
            return tl::unexpected(rows.error());
        counts.append(TableCount{table.at(0), table.at(1), rows->value(0).value(0).toLongLong()});
    }
    qCDebug(lcEngine).noquote() << "counted rows of" << counts.size() << "tables in" << m_where;
    return counts;
}

void PgSession::cancel()
{
    if (!m_cancel)
        return;
    char message[256];
    pq().cancel(m_cancel, message, int(sizeof message));
}

} // namespace larder
