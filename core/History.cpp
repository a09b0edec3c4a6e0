#include "History.h"

#include "LogCategories.h"
#include "PrivateDirectory.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace larder {

namespace {

constexpr int kDefaultBusyTimeoutMs = 10000;

// Step N takes the schema from version N-1 to N, in one transaction. Append steps; never edit
// one that has been released.
const QList<QStringList>& migrationSteps()
{
    static const QList<QStringList> steps = {
        // 1: the attempts table.
        {
            QStringLiteral("CREATE TABLE attempts ("
                           " id INTEGER PRIMARY KEY,"
                           " job TEXT NOT NULL,"
                           " server TEXT NOT NULL,"
                           " \"database\" TEXT NOT NULL,"
                           " \"trigger\" TEXT NOT NULL CHECK (\"trigger\" IN ('schedule', 'manual')),"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " status TEXT NOT NULL"
                           "  CHECK (status IN ('running', 'success', 'failed', 'interrupted', 'cancelled')),"
                           " bytes INTEGER NOT NULL DEFAULT 0,"
                           " path TEXT,"
                           " partial_path TEXT,"
                           " sha256 TEXT,"
                           " pg_dump_version TEXT,"
                           " server_version TEXT,"
                           " error TEXT,"
                           " pid INTEGER NOT NULL DEFAULT 0)"),
            // lastSuccesses(): one seek per job to its newest success.
            QStringLiteral("CREATE INDEX attempts_job_status_started ON attempts (job, status, started_at)"),
            // attempts(job, limit), newest first.
            QStringLiteral("CREATE INDEX attempts_job_started ON attempts (job, started_at)"),
            // attempts("", limit), newest first.
            QStringLiteral("CREATE INDEX attempts_started ON attempts (started_at)"),
            // runningAttempts() without scanning the finished ones.
            QStringLiteral("CREATE INDEX attempts_running ON attempts (id) WHERE status = 'running'"),
        },
    };
    return steps;
}

const QString kColumns = QStringLiteral(
    "id, job, server, \"database\", \"trigger\", started_at, finished_at, status, bytes, path, "
    "partial_path, sha256, pg_dump_version, server_version, error, pid");

// Fixed-width UTC with milliseconds, so text order is time order.
QString toText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromText(const QVariant& value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

// Qt binds a null QString as SQL NULL, which NOT NULL columns refuse.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// SQLite's own words ("database is locked", "database or disk is full"), without Qt's suffix.
QString sqliteMessage(const QSqlError& error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("larder-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool hasSqliteHeader(QFile& file)
{
    static const QByteArray header("SQLite format 3\0", 16);
    return file.read(header.size()) == header;
}

} // namespace

History::History(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

History::~History()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int History::latestSchemaVersion()
{
    return static_cast<int>(migrationSteps().size());
}

Result<std::unique_ptr<History>> History::open(const QString& path)
{
    if (path.isEmpty())
        return makeError(tr("no history path is set: set \"history\" in the config file"));
    const QString absolute = QFileInfo(path).absoluteFilePath();

    const QString dir = QFileInfo(absolute).path();
    if (auto made = PrivateDirectory::make(dir); !made) {
        return makeError(tr("cannot keep the history at %1: %2, or set \"history\" in the config file to a "
                            "writable place")
                             .arg(absolute, made.error().message));
    }

    QFile file(absolute);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(tr("cannot read the history at %1: %2. Check the file's owner and permissions")
                                 .arg(absolute, file.errorString()));
        }
        // Checked before SQLite sees the file so a wrong path never gets a journal or WAL beside it.
        if (file.size() > 0 && !hasSqliteHeader(file)) {
            return makeError(tr("history at %1 is not a SQLite database: point \"history\" in the config "
                                "file at another path, or move this file away if it is not needed")
                                 .arg(absolute));
        }
        file.close();
    } else if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        return makeError(tr("cannot create the history at %1: %2. Check the directory's permissions, or set "
                            "\"history\" in the config file to a writable place")
                             .arg(absolute, file.errorString()));
    } else {
        file.close();
        qCInfo(lcHistory) << "created history" << absolute;
    }

    const QString connectionName = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(absolute);
    }
    std::unique_ptr<History> history(new History(absolute, connectionName));
    if (auto ok = history->initialize(); !ok)
        return tl::unexpected(ok.error());
    return history;
}

