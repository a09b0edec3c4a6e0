// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/PgStallWatch.h"

#include "base/LogCategories.h"
#include "postgres/PgSession.h"
#include "postgres/PgStallWords.h"

#include <QThread>

#include <optional>
#include <utility>

namespace larder {

namespace {

// A catalog query: a server that needs longer is in no state to explain anything.
constexpr int kStatementTimeoutMs = 10'000;
constexpr int kMinIntervalMs = 200;

// Columns of sql(), in order.
enum Column {
    AppName,
    Database,
    State,
    WaitType,
    WaitEvent,
    BlockerPid,
    Relation,
    BlockerVisible,
    BlockerState,
    BlockerUser,
    BlockerStateSeconds,
    BlockerTransactionSeconds,
    ColumnCount
};

// The watches alive, by server: the main thread's only.
QHash<QString, std::weak_ptr<PgStallWatch>>& watches()
{
    static QHash<QString, std::weak_ptr<PgStallWatch>> alive;
    return alive;
}

QString serverKey(const PgConnection& connection)
{
    const ServerConfig& server = connection.server();
    return QStringList{server.name, server.host, QString::number(server.port), server.user}.join(
        QLatin1Char('\n'));
}

// A text[] literal: application names are printable ASCII (PgConnection::applicationNameOf).
QString arrayLiteral(const QStringList& names)
{
    QStringList quoted;
    for (QString name : names) {
        name.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + name + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

qint64 secondsOrUnknown(const QString& text)
{
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    return ok ? seconds : -1;
}

} // namespace

struct PgStallWatch::Link
{
    std::unique_ptr<PgSession> session;
    Interrupt interrupt = makeInterrupt();
};

struct PgStallWatch::Round
{
    QHash<QString, QString> watched;
    QList<QStringList> rows;
    std::optional<QString> error;
};

const QString& PgStallWatch::sql()
{
    // The dump's sessions (Lock waits first), the first session that blocks each, the table of its
    // ungranted lock (named only in this database: pg_class is per database), and the blocker's
    // state, which pg_stat_activity hides (NULL) from a role that may not see it.
    static const QString text = QStringLiteral(
        "SELECT a.application_name, a.datname, coalesce(a.state, ''), coalesce(a.wait_event_type, ''), "
        "coalesce(a.wait_event, ''), coalesce(b.pid::text, ''), "
        "coalesce((SELECT CASE WHEN l.database = (SELECT oid FROM pg_database WHERE datname = "
        "current_database()) THEN (SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN "
        "pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = l.relation) ELSE 'oid ' || l.relation::text "
        "END "
        "FROM pg_locks l WHERE l.pid = a.pid AND NOT l.granted AND l.relation IS NOT NULL LIMIT 1), ''), "
        "(b.state IS NOT NULL)::text, coalesce(b.state, ''), coalesce(b.usename::text, ''), "
        "coalesce(floor(extract(epoch FROM now() - b.state_change))::bigint::text, ''), "
        "coalesce(floor(extract(epoch FROM now() - b.xact_start))::bigint::text, '') "
        "FROM pg_stat_activity a LEFT JOIN pg_stat_activity b ON b.pid = (pg_blocking_pids(a.pid))[1] "
        "WHERE a.application_name = ANY($1::text[]) "
        "ORDER BY a.application_name, (a.wait_event_type = 'Lock') DESC NULLS LAST, a.pid");
    return text;
}

std::shared_ptr<PgStallWatch> PgStallWatch::forServer(const PgConnection& connection, int intervalMs)
{
    const QString key = serverKey(connection);
    if (std::shared_ptr<PgStallWatch> alive = watches().value(key).lock())
        return alive;
    std::shared_ptr<PgStallWatch> made(new PgStallWatch(connection, intervalMs));
    made->m_key = key;
    watches().insert(key, made);
    return made;
}

PgStallWatch::PgStallWatch(const PgConnection& connection, int intervalMs)
    : m_connection(connection), m_link(std::make_shared<Link>())
{
    // Never the name of a dump (larder:JOB): its own session must not answer for one.
    m_connection.setApplicationName(QStringLiteral("larder-stall-watch"));
    m_timer.setInterval(qMax(kMinIntervalMs, intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &PgStallWatch::ask);
}

PgStallWatch::~PgStallWatch()
{
    if (watches().value(m_key).expired())
        watches().remove(m_key);
    m_link->interrupt->store(true);
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
    }
    // The session closes here: PQfinish sends its goodbye without waiting for an answer.
    qCDebug(lcEngine) << "closing the stall watch of" << m_connection.server().displayName();
}

void PgStallWatch::watch(const QString& applicationName, const QString& dbname)
{
    m_watched.insert(applicationName, dbname);
    if (m_refused)
        return;
    if (!m_timer.isActive()) {
        m_timer.start();
        QTimer::singleShot(0, this, &PgStallWatch::ask);
    }
}

void PgStallWatch::unwatch(const QString& applicationName)
{
    m_watched.remove(applicationName);
    if (m_watched.isEmpty())
        m_timer.stop();
}

void PgStallWatch::ask()
{
    if (m_worker || m_refused || m_watched.isEmpty())
        return; // one query at a time
    auto round = std::make_shared<Round>();
    round->watched = m_watched;
    QThread* thread = QThread::create(
        [link = m_link, connection = m_connection, round] { run(*link, connection, *round); });
    connect(thread, &QThread::finished, this, [this, round] {
        m_worker = nullptr;
        onAnswered(*round);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_worker = thread;
    thread->start();
}

void PgStallWatch::run(Link& link, const PgConnection& connection, Round& round)
{
    if (!link.session) {
        auto session = PgSession::connect(connection, link.interrupt);
        if (!session) {
            round.error = session.error().message;
            return;
        }
        link.session = std::move(*session);
        link.session->setStatementTimeout(kStatementTimeoutMs);
    }
    auto rows = link.session->query(sql(), {arrayLiteral(round.watched.keys())});
    if (!rows) {
        round.error = rows.error().message;
        return;
    }
    round.rows = std::move(*rows);
}

void PgStallWatch::onAnswered(const Round& round)
{
    if (round.error) {
        qCInfo(lcEngine).noquote() << "cannot ask" << m_connection.server().displayName()
                                   << "why dumps stall:" << *round.error;
        m_refused = true;
        m_timer.stop();
        Q_EMIT refused(PgStallWords::refused(*round.error));
        return;
    }
    // Only who still watches: a dump may have grown again meanwhile.
    for (auto it = round.watched.cbegin(); it != round.watched.cend(); ++it) {
        if (m_watched.contains(it.key()))
            Q_EMIT answered(it.key(), pick(round.rows, it.key(), it.value()));
    }
}

PgBackendWait PgStallWatch::pick(const QList<QStringList>& rows, const QString& applicationName,
                                 const QString& dbname)
{
    // A session in the dump's database first (the rows put lock waits first); pg_dumpall's in any.
    const QStringList* chosen = nullptr;
    for (const QStringList& row : rows) {
        if (row.size() < ColumnCount || row.at(AppName) != applicationName)
            continue;
        if (row.at(Database) == dbname) {
            chosen = &row;
            break;
        }
        if (!chosen)
            chosen = &row;
    }
    PgBackendWait wait;
    if (!chosen)
        return wait;
    const QStringList& row = *chosen;
    wait.found = true;
    wait.state = row.at(State);
    wait.waitEventType = row.at(WaitType);
    wait.waitEvent = row.at(WaitEvent);
    wait.blockerPid = row.at(BlockerPid).toLongLong();
    wait.relation = row.at(Relation);
    wait.blockerVisible = row.at(BlockerVisible) == QLatin1String("true");
    wait.blockerState = row.at(BlockerState);
    wait.blockerUser = row.at(BlockerUser);
    wait.blockerStateSeconds = secondsOrUnknown(row.at(BlockerStateSeconds));
    wait.blockerTransactionSeconds = secondsOrUnknown(row.at(BlockerTransactionSeconds));
    return wait;
}

} // namespace larder
