// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "history/History.h"

#include "base/LogCategories.h"
#include "base/Message.h"
#include "history/HistoryAddress.h"
#include "history/StoredTime.h"
#include "system/HostIdentity.h"
#include "system/PrivateDirectory.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace larder {

namespace {

constexpr int kDefaultBusyTimeoutMs = 10000;
// LIMIT for "no limit" that SQLite and PostgreSQL both take (SQLite's -1 is an error in PostgreSQL).
constexpr qint64 kNoLimit = std::numeric_limits<qint64>::max();

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
        // 2: pruned attempts, verification, per-table row counts and test-restores. SQLite cannot
        // change a CHECK constraint in place, so attempts is rebuilt (ids kept) to allow 'pruned'.
        {
            QStringLiteral("CREATE TABLE attempts_v2 ("
                           " id INTEGER PRIMARY KEY,"
                           " job TEXT NOT NULL,"
                           " server TEXT NOT NULL,"
                           " \"database\" TEXT NOT NULL,"
                           " \"trigger\" TEXT NOT NULL CHECK (\"trigger\" IN ('schedule', 'manual')),"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " status TEXT NOT NULL"
                           "  CHECK (status IN ('running', 'success', 'failed', 'interrupted', 'cancelled',"
                           "   'pruned')),"
                           " bytes INTEGER NOT NULL DEFAULT 0,"
                           " path TEXT,"
                           " partial_path TEXT,"
                           " sha256 TEXT,"
                           " pg_dump_version TEXT,"
                           " server_version TEXT,"
                           " error TEXT,"
                           " pid INTEGER NOT NULL DEFAULT 0,"
                           " verified_at TEXT,"
                           " verify_status TEXT CHECK (verify_status IN ('ok', 'mismatch', 'error')),"
                           " verify_error TEXT)"),
            QStringLiteral("INSERT INTO attempts_v2 (id, job, server, \"database\", \"trigger\", started_at,"
                           " finished_at, status, bytes, path, partial_path, sha256, pg_dump_version,"
                           " server_version, error, pid)"
                           " SELECT id, job, server, \"database\", \"trigger\", started_at, finished_at,"
                           " status, bytes, path, partial_path, sha256, pg_dump_version, server_version,"
                           " error, pid FROM attempts"),
            QStringLiteral("DROP TABLE attempts"),
            QStringLiteral("ALTER TABLE attempts_v2 RENAME TO attempts"),
            QStringLiteral("CREATE INDEX attempts_job_status_started ON attempts (job, status, started_at)"),
            QStringLiteral("CREATE INDEX attempts_job_started ON attempts (job, started_at)"),
            QStringLiteral("CREATE INDEX attempts_started ON attempts (started_at)"),
            QStringLiteral("CREATE INDEX attempts_running ON attempts (id) WHERE status = 'running'"),
            QStringLiteral("CREATE TABLE table_counts ("
                           " attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,"
                           " schema TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " row_count INTEGER NOT NULL,"
                           " PRIMARY KEY (attempt_id, schema, name))"),
            QStringLiteral("CREATE TABLE restore_checks ("
                           " id INTEGER PRIMARY KEY,"
                           " attempt_id INTEGER REFERENCES attempts(id),"
                           " job TEXT NOT NULL,"
                           " server TEXT NOT NULL,"
                           " scratch_database TEXT NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " ok INTEGER NOT NULL CHECK (ok IN (0, 1)),"
                           " detail TEXT)"),
            // lastGoodRestoreChecks(): one seek per job to its newest good check.
            QStringLiteral(
                "CREATE INDEX restore_checks_job_ok_started ON restore_checks (job, ok, started_at)"),
        },
        // 3: a successful dump's warning (DumpSizeCheck: much smaller than the job's usual dumps),
        // language-neutral as errors are; NULL for every older row.
        {
            QStringLiteral("ALTER TABLE attempts ADD COLUMN warning TEXT"),
        },
        // 4: notifications ([notify.NAME]): each delivery's end. error never holds the url, which may
        // carry a token.
        {
            QStringLiteral("CREATE TABLE notifications ("
                           " id INTEGER PRIMARY KEY,"
                           " notify TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " event TEXT NOT NULL,"
                           " job TEXT NOT NULL,"
                           " server TEXT NOT NULL,"
                           " delivered INTEGER NOT NULL CHECK (delivered IN (0, 1)),"
                           " http_status INTEGER NOT NULL DEFAULT 0,"
                           " error TEXT,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " finished_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX notifications_finished ON notifications (finished_at)"),
        },
        // 5: hooks (before_dump, after_dump, on_failure, after_run): each command's end and output.
        // A pruned dump's row stays (its attempt does too, as 'pruned').
        {
            QStringLiteral("CREATE TABLE hook_runs ("
                           " id INTEGER PRIMARY KEY,"
                           " attempt_id INTEGER REFERENCES attempts(id) ON DELETE CASCADE,"
                           " hook TEXT NOT NULL"
                           "  CHECK (hook IN ('before_dump', 'after_dump', 'on_failure', 'after_run')),"
                           " job TEXT NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " elapsed_ms INTEGER NOT NULL DEFAULT 0,"
                           " ok INTEGER NOT NULL CHECK (ok IN (0, 1)),"
                           " timed_out INTEGER NOT NULL CHECK (timed_out IN (0, 1)),"
                           " exit_code INTEGER NOT NULL,"
                           " error TEXT,"
                           " output TEXT NOT NULL,"
                           " truncated INTEGER NOT NULL CHECK (truncated IN (0, 1)))"),
            QStringLiteral("CREATE INDEX hook_runs_job_started ON hook_runs (job, started_at)"),
            QStringLiteral("CREATE INDEX hook_runs_started ON hook_runs (started_at)"),
        },
        // 6: the host that made an attempt (a fleet shares one history); NULL for every older row,
        // which this host made.
        {
            QStringLiteral("ALTER TABLE attempts ADD COLUMN host TEXT"),
        },
        // 7: claims (FleetClaims): which host dumps a job's slot, under a lease measured by the
        // database's clock. One row per job and slot, kept after the dump so a host that planned
        // the same slot does not dump it again; generation grows with each host that takes it.
        {
            QStringLiteral("CREATE TABLE claims ("
                           " job TEXT NOT NULL,"
                           " slot TEXT NOT NULL,"
                           " server TEXT NOT NULL,"
                           " host TEXT NOT NULL,"
                           " generation INTEGER NOT NULL,"
                           " state TEXT NOT NULL CHECK (state IN ('running', 'done', 'failed', 'open')),"
                           " claimed_at TEXT NOT NULL,"
                           " lease_until TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " failures INTEGER NOT NULL DEFAULT 0,"
                           " attempt_id INTEGER,"
                           " PRIMARY KEY (job, slot))"),
            // The server's live claims, counted against its max_parallel at every claim.
            QStringLiteral("CREATE INDEX claims_running ON claims (server) WHERE state = 'running'"),
            QStringLiteral("CREATE INDEX claims_finished ON claims (finished_at)"),
            // Hosts waiting for a full server, so that a freed place goes to the one that waited
            // longest rather than back to the host that just freed it.
            QStringLiteral("CREATE TABLE claim_waits ("
                           " server TEXT NOT NULL,"
                           " host TEXT NOT NULL,"
                           " since TEXT NOT NULL,"
                           " seen_at TEXT NOT NULL,"
                           " PRIMARY KEY (server, host))"),
            // Every host that ran against this history: what `larder fleet` lists.
            QStringLiteral("CREATE TABLE hosts ("
                           " host TEXT PRIMARY KEY,"
                           " version TEXT NOT NULL,"
                           " first_seen TEXT NOT NULL,"
                           " last_seen TEXT NOT NULL,"
                           " pid INTEGER NOT NULL DEFAULT 0)"),
        },
    };
    return steps;
}

