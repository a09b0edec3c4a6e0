// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "HistoryStore.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "base/Message.h"
#include "history/FleetClaims.h"
#include "history/History.h"
#include "history/HistoryAddress.h"
#include "system/HostIdentity.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <thread>
#include <vector>

using namespace larder;

// A property of the SQLite file (its mode, journal, pages), or a file written by hand.
#define SQLITE_FILE_ONLY()                                                                                   \
    if (onPostgres())                                                                                        \
    QSKIP("about the SQLite file")
// About the shared PostgreSQL history (tst_history_postgres).
#define POSTGRES_ONLY()                                                                                      \
    if (!onPostgres())                                                                                       \
    QSKIP("about a PostgreSQL history")

namespace {

// A plain connection beside the History under test, playing "another process": to the SQLite file,
// or to the PostgreSQL database as larder's role.
class RawConnection final
{
    Q_DISABLE_COPY_MOVE(RawConnection)

public:
    explicit RawConnection(const QString& location) : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        const auto address = HistoryAddress::parse(location);
        QSqlDatabase db = address ? address->addConnection(m_name)
                                  : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (!address)
            db.setDatabaseName(location);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString& sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return QVariant();
        return query.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

QDateTime utc(int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second, ms), Qt::UTC);
}

HistoryRecord record(const QString& job, const QDateTime& started)
{
    HistoryRecord r;
    r.job = job;
    r.server = QStringLiteral("db1");
    r.database = job + QStringLiteral("_db");
    r.startedUtc = started;
    return r;
}

int modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

// Qt 6.4 evaluates a QVERIFY2 description even when the check passes.
template <typename T>
const char* why(const Result<T>& result)
{
    static QByteArray text;
    text = result ? QByteArray() : result.error().message.toLocal8Bit();
    return text.constData();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// The schema as released in version 1, so the migration is tested from what users have on disk.
const QStringList kSchemaV1 = {
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
    QStringLiteral("CREATE INDEX attempts_job_status_started ON attempts (job, status, started_at)"),
    QStringLiteral("CREATE INDEX attempts_job_started ON attempts (job, started_at)"),
    QStringLiteral("CREATE INDEX attempts_started ON attempts (started_at)"),
    QStringLiteral("CREATE INDEX attempts_running ON attempts (id) WHERE status = 'running'"),
    QStringLiteral("PRAGMA user_version = 1"),
};

// Overwrites whole pages (numbered from 1, as SQLite does) with a pattern no b-tree page has.
bool trashPages(const QString& path, const QList<int>& pages, int pageSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    for (int page : pages) {
        if (!file.seek(qint64(page - 1) * pageSize) || file.write(QByteArray(pageSize, '\xA5')) != pageSize)
            return false;
    }
    return true;
}

// A new history at path with 300 attempts carrying long errors, closed again: closing the last
// connection checkpoints the WAL into the file, whose pages the damage tests then trash.
bool writeManyAttempts(const QString& path)
{
    auto history = History::open(path);
    if (!history)
        return false;
    for (int i = 0; i < 300; ++i) {
        HistoryRecord r = record(QStringLiteral("job%1").arg(i % 7), utc(1, 0, 0, 0, 0).addSecs(i));
        r.error = QString(200, QLatin1Char('x'));
        if (!(*history)->beginAttempt(r))
            return false;
    }
    return true;
}

QStringList columnsOf(RawConnection& raw, const QString& table)
{
    QStringList names;
    QSqlQuery query(raw.db());
    if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table)))
        return names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QStringList schemaObjects(RawConnection& raw)
{
    QStringList objects;
    QSqlQuery query(raw.db());
    if (!query.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master ORDER BY 1")))
        return objects;
    while (query.next())
        objects.append(query.value(0).toString());
    return objects;
}

RestoreCheck restoreCheck(const QString& job, const QDateTime& started, bool ok, qint64 attemptId)
{
    RestoreCheck check;
    check.attemptId = attemptId;
    check.job = job;
    check.server = QStringLiteral("scratch-host");
    check.scratchDatabase = QStringLiteral("larder_restore_") + job;
    check.startedUtc = started;
    check.finishedUtc = started.addSecs(90);
    check.ok = ok;
    check.detail = ok ? QStringLiteral("12 tables, counts match") : QStringLiteral("public.orders: 5 != 7");
    return check;
}

// Two slots of one job, as FleetClaims keys them.
const QString kSlot = QStringLiteral("2026-12-08T02:00:00.000Z");
const QString kNextSlot = QStringLiteral("2026-12-09T02:00:00.000Z");

// A claim made as host (HostIdentity is process-wide, as in a real run).
larder::Result<ClaimAnswer> claimAs(FleetClaims& claims, const QString& host, const QString& job, int limit,
                                    const QString& slot, const QString& server = QStringLiteral("s"),
                                    const FleetClaims::Backoff& backoff = {})
{
    HostIdentity::set(host);
    return claims.claim(job, server, limit, slot, backoff);
}

} // namespace

class TstHistory final : public QObject
{
    Q_OBJECT

private:
    static QString networkWarning(const QString& path, const QString& type = QStringLiteral("NFS"))
    {
        return QStringLiteral("the history at %1 is on a file system of type %2, where SQLite's WAL mode is "
                              "unsafe: using the rollback journal (slower); put the history on a local disk "
                              "for speed")
            .arg(path, type);
    }

    // Begins an attempt and finishes it with the given status at started + minutes.
    qint64 addFinished(History& history, const QString& job, const QDateTime& started, AttemptStatus status)
    {
        const auto id = history.beginAttempt(record(job, started));
        if (!id)
            return 0;
        HistoryRecord done = record(job, started);
        done.id = *id;
        done.status = status;
        done.finishedUtc = started.addSecs(60);
        return history.finishAttempt(done) ? *id : 0;
    }

    bool onPostgres() const { return m_store->isPostgres(); }

private Q_SLOTS:
    // The same cases against a SQLite file (tst_history) and a PostgreSQL database (tst_history_postgres,
    // a fleet's shared history); those about the file itself run on SQLite only.
    void initTestCase()
    {
#ifdef LARDER_HISTORY_ON_POSTGRES
        auto store = HistoryStore::start(HistoryStore::Kind::Postgres);
#else
        auto store = HistoryStore::start(HistoryStore::Kind::Sqlite);
#endif
        QVERIFY_RESULT(store);
        m_store = std::move(*store);
    }
    void cleanupTestCase()
    {
        m_store.reset();
    }

    void cleanup()
    {
        m_history.reset();
        HostIdentity::set(QString()); // the claims' tests play several hosts
    }

    void statusNames_roundTrip_data()
    {
        QTest::addColumn<AttemptStatus>("status");
        QTest::addColumn<QString>("name");
        QTest::newRow("running") << AttemptStatus::Running << "running";
        QTest::newRow("success") << AttemptStatus::Success << "success";
        QTest::newRow("failed") << AttemptStatus::Failed << "failed";
        QTest::newRow("interrupted") << AttemptStatus::Interrupted << "interrupted";
        QTest::newRow("cancelled") << AttemptStatus::Cancelled << "cancelled";
        QTest::newRow("pruned") << AttemptStatus::Pruned << "pruned";
    }
    void statusNames_roundTrip()
    {
        QFETCH(AttemptStatus, status);
        QFETCH(QString, name);
        QCOMPARE(attemptStatusName(status), name);
        QCOMPARE(attemptStatusFromName(name), std::optional<AttemptStatus>(status));
    }

    void triggerNames_roundTrip()
    {
        QCOMPARE(triggerName(Trigger::Schedule), QStringLiteral("schedule"));
        QCOMPARE(triggerName(Trigger::Manual), QStringLiteral("manual"));
        QCOMPARE(triggerFromName(QStringLiteral("schedule")), std::optional<Trigger>(Trigger::Schedule));
        QCOMPARE(triggerFromName(QStringLiteral("manual")), std::optional<Trigger>(Trigger::Manual));
    }

    void unknownNames_giveNothing()
    {
        QVERIFY(!attemptStatusFromName(QStringLiteral("Success")));
        QVERIFY(!attemptStatusFromName(QString()));
        QVERIFY(!triggerFromName(QStringLiteral("cron")));
    }

    void durationMs_isZeroUntilFinished()
    {
        HistoryRecord r = record(QStringLiteral("a"), utc(1, 3, 0, 0, 250));
        QCOMPARE(r.durationMs(), 0);
        r.finishedUtc = utc(1, 3, 1, 2, 500);
        QCOMPARE(r.durationMs(), 62250);
    }