Result<void> History::initialize()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.open()) {
        return makeError(tr("cannot open the history at %1: %2. Check the file's owner and permissions")
                             .arg(m_path, sqliteMessage(db.lastError())));
    }
    QSqlQuery query(db);
    const auto fail = [&](const QString& what) {
        return makeError(tr("cannot open the history at %1 (%2: %3). If another program holds it locked, "
                            "stop it; if the file is damaged, move it away and larder starts a new one")
                             .arg(m_path, what, sqliteMessage(query.lastError())));
    };

    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kDefaultBusyTimeoutMs)))
        return fail(QStringLiteral("busy_timeout"));
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(QStringLiteral("foreign_keys"));

    // quick_check skips the index-content checks of integrity_check: a damaged file is still
    // caught on open without reading every row twice.
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")))
        return fail(QStringLiteral("quick_check"));
    if (query.next() && query.value(0).toString() != QLatin1String("ok")) {
        return makeError(tr("history at %1 is damaged (%2): move it away and larder starts a new one; keep "
                            "the old file if you need its records")
                             .arg(m_path, query.value(0).toString()));
    }
    query.finish();

    // Checked before WAL is switched on, so a file this build must not touch stays as it is.
    const auto state = readSchemaState();
    if (!state)
        return tl::unexpected(state.error());
    if (auto ok = checkSchemaState(*state); !ok)
        return ok;

    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return fail(QStringLiteral("journal_mode"));
    if (query.next() && query.value(0).toString() != QLatin1String("wal")) {
        qCWarning(lcHistory) << "history" << m_path << "stays in journal mode" << query.value(0).toString()
                             << "instead of WAL";
    }
    query.finish();

    if (state->version < latestSchemaVersion())
        return migrate();
    return {};
}

Result<History::SchemaState> History::readSchemaState() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // One statement, so both come from the same snapshot even while another process migrates.
    if (!query.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version),"
                                   " (SELECT count(*) FROM sqlite_master)")) ||
        !query.next()) {
        return makeError(tr("cannot read the schema version of the history at %1: %2. If another program "
                            "holds it locked, stop it; if the file is damaged, move it away and larder "
                            "starts a new one")
                             .arg(m_path, sqliteMessage(query.lastError())));
    }
    return SchemaState{query.value(0).toInt(), query.value(1).toInt()};
}

Result<void> History::checkSchemaState(const SchemaState& state) const
{
    const int latest = latestSchemaVersion();
    if (state.version > latest) {
        return makeError(tr("history at %1 has schema version %2, newer than this larder understands (%3): "
                            "upgrade larder")
                             .arg(m_path)
                             .arg(state.version)
                             .arg(latest));
    }
    if (state.version == 0 && state.objects > 0) {
        return makeError(tr("history at %1 is a SQLite database that larder did not create: point "
                            "\"history\" in the config file at another path")
                             .arg(m_path));
    }
    return {};
}

Result<void> History::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    const auto sqlError = [&](const QString& doing) {
        return makeError(tr("cannot %1 of the history at %2: %3. Check free disk space and the file's "
                            "permissions, and that no other program holds it locked")
                             .arg(doing, m_path, sqliteMessage(query.lastError())));
    };
    const auto rollback = [&](Result<void> error) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };

    const int latest = latestSchemaVersion();
    for (int target = 1; target <= latest; ++target) {
        // IMMEDIATE, and the version re-read inside, so two processes opening a new file at once
        // do not both run the same step.
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(tr("upgrade the schema"));
        const auto state = readSchemaState();
        if (!state)
            return rollback(tl::unexpected(state.error()));
        if (auto ok = checkSchemaState(*state); !ok)
            return rollback(ok);
        if (state->version >= target) {
            if (!query.exec(QStringLiteral("COMMIT")))
                return rollback(sqlError(tr("upgrade the schema")));
            continue;
        }
        for (const QString& statement : migrationSteps().at(target - 1)) {
            if (!query.exec(statement))
                return rollback(sqlError(tr("upgrade the schema to version %1").arg(target)));
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) ||
            !query.exec(QStringLiteral("COMMIT"))) {
            return rollback(sqlError(tr("upgrade the schema to version %1").arg(target)));
        }
        qCInfo(lcHistory) << "history" << m_path << "schema now at version" << target;
    }
    return {};
}

int History::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> History::setBusyTimeout(int milliseconds)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, milliseconds)))) {
        return makeError(tr("cannot set the busy timeout of the history at %1: %2")
                             .arg(m_path, sqliteMessage(query.lastError())));
    }
    return {};
}