const QString kColumns = QStringLiteral(
    "id, job, server, \"database\", \"trigger\", started_at, finished_at, status, bytes, path, "
    "partial_path, sha256, pg_dump_version, server_version, error, pid, verified_at, verify_status, "
    "verify_error, warning, host");

const QString kRestoreCheckColumns =
    QStringLiteral("id, attempt_id, job, server, scratch_database, started_at, finished_at, ok, detail");

const QStringList kVerifyStatuses = {QStringLiteral("ok"), QStringLiteral("mismatch"),
                                     QStringLiteral("error")};

using StoredTime::fromText;
using StoredTime::toText;

// The id an INSERT ... RETURNING id made (QPSQL's lastInsertId() is an OID, not the row's id). The
// statement is finished, so SQLite ends its implicit transaction here.
qint64 insertedId(QSqlQuery& query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

// Qt binds a null QString as SQL NULL, which NOT NULL columns refuse.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// What an attempt has produced, in the column order both its start and its end write:
// bytes, path, partial_path, sha256, pg_dump_version, server_version, error, warning.
void bindOutcome(QSqlQuery& query, const HistoryRecord& record)
{
    query.addBindValue(record.bytes);
    query.addBindValue(record.path);
    query.addBindValue(record.partialPath);
    query.addBindValue(record.sha256);
    query.addBindValue(record.pgDumpVersion);
    query.addBindValue(record.serverVersion);
    // Larder's own wording language-neutral; text from elsewhere as it came.
    query.addBindValue(record.storedError.isEmpty() ? record.error : record.storedError);
    // NULL unless there is one, as in the rows older than the column.
    const QString warning = record.storedWarning.isEmpty() ? record.warning : record.storedWarning;
    query.addBindValue(warning.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(warning));
}

// The store's own words (SQLite's "database is locked", PostgreSQL's "connection refused"), without
// Qt's suffix.
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

// Once per process and file: the desktop app opens the history again for every run.
bool firstTimeFor(const QString& path)
{
    static QMutex mutex;
    static QSet<QString> seen;
    const QMutexLocker locker(&mutex);
    if (seen.contains(path))
        return false;
    seen.insert(path);
    return true;
}

} // namespace

History::History(QString path, QString connectionName, HistoryDialect dialect)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_dialect(dialect)
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

tl::unexpected<Error> History::failure(const QSqlError& error, const QString& otherwise) const
{
    if (m_dialect.isDamage(error)) {
        return makeError(tr("history at %1 is damaged: SQLite says %2; move it away to start a new one "
                            "(larder never deletes it)")
                             .arg(m_path, HistoryDialect::errorText(error)));
    }
    return makeError(otherwise);
}

tl::unexpected<Error> History::openFailure(const QSqlError& error, const QString& what) const
{
    return failure(error, tr("cannot open the history at %1 (%2: %3). If another program holds it locked, "
                             "stop it")
                              .arg(m_path, what, HistoryDialect::errorText(error)));
}