    void open_createsPrivateFileAndDirsAtLatestSchemaVersion()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("nested/larder"));
        const QString path = dir + QStringLiteral("/history.sqlite");
        auto history = History::open(path);
        QVERIFY_RESULT(history);
        QCOMPARE((*history)->path(), path);
        QCOMPARE((*history)->schemaVersion(), History::latestSchemaVersion());
        QCOMPARE(History::latestSchemaVersion(), 7);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(tmp.filePath(QStringLiteral("nested"))), 0700);

        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), History::latestSchemaVersion());
        // SQLite gives the WAL the main file's mode, so it is private too.
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
    }

    void beginAndFinish_roundTripEveryField()
    {
        History* history = &scratch();

        HistoryRecord begun;
        begun.job = QStringLiteral("billing-nightly");
        begun.server = QStringLiteral("prod-eu");
        begun.database = QStringLiteral("billing");
        begun.trigger = Trigger::Manual;
        // Given in +02:00: stored and read back as the same instant in UTC.
        begun.startedUtc = QDateTime(QDate(2026, 11, 26), QTime(5, 14, 5, 123), Qt::OffsetFromUTC, 7200);
        begun.partialPath = QStringLiteral("/srv/dumps/.billing.partial");
        begun.pid = 4242;
        const auto id = history->beginAttempt(begun);
        QVERIFY_RESULT(id);
        QVERIFY(*id > 0);

        HistoryRecord finished = begun;
        finished.id = *id;
        finished.status = AttemptStatus::Success;
        finished.finishedUtc = utc(26, 3, 20, 7, 9);
        finished.bytes = 5'000'000'000LL;
        finished.path = QStringLiteral("/srv/dumps/billing-20261126T031405Z.dump");
        finished.sha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        finished.pgDumpVersion = QStringLiteral("15.8");
        finished.serverVersion = QStringLiteral("15.6");
        finished.error = QStringLiteral("warning: ünïcödé kept");
        finished.warning = QStringLiteral("dump is 1.2 MiB, ünïcödé");
        const auto ok = history->finishAttempt(finished);
        QVERIFY_RESULT(ok);

        const auto rows = history->attempts(QStringLiteral("billing-nightly"), 0);
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->size(), 1);
        const HistoryRecord& got = rows->first();
        QCOMPARE(got.id, *id);
        QCOMPARE(got.job, finished.job);
        QCOMPARE(got.server, finished.server);
        QCOMPARE(got.database, finished.database);
        QCOMPARE(got.trigger, Trigger::Manual);
        QCOMPARE(got.startedUtc, utc(26, 3, 14, 5, 123));
        QCOMPARE(got.startedUtc.timeSpec(), Qt::UTC);
        QCOMPARE(got.startedUtc.time().msec(), 123);
        QCOMPARE(got.finishedUtc, finished.finishedUtc);
        QCOMPARE(got.finishedUtc.timeSpec(), Qt::UTC);
        QCOMPARE(got.finishedUtc.time().msec(), 9);
        QCOMPARE(got.status, AttemptStatus::Success);
        QCOMPARE(got.bytes, finished.bytes);
        QCOMPARE(got.path, finished.path);
        QCOMPARE(got.partialPath, finished.partialPath);
        QCOMPARE(got.sha256, finished.sha256);
        QCOMPARE(got.pgDumpVersion, finished.pgDumpVersion);
        QCOMPARE(got.serverVersion, finished.serverVersion);
        QCOMPARE(got.error, finished.error);
        QCOMPARE(got.warning, finished.warning);
        QCOMPARE(got.pid, 4242);
        QCOMPARE(got.host, QSysInfo::machineHostName());
        QCOMPARE(got.durationMs(), (6 * 60 + 2) * 1000 + 9 - 123);

        // Text order is time order only with the fixed-width UTC form.
        RawConnection raw(history->path());
        QCOMPARE(raw.value(QStringLiteral("SELECT started_at FROM attempts")).toString(),
                 QStringLiteral("2026-11-26T03:14:05.123Z"));
    }

    // A fleet's hosts share one history: each attempt says which host made it.
    void beginAttempt_recordsTheHostGivenOrThisOne()
    {
        HistoryRecord elsewhere = record(QStringLiteral("a"), utc(1, 2, 0, 0, 0));
        elsewhere.host = QStringLiteral("backup-2.example.net");
        const auto theirs = scratch().beginAttempt(elsewhere);
        const auto ours = scratch().beginAttempt(record(QStringLiteral("a"), utc(1, 3, 0, 0, 0)));
        QVERIFY_RESULT(theirs);
        QVERIFY_RESULT(ours);
        QCOMPARE(scratch().attempt(*theirs)->host, QStringLiteral("backup-2.example.net"));
        QCOMPARE(scratch().attempt(*ours)->host, QSysInfo::machineHostName());
    }

    void beginAttempt_fillsPidAndStartWhenMissing()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const auto id = scratch().beginAttempt(record(QStringLiteral("a"), QDateTime()));
        QVERIFY_RESULT(id);
        const auto running = scratch().runningAttempts();
        QVERIFY(running);
        QCOMPARE(running->size(), 1);
        QCOMPARE(running->first().pid, QCoreApplication::applicationPid());
        QVERIFY(running->first().startedUtc >= before);
        QVERIFY(running->first().startedUtc <= QDateTime::currentDateTimeUtc());
        QVERIFY(!running->first().finishedUtc.isValid());
        QCOMPARE(running->first().durationMs(), 0);
    }

    void finishAttempt_withoutFinishTime_usesNow()
    {
        HistoryRecord r = record(QStringLiteral("a"), utc(1, 1, 0, 0, 0));
        const auto id = scratch().beginAttempt(r);
        QVERIFY(id);
        r.id = *id;
        r.status = AttemptStatus::Failed;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QVERIFY(scratch().finishAttempt(r));
        const auto rows = scratch().attempts(QString(), 0);
        QVERIFY(rows);
        QCOMPARE(rows->first().status, AttemptStatus::Failed);
        QVERIFY(rows->first().finishedUtc >= before);
    }

    void finishAttempt_unknownId_isErrorNamingThePath()
    {
        const QString path = scratch().path();
        HistoryRecord r = record(QStringLiteral("a"), utc(1, 1, 0, 0, 0));
        r.id = 77;
        r.status = AttemptStatus::Success;
        const auto result = scratch().finishAttempt(r);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(path), why(result));
        QVERIFY(result.error().message.contains(QStringLiteral("77")));
    }

    void runningAttempts_listsOnlyUnfinished()
    {
        QVERIFY(scratch().runningAttempts()->isEmpty());
        const auto a = scratch().beginAttempt(record(QStringLiteral("a"), utc(1, 1, 0, 0, 0)));
        const auto b = scratch().beginAttempt(record(QStringLiteral("b"), utc(1, 1, 0, 0, 0)));
        QVERIFY(a && b);
        auto running = scratch().runningAttempts();
        QVERIFY(running);
        QCOMPARE(running->size(), 2);

        HistoryRecord done = record(QStringLiteral("a"), utc(1, 1, 0, 0, 0));
        done.id = *a;
        done.status = AttemptStatus::Interrupted;
        QVERIFY(scratch().finishAttempt(done));
        running = scratch().runningAttempts();
        QVERIFY(running);
        QCOMPARE(running->size(), 1);
        QCOMPARE(running->first().id, *b);
        QCOMPARE(running->first().job, QStringLiteral("b"));
        QCOMPARE(running->first().status, AttemptStatus::Running);
    }

    void lastSuccesses_picksLatestSuccessPerJob()
    {
        History& h = scratch();
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        const QString c = QStringLiteral("c");
        // Inserted out of time order: the newest start wins, not the highest id.
        const qint64 aNewest = addFinished(h, a, utc(3, 2, 0, 0, 1), AttemptStatus::Success);
        addFinished(h, a, utc(3, 2, 0, 0, 0), AttemptStatus::Success);
        addFinished(h, a, utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        addFinished(h, a, utc(4, 2, 0, 0, 0), AttemptStatus::Failed);
        addFinished(h, a, utc(5, 2, 0, 0, 0), AttemptStatus::Interrupted);
        addFinished(h, a, utc(6, 2, 0, 0, 0), AttemptStatus::Cancelled);
        addFinished(h, b, utc(2, 2, 0, 0, 0), AttemptStatus::Failed);
        addFinished(h, b, utc(3, 2, 0, 0, 0), AttemptStatus::Interrupted);
        const qint64 cOnly = addFinished(h, c, utc(2, 2, 0, 0, 0), AttemptStatus::Success);
        QVERIFY(h.beginAttempt(record(c, utc(7, 2, 0, 0, 0))));
        QVERIFY(aNewest && cOnly);

        const auto last = h.lastSuccesses();
        QVERIFY_RESULT(last);
        QCOMPARE(last->size(), 2);
        QVERIFY(!last->contains(b));
        QCOMPARE(last->value(a).id, aNewest);
        QCOMPARE(last->value(a).startedUtc, utc(3, 2, 0, 0, 1));
        QCOMPARE(last->value(a).status, AttemptStatus::Success);
        QCOMPARE(last->value(c).id, cOnly);
    }

    void planHistory_countsFailuresSinceTheLatestSuccessOnly()
    {
        History& h = scratch();
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        const QString c = QStringLiteral("c");
        // a: failures before its success do not count; interrupted and cancelled neither count nor reset.
        addFinished(h, a, utc(1, 2, 0, 0, 0), AttemptStatus::Failed);
        addFinished(h, a, utc(2, 2, 0, 0, 0), AttemptStatus::Success);
        addFinished(h, a, utc(3, 2, 0, 0, 0), AttemptStatus::Failed);
        addFinished(h, a, utc(3, 3, 0, 0, 0), AttemptStatus::Interrupted);
        addFinished(h, a, utc(3, 4, 0, 0, 0), AttemptStatus::Failed);
        addFinished(h, a, utc(3, 5, 0, 0, 0), AttemptStatus::Cancelled);
        // b: never succeeded.
        addFinished(h, b, utc(1, 2, 0, 0, 0), AttemptStatus::Failed);
        addFinished(h, b, utc(1, 3, 0, 0, 0), AttemptStatus::Failed);
        addFinished(h, b, utc(1, 4, 0, 0, 0), AttemptStatus::Failed);
        // c: its latest success was pruned since: still a success.
        addFinished(h, c, utc(1, 2, 0, 0, 0), AttemptStatus::Failed);
        const qint64 pruned = addFinished(h, c, utc(1, 3, 0, 0, 0), AttemptStatus::Success);
        QVERIFY(h.markPruned(pruned));

        const auto plan = h.planHistory();
        QVERIFY_RESULT(plan);
        QCOMPARE(plan->lastSuccesses.size(), 1);
        QCOMPARE(plan->failures.size(), 2);
        QCOMPARE(plan->failures.value(a).count, 2);
        QCOMPARE(plan->failures.value(a).lastUtc, utc(3, 4, 1, 0, 0)); // when it ended
        QCOMPARE(plan->failures.value(b).count, 3);
        QCOMPARE(plan->failures.value(b).lastUtc, utc(1, 4, 1, 0, 0));
        QVERIFY(!plan->failures.contains(c));
        // Each job's first attempt, whatever its status (Freshness counts a never-succeeded job from it).
        QCOMPARE(plan->firstAttempts.size(), 3);
        QCOMPARE(plan->firstAttempts.value(a), utc(1, 2, 0, 0, 0));
        QCOMPARE(plan->firstAttempts.value(b), utc(1, 2, 0, 0, 0));
        QCOMPARE(plan->firstAttempts.value(c), utc(1, 2, 0, 0, 0));
    }

    // What the job table and the health watch show per job, one query for all jobs: the newest
    // finished attempt (a cancelled one too), and the newest that says how the job is doing.
    void lastAttemptsAndOutcomes_skipRunningAndOutcomesSkipCancelled()
    {
        History& h = scratch();
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        const qint64 aFailed = addFinished(h, a, utc(1, 2, 0, 0, 0), AttemptStatus::Failed);
        const qint64 aCancelled = addFinished(h, a, utc(1, 3, 0, 0, 0), AttemptStatus::Cancelled);
        QVERIFY(h.beginAttempt(record(a, utc(1, 4, 0, 0, 0)))); // still running
        const qint64 bSuccess = addFinished(h, b, utc(1, 1, 0, 0, 0), AttemptStatus::Success);
        QVERIFY(aFailed && aCancelled && bSuccess);
        QVERIFY(h.beginAttempt(record(QStringLiteral("c"), utc(1, 5, 0, 0, 0)))); // only running

        const auto last = h.lastAttempts();
        QVERIFY_RESULT(last);
        QCOMPARE(last->size(), 2);
        QCOMPARE(last->value(a).id, aCancelled);
        QCOMPARE(last->value(b).id, bSuccess);
        const auto outcomes = h.lastOutcomes();
        QVERIFY_RESULT(outcomes);
        QCOMPARE(outcomes->size(), 2);
        QCOMPARE(outcomes->value(a).id, aFailed);
        QCOMPARE(outcomes->value(a).status, AttemptStatus::Failed);
        QCOMPARE(outcomes->value(b).id, bSuccess);
    }

    void lastSuccesses_emptyHistoryGivesNothing()
    {
        const auto last = scratch().lastSuccesses();
        QVERIFY_RESULT(last);
        QVERIFY(last->isEmpty());
    }

    void lastSuccesses_sameStartTime_takesHighestId()
    {
        addFinished(scratch(), QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        const qint64 second =
            addFinished(scratch(), QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        const auto last = scratch().lastSuccesses();
        QVERIFY(last);
        QCOMPARE(last->size(), 1);
        QCOMPARE(last->value(QStringLiteral("a")).id, second);
    }

    void attempts_data()
    {
        QTest::addColumn<QString>("job");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<int>>("expected"); // indexes into the inserted rows, newest first

        // Rows: 0 a@day2, 1 b@day3, 2 a@day1, 3 a@day2 (same start as 0), 4 b@day1
        QTest::newRow("one job, all") << "a" << 0 << QList<int>{3, 0, 2};
        QTest::newRow("one job, negative limit") << "a" << -1 << QList<int>{3, 0, 2};
        QTest::newRow("one job, limit") << "a" << 2 << QList<int>{3, 0};
        QTest::newRow("other job") << "b" << 5 << QList<int>{1, 4};
        QTest::newRow("all jobs") << "" << 0 << QList<int>{1, 3, 0, 4, 2};
        QTest::newRow("all jobs, limit") << "" << 3 << QList<int>{1, 3, 0};
        QTest::newRow("unknown job") << "zzz" << 0 << QList<int>{};
    }
    void attempts()
    {
        QFETCH(QString, job);
        QFETCH(int, limit);
        QFETCH(QList<int>, expected);
        const QList<qint64> ids = insertOrderingRows();
        QCOMPARE(ids.size(), 5);
        const auto got = scratch().attempts(job, limit);
        QVERIFY_RESULT(got);
        QCOMPARE(idsOf(*got), pick(ids, expected));
    }

    void attemptsBefore_data()
    {
        QTest::addColumn<QString>("job");
        QTest::addColumn<int>("before"); // index into the inserted rows; -1: an id not in the history
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<int>>("expected"); // indexes into the inserted rows, newest first

        // Rows as in attempts(): 0 a@day2, 1 b@day3, 2 a@day1, 3 a@day2 (same start as 0), 4 b@day1.
        // Job a newest first is 3, 0, 2: after 3 comes 0 (same start, lower id), not 2 (lower id).
        QTest::newRow("after the newest") << "a" << 3 << 0 << QList<int>{0, 2};
        QTest::newRow("same start, lower id") << "a" << 0 << 0 << QList<int>{2};
        QTest::newRow("after the oldest") << "a" << 2 << 0 << QList<int>{};
        QTest::newRow("limit") << "a" << 3 << 1 << QList<int>{0};
        QTest::newRow("negative limit") << "a" << 3 << -1 << QList<int>{0, 2};
        QTest::newRow("another job's row as the key") << "a" << 1 << 0 << QList<int>{3, 0, 2};
        QTest::newRow("all jobs") << "" << 3 << 0 << QList<int>{0, 4, 2};
        QTest::newRow("all jobs, limit") << "" << 1 << 2 << QList<int>{3, 0};
        QTest::newRow("unknown job") << "zzz" << 3 << 0 << QList<int>{};
        QTest::newRow("unknown id") << "a" << -1 << 0 << QList<int>{};
    }
    void attemptsBefore()
    {
        QFETCH(QString, job);
        QFETCH(int, before);
        QFETCH(int, limit);
        QFETCH(QList<int>, expected);
        const QList<qint64> ids = insertOrderingRows();
        QCOMPARE(ids.size(), 5);
        const auto got =
            scratch().attemptsBefore(job, before < 0 ? ids.last() + 1000 : ids.at(before), limit);
        QVERIFY_RESULT(got);
        QCOMPARE(idsOf(*got), pick(ids, expected));
    }

    // Paging a job from its first page to the end reads every row once, in attempts()'s order, even
    // where starts repeat and rows were recorded out of time order.
    void attemptsBefore_pagesWithoutGapsOrDuplicates()
    {
        History& h = scratch();
        for (int i = 0; i < 37; ++i) {
            // Starts jump back and forth (i * 17 mod 37), and every third repeats the one before it.
            const int minute = ((i % 3 == 2 ? i - 1 : i) * 17) % 37;
            QVERIFY(h.beginAttempt(record(QStringLiteral("a"), utc(1, 0, minute, 0, 0))));
            QVERIFY(h.beginAttempt(record(QStringLiteral("b"), utc(1, 0, i, 0, 0))));
        }
        const auto all = h.attempts(QStringLiteral("a"), 0);
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 37);
        auto paged = h.attempts(QStringLiteral("a"), 5);
        QVERIFY_RESULT(paged);
        for (int pages = 0; pages < 20; ++pages) {
            const auto page = h.attemptsBefore(QStringLiteral("a"), paged->constLast().id, 5);
            QVERIFY_RESULT(page);
            QVERIFY(page->size() <= 5);
            if (page->isEmpty())
                break;
            paged->append(*page);
        }
        QList<qint64> allIds;
        for (const HistoryRecord& r : *all)
            allIds.append(r.id);
        QList<qint64> pagedIds;
        for (const HistoryRecord& r : *paged)
            pagedIds.append(r.id);
        QCOMPARE(pagedIds, allIds);
    }

    // The timeline's past: what overlaps the window, oldest first, whatever the job.
    void attemptsBetween_overlapsTheWindowOldestFirst()
    {
        History& h = scratch();
        const qint64 acrossStart =
            addFinished(h, QStringLiteral("a"), utc(4, 23, 59, 30, 0), AttemptStatus::Failed);
        addFinished(h, QStringLiteral("b"), utc(4, 12, 0, 0, 0), AttemptStatus::Success); // ended before
        const qint64 inside =
            addFinished(h, QStringLiteral("c"), utc(5, 10, 0, 0, 0), AttemptStatus::Success);
        addFinished(h, QStringLiteral("d"), utc(6, 0, 0, 0, 0), AttemptStatus::Success); // at the end: after
        const auto running = h.beginAttempt(record(QStringLiteral("e"), utc(5, 12, 0, 0, 0)));
        QVERIFY_RESULT(running);
        QVERIFY_RESULT(h.beginAttempt(record(QStringLiteral("f"), utc(3, 0, 0, 0, 0)))); // over a day before

        const auto got = h.attemptsBetween(utc(5, 0, 0, 0, 0), utc(6, 0, 0, 0, 0));
        QVERIFY_RESULT(got);
        QList<qint64> ids;
        for (const HistoryRecord& r : *got)
            ids << r.id;
        QCOMPARE(ids, (QList<qint64>{acrossStart, inside, *running}));
        QCOMPARE(got->first().status, AttemptStatus::Failed);
        QVERIFY(!got->last().finishedUtc.isValid());
    }

    void reopen_keepsData()
    {
        const auto location = m_store->freshLocation();
        QVERIFY_RESULT(location);
        const QString path = *location;
        qint64 id = 0;
        {
            auto history = History::open(path);
            QVERIFY(history);
            id = addFinished(**history, QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
            QVERIFY(id);
        }
        auto again = History::open(path);
        QVERIFY_RESULT(again);
        QCOMPARE((*again)->schemaVersion(), History::latestSchemaVersion());
        const auto last = (*again)->lastSuccesses();
        QVERIFY(last);
        QCOMPARE(last->value(QStringLiteral("a")).id, id);
        // Ids keep counting, never reused after reopening.
        const auto next = (*again)->beginAttempt(record(QStringLiteral("a"), utc(2, 2, 0, 0, 0)));
        QVERIFY(next);
        QVERIFY(*next > id);
    }

    // plan, check, metrics, history and restore read through openIfExists: where nothing ran yet no file
    // (nor directory) appears, and an existing one opens as with open().
    void openIfExists_createsNothingWhereNothingRan()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString missing = tmp.filePath(QStringLiteral("sub/none.sqlite"));
        const auto none = History::openIfExists(missing);
        QVERIFY_RESULT(none);
        QVERIFY(!*none);
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("sub"))));

        const QString path = tmp.filePath(QStringLiteral("history.sqlite"));
        {
            auto created = History::open(path);
            QVERIFY_RESULT(created);
            QVERIFY((*created)->beginAttempt(record(QStringLiteral("a"), utc(1, 0, 0, 0, 0))));
        }
        const auto existing = History::openIfExists(path);
        QVERIFY_RESULT(existing);
        QVERIFY(*existing);
        const auto rows = (*existing)->attempts(QStringLiteral("a"), 0);
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->size(), 1);

        // A file that is not a history is an error, as with open(), not "nothing ran".
        const QString garbage = tmp.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, just text long enough to be read as one");
        file.close();
        QVERIFY(!History::openIfExists(garbage));
    }

    // Shell completion reads through openReadOnly: it never creates a file, upgrades a schema or writes.
    void openReadOnly_readsAndChangesNothing()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString missing = tmp.filePath(QStringLiteral("sub/none.sqlite"));
        const auto none = History::openReadOnly(missing);
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(missing), qPrintable(none.error().message));
        QVERIFY(!QFileInfo::exists(QFileInfo(missing).path()));

        const QString path = tmp.filePath(QStringLiteral("history.sqlite"));
        qint64 id = 0;
        {
            auto made = History::open(path);
            QVERIFY_RESULT(made);
            id = addFinished(**made, QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        }
        {
            auto reader = History::openReadOnly(path);
            QVERIFY_RESULT(reader);
            QCOMPARE((*reader)->lastSuccesses()->value(QStringLiteral("a")).id, id);
            QVERIFY(!(*reader)->beginAttempt(record(QStringLiteral("a"), utc(2, 2, 0, 0, 0))));
        }
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 4")));
        }
        const auto old = History::openReadOnly(path);
        QVERIFY(!old);
        QVERIFY2(old.error().message.contains(QLatin1String("schema version 4")),
                 qPrintable(old.error().message));
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 4);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM attempts")).toInt(), 1);
    }

    void twoInstancesOnOneFile_seeEachOthersWrites()
    {
        const QString path = scratch().path();
        auto first = History::open(path);
        auto second = History::open(path);
        QVERIFY(first && second);
        const qint64 id =
            addFinished(**first, QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        QVERIFY(id);
        const auto last = (*second)->lastSuccesses();
        QVERIFY(last);
        QCOMPARE(last->value(QStringLiteral("a")).id, id);
    }

    void networkFileSystem_usesTheRollbackJournalAndSaysWhyOnce()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("history.sqlite"));
        const auto nfs = [](const QString&) { return QStringLiteral("NFS"); };
        QTest::ignoreMessage(QtWarningMsg, qPrintable(networkWarning(path)));
        auto history = History::open(path, nfs);
        QVERIFY_RESULT(history);
        QVERIFY(addFinished(**history, QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success));
        // Written, and still no WAL or its shared-memory index beside the file.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        {
            RawConnection raw(path);
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
        }

        // Said once per file: the desktop app opens the history again for every run.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("WAL mode is unsafe")));
        auto again = History::open(path, nfs);
        QVERIFY_RESULT(again);
        const auto last = (*again)->lastSuccesses();
        QVERIFY(last);
        QCOMPARE(last->size(), 1);
    }

    void journalMode_followsTheFileSystemWhenTheHistoryMoves()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("history.sqlite"));
        static QString probed; // the probe is a plain function pointer: no captures
        const auto local = [](const QString& probedPath) {
            probed = probedPath;
            return QString();
        };
        const auto smb = [](const QString&) { return QStringLiteral("SMB"); };
        const auto journalMode = [&] {
            RawConnection raw(path);
            return raw.value(QStringLiteral("PRAGMA journal_mode")).toString();
        };

        {
            auto history = History::open(path, local);
            QVERIFY_RESULT(history);
            QCOMPARE(probed, path); // the file itself, which SQLite's journal goes beside
            QVERIFY(addFinished(**history, QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success));
        }
        QCOMPARE(journalMode(), QStringLiteral("wal"));
        {
            // The same file, now reached over the network: out of WAL, rows kept.
            QTest::ignoreMessage(QtWarningMsg, qPrintable(networkWarning(path, QStringLiteral("SMB"))));
            auto history = History::open(path, smb);
            QVERIFY_RESULT(history);
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
            const auto last = (*history)->lastSuccesses();
            QVERIFY(last);
            QCOMPARE(last->size(), 1);
        }
        QCOMPARE(journalMode(), QStringLiteral("delete"));
        {
            auto history = History::open(path, local);
            QVERIFY_RESULT(history);
        }
        QCOMPARE(journalMode(), QStringLiteral("wal"));
    }

    void garbageFile_isRefusedAndLeftUnchanged()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("history.sqlite"));
        QByteArray garbage;
        for (int i = 0; i < 200; ++i)
            garbage += "not a database, just my notes\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        const auto history = History::open(path);
        QVERIFY(!history);
        QVERIFY2(history.error().message.contains(path), why(history));
        QVERIFY2(history.error().message.contains(QStringLiteral("not a SQLite database")), why(history));
        QCOMPARE(readAll(path), garbage);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("history.sqlite")});
    }

    void newerSchema_isRefusedWithBothVersions()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("history.sqlite"));
        {
            auto history = History::open(path);
            QVERIFY(history);
        }
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = readAll(path);
        const auto history = History::open(path);
        QVERIFY(!history);
        const QString message = history.error().message;
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("99")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("upgrade larder")), qPrintable(message));
        QCOMPARE(readAll(path), before);
    }

    void otherApplicationsDatabase_isRefused()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("notes.sqlite"));
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
        }
        const QByteArray before = readAll(path);
        const auto history = History::open(path);
        QVERIFY(!history);
        QVERIFY2(history.error().message.contains(path), why(history));
        QCOMPARE(readAll(path), before);
        RawConnection raw(path);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'attempts'")).toInt(),
            0);
    }

    void damagedFile_isReportedWithItsPathAndLeftUnchanged()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(writeManyAttempts(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        // Trash pages in the middle (b-tree pages of the table and its indexes), keep the header.
        QVERIFY(file.seek(2 * 4096));
        file.write(QByteArray(4 * 4096, '\xA5'));
        file.close();
        const QByteArray before = readAll(path);

        {
            // open() no longer reads every page: the damage is refused there or on the first read.
            const auto history = History::open(path);
            if (history) {
                const auto rows = (*history)->attempts(QString(), 0);
                QVERIFY(!rows);
                QVERIFY2(rows.error().message.contains(path), why(rows));
                QVERIFY2(rows.error().message.contains(QStringLiteral("is damaged")), why(rows));
                const auto checked = (*history)->checkIntegrity();
                QVERIFY(!checked);
                QVERIFY2(checked.error().message.contains(path), why(checked));
            } else {
                QVERIFY2(history.error().message.contains(path), why(history));
            }
        }
        QCOMPARE(readAll(path), before);
    }

    void damagedTablePages_openIsQuickAndReadsReportTheDamageWithThePath()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(writeManyAttempts(path));
        QList<int> pages;
        int pageSize = 0;
        {
            RawConnection raw(path);
            pageSize = raw.value(QStringLiteral("PRAGMA page_size")).toInt();
            QSqlQuery query(raw.db());
            QVERIFY(
                query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'attempts' "
                                          "AND rootpage > 1")));
            while (query.next())
                pages.append(query.value(0).toInt());
        }
        QVERIFY(pages.size() >= 5); // the table and its four indexes
        QVERIFY(trashPages(path, pages, pageSize));
        const QByteArray before = readAll(path);

        {
            // The schema page is intact, so open() succeeds without reading the damaged pages.
            auto history = History::open(path);
            QVERIFY_RESULT(history);
            for (const auto& result : {(*history)->attempts(QString(), 0), (*history)->runningAttempts()}) {
                QVERIFY(!result);
                const QString message = result.error().message;
                QVERIFY2(message.contains(QStringLiteral("history at %1 is damaged: SQLite says ").arg(path)),
                         qPrintable(message));
                QVERIFY2(message.contains(QStringLiteral("malformed")), qPrintable(message));
                QVERIFY2(message.contains(QStringLiteral("move it away to start a new one (larder never "
                                                         "deletes it)")),
                         qPrintable(message));
            }
            const auto last = (*history)->lastSuccesses();
            QVERIFY(!last);
            QVERIFY2(last.error().message.contains(QStringLiteral("is damaged")), why(last));
            const auto written = (*history)->beginAttempt(record(QStringLiteral("a"), utc(2, 0, 0, 0, 0)));
            QVERIFY(!written);
            QVERIFY2(written.error().message.contains(path), why(written));
            QVERIFY2(written.error().message.contains(QStringLiteral("is damaged")), why(written));

            const auto checked = (*history)->checkIntegrity();
            QVERIFY(!checked);
            QVERIFY2(checked.error().message.contains(QStringLiteral("history at %1 is damaged").arg(path)),
                     why(checked));
            QVERIFY2(checked.error().message.contains(QStringLiteral("larder never deletes it")),
                     why(checked));
        }
        QCOMPARE(readAll(path), before);
    }

    void damagedSchemaPage_isRefusedOnOpenWithThePathAndLeftUnchanged()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("history.sqlite"));
        {
            auto history = History::open(path);
            QVERIFY(history);
            QVERIFY((*history)->beginAttempt(record(QStringLiteral("a"), utc(1, 0, 0, 0, 0))));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Keep the 100-byte file header, trash the schema table's b-tree on the rest of page 1.
        QVERIFY(file.seek(100));
        file.write(QByteArray(4096 - 100, '\xA5'));
        file.close();
        const QByteArray before = readAll(path);

        {
            const auto history = History::open(path);
            QVERIFY(!history);
            QVERIFY2(history.error().message.contains(QStringLiteral("history at %1 is damaged").arg(path)),
                     why(history));
        }
        QCOMPARE(readAll(path), before);
    }

    void checkIntegrity_soundFileIsFine()
    {
        addFinished(scratch(), QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        const auto checked = scratch().checkIntegrity();
        QVERIFY_RESULT(checked);
    }

    void migration_v1FileBecomesLatestKeepingEveryRow()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("history.sqlite"));
        const QStringList statuses = {QStringLiteral("running"), QStringLiteral("success"),
                                      QStringLiteral("failed"), QStringLiteral("interrupted"),
                                      QStringLiteral("cancelled")};
        QList<QVariantList> v1Rows;
        {
            RawConnection raw(path);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            for (const QString& statement : kSchemaV1)
                QVERIFY(raw.exec(statement));
            QSqlQuery insert(raw.db());
            QVERIFY(insert.prepare(QStringLiteral(
                "INSERT INTO attempts (id, job, server, \"database\", \"trigger\", started_at, finished_at, "
                "status, bytes, path, partial_path, sha256, pg_dump_version, server_version, error, pid) "
                "VALUES (?, ?, 'srv', 'db', ?, ?, ?, ?, ?, ?, ?, ?, '15.8', '15.6', ?, ?)")));
            for (int i = 0; i < 50; ++i) {
                // Ids with gaps: the migration must keep them, not renumber.
                insert.addBindValue(i * 3 + 7);
                insert.addBindValue(QStringLiteral("job%1").arg(i % 4));
                insert.addBindValue(i % 2 ? QStringLiteral("manual") : QStringLiteral("schedule"));
                const QString started = QStringLiteral("2026-11-%1T03:00:00.%2Z")
                                            .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                            .arg(i, 3, 10, QLatin1Char('0'));
                insert.addBindValue(started);
                insert.addBindValue(i % 5 == 0 ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(started));
                insert.addBindValue(statuses.at(i % 5));
                insert.addBindValue(1000LL * i);
                insert.addBindValue(QStringLiteral("/srv/dumps/%1.dump").arg(i));
                insert.addBindValue(QStringLiteral("/srv/dumps/.%1.partial").arg(i));
                insert.addBindValue(QStringLiteral("sha-%1").arg(i));
                insert.addBindValue(i % 3 ? QString() : QStringLiteral("error %1").arg(i));
                insert.addBindValue(100 + i);
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
            QSqlQuery all(raw.db());
            QVERIFY(all.exec(QStringLiteral("SELECT * FROM attempts ORDER BY id")));
            while (all.next()) {
                QVariantList row;
                for (int c = 0; c < 16; ++c)
                    row.append(all.value(c));
                v1Rows.append(row);
            }
        }
        QCOMPARE(v1Rows.size(), 50);

        QStringList objectsOfANewFile;
        {
            auto fresh = History::open(tmp.filePath(QStringLiteral("fresh.sqlite")));
            QVERIFY(fresh);
            RawConnection raw((*fresh)->path());
            objectsOfANewFile = schemaObjects(raw);
        }

        auto history = History::open(path);
        QVERIFY_RESULT(history);
        QCOMPARE((*history)->schemaVersion(), History::latestSchemaVersion());

        RawConnection raw(path);
        QCOMPARE(schemaObjects(raw), objectsOfANewFile);
        QVERIFY(objectsOfANewFile.contains(QStringLiteral("index attempts_job_status_started")));
        QVERIFY(objectsOfANewFile.contains(QStringLiteral("index restore_checks_job_ok_started")));
        QCOMPARE(
            columnsOf(raw, QStringLiteral("attempts")).mid(16),
            (QStringList{QStringLiteral("verified_at"), QStringLiteral("verify_status"),
                         QStringLiteral("verify_error"), QStringLiteral("warning"), QStringLiteral("host")}));
        QCOMPARE(columnsOf(raw, QStringLiteral("table_counts")),
                 (QStringList{QStringLiteral("attempt_id"), QStringLiteral("schema"), QStringLiteral("name"),
                              QStringLiteral("row_count")}));
        QCOMPARE(columnsOf(raw, QStringLiteral("restore_checks")),
                 (QStringList{QStringLiteral("id"), QStringLiteral("attempt_id"), QStringLiteral("job"),
                              QStringLiteral("server"), QStringLiteral("scratch_database"),
                              QStringLiteral("started_at"), QStringLiteral("finished_at"),
                              QStringLiteral("ok"), QStringLiteral("detail")}));

        QSqlQuery all(raw.db());
        QVERIFY(all.exec(QStringLiteral("SELECT * FROM attempts ORDER BY id")));
        QList<QVariantList> v2Rows;
        while (all.next()) {
            QVariantList row;
            for (int c = 0; c < 16; ++c)
                row.append(all.value(c));
            v2Rows.append(row);
            QVERIFY(all.value(16).isNull());
            QVERIFY(all.value(17).isNull());
            QVERIFY(all.value(18).isNull());
            QVERIFY(all.value(19).isNull());
        }
        QCOMPARE(v2Rows, v1Rows);

        // The migrated rows read back through the API, and the new status is accepted.
        const auto last = (*history)->lastSuccesses();
        QVERIFY_RESULT(last);
        QCOMPARE(last->size(), 4);
        const qint64 successId = last->value(QStringLiteral("job1")).id;
        const auto pruned = (*history)->markPruned(successId);
        QVERIFY_RESULT(pruned);
        QCOMPARE((*history)->attempt(successId)->status, AttemptStatus::Pruned);
        QVERIFY((*history)->attempt(successId)->verifyStatus.isEmpty());
        QVERIFY(!(*history)->attempt(successId)->verifiedUtc.isValid());
        const auto next = (*history)->beginAttempt(record(QStringLiteral("a"), utc(2, 2, 0, 0, 0)));
        QVERIFY(next);
        QVERIFY(*next > 49 * 3 + 7);
    }

    // A history written before warnings (schema v2) opens, gains the column (NULL in its rows) and
    // keeps every row; a warning then round-trips, language-neutral in the file.
    void migration_v2FileGainsTheWarningColumn()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("history.sqlite"));
        qint64 oldId = 0;
        {
            auto made = History::open(path);
            QVERIFY_RESULT(made);
            oldId = addFinished(**made, QStringLiteral("app"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
            QVERIFY(oldId > 0);
        }
        {
            // Back to exactly what version 2 wrote.
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE claims")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE claim_waits")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE hosts")));
            QVERIFY(raw.exec(QStringLiteral("ALTER TABLE attempts DROP COLUMN host")));
            QVERIFY(raw.exec(QStringLiteral("ALTER TABLE attempts DROP COLUMN warning")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE hook_runs")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE notifications")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 2")));
            QVERIFY(!columnsOf(raw, QStringLiteral("attempts")).contains(QStringLiteral("warning")));
        }

        auto history = History::open(path);
        QVERIFY_RESULT(history);
        QCOMPARE((*history)->schemaVersion(), History::latestSchemaVersion());
        RawConnection raw(path);
        QVERIFY(columnsOf(raw, QStringLiteral("attempts")).contains(QStringLiteral("warning")));
        QVERIFY(raw.value(QStringLiteral("SELECT warning FROM attempts WHERE id = %1").arg(oldId)).isNull());
        const auto old = (*history)->attempt(oldId);
        QVERIFY_RESULT(old);
        QCOMPARE(old->status, AttemptStatus::Success);
        QVERIFY(old->warning.isEmpty());
        QVERIFY(old->host.isEmpty()); // made before hosts were recorded

        const auto id = (*history)->beginAttempt(record(QStringLiteral("app"), utc(2, 2, 0, 0, 0)));
        QVERIFY_RESULT(id);
        HistoryRecord done = record(QStringLiteral("app"), utc(2, 2, 0, 0, 0));
        done.id = *id;
        done.status = AttemptStatus::Success;
        const Message warning = Message("larder::DumpSizeCheck", "dump is %1").arg(QStringLiteral("1 byte"));
        done.warning = warning.toString();
        done.storedWarning = warning.serialize();
        QVERIFY_RESULT((*history)->finishAttempt(done));
        QCOMPARE(raw.value(QStringLiteral("SELECT warning FROM attempts WHERE id = %1").arg(*id)).toString(),
                 warning.serialize());
        QCOMPARE((*history)->attempt(*id)->warning, QStringLiteral("dump is 1 byte"));
    }

    // A history written before notifications (schema v3) opens, gains the notifications table and keeps
    // its rows; a delivery then round-trips, newest first.
    void migration_v3FileGainsTheNotificationsTable()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("history.sqlite"));
        qint64 oldId = 0;
        {
            auto made = History::open(path);
            QVERIFY_RESULT(made);
            oldId = addFinished(**made, QStringLiteral("app"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
            QVERIFY(oldId > 0);
        }
        {
            // Back to exactly what version 3 wrote.
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE claims")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE claim_waits")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE hosts")));
            QVERIFY(raw.exec(QStringLiteral("ALTER TABLE attempts DROP COLUMN host")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE hook_runs")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE notifications")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 3")));
        }

        auto history = History::open(path);
        QVERIFY_RESULT(history);
        QCOMPARE((*history)->schemaVersion(), History::latestSchemaVersion());
        QCOMPARE((*history)->attempt(oldId)->status, AttemptStatus::Success);
        RawConnection raw(path);
        QCOMPARE(
            columnsOf(raw, QStringLiteral("notifications")),
            (QStringList{QStringLiteral("id"), QStringLiteral("notify"), QStringLiteral("kind"),
                         QStringLiteral("event"), QStringLiteral("job"), QStringLiteral("server"),
                         QStringLiteral("delivered"), QStringLiteral("http_status"), QStringLiteral("error"),
                         QStringLiteral("attempts"), QStringLiteral("finished_at")}));
        // ... and, on to v5, the hook_runs table.
        QCOMPARE(columnsOf(raw, QStringLiteral("hook_runs")).value(2), QStringLiteral("hook"));

        NotificationRecord first;
        first.notify = QStringLiteral("ops");
        first.kind = QStringLiteral("webhook");
        first.event = QStringLiteral("failure");
        first.job = QStringLiteral("app");
        first.server = QStringLiteral("main");
        first.httpStatus = 502;
        first.error = QStringLiteral("HTTP 502 Bad Gateway");
        first.attempts = 3;
        first.finishedUtc = utc(3, 2, 0, 0, 0);
        QVERIFY_RESULT((*history)->recordNotification(first));
        NotificationRecord second = first;
        second.notify = QStringLiteral("hc");
        second.kind = QStringLiteral("ping");
        second.delivered = true;
        second.httpStatus = 200;
        second.error.clear();
        second.attempts = 1;
        second.finishedUtc = utc(3, 2, 0, 0, 1);
        QVERIFY_RESULT((*history)->recordNotification(second));

        const auto all = (*history)->notifications(0);
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).notify, QStringLiteral("hc"));
        QVERIFY(all->at(0).delivered);
        QVERIFY(all->at(0).error.isEmpty());
        const NotificationRecord& failed = all->at(1);
        QCOMPARE(failed.notify, QStringLiteral("ops"));
        QCOMPARE(failed.kind, QStringLiteral("webhook"));
        QCOMPARE(failed.event, QStringLiteral("failure"));
        QCOMPARE(failed.job, QStringLiteral("app"));
        QCOMPARE(failed.server, QStringLiteral("main"));
        QVERIFY(!failed.delivered);
        QCOMPARE(failed.httpStatus, 502);
        QCOMPARE(failed.error, QStringLiteral("HTTP 502 Bad Gateway"));
        QCOMPARE(failed.attempts, 3);
        QCOMPARE(failed.finishedUtc, utc(3, 2, 0, 0, 0));
        QCOMPARE((*history)->notifications(1)->size(), 1);
    }

    // Schema v5: hook runs, each with its attempt (none for after_run), a language-neutral error and
    // its output; one job's list leaves the others and after_run out.
    void hookRuns_keepOutputAndNeutralError_newestFirst()
    {
        History& history = scratch();
        HistoryRecord dump = record(QStringLiteral("app"), utc(1, 1, 0, 0, 0));
        dump.id = *history.beginAttempt(dump);

        HookRunRecord failed;
        failed.attemptId = dump.id;
        failed.hook = QStringLiteral("after_dump");
        failed.job = QStringLiteral("app");
        failed.startedUtc = utc(1, 1, 0, 1, 0);
        failed.elapsedMs = 1500;
        failed.exitCode = 2;
        failed.storedError = Message("larder::HookRunner", "%1 exited with code %2")
                                 .arg(QStringLiteral("after_dump"))
                                 .arg(qint64(2))
                                 .serialize();
        failed.output = QStringLiteral("uploading\nbucket is full\n");
        failed.truncated = true;
        QVERIFY_RESULT(history.recordHookRun(failed));
        HookRunRecord before = failed;
        before.hook = QStringLiteral("before_dump");
        before.startedUtc = utc(1, 1, 0, 0, 0);
        before.ok = true;
        before.exitCode = 0;
        before.storedError.clear();
        before.output.clear();
        before.truncated = false;
        QVERIFY_RESULT(history.recordHookRun(before));
        HookRunRecord afterRun;
        afterRun.hook = QStringLiteral("after_run");
        afterRun.startedUtc = utc(1, 1, 0, 2, 0);
        afterRun.ok = true;
        afterRun.exitCode = 0;
        QVERIFY_RESULT(history.recordHookRun(afterRun));

        const auto app = history.hookRuns(QStringLiteral("app"), 0);
        QVERIFY_RESULT(app);
        QCOMPARE(app->size(), 2);
        const HookRunRecord& read = app->at(0);
        QCOMPARE(read.hook, QStringLiteral("after_dump"));
        QCOMPARE(read.attemptId, dump.id);
        QCOMPARE(read.startedUtc, utc(1, 1, 0, 1, 0));
        QCOMPARE(read.elapsedMs, 1500);
        QVERIFY(!read.ok);
        QCOMPARE(read.exitCode, 2);
        QCOMPARE(read.error, QStringLiteral("after_dump exited with code 2"));
        QVERIFY(read.storedError.startsWith(Message::kStoredPrefix));
        QCOMPARE(read.output, QStringLiteral("uploading\nbucket is full\n"));
        QVERIFY(read.truncated);
        QCOMPARE(app->at(1).hook, QStringLiteral("before_dump"));
        QVERIFY(app->at(1).ok);
        QVERIFY(app->at(1).error.isEmpty());

        const auto all = history.hookRuns(QString(), 0);
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).hook, QStringLiteral("after_run"));
        QCOMPARE(all->at(0).attemptId, 0);
        QVERIFY(all->at(0).job.isEmpty());
        QCOMPARE(history.hookRuns(QString(), 1)->size(), 1);
    }

    // The sizes DumpSizeCheck compares with: this job's successes, pruned ones too, newest first.
    void recentDumpSizes_countsSuccessesAndPrunedNewestFirst()
    {
        History& history = scratch();
        const QList<AttemptStatus> statuses = {AttemptStatus::Success, AttemptStatus::Failed,
                                               AttemptStatus::Success, AttemptStatus::Cancelled,
                                               AttemptStatus::Success, AttemptStatus::Success};
        for (int i = 0; i < statuses.size(); ++i) {
            HistoryRecord r = record(QStringLiteral("app"), utc(1, 1 + i, 0, 0, 0));
            r.id = *history.beginAttempt(r);
            r.status = statuses.at(i);
            r.bytes = 100 * (i + 1);
            QVERIFY_RESULT(history.finishAttempt(r));
            if (i == 2)
                QVERIFY_RESULT(history.markPruned(r.id));
        }
        addFinished(history, QStringLiteral("other"), utc(1, 9, 0, 0, 0), AttemptStatus::Success);
        QVERIFY(history.beginAttempt(record(QStringLiteral("app"), utc(1, 10, 0, 0, 0)))); // running

        const auto sizes = history.recentDumpSizes(QStringLiteral("app"), 5);
        QVERIFY_RESULT(sizes);
        QCOMPARE(*sizes, (QList<qint64>{600, 500, 300, 100}));
        const auto two = history.recentDumpSizes(QStringLiteral("app"), 2);
        QVERIFY_RESULT(two);
        QCOMPARE(*two, (QList<qint64>{600, 500}));
    }

    void attempt_byId_roundTripsAndUnknownIdIsNamed()
    {
        const QString path = scratch().path();
        const qint64 id =
            addFinished(scratch(), QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Failed);
        QVERIFY(id);
        const auto got = scratch().attempt(id);
        QVERIFY_RESULT(got);
        QCOMPARE(got->id, id);
        QCOMPARE(got->job, QStringLiteral("a"));
        QCOMPARE(got->status, AttemptStatus::Failed);
        QCOMPARE(got->startedUtc, utc(1, 2, 0, 0, 0));

        const auto missing = scratch().attempt(4711);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("attempt 4711")), why(missing));
        QVERIFY2(missing.error().message.contains(path), why(missing));
    }

    void markPruned_successBecomesPrunedAndLeavesLastSuccesses()
    {
        History& h = scratch();
        const qint64 older = addFinished(h, QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        const qint64 newer = addFinished(h, QStringLiteral("a"), utc(2, 2, 0, 0, 0), AttemptStatus::Success);
        QVERIFY(older && newer);

        QVERIFY(h.markPruned(older));
        const auto got = h.attempt(older);
        QVERIFY(got);
        QCOMPARE(got->status, AttemptStatus::Pruned);
        QCOMPARE(got->path, record(QStringLiteral("a"), QDateTime()).path); // the row is otherwise kept
        QCOMPARE(h.lastSuccesses()->value(QStringLiteral("a")).id, newer);

        QVERIFY(h.markPruned(newer));
        QVERIFY(h.lastSuccesses()->isEmpty());
        QCOMPARE(h.attempts(QStringLiteral("a"), 0)->size(), 2);
    }

    void successfulAttempts_onlyThisJobsSuccessesNewestFirst()
    {
        History& h = scratch();
        const QString a = QStringLiteral("a");
        const qint64 first = addFinished(h, a, utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        const qint64 failed = addFinished(h, a, utc(2, 2, 0, 0, 0), AttemptStatus::Failed);
        const qint64 pruned = addFinished(h, a, utc(3, 2, 0, 0, 0), AttemptStatus::Success);
        const qint64 other = addFinished(h, QStringLiteral("b"), utc(4, 2, 0, 0, 0), AttemptStatus::Success);
        const qint64 latest = addFinished(h, a, utc(5, 2, 0, 0, 0), AttemptStatus::Success);
        const qint64 sameStart = addFinished(h, a, utc(5, 2, 0, 0, 0), AttemptStatus::Success);
        QVERIFY(first && failed && pruned && other && latest && sameStart);
        QVERIFY(h.markPruned(pruned));

        const auto got = h.successfulAttempts(a);
        QVERIFY_RESULT(got);
        QList<qint64> ids;
        for (const HistoryRecord& r : *got) {
            QCOMPARE(r.status, AttemptStatus::Success);
            ids << r.id;
        }
        QCOMPARE(ids, (QList<qint64>{sameStart, latest, first}));
        QVERIFY(h.successfulAttempts(QStringLiteral("nobody"))->isEmpty());
    }

    void markPruned_refusesAnythingButSuccess_data()
    {
        QTest::addColumn<AttemptStatus>("status");
        QTest::newRow("running") << AttemptStatus::Running;
        QTest::newRow("failed") << AttemptStatus::Failed;
        QTest::newRow("interrupted") << AttemptStatus::Interrupted;
        QTest::newRow("cancelled") << AttemptStatus::Cancelled;
        QTest::newRow("already pruned") << AttemptStatus::Pruned;
    }
    void markPruned_refusesAnythingButSuccess()
    {
        QFETCH(AttemptStatus, status);
        History& h = scratch();
        qint64 id = 0;
        if (status == AttemptStatus::Running) {
            id = h.beginAttempt(record(QStringLiteral("billing"), utc(1, 2, 0, 0, 0))).value_or(0);
        } else if (status == AttemptStatus::Pruned) {
            id = addFinished(h, QStringLiteral("billing"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
            QVERIFY(h.markPruned(id));
        } else {
            id = addFinished(h, QStringLiteral("billing"), utc(1, 2, 0, 0, 0), status);
        }
        QVERIFY(id);

        const auto result = h.markPruned(id);
        QVERIFY(!result);
        const QString message = result.error().message;
        QVERIFY2(message.contains(QStringLiteral("attempt %1 of job billing").arg(id)), qPrintable(message));
        QVERIFY2(message.contains(attemptStatusName(status)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("only a successful dump")), qPrintable(message));
        QCOMPARE(h.attempt(id)->status, status);
    }

    void markPruned_unknownIdIsNamed()
    {
        const auto result = scratch().markPruned(99);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("attempt 99")), why(result));
    }

    void recordVerification_roundTripsAndLatestWins_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << "ok"
                            << "";
        QTest::newRow("mismatch") << "mismatch"
                                  << "sha256 differs: file changed after the dump";
        QTest::newRow("error") << "error"
                               << "cannot read /srv/dumps/a.dump: permission denied";
    }
    void recordVerification_roundTripsAndLatestWins()
    {
        QFETCH(QString, status);
        QFETCH(QString, error);
        const qint64 id =
            addFinished(scratch(), QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        QVERIFY(scratch().recordVerification(id, utc(2, 0, 0, 0, 0), QStringLiteral("error"),
                                             QStringLiteral("first try")));
        const QDateTime when(QDate(2026, 11, 3), QTime(6, 30, 0, 42), Qt::OffsetFromUTC, 3600);
        const auto ok = scratch().recordVerification(id, when, status, error);
        QVERIFY_RESULT(ok);

        for (const HistoryRecord& got : {*scratch().attempt(id), scratch().attempts(QString(), 0)->first(),
                                         scratch().lastSuccesses()->value(QStringLiteral("a"))}) {
            QCOMPARE(got.verifiedUtc, utc(3, 5, 30, 0, 42));
            QCOMPARE(got.verifiedUtc.timeSpec(), Qt::UTC);
            QCOMPARE(got.verifyStatus, status);
            QCOMPARE(got.verifyError, error);
            QCOMPARE(got.status, AttemptStatus::Success); // verifying does not change the outcome
        }
    }

    void recordVerification_refusesUnknownStatusAndUnknownId()
    {
        const QString path = scratch().path();
        const qint64 id =
            addFinished(scratch(), QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        const auto badStatus =
            scratch().recordVerification(id, utc(2, 0, 0, 0, 0), QStringLiteral("fine"), {});
        QVERIFY(!badStatus);
        QVERIFY2(badStatus.error().message.contains(QStringLiteral("\"fine\"")), why(badStatus));
        QVERIFY2(badStatus.error().message.contains(QStringLiteral("ok, mismatch, error")), why(badStatus));
        QVERIFY(scratch().attempt(id)->verifyStatus.isEmpty());

        const auto badId = scratch().recordVerification(id + 1, utc(2, 0, 0, 0, 0), QStringLiteral("ok"), {});
        QVERIFY(!badId);
        QVERIFY2(badId.error().message.contains(QStringLiteral("attempt %1").arg(id + 1)), why(badId));
        QVERIFY2(badId.error().message.contains(path), why(badId));
    }

    void tableCounts_saveReplacesAndReadsSorted()
    {
        History& h = scratch();
        const qint64 id = addFinished(h, QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        const qint64 other = addFinished(h, QStringLiteral("b"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        QVERIFY(id && other);
        QVERIFY(h.tableCounts(id)->isEmpty());

        const QList<TableCount> first = {
            {QStringLiteral("public"), QStringLiteral("orders"), 7},
            {QStringLiteral("billing"), QStringLiteral("invoices"), 5'000'000'000LL},
            {QStringLiteral("public"), QStringLiteral("customers"), 0}};
        auto saved = h.saveTableCounts(id, first);
        QVERIFY_RESULT(saved);
        QVERIFY(h.saveTableCounts(other, {{QStringLiteral("public"), QStringLiteral("x"), 1}}));
        QCOMPARE(*h.tableCounts(id), (QList<TableCount>{first.at(1), first.at(2), first.at(0)}));

        const QList<TableCount> second = {{QStringLiteral("public"), QStringLiteral("orders"), 9},
                                          {QStringLiteral("public"), QStringLiteral("new_table"), 3}};
        saved = h.saveTableCounts(id, second);
        QVERIFY_RESULT(saved);
        QCOMPARE(*h.tableCounts(id), (QList<TableCount>{second.at(1), second.at(0)}));
        // Another attempt's counts are not touched.
        QCOMPARE(h.tableCounts(other)->size(), 1);

        QVERIFY(h.saveTableCounts(id, {}));
        QVERIFY(h.tableCounts(id)->isEmpty());
        QCOMPARE(h.tableCounts(other)->size(), 1);
    }

    void tableCounts_refusedInputLeavesTheOldCounts()
    {
        History& h = scratch();
        const qint64 id = addFinished(h, QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        const QList<TableCount> kept = {{QStringLiteral("public"), QStringLiteral("orders"), 7}};
        QVERIFY(h.saveTableCounts(id, kept));

        const auto twice = h.saveTableCounts(id, {{QStringLiteral("public"), QStringLiteral("t"), 1},
                                                  {QStringLiteral("public"), QStringLiteral("t"), 2}});
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QStringLiteral("public.t")), why(twice));
        QCOMPARE(*h.tableCounts(id), kept);

        const auto unknown = h.saveTableCounts(id + 100, kept);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("attempt %1").arg(id + 100)), why(unknown));
        QVERIFY(h.tableCounts(id + 100)->isEmpty());
    }

    void tableCounts_goWithTheirAttempt()
    {
        const QString path = scratch().path();
        const qint64 id =
            addFinished(scratch(), QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        QVERIFY(scratch().saveTableCounts(id, {{QStringLiteral("public"), QStringLiteral("t"), 1}}));
        RawConnection raw(path);
        QVERIFY(onPostgres() || raw.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM attempts WHERE id = %1").arg(id)));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM table_counts")).toInt(), 0);
    }

    void restoreChecks_roundTripNewestFirst()
    {
        History& h = scratch();
        const qint64 dump = addFinished(h, QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        RestoreCheck full = restoreCheck(QStringLiteral("a"), utc(2, 4, 0, 0, 5), true, dump);
        full.detail = QStringLiteral("ünïcödé: 3 tables, counts match");
        const auto first = h.recordRestoreCheck(full);
        QVERIFY_RESULT(first);
        // A check that failed before it had a dump to restore.
        RestoreCheck noDump = restoreCheck(QStringLiteral("a"), utc(3, 4, 0, 0, 0), false, 0);
        noDump.finishedUtc = QDateTime();
        const auto second = h.recordRestoreCheck(noDump);
        QVERIFY_RESULT(second);
        const auto third =
            h.recordRestoreCheck(restoreCheck(QStringLiteral("b"), utc(1, 4, 0, 0, 0), true, dump));
        QVERIFY(third);

        const auto all = h.restoreChecks(QString(), 0);
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).id, *second);
        QCOMPARE(all->at(1).id, *first);
        QCOMPARE(all->at(2).id, *third);

        const RestoreCheck& got = all->at(1);
        QCOMPARE(got.attemptId, dump);
        QCOMPARE(got.job, full.job);
        QCOMPARE(got.server, full.server);
        QCOMPARE(got.scratchDatabase, full.scratchDatabase);
        QCOMPARE(got.startedUtc, full.startedUtc);
        QCOMPARE(got.finishedUtc, full.finishedUtc);
        QCOMPARE(got.ok, true);
        QCOMPARE(got.detail, full.detail);
        QCOMPARE(all->at(0).attemptId, 0);
        QCOMPARE(all->at(0).ok, false);
        QVERIFY(!all->at(0).finishedUtc.isValid());

        const auto onlyA = h.restoreChecks(QStringLiteral("a"), 1);
        QVERIFY(onlyA);
        QCOMPARE(onlyA->size(), 1);
        QCOMPARE(onlyA->first().id, *second);
        QCOMPARE(h.restoreChecks(QStringLiteral("zzz"), 0)->size(), 0);
    }

    void recordRestoreCheck_unknownAttemptIsRefused()
    {
        const QString path = scratch().path();
        const auto id =
            scratch().recordRestoreCheck(restoreCheck(QStringLiteral("a"), utc(1, 0, 0, 0, 0), true, 42));
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(path), why(id));
        QVERIFY2(id.error().message.contains(QStringLiteral("job a")), why(id));
        QVERIFY(scratch().restoreChecks(QString(), 0)->isEmpty());
    }

    void lastGoodRestoreChecks_takesNewestOkCheckPerJobIgnoringFailures()
    {
        History& h = scratch();
        const qint64 dump = addFinished(h, QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        const QString c = QStringLiteral("c");
        // Inserted out of time order: the newest start wins, not the highest id.
        const auto aGood = h.recordRestoreCheck(restoreCheck(a, utc(5, 0, 0, 0, 0), true, dump));
        QVERIFY(h.recordRestoreCheck(restoreCheck(a, utc(3, 0, 0, 0, 0), true, dump)));
        QVERIFY(h.recordRestoreCheck(restoreCheck(a, utc(6, 0, 0, 0, 0), false, dump)));
        QVERIFY(h.recordRestoreCheck(restoreCheck(b, utc(6, 0, 0, 0, 0), false, dump)));
        QVERIFY(h.recordRestoreCheck(restoreCheck(c, utc(1, 0, 0, 0, 0), true, dump)));
        const auto cGood = h.recordRestoreCheck(restoreCheck(c, utc(1, 0, 0, 0, 0), true, dump));
        QVERIFY(aGood && cGood);

        const auto last = h.lastGoodRestoreChecks();
        QVERIFY_RESULT(last);
        QCOMPARE(last->size(), 2);
        QVERIFY(!last->contains(b));
        QCOMPARE(last->value(a).id, *aGood);
        QCOMPARE(last->value(a).startedUtc, utc(5, 0, 0, 0, 0));
        QVERIFY(last->value(a).ok);
        QCOMPARE(last->value(c).id, *cGood); // same start: the later record
    }

    void lastGoodRestoreChecks_emptyGivesNothing()
    {
        const auto last = scratch().lastGoodRestoreChecks();
        QVERIFY_RESULT(last);
        QVERIFY(last->isEmpty());
    }

    void lockedByAnotherWriter_failsAfterBusyTimeoutNotForever()
    {
        const QString path = scratch().path();
        QVERIFY(scratch().setBusyTimeout(300));

        RawConnection other(path);
        if (onPostgres()) {
            // Inserts wait; reads (ACCESS SHARE) do not, as in WAL mode.
            QVERIFY(other.exec(QStringLiteral("BEGIN")));
            QVERIFY(other.exec(QStringLiteral("LOCK TABLE attempts IN EXCLUSIVE MODE")));
        } else {
            QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        }
        QVERIFY(other.exec(QStringLiteral("INSERT INTO attempts (job, server, \"database\", \"trigger\", "
                                          "started_at, status) VALUES ('x', 's', 'd', 'manual', "
                                          "'2026-01-01T00:00:00.000Z', 'running')")));
        QElapsedTimer timer;
        timer.start();
        const auto id = scratch().beginAttempt(record(QStringLiteral("a"), utc(1, 2, 0, 0, 0)));
        const qint64 waited = timer.elapsed();
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(path), why(id));
        QVERIFY2(id.error().message.contains(QStringLiteral("lock")), why(id));
        QVERIFY2(waited >= 250, qPrintable(QString::number(waited)));
        QVERIFY2(waited < 10000, qPrintable(QString::number(waited)));

        // Readers are not blocked by a writer in WAL mode.
        QVERIFY(scratch().attempts(QString(), 0));

        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        const auto retry = scratch().beginAttempt(record(QStringLiteral("a"), utc(1, 2, 0, 0, 0)));
        QVERIFY_RESULT(retry);
    }

    // A fleet's hosts all open the shared history: the first migrates it, under an advisory lock, and
    // the others wait for it and find it at the latest version rather than run the steps again.
    void sharedHistory_hostsOpeningANewDatabaseAtOnceMigrateItOnce()
    {
        POSTGRES_ONLY();
        const auto location = m_store->freshLocation();
        QVERIFY_RESULT(location);
        const QString url = *location;
        QList<QString> errors(4);
        std::vector<std::thread> hosts;
        for (int i = 0; i < errors.size(); ++i) {
            hosts.emplace_back([&errors, &url, i] {
                auto history = History::open(url);
                errors[i] = history ? QStringLiteral("") : history.error().message;
                if (history && (*history)->schemaVersion() != History::latestSchemaVersion())
                    errors[i] = QStringLiteral("schema at %1").arg((*history)->schemaVersion());
            });
        }
        for (std::thread& host : hosts)
            host.join();
        QCOMPARE(errors, QList<QString>(errors.size(), QStringLiteral("")));
        const auto rows = m_store->cluster().query(url.section(QLatin1Char('/'), -1),
                                                   QStringLiteral("SELECT count(*) FROM larder_schema"));
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->trimmed(), QStringLiteral("1"));
    }

    void sharedHistory_newerSchemaIsRefusedWithBothVersions()
    {
        POSTGRES_ONLY();
        const QString url = scratch().path();
        const QString database = url.section(QLatin1Char('/'), -1);
        QVERIFY_RESULT(
            m_store->cluster().execute(database, QStringLiteral("UPDATE larder_schema SET version = 99")));
        for (const auto& opened :
             {History::open(url), History::openReadOnly(url), History::openIfExists(url)}) {
            QVERIFY(!opened);
            QVERIFY2(opened.error().message.contains(url), why(opened));
            QVERIFY2(opened.error().message.contains(QLatin1String("schema version 99")), why(opened));
            QVERIFY2(
                opened.error().message.contains(QStringLiteral("(%1)").arg(History::latestSchemaVersion())),
                why(opened));
        }
        const auto version =
            m_store->cluster().query(database, QStringLiteral("SELECT version FROM larder_schema"));
        QVERIFY_RESULT(version);
        QCOMPARE(version->trimmed(), QStringLiteral("99"));
    }

    // Larder makes its tables only in a database of its own: an application's tables beside them
    // could clash, and would be someone else's data in larder's transactions.
    void sharedHistory_databaseWithOtherTablesIsRefusedAndLeftAlone()
    {
        POSTGRES_ONLY();
        const auto location = m_store->freshLocation();
        QVERIFY_RESULT(location);
        const QString database = location->section(QLatin1Char('/'), -1);
        QVERIFY_RESULT(m_store->cluster().execute(
            database, QStringLiteral("CREATE TABLE notes (body text); ALTER TABLE notes OWNER TO larder")));
        const auto opened = History::open(*location);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(*location), why(opened));
        QVERIFY2(opened.error().message.contains(QLatin1String("did not create")), why(opened));
        const auto tables = m_store->cluster().query(
            database, QStringLiteral("SELECT string_agg(relname, ',') FROM pg_class WHERE relnamespace ="
                                     " 'public'::regnamespace AND relkind = 'r'"));
        QVERIFY_RESULT(tables);
        QCOMPARE(tables->trimmed(), QStringLiteral("notes"));
    }

    // A host that cannot reach the history says which and why, within connect_timeout, and never
    // shows a password.
    void sharedHistory_unreachableOrMisnamedIsSaidWithTheUrl()
    {
        POSTGRES_ONLY();
        const QString good = scratch().path();
        const QString wrongDatabase =
            good.section(QLatin1Char('/'), 0, -2) + QStringLiteral("/no_such_history");
        const auto missing = History::open(wrongDatabase);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(wrongDatabase), why(missing));
        QVERIFY2(missing.error().message.contains(QLatin1String("no_such_history\" does not exist")),
                 why(missing));

        const auto refused =
            History::open(QStringLiteral("postgresql://larder@127.0.0.1:1/larder?connect_timeout=2"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QLatin1String("cannot reach the history database "
                                                                  "postgresql://larder@127.0.0.1:1/larder")),
                 why(refused));

        const auto withPassword =
            History::open(QStringLiteral("postgresql://larder:hunter2@127.0.0.1/larder"));
        QVERIFY(!withPassword);
        QVERIFY2(!withPassword.error().message.contains(QLatin1String("hunter2")), why(withPassword));
        QVERIFY2(withPassword.error().message.contains(QLatin1String("pgpass")), why(withPassword));

        const auto option = History::open(good + QStringLiteral("?options=-c%20search_path%3Devil"));
        QVERIFY(!option);
        QVERIFY2(option.error().message.contains(QLatin1String("parameter options")), why(option));
    }

    // The desktop app of one host sees other hosts' runs as they are recorded: a shared history
    // notifies every subscriber once per committed change; a file has nothing to subscribe to.
    void sharedHistory_changesByAnotherHostAreNotified()
    {
        QObject context;
        int seen = 0;
        const bool subscribed = scratch().subscribeToChanges(&context, [&seen] { ++seen; });
        QCOMPARE(subscribed, onPostgres());
        if (!subscribed)
            return;
        auto otherHost = History::open(scratch().path());
        QVERIFY_RESULT(otherHost);
        const qint64 id =
            addFinished(**otherHost, QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        QVERIFY(id);
        QTRY_COMPARE(seen, 2); // the start and the end: two statements, each its own transaction
        QVERIFY((*otherHost)
                    ->recordRestoreCheck(restoreCheck(QStringLiteral("a"), utc(1, 3, 0, 0, 0), true, id)));
        QTRY_COMPARE(seen, 3);
    }

    // Claims: each slot of a job is dumped by one host. Another host finds it being dumped, then
    // done; another slot is free.
    void claims_oneHostPerSlotThenDone()
    {
        FleetClaims claims(scratch());
        const auto first = claimAs(claims, QStringLiteral("backup-a"), QStringLiteral("j"), 2, kSlot);
        QVERIFY_RESULT(first);
        QCOMPARE(first->kind, ClaimAnswer::Kind::Granted);
        QCOMPARE(first->key.generation, 1);

        const auto second = claimAs(claims, QStringLiteral("backup-b"), QStringLiteral("j"), 2, kSlot);
        QVERIFY_RESULT(second);
        QCOMPARE(second->kind, ClaimAnswer::Kind::Busy);
        QCOMPARE(second->host, QStringLiteral("backup-a"));

        HostIdentity::set(QStringLiteral("backup-a"));
        const auto released = claims.release(first->key, AttemptStatus::Success);
        QVERIFY_RESULT(released);
        QVERIFY(*released);

        const auto third = claimAs(claims, QStringLiteral("backup-b"), QStringLiteral("j"), 2, kSlot);
        QVERIFY_RESULT(third);
        QCOMPARE(third->kind, ClaimAnswer::Kind::Done);
        QCOMPARE(third->host, QStringLiteral("backup-a"));
        QVERIFY(third->whenUtc.isValid());

        const auto next = claimAs(claims, QStringLiteral("backup-b"), QStringLiteral("j"), 2, kNextSlot);
        QVERIFY_RESULT(next);
        QCOMPARE(next->kind, ClaimAnswer::Kind::Granted);
    }

    // A server's max_parallel counts the live claims of every host; a finished dump frees its place.
    void claims_serverLimitCountsEveryHost()
    {
        FleetClaims claims(scratch());
        const auto a = claimAs(claims, QStringLiteral("backup-a"), QStringLiteral("j1"), 2, kSlot);
        const auto b = claimAs(claims, QStringLiteral("backup-b"), QStringLiteral("j2"), 2, kSlot);
        QVERIFY_RESULT(a);
        QVERIFY_RESULT(b);
        QCOMPARE(b->kind, ClaimAnswer::Kind::Granted);

        const auto full = claimAs(claims, QStringLiteral("backup-c"), QStringLiteral("j3"), 2, kSlot);
        QVERIFY_RESULT(full);
        QCOMPARE(full->kind, ClaimAnswer::Kind::ServerFull);
        QCOMPARE(full->serverHosts, (QStringList{QStringLiteral("backup-a"), QStringLiteral("backup-b")}));
        // Another server is not full.
        const auto elsewhere = claimAs(claims, QStringLiteral("backup-c"), QStringLiteral("k"), 1, kSlot,
                                       QStringLiteral("other"));
        QVERIFY_RESULT(elsewhere);
        QCOMPARE(elsewhere->kind, ClaimAnswer::Kind::Granted);

        HostIdentity::set(QStringLiteral("backup-a"));
        QVERIFY_RESULT(claims.release(a->key, AttemptStatus::Failed));
        const auto freed = claimAs(claims, QStringLiteral("backup-c"), QStringLiteral("j3"), 2, kSlot);
        QVERIFY_RESULT(freed);
        QCOMPARE(freed->kind, ClaimAnswer::Kind::Granted);
    }

    // A place freed on a full server goes to the host that has waited longest for it, not back to
    // the host that freed it; the waiting host that gets it stops waiting.
    void claims_freedPlaceGoesToTheHostThatWaitedLongest()
    {
        FleetClaims claims(scratch());
        const auto a = claimAs(claims, QStringLiteral("backup-a"), QStringLiteral("j1"), 1, kSlot);
        QVERIFY_RESULT(a);
        const auto b = claimAs(claims, QStringLiteral("backup-b"), QStringLiteral("j2"), 1, kSlot);
        QVERIFY_RESULT(b);
        QCOMPARE(b->kind, ClaimAnswer::Kind::ServerFull);
        HostIdentity::set(QStringLiteral("backup-a"));
        QVERIFY_RESULT(claims.release(a->key, AttemptStatus::Success));

        const auto again = claimAs(claims, QStringLiteral("backup-a"), QStringLiteral("j3"), 1, kSlot);
        QVERIFY_RESULT(again);
        QCOMPARE(again->kind, ClaimAnswer::Kind::Yielded);
        QCOMPARE(again->host, QStringLiteral("backup-b"));
        const auto turn = claimAs(claims, QStringLiteral("backup-b"), QStringLiteral("j2"), 1, kSlot);
        QVERIFY_RESULT(turn);
        QCOMPARE(turn->kind, ClaimAnswer::Kind::Granted);

        // backup-a waits now (it asked while the place was promised); its run ends, and so does its wait.
        HostIdentity::set(QStringLiteral("backup-b"));
        QVERIFY_RESULT(claims.release(turn->key, AttemptStatus::Success));
        HostIdentity::set(QStringLiteral("backup-a"));
        QVERIFY_RESULT(claims.stopWaiting());
        const auto c = claimAs(claims, QStringLiteral("backup-c"), QStringLiteral("j4"), 1, kSlot);
        QVERIFY_RESULT(c);
        QCOMPARE(c->kind, ClaimAnswer::Kind::Granted);
    }

    // What `larder fleet` lists: each host that checked in or holds claims, with its claims counted by
    // the database's clock.
    void claims_hostsSayWhatEachHostHoldsAndDid()
    {
        FleetClaims claims(scratch());
        FleetClaims lapsing(scratch(), -1);
        HostIdentity::set(QStringLiteral("backup-a"));
        QVERIFY_RESULT(claims.checkIn(QStringLiteral("9.1.0")));
        const auto done = claimAs(claims, QStringLiteral("backup-a"), QStringLiteral("j1"), 3, kSlot);
        QVERIFY_RESULT(done);
        QVERIFY_RESULT(claims.release(done->key, AttemptStatus::Success));
        QVERIFY_RESULT(claimAs(claims, QStringLiteral("backup-b"), QStringLiteral("j2"), 3, kSlot));
        QVERIFY_RESULT(claimAs(lapsing, QStringLiteral("backup-c"), QStringLiteral("j3"), 3, kSlot));
        QVERIFY_RESULT(claimAs(claims, QStringLiteral("backup-c"), QStringLiteral("j4"), 1, kSlot,
                               QStringLiteral("busy")));
        const auto full = claimAs(claims, QStringLiteral("backup-d"), QStringLiteral("j5"), 1, kSlot,
                                  QStringLiteral("busy"));
        QVERIFY_RESULT(full);
        QCOMPARE(full->kind, ClaimAnswer::Kind::ServerFull);

        const auto hosts = claims.hosts();
        QVERIFY_RESULT(hosts);
        QStringList seen;
        for (const FleetHost& host : *hosts) {
            seen.append(QStringLiteral("%1 v%2 running %3 lapsed %4 done %5 waits %6")
                            .arg(host.host, host.version)
                            .arg(host.running)
                            .arg(host.lapsed)
                            .arg(host.doneLastDay)
                            .arg(host.waitingFor.join(QLatin1Char(','))));
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("backup-a v9.1.0 running 0 lapsed 0 done 1 waits "),
                                    QStringLiteral("backup-b v running 1 lapsed 0 done 0 waits "),
                                    QStringLiteral("backup-c v running 1 lapsed 1 done 0 waits "),
                                    QStringLiteral("backup-d v running 0 lapsed 0 done 0 waits busy")}));
        QVERIFY(hosts->first().lastSeenUtc.isValid());
    }

    // A failed slot is tried again once its backoff has passed, by any host, one generation on; a
    // cancelled one at once. An attempt that recovery ends releases its claim the same way.
    void claims_failedSlotWaitsOutItsBackoff()
    {
        FleetClaims claims(scratch());
        const auto first = claimAs(claims, QStringLiteral("backup-a"), QStringLiteral("j"), 1, kSlot);
        QVERIFY_RESULT(first);
        QVERIFY_RESULT(claims.release(first->key, AttemptStatus::Failed));

        int askedFailures = 0;
        const auto waiting = claimAs(claims, QStringLiteral("backup-b"), QStringLiteral("j"), 1, kSlot,
                                     QStringLiteral("s"), [&askedFailures](int failures) {
                                         askedFailures = failures;
                                         return qint64(3600);
                                     });
        QVERIFY_RESULT(waiting);
        QCOMPARE(waiting->kind, ClaimAnswer::Kind::Backoff);
        QCOMPARE(waiting->host, QStringLiteral("backup-a"));
        QCOMPARE(askedFailures, 1);
        QVERIFY(waiting->whenUtc > QDateTime::currentDateTimeUtc().addSecs(3500));

        // The host that failed waits by its own planner's reckoning, not the slot's.
        const auto own = claimAs(claims, QStringLiteral("backup-a"), QStringLiteral("j"), 1, kSlot,
                                 QStringLiteral("s"), [](int) { return qint64(3600); });
        QVERIFY_RESULT(own);
        QCOMPARE(own->kind, ClaimAnswer::Kind::Granted);
        HostIdentity::set(QStringLiteral("backup-a"));
        QVERIFY_RESULT(claims.release(own->key, AttemptStatus::Failed));

        const auto retried = claimAs(claims, QStringLiteral("backup-b"), QStringLiteral("j"), 1, kSlot);
        QVERIFY_RESULT(retried);
        QCOMPARE(retried->kind, ClaimAnswer::Kind::Granted);
        QCOMPARE(retried->key.generation, 3);
        QVERIFY_RESULT(claims.attach(retried->key, 42));
        QVERIFY_RESULT(claims.releaseAttempt(42, AttemptStatus::Cancelled));

        const auto again = claimAs(claims, QStringLiteral("backup-c"), QStringLiteral("j"), 1, kSlot,
                                   QStringLiteral("s"), [](int) { return qint64(3600); });
        QVERIFY_RESULT(again);
        QCOMPARE(again->kind, ClaimAnswer::Kind::Granted);
        QCOMPARE(again->key.generation, 4);
    }

    // A host that stops renewing (killed, cut off) loses the slot once its lease has run out by the
    // database's clock: another host takes it over, and the first can neither renew nor release it.
    void claims_lapsedLeaseIsTakenOverAndTheOldHolderFenced()
    {
        FleetClaims lapsing(scratch(), -1); // a lease that has already run out
        FleetClaims claims(scratch());
        const auto old = claimAs(lapsing, QStringLiteral("backup-a"), QStringLiteral("j"), 1, kSlot);
        QVERIFY_RESULT(old);
        QCOMPARE(old->kind, ClaimAnswer::Kind::Granted);

        const auto taken = claimAs(claims, QStringLiteral("backup-b"), QStringLiteral("j"), 1, kSlot);
        QVERIFY_RESULT(taken);
        QCOMPARE(taken->kind, ClaimAnswer::Kind::Granted);
        QCOMPARE(taken->key.generation, 2);

        HostIdentity::set(QStringLiteral("backup-a"));
        const auto renewed = claims.renew({old->key});
        QVERIFY_RESULT(renewed);
        QCOMPARE(renewed->size(), 1);
        const auto released = claims.release(old->key, AttemptStatus::Success);
        QVERIFY_RESULT(released);
        QVERIFY(!*released);

        HostIdentity::set(QStringLiteral("backup-b"));
        const auto mine = claims.renew({taken->key});
        QVERIFY_RESULT(mine);
        QVERIFY(mine->isEmpty());
        const auto done = claims.release(taken->key, AttemptStatus::Success);
        QVERIFY_RESULT(done);
        QVERIFY(*done);
    }

    // Shell completion's read-only open writes nothing to the shared history either.
    void sharedHistory_readOnlyOpenWritesNothing()
    {
        POSTGRES_ONLY();
        const qint64 id =
            addFinished(scratch(), QStringLiteral("a"), utc(1, 2, 0, 0, 0), AttemptStatus::Success);
        auto reader = History::openReadOnly(scratch().path());
        QVERIFY_RESULT(reader);
        QCOMPARE((*reader)->lastSuccesses()->value(QStringLiteral("a")).id, id);
        const auto written = (*reader)->beginAttempt(record(QStringLiteral("a"), utc(2, 2, 0, 0, 0)));
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QLatin1String("read-only")), why(written));
    }

    void largeHistory_lastSuccessesPicksTheRightRows()
    {
        constexpr int jobs = 1000;
        constexpr int rows = 200'000;
        const QString path = scratch().path();

        struct Latest
        {
            QString started;
            qint64 id = 0;
        };
        QHash<QString, Latest> expected;
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("BEGIN")));
            // Rows of generated text, 1,000 per statement: a statement per row took 47 s over
            // loopback to PostgreSQL.
            QStringList batch;
            const auto insertBatch = [&raw, &batch] {
                const bool ok =
                    raw.exec(QStringLiteral("INSERT INTO attempts (id, job, server, \"database\", "
                                            "\"trigger\", started_at, finished_at, status, bytes, pid) "
                                            "VALUES ") +
                             batch.join(QLatin1Char(',')));
                batch.clear();
                return ok;
            };
            QRandomGenerator random(20261126);
            const QDateTime base = utc(1, 0, 0, 0, 0);
            const QStringList statuses = {QStringLiteral("success"), QStringLiteral("failed"),
                                          QStringLiteral("interrupted"), QStringLiteral("cancelled")};
            for (qint64 id = 1; id <= rows; ++id) {
                const int j = random.bounded(jobs);
                const QString job = QStringLiteral("job-%1").arg(j, 4, 10, QLatin1Char('0'));
                // Every 10th job never succeeds; start times are random so id order is not time order.
                const QString status = j % 10 == 0 ? statuses.at(1 + random.bounded(3))
                                                   : statuses.at(random.bounded(statuses.size()));
                const QString started = base.addMSecs(random.bounded(365LL * 24 * 3600 * 1000))
                                            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
                batch.append(QStringLiteral("(%1, '%2', 'srv', 'db', 'schedule', '%3', '%3', '%4', 1, 1)")
                                 .arg(id)
                                 .arg(job, started, status));
                if (batch.size() == 1000 || id == rows)
                    QVERIFY(insertBatch());
                if (status == QLatin1String("success")) {
                    Latest& latest = expected[job];
                    if (started > latest.started || (started == latest.started && id > latest.id))
                        latest = Latest{started, id};
                }
            }
            QVERIFY(raw.exec(QStringLiteral("COMMIT")));
        }
        QVERIFY(expected.size() > 800);

        QElapsedTimer timer;
        timer.start();
        const auto last = scratch().lastSuccesses();
        qInfo() << "lastSuccesses over" << rows << "rows took" << timer.elapsed() << "ms";
        QVERIFY_RESULT(last);
        QCOMPARE(last->size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const HistoryRecord got = last->value(it.key());
            QCOMPARE(got.id, it->id);
            QCOMPARE(got.job, it.key());
            QCOMPARE(got.status, AttemptStatus::Success);
        }
        for (int j = 0; j < jobs; j += 10)
            QVERIFY(!last->contains(QStringLiteral("job-%1").arg(j, 4, 10, QLatin1Char('0'))));
    }

