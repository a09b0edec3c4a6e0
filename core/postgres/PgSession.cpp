// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/PgSession.h"

#include "base/LogCategories.h"
#include "postgres/LibPq.h"

#include <libpq-fe.h>

#include <cerrno>
#include <poll.h>

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

constexpr int kCancelGraceMs = 5'000;

// Only reached once connect() has loaded it.
const LibPq& pq()
{
    return **LibPq::load();
}

} // namespace

PgSession::PgSession(pg_conn* connection, QString where, std::optional<QString> password, Interrupt interrupt)
    : m_connection(connection), m_where(std::move(where)), m_password(std::move(password)),
      m_interrupt(std::move(interrupt))
{}

PgSession::~PgSession()
{
    if (m_cancel)
        pq().freeCancel(m_cancel);
    pq().finish(m_connection);
}

Result<std::unique_ptr<PgSession>> PgSession::connect(const ServerConfig& server, const QString& dbname,
                                                      const std::optional<QString>& password,
                                                      Interrupt interrupt)
{
    return connect(PgConnection(server, dbname, password), std::move(interrupt));
}

namespace {

// PgSession's text, kept language-neutral: the source through QT_TRANSLATE_NOOP("PgSession", ...).
Message neutral(const char* source)
{
    return Message("PgSession", source);
}

// A hint for a failed connection; a Message, as it ends up in a failed dump's history.
Message connectHint(const QString& message, const ServerConfig& server)
{
    const QString address = QStringLiteral("%1:%2")
                                .arg(server.host.isEmpty() ? QStringLiteral("localhost") : server.host)
                                .arg(server.port);
    if (containsAny(message, {"password authentication failed", "no password supplied",
                              "authentication failed", "password is required"}))
        return neutral(QT_TRANSLATE_NOOP("PgSession",
                                         "store the password with `larder password set %1` or in ~/.pgpass"))
            .arg(server.name);
    if (containsAny(message, {"does not exist"}) && message.contains(QLatin1String("database")))
        return neutral(QT_TRANSLATE_NOOP(
            "PgSession", "check the database name (dbname) of the job, or create the database"));
    if (containsAny(message, {"Connection refused", "timeout expired", "timed out", "No route to host",
                              "could not translate host name", "Network is unreachable",
                              "No such file or directory", "could not connect"}))
        return neutral(QT_TRANSLATE_NOOP("PgSession", "is the server running and reachable at %1?"))
            .arg(address);
    return neutral(
               QT_TRANSLATE_NOOP("PgSession", "check the settings of server %1 (host, port, user, sslmode)"))
        .arg(server.name);
}

} // namespace