Result<std::unique_ptr<History>> History::open(const QString& path, FileSystemProbe networkFileSystemOf)
{
    if (path.isEmpty())
        return makeError(tr("no history path is set: set \"history\" in the config file"));
    if (HistoryAddress::isUrl(path))
        return openDatabase(path, false);
    const QString absolute = QFileInfo(path).absoluteFilePath();

    const QString dir = QFileInfo(absolute).path();
    if (auto made = PrivateDirectory::make(dir); !made) {
        return makeError(ErrorKind::CannotCreate,
                         tr("cannot keep the history at %1: %2, or set \"history\" in the config file to a "
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
        return makeError(ErrorKind::CannotCreate,
                         tr("cannot create the history at %1: %2. Check the directory's permissions, or set "
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
    std::unique_ptr<History> history(
        new History(absolute, connectionName, HistoryDialect(HistoryDialect::Kind::Sqlite)));
    // The file's own, symlinks followed: SQLite keeps its journal beside the file it resolves to.
    if (auto ok = history->initialize(networkFileSystemOf(absolute)); !ok)
        return tl::unexpected(ok.error());
    return history;
}

bool History::exists(const QString& location)
{
    // A database always exists; where nothing ran yet, its schema is made as a file would be.
    return HistoryAddress::isUrl(location) || QFileInfo::exists(location);
}

Result<std::unique_ptr<History>> History::openIfExists(const QString& path)
{
    if (!exists(path))
        return std::unique_ptr<History>();
    return open(path);
}

Result<std::unique_ptr<History>> History::openReadOnly(const QString& path)
{
    if (HistoryAddress::isUrl(path))
        return openDatabase(path, true);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isFile())
        return makeError(tr("there is no history at %1 yet").arg(absolute));
    const QString connectionName = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    std::unique_ptr<History> history(
        new History(absolute, connectionName, HistoryDialect(HistoryDialect::Kind::Sqlite)));
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.open()) {
        return history->failure(db.lastError(),
                                tr("cannot open the history at %1: %2. Check the file's owner "
                                   "and permissions")
                                    .arg(absolute, HistoryDialect::errorText(db.lastError())));
    }
    const auto state = history->readSchemaState();
    if (!state)
        return tl::unexpected(state.error());
    if (auto ok = history->checkSchemaState(*state); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = history->refuseOlderSchema(*state); !ok)
        return tl::unexpected(ok.error());
    return history;
}

Result<void> History::refuseOlderSchema(const SchemaState& state) const
{
    if (state.version < latestSchemaVersion()) {
        return makeError(tr("history at %1 has schema version %2, older than this larder's (%3): any larder "
                            "command that writes it, such as 'larder plan', upgrades it")
                             .arg(m_path)
                             .arg(state.version)
                             .arg(latestSchemaVersion()));
    }
    return {};
}

Result<std::unique_ptr<History>> History::openDatabase(const QString& url, bool readOnly)
{
    const auto address = HistoryAddress::parse(url);
    if (!address)
        return tl::unexpected(address.error());
    const HistoryDialect dialect(HistoryDialect::Kind::Postgres);
    if (!QSqlDatabase::isDriverAvailable(dialect.driver())) {
        return makeError(tr("history %1 is a PostgreSQL database, but Qt's PostgreSQL driver (QPSQL) is not "
                            "installed: install it (Debian: libqt6sql6-psql)")
                             .arg(address->display()));
    }
    const QString connectionName = nextConnectionName();
    address->addConnection(connectionName);
    std::unique_ptr<History> history(new History(address->display(), connectionName, dialect));
    if (auto ok = history->initializeDatabase(readOnly); !ok)
        return tl::unexpected(ok.error());
    return history;
}

Result<void> History::initializeDatabase(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.open()) {
        return makeError(tr("cannot reach the history database %1: %2. Check that the server runs and lets "
                            "this host in (pg_hba.conf), and that ~/.pgpass holds the user's password")
                             .arg(m_path, HistoryDialect::errorText(db.lastError()).trimmed()));
    }
    QSqlQuery query(db);
    // Notices ("... does not exist, skipping") would reach stderr, and so the cron mail.
    QStringList settings = {QStringLiteral("SET client_min_messages = warning"),
                            m_dialect.setLockWait(kDefaultBusyTimeoutMs)};
    if (readOnly)
        settings.append(QStringLiteral("SET default_transaction_read_only = on"));
    for (const QString& setting : settings) {
        if (!query.exec(setting))
            return openFailure(query.lastError(), setting);
    }
    const auto state = readSchemaState();
    if (!state)
        return tl::unexpected(state.error());
    if (auto ok = checkSchemaState(*state); !ok)
        return ok;
    if (readOnly)
        return refuseOlderSchema(*state);
    if (state->version < latestSchemaVersion())
        return migrate();
    return {};
}

Result<void> History::initialize(const QString& networkFileSystem)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.open()) {
        return failure(db.lastError(),
                       tr("cannot open the history at %1: %2. Check the file's owner and permissions")
                           .arg(m_path, HistoryDialect::errorText(db.lastError())));
    }
    QSqlQuery query(db);
    const auto fail = [&](const QString& what) { return openFailure(query.lastError(), what); };

    if (!query.exec(m_dialect.setLockWait(kDefaultBusyTimeoutMs)))
        return fail(QStringLiteral("busy_timeout"));
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(QStringLiteral("foreign_keys"));

    // No quick_check here: it reads the whole file (about a second at a million rows) and `larder
    // plan` must stay quick. Damage shows on the query that meets it; checkIntegrity() looks for it.

    // Checked before the journal mode is set, so a file this build must not touch stays as it is.
    const auto state = readSchemaState();
    if (!state)
        return tl::unexpected(state.error());
    if (auto ok = checkSchemaState(*state); !ok)
        return ok;

    if (auto ok = setJournalMode(networkFileSystem); !ok)
        return ok;

    if (state->version < latestSchemaVersion())
        return migrate();
    return {};
}

Result<void> History::setJournalMode(const QString& networkFileSystem)
{
    // WAL's shared-memory index only works between processes of one machine (sqlite.org/wal.html).
    const bool local = networkFileSystem.isEmpty();
    if (!local && firstTimeFor(m_path)) {
        qCWarning(lcHistory).noquote()
            << QStringLiteral("the history at %1 is on a file system of type %2, where SQLite's WAL mode is "
                              "unsafe: using the rollback journal (slower); put the history on a local disk "
                              "for speed")
                   .arg(m_path, networkFileSystem);
    }
    const QLatin1String wanted = local ? QLatin1String("wal") : QLatin1String("delete");
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(wanted)))
        return openFailure(query.lastError(), QStringLiteral("journal_mode"));
    // Leaving WAL needs the file to itself: while another process has it open, it stays in WAL.
    if (query.next() && query.value(0).toString() != wanted) {
        qCWarning(lcHistory) << "history" << m_path << "stays in journal mode" << query.value(0).toString()
                             << "instead of" << wanted;
    }
    query.finish();
    // Usually the default already, but builds may lower it; below FULL, a power cut can corrupt a
    // file in rollback-journal mode.
    if (!local && !query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return openFailure(query.lastError(), QStringLiteral("synchronous"));
    return {};
}

Result<History::SchemaState> History::readSchemaState() const
{
    if (m_dialect.isPostgres())
        return readDatabaseSchemaState();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // One statement, so both come from the same snapshot even while another process migrates.
    if (!query.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version),"
                                   " (SELECT count(*) FROM sqlite_master)")) ||
        !query.next()) {
        return failure(query.lastError(),
                       tr("cannot read the schema version of the history at %1: %2. If another program "
                          "holds it locked, stop it")
                           .arg(m_path, HistoryDialect::errorText(query.lastError())));
    }
    return SchemaState{query.value(0).toInt(), query.value(1).toInt()};
}

