// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Every wait of a run is bounded and cancel ends every stage (issue 10), end to end: the real
// `larder` binary against a real throwaway cluster, held where it used to wait without end. The row
// count that follows pg_dump waits for a table lock; a test-restore's row count waits for a lock on a
// table of its scratch database (taken while a FIFO holds pg_restore); a `pg_dump -j 2` has a leader
// and workers to leave behind. Each ends by the job's timeout or by SIGTERM within a bound, and
// leaves no process and no scratch database behind.

#include "BackupFixture.h"
#include "CliRunner.h"
#include "HeldFile.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "TableLock.h"
#include "TestFiles.h"
#include "TestProcesses.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace TestFiles;
using namespace TestProcesses;

namespace {

// Bounds are generous: machines are shared. Each is far below what a wait without end would take.
constexpr int kRunMs = 120'000;         // a run that should simply finish
constexpr int kHangMs = 60'000;         // a run that used to hang: killed after this, and fails
constexpr int kByTimeoutMs = 30'000;    // ends by a job timeout of 5 or 10 s
constexpr int kBySignalMs = 20'000;     // ends after SIGTERM
constexpr int kWaitMs = 30'000;         // for a state to be reached
constexpr int kLeftoverWaitMs = 10'000; // for a process to be gone after larder exited
constexpr int kShortTimeoutSeconds = 5;
constexpr int kLongTimeoutSeconds = 600;
const QString kLockApp = QStringLiteral("larder-boundedwaits-lock");

struct LiveProcess
{
    qint64 pid = 0;
    QByteArray program; // argv[0]
    QString commandLine;
};

// Live processes whose command line contains needle, with program (argv[0]) ending in programSuffix
// when that is given.
QList<LiveProcess> processesWith(const QString& needle, const QByteArray& programSuffix = {})
{
    QList<LiveProcess> found;
    const QByteArray encoded = QFile::encodeName(needle);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == qint64(::getpid()))
            continue;
        const QByteArray raw = readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
        const QByteArray program = raw.left(raw.indexOf('\0'));
        if (!raw.contains(encoded) || !program.endsWith(programSuffix) || !isLiveProcess(pid))
            continue;
        found.append({pid, program, QString::fromLocal8Bit(QByteArray(raw).replace('\0', ' ')).trimmed()});
    }
    return found;
}

QString describe(const QList<LiveProcess>& processes)
{
    QStringList lines;
    for (const LiveProcess& process : processes)
        lines << QStringLiteral("%1: %2").arg(process.pid).arg(process.commandLine);
    return lines.join(u'\n');
}

// Entries of dir that are neither partial nor sidecar: complete dumps (files or directories).
QStringList finalDumpsIn(const QString& dir)
{
    QStringList found;
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QString name = entry.fileName();
        if (!name.endsWith(QLatin1String(".partial")) && !name.endsWith(QLatin1String(".sha256")))
            found << entry.filePath();
    }
    return found;
}

QStringList partialsIn(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.partial")},
                               QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System);
}

// What a job of the test's config differs in.
struct Job
{
    QString name;
    QString dbname;
    QString format = QStringLiteral("custom");
    QString testRestore = QStringLiteral("manual");
    int timeoutSeconds = kLongTimeoutSeconds;
    QStringList pgDumpArgs;
};

Job makeJob(const QString& name, const QString& dbname, const QString& format = QStringLiteral("custom"))
{
    Job job;
    job.name = name;
    job.dbname = dbname;
    job.format = format;
    return job;
}

// A `larder run` whose test-restore counts rows and waits for lock, on a table of its scratch
// database restored from dumpPath.
struct HeldTestRestore
{
    std::unique_ptr<QProcess> process;
    std::unique_ptr<TableLock> lock;
    QString dumpPath;
};

} // namespace

