// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbTestRestore.h"

#include "base/LogCategories.h"
#include "base/Units.h"
#include "config/engines/MariaDbDumpOptions.h"
#include "mariadb/MariaDbConnection.h"
#include "mariadb/MariaDbQuery.h"
#include "mariadb/MariaDbScriptReplay.h"

#include <QRegularExpression>
#include <QThread>

#include <limits>

namespace larder {

namespace {

constexpr int kMaxIdentifierChars = 64;
constexpr int kCreateTimeoutMs = 60'000;
// Counting and DROP DATABASE touch every table: more than a catalog query's minute.
constexpr int kLongTimeoutMs = 600'000;
constexpr int kTablesPerCount = 50;

QString quoteIdentifier(const QString& name)
{
    return QLatin1Char('`') + QString(name).replace(QLatin1Char('`'), QStringLiteral("``")) +
           QLatin1Char('`');
}

// "a; b; c", each part kept language-neutral.
Message joined(const QList<Message>& parts)
{
    Message all;
    for (const Message& part : parts)
        all =
            all.followedBy(all.isEmpty() ? Message() : Message::plain(QStringLiteral("; "))).followedBy(part);
    return all;
}

} // namespace

MariaDbTestRestore::MariaDbTestRestore(Request request, QObject* parent)
    : TestRestoreTask(parent), m_request(std::move(request)),
      m_check(beginCheck(m_request, &MariaDbTestRestore::scratchDatabaseName))
{}

void MariaDbTestRestore::onTimeout()
{
    m_stopReason =
        Message::of<MariaDbTestRestore>(
            QT_TR_NOOP("the test-restore took longer than the job's timeout of %1 s and was stopped: "
                       "raise timeout, or look for locks on restore_server or a slow restore_server"))
            .arg(m_request.job.timeoutSeconds);
    cancel();
}

MariaDbTestRestore::~MariaDbTestRestore()
{
    m_interrupt->store(true);
    if (m_worker) {
        // The worker drops the scratch database itself, uninterrupted, before it ends.
        m_worker->disconnect(this);
        m_worker->wait();
    }
}

QString MariaDbTestRestore::scratchDatabaseName(const QString& job, const QDateTime& startedUtc)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    const QString prefix = QStringLiteral("larder_verify_");
    const QString stamp = QLatin1Char('_') + startedUtc.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    QString name = job.toLower().replace(other, QStringLiteral("_"));
    name.truncate(kMaxIdentifierChars - prefix.size() - stamp.size());
    return prefix + name + stamp;
}