Result<History::SchemaState> History::readDatabaseSchemaState() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const auto readFailed = [&] {
        return makeError(tr("cannot read the schema version of the history database %1: %2")
                             .arg(m_path, HistoryDialect::errorText(query.lastError())));
    };
    // Relations of any application in the schema larder writes to (search_path's first).
    if (!query.exec(QStringLiteral("SELECT to_regclass('larder_schema') IS NOT NULL, (SELECT count(*) FROM"
                                   " pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace"
                                   " WHERE n.nspname = current_schema())")) ||
        !query.next()) {
        return readFailed();
    }
    SchemaState state;
    state.objects = query.value(1).toInt();
    if (!query.value(0).toBool())
        return state;
    // Read after the check: a migration commits its tables and this row together.
    if (!query.exec(m_dialect.readVersion()) || !query.next())
        return readFailed();
    state.version = query.value(0).toInt();
    return state;
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
    if (state.version == 0 && state.objects > 0 && m_dialect.isPostgres()) {
        return makeError(tr("history database %1 holds tables larder did not create: give larder a database "
                            "of its own (createdb -O USER larder)")
                             .arg(m_path));
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
        return failure(query.lastError(),
                       tr("cannot %1 of the history at %2: %3. Check free disk space and the file's "
                          "permissions, and that no other program holds it locked")
                           .arg(doing, m_path, HistoryDialect::errorText(query.lastError())));
    };
    const auto rollback = [&](Result<void> error) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };

    const int latest = latestSchemaVersion();
    for (int target = 1; target <= latest; ++target) {
        // IMMEDIATE, and the version re-read inside, so two processes opening a new file at once
        // do not both run the same step.
        if (!query.exec(m_dialect.beginWrite()))
            return sqlError(tr("upgrade the schema"));
        if (const QString lock = m_dialect.lockForMigration(); !lock.isEmpty() && !query.exec(lock))
            return rollback(sqlError(tr("upgrade the schema")));
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
        QStringList statements;
        for (const QString& statement : migrationSteps().at(target - 1))
            statements.append(m_dialect.schemaStatement(statement));
        statements += m_dialect.stepExtras(target);
        statements += m_dialect.setVersion(target);
        for (const QString& statement : statements) {
            if (!query.exec(statement))
                return rollback(sqlError(tr("upgrade the schema to version %1").arg(target)));
        }
        if (!query.exec(QStringLiteral("COMMIT"))) {
            return rollback(sqlError(tr("upgrade the schema to version %1").arg(target)));
        }
        qCInfo(lcHistory) << "history" << m_path << "schema now at version" << target;
    }
    return {};
}

int History::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(m_dialect.readVersion()) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> History::setBusyTimeout(int milliseconds)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(m_dialect.setLockWait(milliseconds))) {
        return makeError(tr("cannot set the busy timeout of the history at %1: %2")
                             .arg(m_path, HistoryDialect::errorText(query.lastError())));
    }
    return {};
}

bool History::subscribeToChanges(QObject* context, std::function<void()> onChange)
{
    if (!m_dialect.isPostgres())
        return false;
    QSqlDriver* driver = QSqlDatabase::database(m_connectionName, false).driver();
    // Several listeners share the connection's one subscription (the desktop app's, a run's).
    const QString channel = HistoryDialect::changeChannel();
    if (driver == nullptr || (!driver->subscribedToNotifications().contains(channel) &&
                              !driver->subscribeToNotification(channel))) {
        qCWarning(lcHistory) << "cannot listen for changes to the history" << m_path
                             << "; other hosts' runs show after the next refresh";
        return false;
    }
    QObject::connect(
        driver,
        qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(&QSqlDriver::notification),
        context, [onChange = std::move(onChange)] { onChange(); });
    return true;
}

Result<void> History::checkIntegrity() const
{
    // A PostgreSQL server checks its own pages (data checksums, amcheck); there is no file here.
    if (m_dialect.isPostgres())
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        return failure(query.lastError(),
                       tr("cannot check the history at %1: %2. Check that no other program holds the "
                          "file locked")
                           .arg(m_path, HistoryDialect::errorText(query.lastError())));
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (query.lastError().isValid()) {
        return failure(query.lastError(),
                       tr("cannot check the history at %1: %2. Check that no other program holds the "
                          "file locked")
                           .arg(m_path, HistoryDialect::errorText(query.lastError())));
    }
    if (problems.isEmpty())
        return {};
    constexpr int kShown = 3; // the first few say enough; quick_check lists up to 100
    QString said = problems.mid(0, kShown).join(QStringLiteral("; "));
    if (problems.size() > kShown)
        said += tr(" (and %n more)", nullptr, static_cast<int>(problems.size() - kShown));
    return makeError(tr("history at %1 is damaged: SQLite says %2; move it away to start a new one "
                        "(larder never deletes it)")
                         .arg(m_path, said));
}

Result<qint64> History::beginAttempt(const HistoryRecord& record)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO attempts (job, server, \"database\", \"trigger\", started_at, "
        "status, bytes, path, partial_path, sha256, pg_dump_version, server_version, "
        "error, warning, pid, host) VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id"));
    const QDateTime started =
        record.startedUtc.isValid() ? record.startedUtc : QDateTime::currentDateTimeUtc();
    query.addBindValue(notNull(record.job));
    query.addBindValue(notNull(record.server));
    query.addBindValue(notNull(record.database));
    query.addBindValue(triggerName(record.trigger));
    query.addBindValue(toText(started));
    bindOutcome(query, record);
    query.addBindValue(record.pid != 0 ? record.pid : QCoreApplication::applicationPid());
    query.addBindValue(record.host.isEmpty() ? HostIdentity::current() : record.host);
    if (!query.exec()) {
        return failure(query.lastError(),
                       tr("cannot record the start of job %1 in the history at %2: %3. Check free disk "
                          "space and that no other program holds the file locked")
                           .arg(record.job, m_path, HistoryDialect::errorText(query.lastError())));
    }
    const qint64 id = insertedId(query);
    qCDebug(lcHistory) << "began attempt" << id << "of job" << record.job;
    return id;
}

Result<void> History::finishAttempt(const HistoryRecord& record)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE attempts SET status = ?, finished_at = ?, bytes = ?, path = ?, "
                                 "partial_path = ?, sha256 = ?, pg_dump_version = ?, server_version = ?, "
                                 "error = ?, warning = ? WHERE id = ?"));
    const QDateTime finished =
        record.finishedUtc.isValid() ? record.finishedUtc : QDateTime::currentDateTimeUtc();
    query.addBindValue(attemptStatusName(record.status));
    query.addBindValue(toText(finished));
    bindOutcome(query, record);
    query.addBindValue(record.id);
    if (!query.exec()) {
        return failure(query.lastError(),
                       tr("cannot record the end of job %1 in the history at %2: %3. Check free disk "
                          "space and that no other program holds the file locked")
                           .arg(record.job, m_path, HistoryDialect::errorText(query.lastError())));
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
        return failure(query.lastError(),
                       tr("cannot read the history at %1: %2. Check that no other program holds the file "
                          "locked")
                           .arg(m_path, HistoryDialect::errorText(query.lastError())));
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
        record.error = Message::display(query.value(14).toString());
        record.pid = query.value(15).toLongLong();
        record.verifiedUtc = fromText(query.value(16));
        record.verifyStatus = query.value(17).toString();
        record.verifyError = Message::display(query.value(18).toString());
        record.warning = Message::display(query.value(19).toString());
        record.host = query.value(20).toString();
        records.append(std::move(record));
    }
    if (query.lastError().isValid()) {
        return failure(query.lastError(),
                       tr("cannot read the history at %1: %2. Check that no other program holds the file "
                          "locked")
                           .arg(m_path, HistoryDialect::errorText(query.lastError())));
    }
    return records;
}

