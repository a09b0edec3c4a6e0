// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "history/FleetClaims.h"

#include "base/LogCategories.h"
#include "history/History.h"
#include "history/StoredTime.h"
#include "system/HostIdentity.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace larder {

namespace {

// A prepared statement with its values bound in order.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

FleetClaims::FleetClaims(History& history, int leaseSeconds)
    : m_history(history), m_leaseSeconds(leaseSeconds)
{}

tl::unexpected<Error> FleetClaims::failed(const QString& what, const QString& job,
                                          const QSqlError& error) const
{
    // A connection the server closed fails later statements with no words of their own.
    const QString why = HistoryDialect::errorText(error);
    return makeError(tr("cannot %1 job %2 in the history at %3: %4")
                         .arg(what, job, m_history.m_path,
                              why.isEmpty() ? tr("the connection to the history database was lost") : why));
}

Result<ClaimAnswer> FleetClaims::claim(const QString& job, const QString& server, int serverLimit,
                                       const QString& slot, const Backoff& backoff)
{
    QSqlQuery transaction(QSqlDatabase::database(m_history.m_connectionName, false));
    if (!transaction.exec(m_history.m_dialect.beginWrite()))
        return failed(tr("claim"), job, transaction.lastError());
    Result<ClaimAnswer> answer = claimLocked(job, server, serverLimit, slot, backoff);
    if (answer && transaction.exec(QStringLiteral("COMMIT")))
        return answer;
    const QSqlError error = transaction.lastError();
    transaction.exec(QStringLiteral("ROLLBACK"));
    return answer ? failed(tr("claim"), job, error) : answer;
}

Result<ClaimAnswer> FleetClaims::claimLocked(const QString& job, const QString& server, int serverLimit,
                                             const QString& slot, const Backoff& backoff)
{
    const HistoryDialect& dialect = m_history.m_dialect;
    QSqlQuery query(QSqlDatabase::database(m_history.m_connectionName, false));
    query.setForwardOnly(true);
    if (const QString lock = dialect.lockServer(); !lock.isEmpty() && !run(query, lock, {server}))
        return failed(tr("claim"), job, query.lastError());

    ClaimAnswer answer;
    if (!run(query,
             QStringLiteral("SELECT host, state, lease_until, finished_at, failures, %1 FROM claims"
                            " WHERE job = ? AND slot = ?")
                 .arg(dialect.clockText()),
             {job, slot}))
        return failed(tr("claim"), job, query.lastError());
    if (query.next()) {
        const QString state = query.value(1).toString();
        const QString now = query.value(5).toString();
        answer.host = query.value(0).toString();
        if (state == QLatin1String("done")) {
            answer.kind = ClaimAnswer::Kind::Done;
            answer.whenUtc = StoredTime::fromText(query.value(3));
            return answer;
        }
        if (state == QLatin1String("running") && query.value(2).toString() > now) {
            answer.kind = ClaimAnswer::Kind::Busy;
            answer.whenUtc = StoredTime::fromText(query.value(2));
            return answer;
        }
        // This host's own failures are waited out by its planner, which read them: only another
        // host's failure, which this host may have planned without, holds the slot back here.
        if (state == QLatin1String("failed") && answer.host != HostIdentity::current()) {
            const QDateTime retry =
                StoredTime::fromText(query.value(3)).addSecs(backoff ? backoff(query.value(4).toInt()) : 0);
            if (StoredTime::toText(retry) > now) {
                answer.kind = ClaimAnswer::Kind::Backoff;
                answer.whenUtc = retry;
                return answer;
            }
        }
    }
    query.finish();

    if (!run(query,
             QStringLiteral(
                 "SELECT host FROM claims WHERE server = ? AND state = 'running' AND lease_until > %1"
                 " ORDER BY host")
                 .arg(dialect.clockText()),
             {server}))
        return failed(tr("claim"), job, query.lastError());
    while (query.next())
        answer.serverHosts.append(query.value(0).toString());
    query.finish();
    const Result<QString> ahead = hostAhead(server, job);
    if (!ahead)
        return tl::unexpected(ahead.error());
    if (answer.serverHosts.size() >= serverLimit || !ahead->isEmpty()) {
        answer.kind = answer.serverHosts.size() >= serverLimit ? ClaimAnswer::Kind::ServerFull
                                                               : ClaimAnswer::Kind::Yielded;
        answer.host = *ahead;
        if (const Result<void> waiting = markWaiting(server, job); !waiting)
            return tl::unexpected(waiting.error());
        return answer;
    }
    answer.serverHosts.clear();
    if (!run(query, QStringLiteral("DELETE FROM claim_waits WHERE server = ? AND host = ?"),
             {server, HostIdentity::current()}))
        return failed(tr("claim"), job, query.lastError());

    // A new slot, or one whose holder finished without a success (past its backoff) or stopped
    // renewing: this host takes it, one generation on.
    if (!run(query,
             QStringLiteral(
                 "INSERT INTO claims (job, slot, server, host, generation, state, claimed_at,"
                 " lease_until) VALUES (?, ?, ?, ?, 1, 'running', %1, %2)"
                 " ON CONFLICT (job, slot) DO UPDATE SET host = excluded.host, server = excluded.server,"
                 " generation = claims.generation + 1, state = 'running',"
                 " claimed_at = excluded.claimed_at, lease_until = excluded.lease_until,"
                 " finished_at = NULL, attempt_id = NULL"
                 " RETURNING generation")
                 .arg(dialect.clockText(), dialect.clockText(m_leaseSeconds)),
             {job, slot, server, HostIdentity::current()}) ||
        !query.next())
        return failed(tr("claim"), job, query.lastError());
    answer.kind = ClaimAnswer::Kind::Granted;
    answer.host = HostIdentity::current();
    answer.key = ClaimKey{job, slot, query.value(0).toLongLong()};
    query.finish();
    qCDebug(lcHistory) << "claimed" << job << "slot" << slot << "generation" << answer.key.generation;
    return answer;
}

Result<QString> FleetClaims::hostAhead(const QString& server, const QString& job)
{
    // The longest-waiting host still asking, unless it is this one.
    QSqlQuery query(QSqlDatabase::database(m_history.m_connectionName, false));
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT host FROM claim_waits WHERE server = ? AND seen_at > %1"
                            " ORDER BY since, host LIMIT 1")
                 .arg(m_history.m_dialect.clockText(-kWaitSeconds)),
             {server}))
        return failed(tr("claim"), job, query.lastError());
    const QString first = query.next() ? query.value(0).toString() : QString();
    return first == HostIdentity::current() ? QString() : first;
}

