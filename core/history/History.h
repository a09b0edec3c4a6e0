// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "history/AttemptCounts.h"
#include "history/HistoryDialect.h"
#include "history/HistoryRecord.h"
#include "history/HookRunRecord.h"
#include "history/NotificationRecord.h"
#include "history/PlanHistory.h"
#include "history/RestoreCheck.h"
#include "history/TableCount.h"
#include "system/NetworkFileSystem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

class QObject;
class QSqlError;

namespace larder {

// The history store: one SQLite file (WAL, busy timeout), or a PostgreSQL database a fleet of hosts
// shares (a postgresql:// URL, HistoryAddress); a versioned schema with migrations. Times are stored
// in UTC. Not thread-safe: use from one thread. On a network file system, where WAL is unsafe, the
// rollback journal instead.
class History final
{
    Q_DECLARE_TR_FUNCTIONS(History)
    Q_DISABLE_COPY_MOVE(History)

public:
    ~History();

    // Names the network file system a path is on, empty when local (NetworkFileSystem::of).
    using FileSystemProbe = QString (*)(const QString& path);

    // Creates the file (0600, parent directories 0700) and migrates the schema. A file that is not
    // a SQLite database, or has a newer schema, is an error naming the path; it is never deleted.
    // Tests pass their own probe to play a network file system. A postgresql:// URL opens that
    // database instead (it must exist; larder creates and migrates its tables).
    static Result<std::unique_ptr<History>>
    open(const QString& path, FileSystemProbe networkFileSystemOf = &NetworkFileSystem::of);

    // Whether anything can have been recorded at location yet: its file exists, or it is a URL.
    static bool exists(const QString& location);
    // For commands that read what was recorded (plan, check, metrics, history, restore): like open(),
    // but no file is created where nothing ran yet; then the result holds nullptr.
    static Result<std::unique_ptr<History>> openIfExists(const QString& path);
    // For a glance that must change nothing (shell completion): no file, directory or schema
    // upgrade is made. A missing file or an older schema is an error; open() upgrades it.
    static Result<std::unique_ptr<History>> openReadOnly(const QString& path);

    // The file, or the URL (never with a password).
    QString path() const { return m_path; }
    bool isShared() const { return m_dialect.isPostgres(); }
    // The schema version of the open file; -1 if it cannot be read.
    int schemaVersion() const;
    // The newest schema version this build knows.
    static int latestSchemaVersion();
    // How long a write waits for another process's write to finish (default 10 s); for tests.
    Result<void> setBusyTimeout(int milliseconds);
    // A shared history: onChange is called (in this thread's event loop, while context lives) after
    // any host commits a change to attempts or test-restores, this one included. False for a file,
    // whose changes are seen by watching it.
    bool subscribeToChanges(QObject* context, std::function<void()> onChange);
    // Reads the whole file (PRAGMA quick_check); open() does not, so it stays fast on a large history.
    Result<void> checkIntegrity() const;

    // Inserts a row with status Running (started now if startedUtc is invalid); returns its id.
    Result<qint64> beginAttempt(const HistoryRecord& record);
    // Sets status, finished time, bytes, path, sha256, versions and error of an attempt.
    Result<void> finishAttempt(const HistoryRecord& record);

    // Rows still marked Running (left by a killed run).
    Result<QList<HistoryRecord>> runningAttempts() const;
    // The latest successful attempt of each job, by job name.
    Result<QHash<QString, HistoryRecord>> lastSuccesses() const;
    // The newest finished attempt of each job (any status but running), by job name.
    Result<QHash<QString, HistoryRecord>> lastAttempts() const;
    // The newest attempt of each job that tells how the job is doing (neither running nor cancelled),
    // by job name.
    Result<QHash<QString, HistoryRecord>> lastOutcomes() const;
    // How each job's finished attempts ended, by job name (one query for all jobs).
    Result<QHash<QString, AttemptCounts>> attemptCounts() const;
    // The last run's finished attempts, oldest first: those of the process (pid) that made the newest
    // finished attempt, back to the newest finished attempt of any other process. History records no
    // run of its own: a `larder run` is one process; the desktop app's runs since it started are one.
    Result<QList<HistoryRecord>> lastRunAttempts() const;
    // lastSuccesses() and each job's failures since then (one query for all jobs), for Planner.
    Result<PlanHistory> planHistory() const;
    // Newest first; empty job: all jobs; limit <= 0: no limit.
    Result<QList<HistoryRecord>> attempts(const QString& job, int limit) const;
    // The page after attempt beforeId in attempts(job, ...)'s order (newest first by start, then id):
    // a keyset read that costs the same however deep the page, where OFFSET would step over every row
    // above it. None when beforeId is not in the history. Empty job: all jobs; limit <= 0: no limit.
    Result<QList<HistoryRecord>> attemptsBefore(const QString& job, qint64 beforeId, int limit) const;
    // Every job's attempts that overlap [fromUtc, toUtc), oldest first (the timeline's past); one that
    // started more than a day before fromUtc is left out, so the read stays a range of an index. Only
    // what a timeline draws is read: path, partial path, sha256, versions, error and verification are
    // left empty (attempt(id) reads them).
    Result<QList<HistoryRecord>> attemptsBetween(const QDateTime& fromUtc, const QDateTime& toUtc) const;
    // A job's successful dumps, newest first (pruned ones have their own status and drop out).
    Result<QList<HistoryRecord>> successfulAttempts(const QString& job) const;
    // The sizes of a job's latest `count` successful dumps, newest first, pruned ones included (they
    // were good dumps): what DumpSizeCheck compares a new dump with. Schema v3.
    Result<QList<qint64>> recentDumpSizes(const QString& job, int count) const;