Result<QList<HistoryRecord>> History::runningAttempts() const
{
    return select(
        QStringLiteral("SELECT %1 FROM attempts WHERE status = 'running' ORDER BY id").arg(kColumns), {});
}

namespace {

// The CTE jobs(name): the distinct job names of attempts, one index seek each (SQLite has no loose
// index scan), ending in a NULL row that users filter out.
QString distinctJobsSql(const QString& table = QStringLiteral("attempts"))
{
    return QStringLiteral("jobs(name) AS ("
                          " SELECT min(job) FROM %1"
                          " UNION ALL"
                          " SELECT (SELECT min(job) FROM %1 WHERE job > jobs.name) FROM jobs"
                          "  WHERE jobs.name IS NOT NULL)")
        .arg(table);
}

// Newest row per job among those matching `condition` (alias t), as two index seeks per job
// however many rows the table holds: a recursive walk over the distinct job names.
QString newestPerJobSql(const QString& table, const QString& columns, const QString& condition)
{
    return QStringLiteral("WITH RECURSIVE %4"
                          " SELECT %2 FROM %1 WHERE id IN ("
                          "  SELECT (SELECT id FROM %1 AS t WHERE t.job = jobs.name"
                          "   AND %3 ORDER BY t.started_at DESC, t.id DESC LIMIT 1)"
                          "  FROM jobs WHERE jobs.name IS NOT NULL)")
        .arg(table, columns, condition, distinctJobsSql(table));
}

// Newest first; empty job: all jobs; limit <= 0: no limit. A non-empty condition (its values
// already in values) narrows the rows further, e.g. to a page's keyset.
QString newestFirstSql(const QString& table, const QString& columns, const QString& job, int limit,
                       QVariantList& values, const QString& condition = {})
{
    QStringList where;
    if (!condition.isEmpty())
        where.append(condition);
    if (!job.isEmpty()) {
        where.append(QStringLiteral("job = ?"));
        values.append(job);
    }
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns, table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    return sql;
}

// One row per job (newestPerJobSql's result), by job name.
template <typename Row>
Result<QHash<QString, Row>> keyedByJob(Result<QList<Row>> rows)
{
    if (!rows)
        return tl::unexpected(rows.error());
    QHash<QString, Row> byJob;
    byJob.reserve(rows->size());
    for (Row& row : *rows)
        byJob.insert(row.job, std::move(row));
    return byJob;
}

} // namespace

Result<QHash<QString, HistoryRecord>> History::lastSuccesses() const
{
    // SQLite has no loose index scan: the (job, status, started_at) index serves the walk.
    const QString sql =
        newestPerJobSql(QStringLiteral("attempts"), kColumns, QStringLiteral("t.status = 'success'"));
    return keyedByJob(select(sql, {}));
}

Result<QHash<QString, HistoryRecord>> History::lastAttempts() const
{
    const QString sql =
        newestPerJobSql(QStringLiteral("attempts"), kColumns, QStringLiteral("t.status != 'running'"));
    return keyedByJob(select(sql, {}));
}

Result<QHash<QString, HistoryRecord>> History::lastOutcomes() const
{
    // The (job, started_at) index serves the walk; the status is checked on the rows it meets.
    const QString sql = newestPerJobSql(QStringLiteral("attempts"), kColumns,
                                        QStringLiteral("t.status NOT IN ('running', 'cancelled')"));
    return keyedByJob(select(sql, {}));
}

Result<QHash<QString, AttemptCounts>> History::attemptCounts() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const auto readFailed = [this, &query] {
        return failure(query.lastError(), tr("cannot count the attempts in the history at %1: %2")
                                              .arg(m_path, HistoryDialect::errorText(query.lastError())));
    };
    if (!query.exec(QStringLiteral("SELECT job, status, count(*) FROM attempts WHERE status != 'running'"
                                   " GROUP BY job, status")))
        return readFailed();
    QHash<QString, AttemptCounts> result;
    while (query.next()) {
        AttemptCounts& counts = result[query.value(0).toString()];
        const qint64 count = query.value(2).toLongLong();
        switch (attemptStatusFromName(query.value(1).toString()).value_or(AttemptStatus::Running)) {
        case AttemptStatus::Success:
        case AttemptStatus::Pruned:
            counts.success += count;
            break;
        case AttemptStatus::Failed:
            counts.failed += count;
            break;
        case AttemptStatus::Interrupted:
            counts.interrupted += count;
            break;
        case AttemptStatus::Cancelled:
            counts.cancelled += count;
            break;
        case AttemptStatus::Running:
            break;
        }
    }
    if (query.lastError().isValid())
        return readFailed();
    return result;
}

Result<QList<HistoryRecord>> History::lastRunAttempts() const
{
    // Attempts are never made by two processes at once (the run lock): the newest process's are the
    // ones after the newest finished attempt of any other.
    return select(
        QStringLiteral(
            "WITH newest AS (SELECT pid, started_at FROM attempts WHERE status != 'running'"
            "  ORDER BY started_at DESC, id DESC LIMIT 1),"
            " earlier AS (SELECT coalesce(max(a.started_at), '') AS started_at FROM attempts AS a, newest"
            "  WHERE a.status != 'running' AND a.pid != newest.pid AND a.started_at <= newest.started_at)"
            " SELECT %1 FROM attempts WHERE status != 'running'"
            "  AND pid = (SELECT pid FROM newest) AND started_at > (SELECT started_at FROM earlier)"
            " ORDER BY started_at, id")
            .arg(kColumns),
        {});
}

Result<PlanHistory> History::planHistory() const
{
    auto last = lastSuccesses();
    if (!last)
        return tl::unexpected(last.error());
    PlanHistory result;
    result.lastSuccesses = std::move(*last);
    // Interrupted and cancelled attempts say nothing about the job: they neither count nor reset.
    // A pruned attempt was a success. Per job, as seeks in the (job, status, started_at) index: its
    // latest success, then the range of failures after it. Reading every failed row and looking up
    // its job's success took ~0.3 s of CPU at 1,000,000 rows, in every plan (bench/run 5, 5b).
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const auto readFailed = [this, &query] {
        return failure(query.lastError(), tr("cannot read the failed attempts from the history at %1: %2")
                                              .arg(m_path, HistoryDialect::errorText(query.lastError())));
    };
    if (!query.exec(
            QStringLiteral(
                "WITH RECURSIVE %1,"
                " since(job, success) AS (SELECT jobs.name, coalesce((SELECT max(s.started_at) FROM attempts"
                "  AS s WHERE s.job = jobs.name AND s.status IN ('success', 'pruned')), '') FROM jobs"
                "  WHERE jobs.name IS NOT NULL)"
                // CROSS JOIN keeps the jobs outside: SQLite does not reorder it.
                " SELECT f.job, count(*), max(coalesce(f.finished_at, f.started_at)) FROM since CROSS JOIN"
                "  attempts AS f WHERE f.job = since.job AND f.status = 'failed' AND f.started_at > "
                "since.success"
                " GROUP BY f.job")
                .arg(distinctJobsSql())))
        return readFailed();
    while (query.next()) {
        PlanHistory::Failures failures;
        failures.count = query.value(1).toInt();
        failures.lastUtc = fromText(query.value(2));
        result.failures.insert(query.value(0).toString(), failures);
    }
    if (query.lastError().isValid())
        return readFailed();
    // Each job's first attempt as one seek in the (job, started_at) index: GROUP BY read all of it.
    if (!query.exec(
            QStringLiteral("WITH RECURSIVE %1 SELECT jobs.name, (SELECT min(t.started_at) FROM"
                           " attempts AS t WHERE t.job = jobs.name) FROM jobs WHERE jobs.name IS NOT NULL")
                .arg(distinctJobsSql())))
        return readFailed();
    while (query.next())
        result.firstAttempts.insert(query.value(0).toString(), fromText(query.value(1)));
    if (query.lastError().isValid())
        return readFailed();
    return result;
}