class TestBoundedWaits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowCountHeldByALock_endsByTimeout();
    void rowCountHeldByALock_endsBySigterm();
    void testRestoreCountHeldByALock_endsByTimeout();
    void testRestoreCountHeldByALock_endsBySigterm();
    void parallelDumpCancel_leavesNoPgDumpWorker();

private:
    void writeConfig(const Job& job);
    QProcessEnvironment childEnvironment() const;
    CliRunner runner() const;
    QStringList withConfig(const QString& command, const QStringList& arguments = {}) const;
    QString jobDir(const QString& job) const { return m_dumpDir + QLatin1Char('/') + job; }
    // `history --json --limit 0` rows of job, newest first.
    void readHistory(const QString& job, QList<QJsonObject>& rows) const;
    // job's history holds count attempts, the newest a success.
    void expectAttemptsNewestSuccessful(const QString& job, int count) const;
    QStringList scratchDatabases() const;
    // Dumps job (directory format) with test_restore = "manual", then starts `larder run` with job as
    // configured, for its test-restore only, and returns once the test-restore counts rows and waits
    // for held.lock, which holds a restored table of the scratch database.
    void startHeldTestRestore(const Job& job, HeldTestRestore& held);
    // SIGTERM to the running larder: it must end on its own within kBySignalMs, with exit code 143.
    static void terminate(QProcess& process, CliResult& result);

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_dumpDir;
    QString m_history;
};

// ---------------------------------------------------------------------------------------------
// Fixture

void TestBoundedWaits::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(LARDER_EXECUTABLE)).isExecutable(), LARDER_EXECUTABLE);
    QVERIFY_RESULT(PgCluster::startEach({&m_cluster}));
    // restored has no indexes or constraints: nothing after a restore's data waits for a table lock.
    const QList<QPair<QString, QString>> databases = {
        {QStringLiteral("counted"),
         QStringLiteral("CREATE TABLE held (id int PRIMARY KEY, note text);\n"
                        "INSERT INTO held SELECT g, 'note ' || g FROM generate_series(1, 100) g;\n"
                        "CREATE TABLE other (id int PRIMARY KEY, body text);\n"
                        "INSERT INTO other SELECT g, md5(g::text) FROM generate_series(1, 2000) g;\n")},
        {QStringLiteral("restored"),
         QStringLiteral("CREATE TABLE alpha (id int, note text);\n"
                        "INSERT INTO alpha SELECT g, 'note ' || g FROM generate_series(1, 1000) g;\n"
                        "CREATE TABLE omega (id int, note text);\n"
                        "INSERT INTO omega SELECT g, md5(g::text) FROM generate_series(1, 1000) g;\n")}};
    for (const auto& [dbname, sql] : databases)
        QVERIFY_RESULT(BackupFixture::createOwnedDatabase(*m_cluster, dbname, m_cluster->superuser(), sql));
}

void TestBoundedWaits::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-waits-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    m_dumpDir = m_dir->filePath(QStringLiteral("dumps"));
    m_history = m_dir->filePath(QStringLiteral("history.sqlite"));
}

void TestBoundedWaits::cleanup()
{
    // Nothing of ours may outlive a test, whatever it left behind (larder, pg_dump, pg_restore).
    for (const LiveProcess& process : processesWith(m_dir->path()))
        ::kill(pid_t(process.pid), SIGKILL);
    (void)m_cluster->execute(QStringLiteral("postgres"),
                             QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                            "WHERE application_name LIKE 'larder%'"));
    for (const QString& scratch : scratchDatabases())
        (void)m_cluster->execute(QStringLiteral("postgres"),
                                 QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(scratch));
    m_dir.reset();
}