    // Schema v2: retention, verification and test-restores.
    Result<HistoryRecord> attempt(qint64 id) const;
    // Status becomes Pruned; the row is kept for the record.
    Result<void> markPruned(qint64 id);
    // status: "ok", "mismatch" or "error"; error as stored (Message::serialize(), or plain text).
    Result<void> recordVerification(qint64 id, const QDateTime& verifiedUtc, const QString& status,
                                    const QString& error);
    // Per-table row counts of a dump, counted at dump time.
    Result<void> saveTableCounts(qint64 attemptId, const QList<TableCount>& counts);
    Result<QList<TableCount>> tableCounts(qint64 attemptId) const; // sorted by schema, table
    Result<qint64> recordRestoreCheck(const RestoreCheck& check);
    // The latest successful test-restore of each job, by job name (for test_restore schedules).
    Result<QHash<QString, RestoreCheck>> lastGoodRestoreChecks() const;
    // Newest first; empty job: all jobs; limit <= 0: no limit.
    Result<QList<RestoreCheck>> restoreChecks(const QString& job, int limit) const;
    // The newest test-restore of each of these dumps, by attempt id; dumps never test-restored are
    // left out. One query per 500 ids, not one per dump.
    Result<QHash<qint64, RestoreCheck>> latestRestoreChecks(const QList<qint64>& attemptIds) const;

    // Schema v4: each notification's delivery ([notify.NAME]).
    Result<qint64> recordNotification(const NotificationRecord& record);
    // Newest first; limit <= 0: no limit.
    Result<QList<NotificationRecord>> notifications(int limit) const;
    // When [notify.NAME] last delivered event about job; invalid if never.
    Result<QDateTime> lastDelivered(const QString& notify, const QString& job, const QString& event) const;

    // Schema v5: each hook command's run, with the end of its output.
    Result<qint64> recordHookRun(const HookRunRecord& record);
    // Newest first; empty job: every job's and after_run's; limit <= 0: no limit.
    Result<QList<HookRunRecord>> hookRuns(const QString& job, int limit) const;

private:
    // Claims are written on this history's connection, in its dialect.
    friend class FleetClaims;

    History(QString path, QString connectionName, HistoryDialect dialect);

    static Result<std::unique_ptr<History>> openDatabase(const QString& url, bool readOnly);

    struct SchemaState
    {
        int version = 0;
        int objects = 0; // tables, indexes, ... of any application
    };

    Result<void> initialize(const QString& networkFileSystem);
    Result<void> initializeDatabase(bool readOnly);
    Result<SchemaState> readDatabaseSchemaState() const;
    Result<void> refuseOlderSchema(const SchemaState& state) const;
    Result<void> setJournalMode(const QString& networkFileSystem);
    Result<SchemaState> readSchemaState() const;
    Result<void> checkSchemaState(const SchemaState& state) const;
    Result<void> migrate();
    Result<QList<HistoryRecord>> select(const QString& sql, const QVariantList& values) const;
    Result<QList<RestoreCheck>> selectRestoreChecks(const QString& sql, const QVariantList& values) const;
    // A damaged file gets the same advice wherever SQLite first notices it; otherwise `otherwise`.
    tl::unexpected<Error> failure(const QSqlError& error, const QString& otherwise) const;
    // A statement of open() failed; what: the PRAGMA.
    tl::unexpected<Error> openFailure(const QSqlError& error, const QString& what) const;

    QString m_path;
    QString m_connectionName;
    HistoryDialect m_dialect;
};

} // namespace larder