void MariaDbTestRestore::start()
{
    if (m_started || m_done)
        return;
    m_started = true;
    m_elapsed.start();
    const JobConfig& job = m_request.job;
    if (job.kind == JobKind::Globals) {
        // Users and grants belong to the whole server: replaying them is never a test.
        complete(false,
                 Message::of<MariaDbTestRestore>(
                     QT_TR_NOOP("%1 is a globals dump (users and grants), which is never test-restored: "
                                "its statements act on the whole server. Replay it by hand with the "
                                "mariadb client on the server that should get those accounts, if you "
                                "mean to"))
                     .arg(job.name));
        return;
    }
    startTimeout(job);
    qCInfo(lcMariaDb).noquote() << "test-restoring" << m_request.dump.path << "into"
                                << m_check.scratchDatabase << "on" << job.restoreServer.displayName();
    auto outcome = std::make_shared<Outcome>();
    QThread* thread =
        QThread::create([outcome, request = m_request, scratch = m_check.scratchDatabase,
                         interrupt = m_interrupt] { *outcome = work(request, scratch, interrupt); });
    connect(thread, &QThread::finished, this, [this, outcome] { onWorkerDone(*outcome); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_worker = thread;
    thread->start();
}

MariaDbTestRestore::Outcome MariaDbTestRestore::work(const Request& request, const QString& scratch,
                                                     const std::shared_ptr<std::atomic_bool>& interrupt)
{
    Outcome outcome;
    const ServerConfig& server = request.job.restoreServer;
    MariaDbConnection connection(server, request.password);
    if (auto opened = connection.open(); !opened) {
        outcome.problem = opened.error().neutral();
        return outcome;
    }
    // Not interrupted: a CREATE cut off could leave a database Larder would not know it made.
    const auto created = MariaDbQuery::run(
        connection, QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4").arg(quoteIdentifier(scratch)),
        QString(), kCreateTimeoutMs);
    if (!created) {
        const QString words = created.error().message;
        outcome.problem =
            words.contains(QLatin1String("1007")) || words.contains(QLatin1String("database exists"))
                ? Message::of<MariaDbTestRestore>(
                      QT_TR_NOOP(
                          "a database named %1 already exists on %2; larder never touches a database "
                          "it did not create: drop or rename it, or run the test-restore again a second "
                          "later"))
                      .arg(scratch)
                      .arg(server.displayName())
                : Message::of<MariaDbTestRestore>(QT_TR_NOOP("cannot create the scratch database %1: %2"))
                      .arg(scratch)
                      .arg(created.error().neutral());
        return outcome;
    }

    const auto replayed = MariaDbScriptReplay::run(connection, scratch, request.dump.path, interrupt);
    if (!replayed) {
        outcome.problem = replayed.error().neutral();
    } else {
        QMap<QString, qint64> restored;
        const auto tables = MariaDbQuery::run(
            connection,
            QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '%1' AND "
                           "TABLE_TYPE = 'BASE TABLE'")
                .arg(scratch), // [a-z0-9_] only
            QString(), kLongTimeoutMs, interrupt);
        Message countProblem;
        if (!tables)
            countProblem = tables.error().neutral();
        QStringList names;
        for (const QStringList& row : tables.value_or(QList<QStringList>()))
            names << row.value(0);
        for (qsizetype at = 0; at < names.size() && countProblem.isEmpty(); at += kTablesPerCount) {
            QStringList parts;
            for (qsizetype i = at; i < qMin(names.size(), at + kTablesPerCount); ++i)
                parts << QStringLiteral("SELECT %1, COUNT(*) FROM %2.%3")
                             .arg(i)
                             .arg(quoteIdentifier(scratch), quoteIdentifier(names.at(i)));
            const auto counted = MariaDbQuery::run(connection, parts.join(QStringLiteral(" UNION ALL ")),
                                                   QString(), kLongTimeoutMs, interrupt);
            if (!counted) {
                countProblem = counted.error().neutral();
                break;
            }
            for (const QStringList& row : *counted)
                restored.insert(names.value(row.value(0).toInt()), row.value(1).toLongLong());
        }
        if (!countProblem.isEmpty())
            outcome.problem =
                Message::of<MariaDbTestRestore>(QT_TR_NOOP("cannot count the restored rows: %1"))
                    .arg(countProblem);
        else
            outcome.problem = compareCounts(*replayed, restored,
                                            MariaDbDumpOptions::selectsTables(request.job.mariadbDumpArgs),
                                            &outcome.summary);
    }

    // Never interrupted: the scratch database must go whatever stopped the test-restore.
    const auto dropped = MariaDbQuery::run(
        connection, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoteIdentifier(scratch)), QString(),
        kLongTimeoutMs);
    if (dropped) {
        outcome.dropped = true;
        qCDebug(lcMariaDb) << "dropped scratch database" << scratch << "on" << server.displayName();
    } else {
        outcome.dropProblem = dropped.error().message;
        qCWarning(lcMariaDb).noquote() << "could not drop the scratch database" << scratch << "on"
                                       << server.displayName() << ":" << dropped.error().message;
    }
    return outcome;
}

Message MariaDbTestRestore::rowCount(qint64 rows)
{
    if (rows > std::numeric_limits<int>::max())
        return Message::of<MariaDbTestRestore>(QT_TR_NOOP("%1 rows")).arg(rows);
    return Message::of<MariaDbTestRestore>(QT_TR_N_NOOP("%n row(s)")).withCount(int(rows));
}