Result<std::unique_ptr<PgSession>> PgSession::connect(const PgConnection& connection, Interrupt interrupt)
{
    if (const auto loaded = LibPq::load(); !loaded)
        return tl::unexpected(loaded.error());
    const ServerConfig& server = connection.server();
    const auto params = connection.libpqParameters();
    std::vector<const char*> keys;
    std::vector<const char*> values;
    for (const auto& [key, value] : params) {
        keys.push_back(key.constData());
        values.push_back(value.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);

    const Message where = neutral(QT_TRANSLATE_NOOP("PgSession", "database \"%1\" on %2"))
                              .arg(connection.dbname())
                              .arg(server.displayName());
    // Started and polled rather than PQconnectdbParams, so that an Interrupt ends the wait too.
    PGconn* conn = pq().connectStartParams(keys.data(), values.data(), /*expand_dbname=*/0);
    if (!conn)
        return makeError(
            neutral(QT_TRANSLATE_NOOP("PgSession", "cannot connect to %1: out of memory")).arg(where));
    std::unique_ptr<PgSession> session(
        new PgSession(conn, where.toString(), connection.password(), interrupt));
    const int timeoutMs =
        server.connectTimeoutSeconds > 0 ? server.connectTimeoutSeconds * 1000 : kMaxConnectMs;
    const QDeadlineTimer deadline(timeoutMs);
    PostgresPollingStatusType polling = PGRES_POLLING_WRITING;
    Stop stop = Stop::None;
    while (pq().status(conn) != CONNECTION_BAD && polling != PGRES_POLLING_OK &&
           polling != PGRES_POLLING_FAILED) {
        stop = session->waitForSocket(
            conn, polling == PGRES_POLLING_READING ? Wait::Readable : Wait::Writable, deadline);
        if (stop != Stop::None)
            break;
        polling = pq().connectPoll(conn);
    }
    if (stop == Stop::Interrupted)
        return makeError(
            neutral(QT_TRANSLATE_NOOP("PgSession", "connecting to %1 was cancelled")).arg(where));
    if (stop == Stop::TimedOut)
        return makeError(
            neutral(
                QT_TRANSLATE_NOOP("PgSession",
                                  "cannot connect to %1: no answer within %2 s (connect_timeout). Hint: %3"))
                .arg(where)
                .arg(timeoutMs / 1000)
                .arg(connectHint(QStringLiteral("timed out"), server)));
    if (pq().status(conn) != CONNECTION_OK) {
        const QString message = cleanMessage(pq().errorMessage(conn), connection.password());
        qCInfo(lcEngine) << "connection to" << server.displayName() << "failed:" << message;
        return makeError(neutral(QT_TRANSLATE_NOOP("PgSession", "cannot connect to %1: %2. Hint: %3"))
                             .arg(where)
                             .arg(message)
                             .arg(connectHint(message, server)));
    }
    session->m_cancel = pq().getCancel(conn); // only once connected: it needs the backend's key
    return session;
}

PgSession::Stop PgSession::waitForSocket(pg_conn* connection, Wait wait, const QDeadlineTimer& deadline,
                                         bool interruptible) const
{
    // Slices short enough that an Interrupt is noticed at once, long enough to cost nothing.
    constexpr int kSliceMs = 100;
    for (;;) {
        if (interruptible && m_interrupt && m_interrupt->load())
            return Stop::Interrupted;
        if (deadline.hasExpired())
            return Stop::TimedOut;
        const int fd = pq().socket(connection);
        if (fd < 0)
            return Stop::None; // libpq reports the broken connection itself
        pollfd poller{fd, short(wait == Wait::Readable ? POLLIN : POLLOUT), 0};
        const qint64 remaining = deadline.isForever() ? kSliceMs : deadline.remainingTime();
        const int rc = ::poll(&poller, 1, int(qBound(qint64(0), remaining, qint64(kSliceMs))));
        if (rc > 0 || (rc < 0 && errno != EINTR))
            return Stop::None;
    }
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
    if (m_broken)
        return makeError(
            tr("%1: the connection was given up after a statement that did not end").arg(m_where));
    if (m_interrupt && m_interrupt->load())
        return makeError(stopMessage(Stop::Interrupted, sql));
    std::vector<QByteArray> bytes;
    std::vector<const char*> values;
    for (const QString& parameter : parameters)
        bytes.push_back(parameter.toUtf8());
    for (const QByteArray& value : bytes)
        values.push_back(value.constData());
    if (!pq().sendQueryParams(m_connection, sql.toUtf8().constData(), int(values.size()), nullptr,
                              values.data(), nullptr, nullptr, 0))
        return makeError(tr("%1 failed: %2").arg(m_where, lastError()));
    return awaitResult(sql);
}

Result<QList<QStringList>> PgSession::awaitResult(const QString& sql)
{
    const QDeadlineTimer deadline = m_statementTimeoutMs > 0 ? QDeadlineTimer(qint64(m_statementTimeoutMs))
                                                             : QDeadlineTimer(QDeadlineTimer::Forever);
    Stop stop = Stop::None;
    QDeadlineTimer grace;
    while (pq().isBusy(m_connection)) {
        const Stop waited = stop == Stop::None ? waitForSocket(m_connection, Wait::Readable, deadline)
                                               : waitForSocket(m_connection, Wait::Readable, grace, false);
        if (waited != Stop::None && stop != Stop::None) {
            // The server did not answer the cancel request either: give the connection up.
            m_broken = true;
            return makeError(stopMessage(stop, sql));
        }
        if (waited != Stop::None) {
            stop = waited;
            qCInfo(lcEngine).noquote() << "cancelling a statement on" << m_where << ":"
                                       << (stop == Stop::TimedOut ? "statement timeout" : "interrupted");
            cancel();
            grace = QDeadlineTimer(kCancelGraceMs);
            continue;
        }
        if (!pq().consumeInput(m_connection)) {
            m_broken = true;
            return makeError(tr("%1 failed: %2").arg(m_where, lastError()));
        }
    }
    QList<QStringList> rows;
    QString error;
    while (PGresult* result = pq().getResult(m_connection)) {
        const ExecStatusType status = pq().resultStatus(result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            const QString message = cleanMessage(pq().resultErrorMessage(result), m_password);
            error = message.isEmpty() ? lastError() : message;
        } else {
            rows.clear();
            const int columns = pq().nfields(result);
            for (int row = 0; row < pq().ntuples(result); ++row) {
                QStringList values;
                for (int column = 0; column < columns; ++column)
                    values << QString::fromUtf8(pq().getvalue(result, row, column));
                rows << values;
            }
        }
        pq().clear(result);
    }
    if (stop != Stop::None)
        return makeError(stopMessage(stop, sql));
    if (!error.isEmpty())
        return makeError(tr("%1 failed: %2").arg(m_where, error));
    return rows;
}

QString PgSession::stopMessage(Stop stop, const QString& sql) const
{
    const QString statement = sql.simplified().left(60);
    if (stop == Stop::Interrupted)
        return tr("%1: the statement \"%2\" was cancelled").arg(m_where, statement);
    return tr("%1: the statement \"%2\" did not finish within %3 s; Larder cancelled it (is something "
              "holding a lock, or is the server overloaded?)")
        .arg(m_where, statement)
        .arg(m_statementTimeoutMs / 1000);
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