void TestBoundedWaits::writeConfig(const Job& job)
{
    QStringList args;
    for (const QString& arg : job.pgDumpArgs)
        args << QLatin1Char('"') + arg + QLatin1Char('"');
    const QString text = QStringLiteral("[defaults]\n"
                                        "dump_dir = \"%1\"\n"
                                        "history = \"%2\"\n"
                                        "host = \"%3\"\n"
                                        "port = %4\n"
                                        "user = \"%5\"\n"
                                        "schedule = \"daily\"\n"
                                        "\n"
                                        "[databases.%6]\n"
                                        "dbname = \"%7\"\n"
                                        "format = \"%8\"\n"
                                        "test_restore = \"%9\"\n")
                             .arg(m_dumpDir, m_history, m_cluster->socketDir())
                             .arg(m_cluster->port())
                             .arg(m_cluster->superuser(), job.name, job.dbname, job.format, job.testRestore) +
                         QStringLiteral("timeout = %1\npg_dump_args = [%2]\n")
                             .arg(job.timeoutSeconds)
                             .arg(args.join(QStringLiteral(", ")));
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(text.toUtf8()) > 0);
}

QProcessEnvironment TestBoundedWaits::childEnvironment() const
{
    // No password file: the superuser over the cluster's socket needs none.
    return CliRunner::hermeticEnvironment(m_dir->path());
}

CliRunner TestBoundedWaits::runner() const
{
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(childEnvironment());
    runner.setWorkingDirectory(m_dir->path());
    return runner;
}

QStringList TestBoundedWaits::withConfig(const QString& command, const QStringList& arguments) const
{
    return QStringList{command, QStringLiteral("--config"), m_config} + arguments;
}

void TestBoundedWaits::readHistory(const QString& job, QList<QJsonObject>& rows) const
{
    const CliResult result =
        runner().run(withConfig(QStringLiteral("history"),
                                {QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString() + QLatin1Char('\n') + result.describe()));
    for (const QJsonValue& row : document.array()) {
        if (row.toObject().value(QStringLiteral("job")).toString() == job)
            rows.append(row.toObject());
    }
}

void TestBoundedWaits::expectAttemptsNewestSuccessful(const QString& job, int count) const
{
    QList<QJsonObject> rows;
    readHistory(job, rows);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rows.size(), count);
    QCOMPARE(rows.first().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
}

void TestBoundedWaits::terminate(QProcess& process, CliResult& result)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QCOMPARE(::kill(pid_t(process.processId()), SIGTERM), 0);
    result = CliRunner::finish(process, kBySignalMs);
    QVERIFY2(!result.timedOut && !result.crashed,
             qPrintable(QStringLiteral("after %1 ms: ").arg(elapsed.elapsed()) + result.describe()));
    QCOMPARE(result.exitCode, 143);
}

QStringList TestBoundedWaits::scratchDatabases() const
{
    const auto names = m_cluster->query(
        QStringLiteral("postgres"),
        QStringLiteral(
            "SELECT datname FROM pg_database WHERE datname LIKE 'larder\\_verify\\_%' ORDER BY 1"));
    return names ? names->split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList{QStringLiteral("?")};
}