Result<void> FleetClaims::markWaiting(const QString& server, const QString& job)
{
    QSqlQuery query(QSqlDatabase::database(m_history.m_connectionName, false));
    const HistoryDialect& dialect = m_history.m_dialect;
    // A wait that went stale (its host stopped asking) starts again at the back.
    if (!run(query,
             QStringLiteral("INSERT INTO claim_waits (server, host, since, seen_at) VALUES (?, ?, %1, %1)"
                            " ON CONFLICT (server, host) DO UPDATE SET seen_at = excluded.seen_at,"
                            " since = CASE WHEN claim_waits.seen_at > %2 THEN claim_waits.since"
                            " ELSE excluded.since END")
                 .arg(dialect.clockText(), dialect.clockText(-kWaitSeconds)),
             {server, HostIdentity::current()}))
        return failed(tr("claim"), job, query.lastError());
    return {};
}

Result<QSet<qint64>> FleetClaims::lapsedAttempts() const
{
    const HistoryDialect& dialect = m_history.m_dialect;
    QSqlQuery query(QSqlDatabase::database(m_history.m_connectionName, false));
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT a.id FROM attempts AS a WHERE a.status = 'running' AND a.host IS NOT NULL"
                            " AND a.host <> ? AND a.started_at < %1 AND NOT EXISTS (SELECT 1 FROM claims AS c"
                            " WHERE c.attempt_id = a.id AND c.state = 'running' AND c.lease_until > %2)")
                 .arg(dialect.clockText(-2 * m_leaseSeconds), dialect.clockText()),
             {HostIdentity::current()})) {
        return makeError(tr("cannot read which hosts' claims lapsed in the history at %1: %2")
                             .arg(m_history.m_path, HistoryDialect::errorText(query.lastError())));
    }
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