Message MariaDbTestRestore::compareCounts(const MariaDbScriptScanner::Summary& dumped,
                                          const QMap<QString, qint64>& restored, bool argsSelect,
                                          Message* summary)
{
    QList<Message> differences;
    qint64 rows = 0;
    int compared = 0;
    for (auto it = restored.cbegin(); it != restored.cend(); ++it) {
        if (dumped.uncounted.contains(it.key()))
            continue;
        // A table the script creates but fills with no INSERT is restored empty.
        const qint64 expected = dumped.rows.value(it.key(), 0);
        ++compared;
        rows += it.value();
        if (it.value() != expected)
            differences << Message::of<MariaDbTestRestore>(QT_TR_NOOP("%1: %2 in the dump, %3 restored"))
                               .arg(it.key())
                               .arg(rowCount(expected))
                               .arg(it.value());
    }
    for (auto it = dumped.rows.cbegin(); it != dumped.rows.cend(); ++it) {
        if (!restored.contains(it.key()))
            differences << Message::of<MariaDbTestRestore>(
                               QT_TR_NOOP("%1: %2 in the dump, but no such table after the restore"))
                               .arg(it.key())
                               .arg(rowCount(it.value()));
    }
    if (!differences.isEmpty())
        return Message::of<MariaDbTestRestore>(QT_TR_NOOP("row counts differ from the dump: %1"))
            .arg(joined(differences));
    *summary = Message::of<MariaDbTestRestore>(QT_TR_N_NOOP("row counts of %n table(s) match the dump (%1)"))
                   .withCount(compared)
                   .arg(rowCount(rows));
    if (!dumped.uncounted.isEmpty())
        *summary = summary->followedBy(
            Message::of<MariaDbTestRestore>(
                QT_TR_NOOP("; not compared, as the dump fills them with INSERT ... SELECT: %1"))
                .arg(dumped.uncounted.join(QStringLiteral(", "))));
    if (argsSelect)
        *summary = summary->followedBy(Message::of<MariaDbTestRestore>(QT_TR_NOOP(
            "; mariadb_dump_args choose tables or rows, so the rows the dump holds were the measure")));
    return Message();
}

void MariaDbTestRestore::onWorkerDone(const Outcome& outcome)
{
    QList<Message> problems;
    if (!m_stopReason.isEmpty())
        problems << m_stopReason;
    else if (m_cancelled)
        problems << Message::of<MariaDbTestRestore>(QT_TR_NOOP("the test-restore was cancelled"));
    // A stopped replay's own words add nothing to why it was stopped.
    if (!outcome.problem.isEmpty() && !m_cancelled)
        problems << outcome.problem;
    if (!outcome.dropProblem.isEmpty())
        problems << Message::of<MariaDbTestRestore>(
                        QT_TR_NOOP(
                            "the scratch database %1 on %2 could not be dropped: %3; drop it yourself"))
                        .arg(m_check.scratchDatabase)
                        .arg(m_request.job.restoreServer.displayName())
                        .arg(outcome.dropProblem);
    if (!problems.isEmpty()) {
        complete(false, joined(problems));
        return;
    }
    complete(true, Message::of<MariaDbTestRestore>(QT_TR_NOOP("restored %1 into %2 on %3 in %4; %5"))
                       .arg(m_request.dump.path)
                       .arg(m_check.scratchDatabase)
                       .arg(m_request.job.restoreServer.name)
                       .arg(Units::duration(m_elapsed.elapsed()))
                       .arg(outcome.summary));
}

void MariaDbTestRestore::cancel()
{
    if (m_cancelled || m_done)
        return;
    m_cancelled = true;
    if (!m_started) {
        complete(false, Message::of<MariaDbTestRestore>(QT_TR_NOOP("the test-restore was cancelled")));
        return;
    }
    m_interrupt->store(true);
}

void MariaDbTestRestore::complete(bool ok, const Message& detail)
{
    if (m_done)
        return;
    m_done = true;
    stopTimeout();
    m_check.ok = ok && !m_cancelled;
    m_check.detail = detail.toString();
    m_check.storedDetail = detail.serialize();
    m_check.finishedUtc = QDateTime::currentDateTimeUtc();
    if (!m_check.ok)
        qCInfo(lcMariaDb).noquote() << "test-restore of" << m_check.job << "failed:" << m_check.detail;
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_check); }, Qt::QueuedConnection);
}

} // namespace larder