void TestBoundedWaits::startHeldTestRestore(const Job& job, HeldTestRestore& held)
{
    std::unique_ptr<QProcess>& process = held.process;
    std::unique_ptr<TableLock>& lock = held.lock;
    QString& dumpPath = held.dumpPath;
    Job manual = job;
    manual.testRestore = QStringLiteral("manual");
    manual.timeoutSeconds = kLongTimeoutSeconds;
    writeConfig(manual);
    const CliResult dumped = runner().run(withConfig(QStringLiteral("run"), {job.name}), {}, kRunMs);
    QVERIFY2(dumped.exitCode == 0, qPrintable(dumped.describe()));
    const QStringList dumps = finalDumpsIn(jobDir(job.name));
    QCOMPARE(dumps.size(), 1);
    dumpPath = dumps.first();
    QVERIFY2(QFileInfo(dumpPath).isDir(), qPrintable(dumpPath));

    // The table data in restore order: "ID; ... TABLE DATA public alpha postgres".
    QProcess list;
    list.start(m_cluster->binDir() + QStringLiteral("/pg_restore"), {QStringLiteral("--list"), dumpPath});
    QVERIFY(list.waitForFinished(kWaitMs));
    QStringList ids;
    QStringList tables;
    const QStringList lines = QString::fromUtf8(list.readAllStandardOutput()).split(u'\n');
    for (const QString& line : lines) {
        const qsizetype at = line.indexOf(QLatin1String(" TABLE DATA public "));
        if (line.startsWith(u';') || at < 0)
            continue;
        ids << line.section(u';', 0, 0);
        tables << line.mid(at).section(u' ', 4, 4);
    }
    QCOMPARE(tables, (QStringList{QStringLiteral("alpha"), QStringLiteral("omega")}));

    writeConfig(job);
    // The last data file as a FIFO: pg_restore waits in its open() after restoring alpha.
    HeldFile dataFile(dumpPath + QLatin1Char('/') + ids.last() + QStringLiteral(".dat.gz"), kHangMs);
    QVERIFY2(dataFile.isValid(), qPrintable(dataFile.error()));
    // The job's dump is not due (daily, just dumped), but its first test-restore is.
    process = runner().start(withConfig(QStringLiteral("run")));
    if (!dataFile.waitUntilOpened(kWaitMs))
        QFAIL(qPrintable(QStringLiteral("pg_restore did not reach the held data file\n") +
                         CliRunner::finish(*process, 10'000).describe()));
    const QStringList scratch = scratchDatabases();
    QCOMPARE(scratch.size(), 1);
    lock = std::make_unique<TableLock>(*m_cluster, scratch.first(), tables.first(), kLockApp);
    QTRY_VERIFY_WITH_TIMEOUT(lock->isHeld(), kWaitMs);
    dataFile.release();
    const bool counting = QTest::qWaitFor(
        [&] { return process->state() != QProcess::Running || lock->waitingDumps() > 0; }, kWaitMs);
    if (!counting || process->state() != QProcess::Running)
        QFAIL(qPrintable(QStringLiteral("the test-restore did not reach its row count\n") +
                         CliRunner::finish(*process, 10'000).describe()));
}

// ---------------------------------------------------------------------------------------------
// Row counts after pg_dump, held by a lock on a table pg_dump leaves out

void TestBoundedWaits::rowCountHeldByALock_endsByTimeout()
{
    Job job = makeJob(QStringLiteral("counts"), QStringLiteral("counted"));
    job.testRestore = QStringLiteral("daily");
    job.pgDumpArgs = {QStringLiteral("--exclude-table=held")};
    // First without the lock: its test-restore succeeds, so that the held run's is not due and the
    // run's outcome is the dump's alone.
    writeConfig(job);
    const CliResult first = runner().run(withConfig(QStringLiteral("run"), {job.name}), {}, kRunMs);
    QVERIFY2(first.exitCode == 0 && first.errText().contains(QLatin1String("test-restore ok")),
             qPrintable(first.describe()));

    job.timeoutSeconds = kShortTimeoutSeconds;
    writeConfig(job);
    TableLock lock(*m_cluster, job.dbname, QStringLiteral("held"), kLockApp);
    QTRY_VERIFY_WITH_TIMEOUT(lock.isHeld(), kWaitMs);

    QElapsedTimer elapsed;
    elapsed.start();
    const CliResult held =
        runner().run(withConfig(QStringLiteral("run"), {QStringLiteral("--verbose"), job.name}), {}, kHangMs);
    const qint64 tookMs = elapsed.elapsed();
    QVERIFY2(!held.timedOut && !held.crashed, qPrintable(held.describe()));
    QVERIFY2(tookMs < kByTimeoutMs, qPrintable(QStringLiteral("took %1 ms\n").arg(tookMs) + held.describe()));
    QVERIFY2(held.exitCode == 0, qPrintable(held.describe()));
    QVERIFY2(held.errText().contains(QLatin1String("was stopped")) &&
                 held.errText().contains(QLatin1String("timed out after 5 s")),
             qPrintable(held.describe()));
    // Its test-restore was not due: the outcome is the dump's alone.
    QVERIFY2(!held.errText().contains(QLatin1String("test-restore ok")) &&
                 !held.errText().contains(QLatin1String("test-restore FAILED")),
             qPrintable(held.describe()));
    // The counting statement was cancelled on the server too, not only given up by larder.
    QTRY_COMPARE_WITH_TIMEOUT(lock.waitingDumps(), 0, kLeftoverWaitMs);
    QVERIFY2(lock.isHeld(), "the lock ended before the run did: the test proved nothing");
    lock.release();

    QCOMPARE(finalDumpsIn(jobDir(job.name)).size(), 2);
    expectAttemptsNewestSuccessful(job.name, 2);
}

void TestBoundedWaits::rowCountHeldByALock_endsBySigterm()
{
    Job job = makeJob(QStringLiteral("counts"), QStringLiteral("counted"));
    job.testRestore = QStringLiteral("daily");
    job.pgDumpArgs = {QStringLiteral("--exclude-table=held")};
    writeConfig(job);
    TableLock lock(*m_cluster, job.dbname, QStringLiteral("held"), kLockApp);
    QTRY_VERIFY_WITH_TIMEOUT(lock.isHeld(), kWaitMs);

    std::unique_ptr<QProcess> process = runner().start(withConfig(QStringLiteral("run"), {job.name}));
    // pg_dump is done (its dump has its final name); the row count of held still waits.
    const bool counting = QTest::qWaitFor(
        [&] {
            return process->state() != QProcess::Running ||
                   (!finalDumpsIn(jobDir(job.name)).isEmpty() && lock.waitingDumps() > 0);
        },
        kWaitMs);
    if (!counting || process->state() != QProcess::Running)
        QFAIL(qPrintable(QStringLiteral("the run did not reach its row count\n") +
                         CliRunner::finish(*process, 10'000).describe()));
    CliResult result;
    terminate(*process, result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.errText().contains(QLatin1String("was stopped (cancelled)")),
             qPrintable(result.describe()));

    QTRY_VERIFY2_WITH_TIMEOUT(processesWith(jobDir(job.name)).isEmpty(),
                              qPrintable(describe(processesWith(jobDir(job.name)))), kLeftoverWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(lock.waitingDumps(), 0, kLeftoverWaitMs);
    QVERIFY2(lock.isHeld(), "the lock ended before the run did: the test proved nothing");
    lock.release();

    // The dump was complete before the signal: kept, as a success without counts.
    QCOMPARE(finalDumpsIn(jobDir(job.name)).size(), 1);
    QVERIFY(partialsIn(jobDir(job.name)).isEmpty());
    expectAttemptsNewestSuccessful(job.name, 1);
}

// ---------------------------------------------------------------------------------------------
// A test-restore's row count, held by a lock on a table of its scratch database

void TestBoundedWaits::testRestoreCountHeldByALock_endsByTimeout()
{
    Job job = makeJob(QStringLiteral("restored"), QStringLiteral("restored"), QStringLiteral("directory"));
    job.testRestore = QStringLiteral("daily");
    // Long enough to take the lock while pg_restore waits, short enough to end in the row count.
    job.timeoutSeconds = 10;
    HeldTestRestore held;
    startHeldTestRestore(job, held);
    if (QTest::currentTestFailed())
        return;

    QElapsedTimer elapsed;
    elapsed.start();
    const CliResult result = CliRunner::finish(*held.process, kHangMs);
    const qint64 tookMs = elapsed.elapsed();
    QVERIFY2(!result.timedOut && !result.crashed, qPrintable(result.describe()));
    QVERIFY2(tookMs < kByTimeoutMs,
             qPrintable(QStringLiteral("took %1 ms\n").arg(tookMs) + result.describe()));
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(!result.errText().contains(QLatin1String("dump started")), qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QLatin1String("test-restore FAILED")) &&
                 result.errText().contains(QLatin1String("timeout of 10 s")) &&
                 result.errText().contains(QLatin1String("cannot count the restored rows")),
             qPrintable(result.describe()));

    QCOMPARE(scratchDatabases(), QStringList());
    QTRY_VERIFY2_WITH_TIMEOUT(processesWith(held.dumpPath).isEmpty(),
                              qPrintable(describe(processesWith(held.dumpPath))), kLeftoverWaitMs);
}

void TestBoundedWaits::testRestoreCountHeldByALock_endsBySigterm()
{
    Job job = makeJob(QStringLiteral("restored"), QStringLiteral("restored"), QStringLiteral("directory"));
    job.testRestore = QStringLiteral("daily");
    HeldTestRestore signalled;
    startHeldTestRestore(job, signalled);
    if (QTest::currentTestFailed())
        return;

    CliResult result;
    terminate(*signalled.process, result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.errText().contains(QLatin1String("cannot count the restored rows")),
             qPrintable(result.describe()));
    QCOMPARE(scratchDatabases(), QStringList());
    QTRY_VERIFY2_WITH_TIMEOUT(processesWith(signalled.dumpPath).isEmpty(),
                              qPrintable(describe(processesWith(signalled.dumpPath))), kLeftoverWaitMs);
}

// ---------------------------------------------------------------------------------------------
// pg_dump -j 2 cancelled

void TestBoundedWaits::parallelDumpCancel_leavesNoPgDumpWorker()
{
    // Enough data that two workers are busy for a few seconds.
    const auto created =
        m_cluster->execute(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE parallel"));
    QVERIFY_RESULT(created);
    const auto filled = m_cluster->execute(
        QStringLiteral("parallel"),
        QStringLiteral(
            "CREATE TABLE one AS SELECT g AS id, md5(g::text) AS body FROM generate_series(1, 1000000) g;\n"
            "CREATE TABLE two AS SELECT g AS id, md5(g::text) AS body FROM generate_series(1, 1000000) "
            "g;\n"));
    QVERIFY_RESULT(filled);

    Job job = makeJob(QStringLiteral("parallel"), QStringLiteral("parallel"), QStringLiteral("directory"));
    job.pgDumpArgs = {QStringLiteral("-j"), QStringLiteral("2")};
    writeConfig(job);
    const QString dir = jobDir(job.name);

    std::unique_ptr<QProcess> process = runner().start(withConfig(QStringLiteral("run"), {job.name}));
    // The leader and its two workers, all writing below the job's directory.
    const bool parallel = QTest::qWaitFor(
        [&] {
            return process->state() != QProcess::Running ||
                   processesWith(dir, QByteArrayLiteral("pg_dump")).size() >= 3;
        },
        kWaitMs);
    const QList<LiveProcess> dumpers = processesWith(dir, QByteArrayLiteral("pg_dump"));
    if (!parallel || process->state() != QProcess::Running)
        QFAIL(qPrintable(QStringLiteral("the leader and two workers were not seen running (%1 seen)\n")
                             .arg(dumpers.size()) +
                         CliRunner::finish(*process, 10'000).describe()));

    CliResult result;
    terminate(*process, result);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY2_WITH_TIMEOUT(processesWith(dir).isEmpty(), qPrintable(describe(processesWith(dir))),
                              kLeftoverWaitMs);
    QVERIFY2(partialsIn(dir).isEmpty(), qPrintable(partialsIn(dir).join(u' ')));
    QVERIFY2(finalDumpsIn(dir).isEmpty(), qPrintable(finalDumpsIn(dir).join(u' ')));
}

QTEST_GUILESS_MAIN(TestBoundedWaits)
#include "tst_boundedwaits.moc"