Result<QList<HistoryRecord>> History::attempts(const QString& job, int limit) const
{
    QVariantList values;
    const QString sql = newestFirstSql(QStringLiteral("attempts"), kColumns, job, limit, values);
    return select(sql, values);
}

Result<QList<HistoryRecord>> History::attemptsBefore(const QString& job, qint64 beforeId, int limit) const
{
    // The row value compares (started_at, id) as attempts() orders them: ids alone would skip or
    // repeat rows wherever an attempt was recorded with an earlier start than one before it. SQLite
    // reads it as a range of the (job, started_at) index (the rowid is the index's last column), so
    // no sort: EXPLAIN QUERY PLAN says "SEARCH attempts USING INDEX attempts_job_started (job=? AND
    // started_at<?)", and with no job the same over attempts_started.
    QVariantList values{beforeId};
    const QString sql = newestFirstSql(
        QStringLiteral("attempts"), kColumns, job, limit, values,
        QStringLiteral("(started_at, id) < (SELECT started_at, id FROM attempts WHERE id = ?)"));
    return select(sql, values);
}

Result<QList<HistoryRecord>> History::attemptsBetween(const QDateTime& fromUtc, const QDateTime& toUtc) const
{
    // The columns select() expects, but NULL for the long texts a timeline does not draw (paths,
    // checksums, versions, errors): a week of 1,000 hourly jobs is 166,000 rows (bench/run 5b).
    static const QString columns = QStringLiteral(
        "id, job, server, \"database\", \"trigger\", started_at, finished_at, status, bytes, NULL, NULL, "
        "NULL, NULL, NULL, NULL, pid, NULL, NULL, NULL, warning, host");
    return select(QStringLiteral("SELECT %1 FROM attempts WHERE started_at >= ? AND started_at < ?"
                                 " AND (finished_at IS NULL OR finished_at >= ?)"
                                 " ORDER BY started_at, id")
                      .arg(columns),
                  {toText(fromUtc.addDays(-1)), toText(toUtc), toText(fromUtc)});
}

Result<QList<HistoryRecord>> History::successfulAttempts(const QString& job) const
{
    // Through the (job, status, started_at) index: retention keeps the successes few, while failed
    // and pruned attempts pile up for as long as the history is kept.
    return select(QStringLiteral("SELECT %1 FROM attempts WHERE job = ? AND status = 'success' "
                                 "ORDER BY started_at DESC, id DESC")
                      .arg(kColumns),
                  {job});
}

Result<QList<qint64>> History::recentDumpSizes(const QString& job, int count) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT bytes FROM attempts WHERE job = ? AND status IN ('success', 'pruned')"
                       " ORDER BY started_at DESC, id DESC LIMIT ?"));
    query.addBindValue(job);
    query.addBindValue(count);
    if (!query.exec()) {
        return failure(query.lastError(),
                       tr("cannot read the history at %1: %2. Check that no other program holds the file "
                          "locked")
                           .arg(m_path, HistoryDialect::errorText(query.lastError())));
    }
    QList<qint64> sizes;
    while (query.next())
        sizes.append(query.value(0).toLongLong());
    return sizes;
}

Result<HistoryRecord> History::attempt(qint64 id) const
{
    auto rows = select(QStringLiteral("SELECT %1 FROM attempts WHERE id = ?").arg(kColumns), {id});
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->isEmpty()) {
        return makeError(tr("attempt %1 is not in the history at %2: `larder history` lists the attempts "
                            "it has")
                             .arg(id)
                             .arg(m_path));
    }
    return rows->takeFirst();
}

Result<void> History::markPruned(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("UPDATE attempts SET status = 'pruned' WHERE id = ? AND status = 'success'"));
    query.addBindValue(id);
    if (!query.exec()) {
        return failure(query.lastError(),
                       tr("cannot mark attempt %1 as pruned in the history at %2: %3. Check free disk "
                          "space and that no other program holds the file locked")
                           .arg(id)
                           .arg(m_path, HistoryDialect::errorText(query.lastError())));
    }
    if (query.numRowsAffected() == 1) {
        qCDebug(lcHistory) << "attempt" << id << "pruned";
        return {};
    }
    // Say why: a missing row and a row in the wrong state need different fixes.
    const auto existing = attempt(id);
    if (!existing)
        return tl::unexpected(existing.error());
    return makeError(tr("cannot mark attempt %1 of job %2 as pruned: it is %3, and only a successful dump "
                        "can be pruned (history at %4)")
                         .arg(id)
                         .arg(existing->job, attemptStatusName(existing->status), m_path));
}

Result<void> History::recordVerification(qint64 id, const QDateTime& verifiedUtc, const QString& status,
                                         const QString& error)
{
    if (!kVerifyStatuses.contains(status)) {
        return makeError(tr("cannot record the verification of attempt %1: status \"%2\" is not one of %3")
                             .arg(id)
                             .arg(status, kVerifyStatuses.join(QStringLiteral(", "))));
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "UPDATE attempts SET verified_at = ?, verify_status = ?, verify_error = ? WHERE id = ?"));
    query.addBindValue(toText(verifiedUtc.isValid() ? verifiedUtc : QDateTime::currentDateTimeUtc()));
    query.addBindValue(status);
    query.addBindValue(error);
    query.addBindValue(id);
    if (!query.exec()) {
        return failure(query.lastError(),
                       tr("cannot record the verification of attempt %1 in the history at %2: %3. Check "
                          "free disk space and that no other program holds the file locked")
                           .arg(id)
                           .arg(m_path, HistoryDialect::errorText(query.lastError())));
    }
    if (query.numRowsAffected() != 1) {
        return makeError(tr("cannot record the verification of attempt %1: it is not in the history at %2 "
                            "(was the file replaced meanwhile?)")
                             .arg(id)
                             .arg(m_path));
    }
    return {};
}