Result<qint64> History::beginAttempt(const HistoryRecord& record)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("INSERT INTO attempts (job, server, \"database\", \"trigger\", started_at, "
                       "status, bytes, path, partial_path, sha256, pg_dump_version, server_version, "
                       "error, pid) VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime started =
        record.startedUtc.isValid() ? record.startedUtc : QDateTime::currentDateTimeUtc();
    query.addBindValue(notNull(record.job));
    query.addBindValue(notNull(record.server));
    query.addBindValue(notNull(record.database));
    query.addBindValue(triggerName(record.trigger));
    query.addBindValue(toText(started));
    query.addBindValue(record.bytes);
    query.addBindValue(record.path);
    query.addBindValue(record.partialPath);
    query.addBindValue(record.sha256);
    query.addBindValue(record.pgDumpVersion);
    query.addBindValue(record.serverVersion);
    query.addBindValue(record.error);
    query.addBindValue(record.pid != 0 ? record.pid : QCoreApplication::applicationPid());
    if (!query.exec()) {
        return makeError(tr("cannot record the start of job %1 in the history at %2: %3. Check free disk "
                            "space and that no other program holds the file locked")
                             .arg(record.job, m_path, sqliteMessage(query.lastError())));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    qCDebug(lcHistory) << "began attempt" << id << "of job" << record.job;
    return id;
}

Result<void> History::finishAttempt(const HistoryRecord& record)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE attempts SET status = ?, finished_at = ?, bytes = ?, path = ?, "
                                 "partial_path = ?, sha256 = ?, pg_dump_version = ?, server_version = ?, "
                                 "error = ? WHERE id = ?"));
    const QDateTime finished =
        record.finishedUtc.isValid() ? record.finishedUtc : QDateTime::currentDateTimeUtc();
    query.addBindValue(attemptStatusName(record.status));
    query.addBindValue(toText(finished));
    query.addBindValue(record.bytes);
    query.addBindValue(record.path);
    query.addBindValue(record.partialPath);
    query.addBindValue(record.sha256);
    query.addBindValue(record.pgDumpVersion);
    query.addBindValue(record.serverVersion);
    query.addBindValue(record.error);
    query.addBindValue(record.id);
    if (!query.exec()) {
        return makeError(tr("cannot record the end of job %1 in the history at %2: %3. Check free disk "
                            "space and that no other program holds the file locked")
                             .arg(record.job, m_path, sqliteMessage(query.lastError())));
    }
    if (query.numRowsAffected() != 1) {
        return makeError(
            tr("cannot record the end of job %1: attempt %2 is not in the history at %3 (was the "
               "file replaced during the run?)")
                .arg(record.job)
                .arg(record.id)
                .arg(m_path));
    }
    qCDebug(lcHistory) << "finished attempt" << record.id << "of job" << record.job << "as"
                       << attemptStatusName(record.status);
    return {};
}

Result<QList<HistoryRecord>> History::select(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        return makeError(tr("cannot read the history at %1: %2. Check that no other program holds the file "
                            "locked")
                             .arg(m_path, sqliteMessage(query.lastError())));
    }
    QList<HistoryRecord> records;
    while (query.next()) {
        HistoryRecord record;
        record.id = query.value(0).toLongLong();
        record.job = query.value(1).toString();
        record.server = query.value(2).toString();
        record.database = query.value(3).toString();
        const auto trigger = triggerFromName(query.value(4).toString());
        const auto status = attemptStatusFromName(query.value(7).toString());
        if (!trigger || !status) {
            return makeError(tr("attempt %1 in the history at %2 has an unknown trigger or status (%3, %4): "
                                "was the file written by another program?")
                                 .arg(record.id)
                                 .arg(m_path, query.value(4).toString(), query.value(7).toString()));
        }
        record.trigger = *trigger;
        record.startedUtc = fromText(query.value(5));
        record.finishedUtc = fromText(query.value(6));
        record.status = *status;
        record.bytes = query.value(8).toLongLong();
        record.path = query.value(9).toString();
        record.partialPath = query.value(10).toString();
        record.sha256 = query.value(11).toString();
        record.pgDumpVersion = query.value(12).toString();
        record.serverVersion = query.value(13).toString();
        record.error = query.value(14).toString();
        record.pid = query.value(15).toLongLong();
        records.append(std::move(record));
    }
    if (query.lastError().isValid()) {
        return makeError(tr("cannot read the history at %1: %2. If the file is damaged, move it away and "
                            "larder starts a new one")
                             .arg(m_path, sqliteMessage(query.lastError())));
    }
    return records;
}

Result<QList<HistoryRecord>> History::runningAttempts() const
{
    return select(
        QStringLiteral("SELECT %1 FROM attempts WHERE status = 'running' ORDER BY id").arg(kColumns), {});
}

Result<QHash<QString, HistoryRecord>> History::lastSuccesses() const
{
    // Walks the distinct jobs by index seeks (SQLite has no loose index scan), then takes each
    // job's newest success from the (job, status, started_at) index: two seeks per job, however
    // many rows there are.
    const QString sql =
        QStringLiteral("WITH RECURSIVE jobs(name) AS ("
                       " SELECT min(job) FROM attempts"
                       " UNION ALL"
                       " SELECT (SELECT min(job) FROM attempts WHERE job > jobs.name) FROM jobs"
                       "  WHERE jobs.name IS NOT NULL)"
                       " SELECT %1 FROM attempts WHERE id IN ("
                       "  SELECT (SELECT id FROM attempts AS a WHERE a.job = jobs.name"
                       "   AND a.status = 'success' ORDER BY a.started_at DESC, a.id DESC LIMIT 1)"
                       "  FROM jobs WHERE jobs.name IS NOT NULL)")
            .arg(kColumns);
    auto rows = select(sql, {});
    if (!rows)
        return tl::unexpected(rows.error());
    QHash<QString, HistoryRecord> byJob;
    byJob.reserve(rows->size());
    for (HistoryRecord& record : *rows)
        byJob.insert(record.job, std::move(record));
    return byJob;
}

Result<QList<HistoryRecord>> History::attempts(const QString& job, int limit) const
{
    QString sql = QStringLiteral("SELECT %1 FROM attempts").arg(kColumns);
    QVariantList values;
    if (!job.isEmpty()) {
        sql += QStringLiteral(" WHERE job = ?");
        values.append(job);
    }
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    return select(sql, values);
}

} // namespace larder