Result<void> FleetClaims::checkIn(const QString& version)
{
    const HistoryDialect& dialect = m_history.m_dialect;
    QSqlQuery query(QSqlDatabase::database(m_history.m_connectionName, false));
    if (!run(query,
             QStringLiteral(
                 "INSERT INTO hosts (host, version, first_seen, last_seen, pid) VALUES (?, ?, %1, %1, ?)"
                 " ON CONFLICT (host) DO UPDATE SET version = excluded.version,"
                 " last_seen = excluded.last_seen, pid = excluded.pid")
                 .arg(dialect.clockText()),
             {HostIdentity::current(), version, QCoreApplication::applicationPid()})) {
        return makeError(tr("cannot record host %1 in the history at %2: %3")
                             .arg(HostIdentity::current(), m_history.m_path,
                                  HistoryDialect::errorText(query.lastError())));
    }
    // A finished claim only guards its slot against hosts that planned it before it finished, which
    // is minutes, not days: a week keeps every schedule's slot and backoff, and the table small.
    if (!run(query,
             QStringLiteral("DELETE FROM claims WHERE state <> 'running' AND finished_at < %1")
                 .arg(dialect.clockText(-kKeepFinishedSeconds)),
             {}) ||
        !run(query,
             QStringLiteral("DELETE FROM claim_waits WHERE seen_at < %1")
                 .arg(dialect.clockText(-kKeepFinishedSeconds)),
             {})) {
        return makeError(tr("cannot drop old claims from the history at %1: %2")
                             .arg(m_history.m_path, HistoryDialect::errorText(query.lastError())));
    }
    return {};
}

Result<QList<FleetHost>> FleetClaims::hosts() const
{
    const HistoryDialect& dialect = m_history.m_dialect;
    QSqlQuery query(QSqlDatabase::database(m_history.m_connectionName, false));
    query.setForwardOnly(true);
    const auto failure = [this, &query] {
        return makeError(tr("cannot read the hosts of the history at %1: %2")
                             .arg(m_history.m_path, HistoryDialect::errorText(query.lastError())));
    };
    QMap<QString, FleetHost> hosts;
    if (!run(query, QStringLiteral("SELECT host, version, first_seen, last_seen, pid FROM hosts"), {}))
        return failure();
    while (query.next()) {
        FleetHost& host = hosts[query.value(0).toString()];
        host.host = query.value(0).toString();
        host.version = query.value(1).toString();
        host.firstSeenUtc = StoredTime::fromText(query.value(2));
        host.lastSeenUtc = StoredTime::fromText(query.value(3));
        host.pid = query.value(4).toLongLong();
    }
    // What each host holds now, and what it finished in the last day; a host that never checked in
    // (a claim made by hand, say) is listed too.
    if (!run(query,
             QStringLiteral("SELECT host, state, lease_until > %1 FROM claims"
                            " WHERE state = 'running' OR finished_at > %2")
                 .arg(dialect.clockText(), dialect.clockText(-86400)),
             {}))
        return failure();
    while (query.next()) {
        FleetHost& host = hosts[query.value(0).toString()];
        host.host = query.value(0).toString();
        const QString state = query.value(1).toString();
        if (state == QLatin1String("running"))
            ++(query.value(2).toBool() ? host.running : host.lapsed);
        else if (state == QLatin1String("done"))
            ++host.doneLastDay;
        else if (state == QLatin1String("failed"))
            ++host.failedLastDay;
    }
    if (!run(query,
             QStringLiteral("SELECT host, server FROM claim_waits WHERE seen_at > %1 ORDER BY server")
                 .arg(dialect.clockText(-kWaitSeconds)),
             {}))
        return failure();
    while (query.next()) {
        FleetHost& host = hosts[query.value(0).toString()];
        host.host = query.value(0).toString();
        host.waitingFor.append(query.value(1).toString());
    }
    return hosts.values();
}