Result<void> History::saveTableCounts(qint64 attemptId, const QList<TableCount>& counts)
{
    QSet<std::pair<QString, QString>> seen;
    for (const TableCount& count : counts) {
        if (seen.contains({count.schema, count.table})) {
            return makeError(tr("cannot save the row counts of attempt %1: table %2.%3 is listed twice")
                                 .arg(attemptId)
                                 .arg(count.schema, count.table));
        }
        seen.insert({count.schema, count.table});
    }
    if (auto existing = attempt(attemptId); !existing)
        return tl::unexpected(existing.error());

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    const auto sqlError = [&]() {
        const auto error = failure(query.lastError(),
                                   tr("cannot save the row counts of attempt %1 in the history at %2: %3. "
                                      "Check free disk space and that no other program holds the file "
                                      "locked")
                                       .arg(attemptId)
                                       .arg(m_path, HistoryDialect::errorText(query.lastError())));
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    // IMMEDIATE: the write lock is taken up front, so a busy file waits here, not halfway.
    if (!query.exec(m_dialect.beginWrite()))
        return failure(query.lastError(),
                       tr("cannot save the row counts of attempt %1 in the history at %2: %3. Check that "
                          "no other program holds the file locked")
                           .arg(attemptId)
                           .arg(m_path, HistoryDialect::errorText(query.lastError())));
    query.prepare(QStringLiteral("DELETE FROM table_counts WHERE attempt_id = ?"));
    query.addBindValue(attemptId);
    if (!query.exec())
        return sqlError();
    query.prepare(
        QStringLiteral("INSERT INTO table_counts (attempt_id, schema, name, row_count) VALUES (?, ?, ?, ?)"));
    for (const TableCount& count : counts) {
        query.bindValue(0, attemptId);
        query.bindValue(1, notNull(count.schema));
        query.bindValue(2, notNull(count.table));
        query.bindValue(3, count.rows);
        if (!query.exec())
            return sqlError();
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return sqlError();
    qCDebug(lcHistory) << "saved" << counts.size() << "table counts of attempt" << attemptId;
    return {};
}

Result<QList<TableCount>> History::tableCounts(qint64 attemptId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT schema, name, row_count FROM table_counts WHERE attempt_id = ? "
                                 "ORDER BY schema, name"));
    query.addBindValue(attemptId);
    const auto readError = [&]() {
        return failure(query.lastError(),
                       tr("cannot read the row counts of attempt %1 from the history at %2: %3. Check that "
                          "no other program holds the file locked")
                           .arg(attemptId)
                           .arg(m_path, HistoryDialect::errorText(query.lastError())));
    };
    if (!query.exec())
        return readError();
    QList<TableCount> counts;
    while (query.next())
        counts.append(
            TableCount{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    if (query.lastError().isValid())
        return readError();
    return counts;
}

Result<qint64> History::recordRestoreCheck(const RestoreCheck& check)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("INSERT INTO restore_checks (attempt_id, job, server, scratch_database, "
                       "started_at, finished_at, ok, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    // 0: the check failed before it had a dump to restore.
    query.addBindValue(check.attemptId != 0 ? QVariant(check.attemptId)
                                            : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(notNull(check.job));
    query.addBindValue(notNull(check.server));
    query.addBindValue(notNull(check.scratchDatabase));
    query.addBindValue(
        toText(check.startedUtc.isValid() ? check.startedUtc : QDateTime::currentDateTimeUtc()));
    query.addBindValue(check.finishedUtc.isValid() ? QVariant(toText(check.finishedUtc))
                                                   : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(check.ok ? 1 : 0);
    query.addBindValue(check.storedDetail.isEmpty() ? check.detail : check.storedDetail);
    if (!query.exec()) {
        return failure(query.lastError(),
                       tr("cannot record the test-restore of job %1 in the history at %2: %3. Check free "
                          "disk space and that no other program holds the file locked")
                           .arg(check.job, m_path, HistoryDialect::errorText(query.lastError())));
    }
    const qint64 id = insertedId(query);
    qCDebug(lcHistory) << "recorded test-restore" << id << "of job" << check.job
                       << (check.ok ? "ok" : "failed");
    return id;
}

Result<QList<RestoreCheck>> History::selectRestoreChecks(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    const auto readError = [&]() {
        return failure(query.lastError(),
                       tr("cannot read the test-restores in the history at %1: %2. Check that no other "
                          "program holds the file locked")
                           .arg(m_path, HistoryDialect::errorText(query.lastError())));
    };
    if (!query.exec())
        return readError();
    QList<RestoreCheck> checks;
    while (query.next()) {
        RestoreCheck check;
        check.id = query.value(0).toLongLong();
        check.attemptId = query.value(1).toLongLong();
        check.job = query.value(2).toString();
        check.server = query.value(3).toString();
        check.scratchDatabase = query.value(4).toString();
        check.startedUtc = fromText(query.value(5));
        check.finishedUtc = fromText(query.value(6));
        check.ok = query.value(7).toInt() != 0;
        check.detail = Message::display(query.value(8).toString());
        checks.append(std::move(check));
    }
    if (query.lastError().isValid())
        return readError();
    return checks;
}

Result<QHash<QString, RestoreCheck>> History::lastGoodRestoreChecks() const
{
    // The same two seeks per job as lastSuccesses(), on the (job, ok, started_at) index.
    const QString sql =
        newestPerJobSql(QStringLiteral("restore_checks"), kRestoreCheckColumns, QStringLiteral("t.ok = 1"));
    return keyedByJob(selectRestoreChecks(sql, {}));
}

Result<QList<RestoreCheck>> History::restoreChecks(const QString& job, int limit) const
{
    QVariantList values;
    const QString sql =
        newestFirstSql(QStringLiteral("restore_checks"), kRestoreCheckColumns, job, limit, values);
    return selectRestoreChecks(sql, values);
}

Result<QHash<qint64, RestoreCheck>> History::latestRestoreChecks(const QList<qint64>& attemptIds) const
{
    // Chunked below SQLite's older limit of 999 bound values.
    constexpr qsizetype kChunk = 500;
    QHash<qint64, RestoreCheck> byAttempt;
    for (qsizetype from = 0; from < attemptIds.size(); from += kChunk) {
        const QList<qint64> chunk = attemptIds.mid(from, kChunk);
        QVariantList values;
        values.reserve(chunk.size());
        for (const qint64 id : chunk)
            values.append(id);
        const QString placeholders = QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','));
        // Oldest first: the newest check of each dump is inserted last and wins.
        auto rows =
            selectRestoreChecks(QStringLiteral("SELECT %1 FROM restore_checks WHERE attempt_id IN (%2) "
                                               "ORDER BY started_at, id")
                                    .arg(kRestoreCheckColumns, placeholders),
                                values);
        if (!rows)
            return tl::unexpected(rows.error());
        for (RestoreCheck& check : *rows)
            byAttempt.insert(check.attemptId, std::move(check));
    }
    return byAttempt;
}

Result<qint64> History::recordNotification(const NotificationRecord& record)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO notifications (notify, kind, event, job, server, delivered, "
        "http_status, error, attempts, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(notNull(record.notify));
    query.addBindValue(notNull(record.kind));
    query.addBindValue(notNull(record.event));
    query.addBindValue(notNull(record.job));
    query.addBindValue(notNull(record.server));
    query.addBindValue(record.delivered ? 1 : 0);
    query.addBindValue(record.httpStatus);
    // Language-neutral when the sender made it so: read back in the reader's language.
    const QString error = record.storedError.isEmpty() ? record.error : record.storedError;
    query.addBindValue(error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error));
    query.addBindValue(record.attempts);
    query.addBindValue(
        toText(record.finishedUtc.isValid() ? record.finishedUtc : QDateTime::currentDateTimeUtc()));
    if (!query.exec()) {
        return failure(
            query.lastError(),
            tr("cannot record notification %1 about job %2 in the history at %3: %4. Check free "
               "disk space and that no other program holds the file locked")
                .arg(record.notify, record.job, m_path, HistoryDialect::errorText(query.lastError())));
    }
    return insertedId(query);
}

Result<QDateTime> History::lastDelivered(const QString& notify, const QString& job,
                                         const QString& event) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT MAX(finished_at) FROM notifications WHERE notify = ? AND job = ? AND "
                       "event = ? AND delivered = 1"));
    query.addBindValue(notify);
    query.addBindValue(job);
    query.addBindValue(event);
    if (!query.exec() || !query.next()) {
        return failure(query.lastError(), tr("cannot read the notifications in the history at %1: %2")
                                              .arg(m_path, HistoryDialect::errorText(query.lastError())));
    }
    return query.value(0).isNull() ? QDateTime() : fromText(query.value(0));
}