private:
    // The rows attempts() and attemptsBefore() order: 0 a@day2, 1 b@day3, 2 a@day1, 3 a@day2 (the same
    // start as 0), 4 b@day1. Their ids; fewer if one could not be written.
    QList<qint64> insertOrderingRows()
    {
        const QList<std::pair<QString, QDateTime>> rows = {
            {QStringLiteral("a"), utc(2, 0, 0, 0, 0)}, {QStringLiteral("b"), utc(3, 0, 0, 0, 0)},
            {QStringLiteral("a"), utc(1, 0, 0, 0, 0)}, {QStringLiteral("a"), utc(2, 0, 0, 0, 0)},
            {QStringLiteral("b"), utc(1, 0, 0, 0, 0)},
        };
        QList<qint64> ids;
        for (const auto& [name, started] : rows) {
            const auto id = scratch().beginAttempt(record(name, started));
            if (!id)
                break;
            ids.append(*id);
        }
        return ids;
    }

    static QList<qint64> idsOf(const QList<HistoryRecord>& records)
    {
        QList<qint64> ids;
        for (const HistoryRecord& r : records)
            ids.append(r.id);
        return ids;
    }

    // The ids at these indexes, in their order.
    static QList<qint64> pick(const QList<qint64>& ids, const QList<int>& indexes)
    {
        QList<qint64> picked;
        for (int index : indexes)
            picked.append(ids.at(index));
        return picked;
    }

    // Most tests need an empty history and nothing else; those that open one themselves test opening.
    // Made on first use: a PostgreSQL database takes a few hundred milliseconds to create, and the
    // tests of names and of the SQLite file need none.
    History& scratch()
    {
        if (!m_history) {
            const auto location = m_store->freshLocation();
            auto history = location ? History::open(*location) : tl::unexpected(location.error());
            if (!history)
                qFatal("cannot make a scratch history: %s", qPrintable(history.error().message));
            m_history = std::move(*history);
        }
        return *m_history;
    }

    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<History> m_history;
};

QTEST_GUILESS_MAIN(TstHistory)
#include "tst_history.moc"