Result<void> FleetClaims::stopWaiting()
{
    QSqlQuery query(QSqlDatabase::database(m_history.m_connectionName, false));
    if (!run(query, QStringLiteral("DELETE FROM claim_waits WHERE host = ?"), {HostIdentity::current()})) {
        return makeError(tr("cannot end this host's wait for a server in the history at %1: %2")
                             .arg(m_history.m_path, HistoryDialect::errorText(query.lastError())));
    }
    return {};
}

Result<void> FleetClaims::attach(const ClaimKey& key, qint64 attemptId)
{
    QSqlQuery query(QSqlDatabase::database(m_history.m_connectionName, false));
    if (!run(query,
             QStringLiteral("UPDATE claims SET attempt_id = ? WHERE job = ? AND slot = ? AND generation = ?"),
             {attemptId, key.job, key.slot, key.generation}))
        return failed(tr("record the attempt of the claim on"), key.job, query.lastError());
    return {};
}

Result<QList<ClaimKey>> FleetClaims::renew(const QList<ClaimKey>& keys)
{
    QList<ClaimKey> lost;
    QSqlQuery query(QSqlDatabase::database(m_history.m_connectionName, false));
    for (const ClaimKey& key : keys) {
        if (!run(query,
                 QStringLiteral(
                     "UPDATE claims SET lease_until = %1 WHERE job = ? AND slot = ? AND generation = ?"
                     " AND host = ? AND state = 'running'")
                     .arg(m_history.m_dialect.clockText(m_leaseSeconds)),
                 {key.job, key.slot, key.generation, HostIdentity::current()}))
            return failed(tr("renew the claim on"), key.job, query.lastError());
        if (query.numRowsAffected() == 0)
            lost.append(key);
    }
    if (!run(query,
             QStringLiteral("UPDATE hosts SET last_seen = %1 WHERE host = ?")
                 .arg(m_history.m_dialect.clockText()),
             {HostIdentity::current()}))
        return failed(tr("renew the claim on"), keys.constFirst().job, query.lastError());
    return lost;
}

QString FleetClaims::stateAfter(AttemptStatus status)
{
    // As the planner counts them: only a failure backs off; a dump stopped from outside (cancelled,
    // or its process killed) may be tried again at once.
    switch (status) {
    case AttemptStatus::Success:
        return QStringLiteral("done");
    case AttemptStatus::Failed:
        return QStringLiteral("failed");
    default:
        return QStringLiteral("open");
    }
}

Result<bool> FleetClaims::release(const ClaimKey& key, AttemptStatus status)
{
    const QString state = stateAfter(status);
    QSqlQuery query(QSqlDatabase::database(m_history.m_connectionName, false));
    if (!run(query,
             QStringLiteral(
                 "UPDATE claims SET state = ?, finished_at = %1, failures = failures + ?"
                 " WHERE job = ? AND slot = ? AND generation = ? AND host = ? AND state = 'running'")
                 .arg(m_history.m_dialect.clockText()),
             {state, state == QLatin1String("failed") ? 1 : 0, key.job, key.slot, key.generation,
              HostIdentity::current()}))
        return failed(tr("release the claim on"), key.job, query.lastError());
    return query.numRowsAffected() == 1;
}

Result<void> FleetClaims::releaseAttempt(qint64 attemptId, AttemptStatus status)
{
    const QString state = stateAfter(status);
    QSqlQuery query(QSqlDatabase::database(m_history.m_connectionName, false));
    if (!run(query,
             QStringLiteral("UPDATE claims SET state = ?, finished_at = %1, failures = failures + ?"
                            " WHERE attempt_id = ? AND state = 'running'")
                 .arg(m_history.m_dialect.clockText()),
             {state, state == QLatin1String("failed") ? 1 : 0, attemptId}))
        return failed(tr("release the claim of attempt %1 of").arg(attemptId), QString(), query.lastError());
    return {};
}

} // namespace larder