Result<QList<NotificationRecord>> History::notifications(int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, notify, kind, event, job, server, delivered, http_status, error, "
                       "attempts, finished_at FROM notifications ORDER BY finished_at DESC, id DESC "
                       "LIMIT ?"));
    query.addBindValue(limit > 0 ? qint64(limit) : kNoLimit);
    if (!query.exec()) {
        return failure(query.lastError(), tr("cannot read the notifications in the history at %1: %2")
                                              .arg(m_path, HistoryDialect::errorText(query.lastError())));
    }
    QList<NotificationRecord> records;
    while (query.next()) {
        NotificationRecord record;
        record.id = query.value(0).toLongLong();
        record.notify = query.value(1).toString();
        record.kind = query.value(2).toString();
        record.event = query.value(3).toString();
        record.job = query.value(4).toString();
        record.server = query.value(5).toString();
        record.delivered = query.value(6).toInt() == 1;
        record.httpStatus = query.value(7).toInt();
        record.error = Message::display(query.value(8).toString());
        record.attempts = query.value(9).toInt();
        record.finishedUtc = fromText(query.value(10));
        records.append(record);
    }
    return records;
}

Result<qint64> History::recordHookRun(const HookRunRecord& record)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO hook_runs (attempt_id, hook, job, started_at, elapsed_ms, ok, "
                                 "timed_out, exit_code, error, output, truncated) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(record.attemptId > 0 ? QVariant(record.attemptId)
                                            : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(notNull(record.hook));
    query.addBindValue(notNull(record.job));
    query.addBindValue(
        toText(record.startedUtc.isValid() ? record.startedUtc : QDateTime::currentDateTimeUtc()));
    query.addBindValue(record.elapsedMs);
    query.addBindValue(record.ok ? 1 : 0);
    query.addBindValue(record.timedOut ? 1 : 0);
    query.addBindValue(record.exitCode);
    query.addBindValue(record.storedError.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                    : QVariant(record.storedError));
    query.addBindValue(notNull(record.output));
    query.addBindValue(record.truncated ? 1 : 0);
    if (!query.exec()) {
        return failure(
            query.lastError(),
            tr("cannot record the %1 hook of job %2 in the history at %3: %4. Check free disk "
               "space and that no other program holds the file locked")
                .arg(record.hook, record.job, m_path, HistoryDialect::errorText(query.lastError())));
    }
    return insertedId(query);
}

Result<QList<HookRunRecord>> History::hookRuns(const QString& job, int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const QString columns =
        QStringLiteral("id, attempt_id, hook, job, started_at, elapsed_ms, ok, timed_out, "
                       "exit_code, error, output, truncated");
    if (job.isEmpty()) {
        query.prepare(QStringLiteral("SELECT %1 FROM hook_runs ORDER BY started_at DESC, id DESC LIMIT ?")
                          .arg(columns));
    } else {
        query.prepare(
            QStringLiteral("SELECT %1 FROM hook_runs WHERE job = ? ORDER BY started_at DESC, id DESC LIMIT ?")
                .arg(columns));
        query.addBindValue(job);
    }
    query.addBindValue(limit > 0 ? qint64(limit) : kNoLimit);
    if (!query.exec()) {
        return failure(query.lastError(), tr("cannot read the hook runs in the history at %1: %2")
                                              .arg(m_path, HistoryDialect::errorText(query.lastError())));
    }
    QList<HookRunRecord> records;
    while (query.next()) {
        HookRunRecord record;
        record.id = query.value(0).toLongLong();
        record.attemptId = query.value(1).toLongLong();
        record.hook = query.value(2).toString();
        record.job = query.value(3).toString();
        record.startedUtc = fromText(query.value(4));
        record.elapsedMs = query.value(5).toLongLong();
        record.ok = query.value(6).toInt() == 1;
        record.timedOut = query.value(7).toInt() == 1;
        record.exitCode = query.value(8).toInt();
        record.storedError = query.value(9).toString();
        record.error = Message::display(record.storedError);
        record.output = query.value(10).toString();
        record.truncated = query.value(11).toInt() == 1;
        records.append(record);
    }
    return records;
}

} // namespace larder
