// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Fault injection: the real `larder` binary against two real PostgreSQL clusters while things go
// wrong underneath it: SIGKILL at random points of a run, a full or read-only dump directory, a
// server that dies mid-dump or never answers, a missing or too old pg_dump, a locked or damaged
// history file. Cluster one holds app (one big table) and shop, cluster two holds crm.
//
// The kill test is random but reproducible: it prints its seed, and LARDER_FAULT_SEED replays it.
// Mounting tmpfs needs root; where mount fails the write-error tests fall back to RLIMIT_FSIZE and
// a dump directory below a regular file, which still fail the job with an OS error.

#include "BackupFixture.h"
#include "CliRunner.h"
#include "PgCluster.h"
#include "RestartOnExit.h"
#include "ResultAssert.h"
#include "TableLock.h"
#include "TestFiles.h"
#include "TestProcesses.h"
#include "history/History.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTime>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <poll.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace TestFiles;
using namespace TestProcesses;

namespace {

constexpr int kLarderTimeoutMs = 120'000;
constexpr int kWaitMs = 30'000;
constexpr int kKillPoints = 20;
const QString kBlockerApp = QStringLiteral("larder-faults-blocker");
const QString kHelperModeVariable = QStringLiteral("LARDER_FAULTS_HELPER");

// ---------------------------------------------------------------------------------------------
// Helper mode: the test binary re-run as another process that holds the history's write lock.

// Holds BEGIN EXCLUSIVE on the SQLite file at path until standard input closes (or holdMs pass,
// so that an abandoned helper never outlives its test for long). Prints "locked" once it holds it.
int holdHistoryLock(const QString& path, int holdMs)
{
    int code = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(path);
        if (!db.open()) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(db.lastError().text()));
            return 2;
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA busy_timeout = 5000")) ||
            !query.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
            std::fprintf(stderr, "cannot lock %s: %s\n", qPrintable(path),
                         qPrintable(query.lastError().text()));
            code = 3;
        } else {
            std::printf("locked\n");
            std::fflush(stdout);
            pollfd input{STDIN_FILENO, POLLIN, 0};
            (void)::poll(&input, 1, holdMs);
            query.exec(QStringLiteral("ROLLBACK"));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    return code;
}

// ---------------------------------------------------------------------------------------------
// Files

// ---------------------------------------------------------------------------------------------
// Processes

// ---------------------------------------------------------------------------------------------
// Fixtures

// A tmpfs mounted on a directory for the life of the object; unmounted however the test ends.
class TmpfsMount final
{
    Q_DISABLE_COPY_MOVE(TmpfsMount)

public:
    TmpfsMount(QString dir, const QString& size) : m_dir(std::move(dir))
    {
        QDir().mkpath(m_dir);
        // Lets the fallbacks of machines without mount rights be exercised here too.
        if (qEnvironmentVariableIsSet("LARDER_FAULTS_NO_MOUNT")) {
            m_problem = QStringLiteral("mounting disabled by LARDER_FAULTS_NO_MOUNT");
            return;
        }
        const ToolResult mounted =
            runTool(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=%1,mode=0700").arg(size), QStringLiteral("tmpfs"), m_dir});
        m_mounted = mounted.ok;
        m_problem = mounted.output.trimmed();
    }
    ~TmpfsMount()
    {
        if (!m_mounted)
            return;
        // Lazy as a last resort: a leftover process holding a file must not leave the mount behind.
        if (!runTool(QStringLiteral("umount"), {m_dir}).ok)
            (void)runTool(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir});
    }

    bool isMounted() const { return m_mounted; }
    QString problem() const { return m_problem; }
    QString path() const { return m_dir; }

    bool remountReadOnly()
    {
        const ToolResult remounted =
            runTool(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir});
        m_problem = remounted.output.trimmed();
        return remounted.ok;
    }

private:
    QString m_dir;
    bool m_mounted = false;
    QString m_problem;
};

// The helper process that holds the history's write lock; killed on destruction if still there.
class HistoryLockHolder final
{
    Q_DISABLE_COPY_MOVE(HistoryLockHolder)

public:
    explicit HistoryLockHolder(const QString& historyPath)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kHelperModeVariable, QStringLiteral("hold-history-lock"));
        env.insert(QStringLiteral("LARDER_FAULTS_HISTORY"), historyPath);
        m_process.setProcessEnvironment(env);
        m_process.start(QCoreApplication::applicationFilePath(), {});
    }
    ~HistoryLockHolder() { release(); }

    bool waitUntilLocked()
    {
        return QTest::qWaitFor(
                   [&] { return m_process.state() == QProcess::NotRunning || m_process.canReadLine(); },
                   kWaitMs) &&
               m_process.readLine().trimmed() == "locked";
    }
    // Closing its standard input ends the transaction; the helper then exits on its own.
    bool release()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
            return false;
        }
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

public:
    TestFaults()
    {
        // The binary doubles as the lock-holding helper process (see HistoryLockHolder).
        if (qEnvironmentVariable(qPrintable(kHelperModeVariable)) == QLatin1String("hold-history-lock")) {
            const int code = holdHistoryLock(qEnvironmentVariable("LARDER_FAULTS_HISTORY"), 120'000);
            std::fflush(stdout);
            std::fflush(stderr);
            ::_exit(code);
        }
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void kill_atRandomPointsLeavesOnlyCompleteDumpsAndTheNextRunRepairs();

    void writeError_fullDiskFailsThatJobWithTheOsErrorAndRemovesItsPartial();
    void writeError_readOnlyDumpDirFailsThatJobNamingTheDirectory_data();
    void writeError_readOnlyDumpDirFailsThatJobNamingTheDirectory();

    void server_diesMidDumpFailsThatJobWithPgDumpsErrorOthersSucceed();
    void server_thatNeverAnswersFailsAfterConnectTimeoutNamingTheServer();
    void pgDump_missingFailsThatJobNamingThePath();
    void pgDump_tooOldFailsThatJobNamingBothVersions();

    void history_lockedByAnotherProcessFailsNamingThePathWithoutHanging();
    void history_damagedPageIsReportedWithThePathAndTheFileIsUntouched();
    void history_garbageFileIsReportedWithThePathAndTheFileIsUntouched();

private:
    QProcessEnvironment childEnvironment() const;
    CliResult larder(const QStringList& arguments) const;
    std::unique_ptr<QProcess> startLarder(const QStringList& arguments) const;
    QStringList withConfig(const QString& command, const QStringList& arguments = {}) const;

    // The standard three jobs; extra is appended (more servers and databases), and overrides maps
    // a job to extra lines of its section.
    QString configText(const QString& extra = {}, const QHash<QString, QString>& overrides = {}) const;
    void writeConfig(const QString& text);

    QString jobDir(const QString& job) const { return m_dumpDir + QLatin1Char('/') + job; }
    // `history --json --limit 0`, newest first; empty with a failure recorded if it cannot be read.
    QJsonArray readHistory();
    static QList<QJsonObject> rowsOf(const QJsonArray& rows, const QString& job);
    // `history`: for each (job, status) of expected, in order, exactly one attempt of job with that
    // status. The attempts by job; those after a failed check are missing.
    QHash<QString, QJsonObject> onlyAttempts(const QList<QPair<QString, QString>>& expected);
    // Empty when the dump has a matching sidecar and pg_restore can list it; else what is wrong.
    QString checkFinalDump(const QString& path) const;

    std::unique_ptr<PgCluster> m_one;
    std::unique_ptr<PgCluster> m_two;
    QString m_slot; // "HH:mm", about 12 hours away: no slot boundary falls inside a test
    int m_serverMajor = 0;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_dumpDir;
    QString m_history;
    QString m_pgpass;
};

// ---------------------------------------------------------------------------------------------
// Fixture

void TestFaults::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(LARDER_EXECUTABLE)).isExecutable(), LARDER_EXECUTABLE);

    QVERIFY_RESULT(PgCluster::startEach({&m_one, &m_two}));
    m_slot = QTime::currentTime().addSecs(12 * 3600).toString(QStringLiteral("HH:mm"));

    // app uncompressed is about 10 MB: bigger than the 2 MB tmpfs of the full-disk test.
    const QString app = QStringLiteral(
        "CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL);\n"
        "INSERT INTO customers (name) SELECT 'customer ' || g FROM generate_series(1, 2000) g;\n"
        "CREATE TABLE big (id bigint PRIMARY KEY, customer_id int REFERENCES customers, payload text);\n"
        "INSERT INTO big SELECT g, 1 + g % 2000, md5(g::text) || repeat(' padding', 4)\n"
        "    FROM generate_series(1, 100000) g;\n");
    const QString shop = QStringLiteral(
        "CREATE TABLE products (id serial PRIMARY KEY, title text NOT NULL, price numeric(10,2));\n"
        "INSERT INTO products (title, price) SELECT 'product ' || g, (g % 997) / 3.0\n"
        "    FROM generate_series(1, 3000) g;\n");
    const QString crm =
        QStringLiteral("CREATE TABLE contacts (id serial PRIMARY KEY, name text NOT NULL, phone text);\n"
                       "INSERT INTO contacts (name, phone) SELECT 'contact ' || g, '+41 ' || (1000000 + g)\n"
                       "    FROM generate_series(1, 5000) g;\n");
    const QString backup = QStringLiteral("backup");
    const QString password = QStringLiteral("backup-pw");
    QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
        *m_one, backup, password, {{QStringLiteral("app"), app}, {QStringLiteral("shop"), shop}}));
    QVERIFY_RESULT(
        BackupFixture::createRoleWithDatabases(*m_two, backup, password, {{QStringLiteral("crm"), crm}}));

    const auto version = m_one->query(QStringLiteral("postgres"), QStringLiteral("SHOW server_version_num"));
    QVERIFY_RESULT(version);
    m_serverMajor = version->toInt() / 10000;
    QVERIFY(m_serverMajor >= 10);
}

void TestFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-faults-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    m_dumpDir = m_dir->filePath(QStringLiteral("dumps"));
    m_history = m_dir->filePath(QStringLiteral("state/history.sqlite"));
    m_pgpass = m_dir->filePath(QStringLiteral("pgpass"));
    const QString pgpass =
        QStringLiteral("127.0.0.1:%1:*:backup:backup-pw\n127.0.0.1:%2:*:backup:backup-pw\n")
            .arg(m_one->port())
            .arg(m_two->port());
    QVERIFY(writePrivateFile(m_pgpass, pgpass.toUtf8()));
}

void TestFaults::cleanup()
{
    // Nothing of ours may outlive a test, whatever it left behind.
    for (const qint64 pid : pgDumpProcessesUnder(m_dir->path())) {
        if (pid > 0)
            ::kill(pid_t(pid), SIGKILL);
    }
    m_dir.reset();
}

QProcessEnvironment TestFaults::childEnvironment() const
{
    // No keychain, as under cron: lookups fall back to the pgpass file at once.
    return CliRunner::hermeticEnvironment(m_dir->path(), m_pgpass);
}

CliResult TestFaults::larder(const QStringList& arguments) const
{
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(childEnvironment());
    runner.setWorkingDirectory(m_dir->path());
    return runner.run(arguments, {}, kLarderTimeoutMs);
}

std::unique_ptr<QProcess> TestFaults::startLarder(const QStringList& arguments) const
{
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(childEnvironment());
    runner.setWorkingDirectory(m_dir->path());
    return runner.start(arguments);
}

QStringList TestFaults::withConfig(const QString& command, const QStringList& arguments) const
{
    return QStringList{command, QStringLiteral("--config"), m_config} + arguments;
}

QString TestFaults::configText(const QString& extra, const QHash<QString, QString>& overrides) const
{
    const QString backup = QStringLiteral("backup");
    QString text =
        QStringLiteral("# written by tst_faults\n") +
        BackupFixture::defaultsSection(m_dumpDir, m_history, QStringLiteral("daily at ") + m_slot) +
        QStringLiteral("max_parallel = 3\n\n") +
        BackupFixture::serverSection(QStringLiteral("one"), m_one->port(), backup) +
        QStringLiteral("max_parallel = 2\n\n") +
        BackupFixture::serverSection(QStringLiteral("two"), m_two->port(), backup);
    const QList<QPair<QString, QString>> jobs = {{QStringLiteral("app"), QStringLiteral("one")},
                                                 {QStringLiteral("shop"), QStringLiteral("one")},
                                                 {QStringLiteral("crm"), QStringLiteral("two")}};
    for (const auto& [job, server] : jobs) {
        text += QStringLiteral("\n[databases.%1]\n").arg(job);
        if (overrides.contains(job))
            text += overrides.value(job);
        if (!overrides.value(job).contains(QLatin1String("server =")))
            text += QStringLiteral("server = \"%1\"\n").arg(server);
    }
    return text + extra;
}

void TestFaults::writeConfig(const QString& text)
{
    QVERIFY(writePrivateFile(m_config, text.toUtf8()));
}

QJsonArray TestFaults::readHistory()
{
    const CliResult result =
        larder(withConfig(QStringLiteral("history"),
                          {QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")}));
    [&] { QVERIFY2(result.exitCode == 0, qPrintable(result.describe())); }();
    const QJsonDocument document = QJsonDocument::fromJson(result.out);
    [&] { QVERIFY2(document.isArray(), qPrintable(result.describe())); }();
    return document.array();
}

QList<QJsonObject> TestFaults::rowsOf(const QJsonArray& rows, const QString& job)
{
    QList<QJsonObject> found;
    for (const QJsonValue& row : rows) {
        if (row.toObject().value(QStringLiteral("job")).toString() == job)
            found.append(row.toObject());
    }
    return found;
}

QHash<QString, QJsonObject> TestFaults::onlyAttempts(const QList<QPair<QString, QString>>& expected)
{
    QHash<QString, QJsonObject> attempts;
    const QJsonArray rows = readHistory();
    for (const auto& expectation : expected) {
        if (QTest::currentTestFailed())
            break;
        // Named copies, not a structured binding: C++17 lambdas cannot capture bindings (clang).
        const QString& job = expectation.first;
        const QString& status = expectation.second;
        const QList<QJsonObject> found = rowsOf(rows, job);
        [&] {
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().value(QStringLiteral("status")).toString(), status);
            attempts.insert(job, found.first());
        }();
    }
    return attempts;
}

QString TestFaults::checkFinalDump(const QString& path) const
{
    const QString sidecar = path + QStringLiteral(".sha256");
    if (!QFileInfo::exists(sidecar))
        return QStringLiteral("%1 is under a final name but has no sidecar %2 (size %3 bytes)")
            .arg(path, QFileInfo(sidecar).fileName())
            .arg(QFileInfo(path).size());
    const ToolResult sum =
        runTool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QFileInfo(sidecar).fileName()},
                QFileInfo(path).absolutePath());
    if (!sum.ok)
        return QStringLiteral("sha256sum -c %1 failed: %2").arg(sidecar, sum.output.trimmed());
    if (path.endsWith(QLatin1String(".sql.gz"))) {
        // A plain script: whole (gzip's own check) and ending as pg_dump ends a complete one.
        const ToolResult unzipped = runTool(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
        if (!unzipped.ok ||
            !unzipped.output.right(200).contains(QLatin1String("-- PostgreSQL database dump complete")))
            return QStringLiteral("gzip -dc %1 failed or the script is cut short: %2")
                .arg(path, unzipped.output.right(300));
        return QString();
    }
    const ToolResult list =
        runTool(m_one->binDir() + QStringLiteral("/pg_restore"), {QStringLiteral("--list"), path});
    if (!list.ok || !list.output.contains(QLatin1String("TABLE DATA")))
        return QStringLiteral("pg_restore --list %1 failed: %2").arg(path, list.output.left(500));
    return QString();
}

// ---------------------------------------------------------------------------------------------
// SIGKILL at random points

void TestFaults::kill_atRandomPointsLeavesOnlyCompleteDumpsAndTheNextRunRepairs()
{
    bool seedGiven = false;
    quint32 seed = qEnvironmentVariable("LARDER_FAULT_SEED").toUInt(&seedGiven);
    if (!seedGiven)
        seed = QRandomGenerator::system()->generate();
    qInfo("kill points from seed %u (replay with LARDER_FAULT_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);

    // app, the big one, as a gzipped plain script: pg_dump writes it once, front to back, for long
    // enough that larder hashes it while it is written (DumpFollower) and kills land in that too.
    writeConfig(
        configText({}, {{QStringLiteral("app"), QStringLiteral("format = \"plain\"\ncompression = 9\n")}}));
    QElapsedTimer timer;
    timer.start();
    const CliResult first = larder(withConfig(QStringLiteral("run"), {QStringLiteral("--all")}));
    const qint64 normalMs = qMax<qint64>(timer.elapsed(), 200);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    qInfo("a normal run of the three jobs took %lld ms", normalMs);

    QSet<QString> verified; // complete, checksummed dumps: each must stay
    QSet<QString> reported; // broken dumps already described, so each is reported once
    QStringList problems;
    for (const QString& dump : finalDumpsUnder(m_dumpDir)) {
        const QString problem = checkFinalDump(dump);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        verified.insert(dump);
    }
    QCOMPARE(verified.size(), 3);
    const QStringList appDumps = jobDumps(m_dumpDir, QStringLiteral("app"));
    QCOMPARE(appDumps.size(), 1);
    QVERIFY2(appDumps.first().endsWith(QLatin1String(".sql.gz")), qPrintable(appDumps.first()));
    const qint64 appBytes = QFileInfo(appDumps.first()).size();
    QVERIFY(appBytes > 0);
    // app's partial at `share` of its complete size (or more), or, if that moment was missed, a new
    // final dump of app. (QProcess::state() does not change without an event loop: it cannot tell.)
    const auto appWritten = [&](double share) {
        const qsizetype finalsBefore = jobDumps(m_dumpDir, QStringLiteral("app")).size();
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < kWaitMs) {
            const QStringList partials = partialsUnder(jobDir(QStringLiteral("app")));
            if (!partials.isEmpty() && QFileInfo(partials.first()).size() >= qint64(double(appBytes) * share))
                return;
            if (jobDumps(m_dumpDir, QStringLiteral("app")).size() > finalsBefore)
                return;
            QThread::yieldCurrentThread();
        }
    };

    const QRegularExpression finalName(QStringLiteral("_\\d{8}T\\d{6}Z(-\\d+)?\\.(dump|sql\\.gz)$"));
    for (int point = 0; point < kKillPoints; ++point) {
        // Random delays, and points chosen by what is on disk: among them the stages issue 16 made
        // overlap (app half written: its hash-ahead and write-behind at work; app all written:
        // pg_dump's exit, then the checksum beside the flush).
        enum class Kind { Delay, PartialAppears, FinalAppears, AppHalfWritten, AppAllWritten };
        const Kind kind = point % 7 == 1   ? Kind::AppHalfWritten
                          : point % 7 == 3 ? Kind::PartialAppears
                          : point % 7 == 5 ? Kind::FinalAppears
                          : point % 7 == 6 ? Kind::AppAllWritten
                                           : Kind::Delay;
        const int delayMs = int(random.bounded(quint32(normalMs)));
        QString where;

        const QStringList finalsBefore = finalDumpsUnder(m_dumpDir);
        std::unique_ptr<QProcess> process =
            startLarder(withConfig(QStringLiteral("run"), {QStringLiteral("--all")}));
        QVERIFY2(process->state() == QProcess::Running, qPrintable(process->errorString()));
        const qint64 pid = process->processId();
        QVERIFY(pid > 0);

        QElapsedTimer waited;
        waited.start();
        switch (kind) {
        case Kind::Delay:
            where = QStringLiteral("after %1 ms").arg(delayMs);
            process->waitForFinished(delayMs);
            break;
        case Kind::PartialAppears:
            where = QStringLiteral("when a .partial appeared");
            // A tight poll: the point is to land right after the file appears.
            while (process->state() == QProcess::Running && partialsUnder(m_dumpDir).isEmpty() &&
                   waited.elapsed() < kWaitMs)
                QThread::yieldCurrentThread();
            break;
        case Kind::AppHalfWritten:
            where = QStringLiteral("when app's partial was half written");
            appWritten(0.5);
            break;
        case Kind::AppAllWritten:
            where = QStringLiteral("when app's partial was (almost) all written");
            appWritten(0.97);
            break;
        case Kind::FinalAppears:
            where = QStringLiteral("when a new final dump appeared");
            while (process->state() == QProcess::Running && waited.elapsed() < kWaitMs) {
                const QStringList now = finalDumpsUnder(m_dumpDir);
                if (std::any_of(now.cbegin(), now.cend(), [&](const QString& path) {
                        return !finalsBefore.contains(path) && finalName.match(path).hasMatch();
                    }))
                    break;
                QThread::yieldCurrentThread();
            }
            break;
        }
        // waitForFinished() reaps the child, after which its pid may belong to another process.
        const bool killed = process->state() == QProcess::Running && ::kill(pid_t(pid), SIGKILL) == 0;
        const CliResult killedRun = CliRunner::finish(*process, 10'000);
        const QString label =
            QStringLiteral("point %1 (%2, %3)")
                .arg(point)
                .arg(where, killed ? QStringLiteral("killed")
                                   : QStringLiteral("run had ended: exit %1").arg(killedRun.exitCode));
        qInfo("%s", qPrintable(label));
        if (!killed && killedRun.exitCode != 0)
            problems << QStringLiteral("%1: the unkilled run failed: %2").arg(label, killedRun.describe());

        // pg_dump dies with its larder (PDEATHSIG); one that lives on would write into a partial.
        const bool dumpersGone =
            QTest::qWaitFor([&] { return pgDumpProcessesUnder(m_dir->path()).isEmpty(); }, kWaitMs);
        if (!dumpersGone) {
            problems << QStringLiteral("%1: pg_dump outlived the killed larder").arg(label);
            for (const qint64 dumper : pgDumpProcessesUnder(m_dir->path()))
                ::kill(pid_t(dumper), SIGKILL);
        }

        // What the killed run left, before anything repairs it.
        const QJsonArray before = readHistory();
        if (QTest::currentTestFailed())
            return;
        QSet<qint64> runningIds;
        for (const QJsonValue& row : before) {
            if (row.toObject().value(QStringLiteral("status")).toString() == QLatin1String("running"))
                runningIds.insert(row.toObject().value(QStringLiteral("id")).toInteger());
        }
        if (killed)
            qInfo("  left %lld running row(s), partials: %s", qint64(runningIds.size()),
                  qPrintable(partialsUnder(m_dumpDir).join(u' ')));

        // A final name is always a complete, checksummed dump, killed run or not.
        for (const QString& dump : finalDumpsUnder(m_dumpDir)) {
            if (verified.contains(dump) || reported.contains(dump))
                continue;
            const QString problem = checkFinalDump(dump);
            if (problem.isEmpty()) {
                verified.insert(dump);
            } else {
                reported.insert(dump);
                problems << QStringLiteral("%1: %2").arg(label, problem);
            }
        }
        for (const QString& dump : std::as_const(verified)) {
            if (!QFileInfo::exists(dump) || !QFileInfo::exists(dump + QStringLiteral(".sha256")))
                problems << QStringLiteral("%1: earlier dump %2 or its sidecar is gone").arg(label, dump);
        }

        // The next scheduled run repairs: nothing is due, but it must recover the killed attempts.
        const CliResult next = larder(withConfig(QStringLiteral("run")));
        if (next.exitCode != 0) {
            problems << QStringLiteral("%1: the next run did not exit 0: %2").arg(label, next.describe());
            if (next.exitCode == 75)
                break; // every later point would only repeat this
        } else if (!runningIds.isEmpty() && !next.errText().contains(QLatin1String("interrupted")) &&
                   !next.errText().contains(QLatin1String("was killed after its dump was complete"))) {
            problems << QStringLiteral("%1: the next run did not report the interrupted attempts: %2")
                            .arg(label, next.describe());
        }
        const QStringList partialsLeft = partialsUnder(m_dumpDir);
        if (!partialsLeft.isEmpty()) {
            problems << QStringLiteral("%1: after the next run, partials of the killed run are left: %2")
                            .arg(label, partialsLeft.join(u' '));
            for (const QString& partial : partialsLeft) // so that later points report only their own
                QFileInfo(partial).isDir() ? (void)QDir(partial).removeRecursively()
                                           : (void)QFile::remove(partial);
        }
        const QJsonArray after = readHistory();
        if (QTest::currentTestFailed())
            return;
        for (const QJsonValue& value : after) {
            const QJsonObject row = value.toObject();
            const qint64 id = row.value(QStringLiteral("id")).toInteger();
            const QString status = row.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("running"))
                problems << QStringLiteral("%1: history row %2 (%3) is still running after the next run")
                                .arg(label)
                                .arg(id)
                                .arg(row.value(QStringLiteral("job")).toString());
            else if (runningIds.contains(id) && status == QLatin1String("success")) {
                // Killed after its dump was complete: recovery may record it, but only a dump that
                // stands under its final name and passes its checks.
                const QString path = row.value(QStringLiteral("path")).toString();
                if (const QString problem = checkFinalDump(path); !problem.isEmpty())
                    problems << QStringLiteral("%1: killed attempt %2 was recorded as a success, but %3")
                                    .arg(label)
                                    .arg(id)
                                    .arg(problem);
            } else if (runningIds.contains(id) && status != QLatin1String("interrupted"))
                problems << QStringLiteral("%1: killed attempt %2 became %3, not interrupted or success")
                                .arg(label)
                                .arg(id)
                                .arg(status);
        }
    }
    qInfo("%lld complete dumps checked, %lld broken ones reported", qint64(verified.size()),
          qint64(reported.size()));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("seed %1:\n").arg(seed) + problems.join(u'\n')));
}

// ---------------------------------------------------------------------------------------------
// Write errors

void TestFaults::writeError_fullDiskFailsThatJobWithTheOsErrorAndRemovesItsPartial()
{
    const QString small = m_dir->filePath(QStringLiteral("small"));
    TmpfsMount mount(small, QStringLiteral("2m"));
    // app uncompressed is about 10 MB; the other jobs write elsewhere.
    writeConfig(configText(
        {}, {{QStringLiteral("app"), QStringLiteral("dump_dir = \"%1\"\ncompression = 0\n").arg(small)}}));

    CliResult result;
    if (mount.isMounted()) {
        result = larder(withConfig(QStringLiteral("run"), {QStringLiteral("--all")}));
    } else {
        // No tmpfs here (not root?): a file size limit makes the same dump fail on write.
        qWarning("tmpfs mount failed (%s): using RLIMIT_FSIZE of 2 MB instead", qPrintable(mount.problem()));
        QProcess process;
        process.setProcessEnvironment(childEnvironment());
        process.setWorkingDirectory(m_dir->path());
        process.setChildProcessModifier([] {
            const rlimit limit{2 * 1024 * 1024, 2 * 1024 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        process.start(QStringLiteral(LARDER_EXECUTABLE),
                      withConfig(QStringLiteral("run"), {QStringLiteral("--all")}));
        process.closeWriteChannel();
        result = CliRunner::finish(process, kLarderTimeoutMs);
    }
    // Under RLIMIT_FSIZE pg_dump gets SIGXFSZ, or EFBIG where the signal is ignored.
    const auto hasOsError = [&](const QString& text) {
        return mount.isMounted() ? text.contains(QLatin1String("No space left on device"))
                                 : text.contains(QStringLiteral("signal %1").arg(SIGXFSZ)) ||
                                       text.contains(QLatin1String("File too large"));
    };
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QLatin1String("app (server one): FAILED")),
             qPrintable(result.describe()));
    QVERIFY2(hasOsError(result.errText()), qPrintable(result.describe()));
    QVERIFY2(partialsUnder(small).isEmpty(), qPrintable(partialsUnder(small).join(u' ')));
    QVERIFY2(filesUnder(small).isEmpty(), qPrintable(filesUnder(small).join(u' ')));

    const QString success = QStringLiteral("success");
    const QHash<QString, QJsonObject> attempts =
        onlyAttempts({{QStringLiteral("app"), QStringLiteral("failed")},
                      {QStringLiteral("shop"), success},
                      {QStringLiteral("crm"), success}});
    if (QTest::currentTestFailed())
        return;
    const QString appError = attempts.value(QStringLiteral("app")).value(QStringLiteral("error")).toString();
    QVERIFY2(hasOsError(appError), qPrintable(appError));
    for (const QString& job : {QStringLiteral("shop"), QStringLiteral("crm")}) {
        const QString problem = checkFinalDump(attempts.value(job).value(QStringLiteral("path")).toString());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestFaults::writeError_readOnlyDumpDirFailsThatJobNamingTheDirectory_data()
{
    QTest::addColumn<bool>("jobDirExists");
    QTest::newRow("job directory to be made") << false;
    QTest::newRow("job directory already there") << true;
}

void TestFaults::writeError_readOnlyDumpDirFailsThatJobNamingTheDirectory()
{
    QFETCH(bool, jobDirExists);
    const QString readOnly = m_dir->filePath(QStringLiteral("readonly"));
    TmpfsMount mount(readOnly, QStringLiteral("4m"));
    QString dumpDir = readOnly;
    QString expectedError = QStringLiteral("Read-only file system");
    QString namedPath = readOnly;
    if (mount.isMounted()) {
        if (jobDirExists)
            QVERIFY(QDir().mkpath(readOnly + QStringLiteral("/shop")));
        QVERIFY2(mount.remountReadOnly(), qPrintable(mount.problem()));
    } else {
        // No tmpfs here: a dump directory below a regular file fails with another OS error.
        qWarning("tmpfs mount failed (%s): using a dump_dir below a regular file instead",
                 qPrintable(mount.problem()));
        QVERIFY(writePrivateFile(m_dir->filePath(QStringLiteral("afile")), "not a directory"));
        dumpDir = m_dir->filePath(QStringLiteral("afile/dumps"));
        expectedError = QStringLiteral("not a directory");
        namedPath = m_dir->filePath(QStringLiteral("afile"));
    }
    const QStringList before = filesUnder(readOnly);
    writeConfig(
        configText({}, {{QStringLiteral("shop"), QStringLiteral("dump_dir = \"%1\"\n").arg(dumpDir)}}));

    const CliResult result =
        larder(withConfig(QStringLiteral("run"), {QStringLiteral("shop"), QStringLiteral("crm")}));
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QLatin1String("shop (server one): FAILED")),
             qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(namedPath), qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(expectedError, Qt::CaseInsensitive), qPrintable(result.describe()));
    QCOMPARE(filesUnder(readOnly), before);

    const QHash<QString, QJsonObject> readOnlyShop =
        onlyAttempts({{QStringLiteral("shop"), QStringLiteral("failed")},
                      {QStringLiteral("crm"), QStringLiteral("success")}});
    if (QTest::currentTestFailed())
        return;
    const QString error =
        readOnlyShop.value(QStringLiteral("shop")).value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(namedPath) && error.contains(expectedError, Qt::CaseInsensitive),
             qPrintable(error));
    const QString problem =
        checkFinalDump(readOnlyShop.value(QStringLiteral("crm")).value(QStringLiteral("path")).toString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// ---------------------------------------------------------------------------------------------
// Servers and pg_dump

void TestFaults::server_diesMidDumpFailsThatJobWithPgDumpsErrorOthersSucceed()
{
    writeConfig(configText());
    RestartOnExit restart(*m_one);
    TableLock blocker(*m_one, QStringLiteral("app"), QStringLiteral("big"), kBlockerApp);
    QVERIFY2(QTest::qWaitFor([&] { return blocker.isHeld(); }, kWaitMs), qPrintable(blocker.output()));

    std::unique_ptr<QProcess> process =
        startLarder(withConfig(QStringLiteral("run"), {QStringLiteral("app"), QStringLiteral("crm")}));
    if (!blocker.waitForBlockedDump(*process, m_dumpDir, kWaitMs))
        QFAIL(qPrintable(CliRunner::finish(*process, 10'000).describe()));
    const auto stopped = m_one->stop(QStringLiteral("immediate"));
    QVERIFY_RESULT(stopped);
    const CliResult result = CliRunner::finish(*process, kLarderTimeoutMs);
    blocker.release();

    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QLatin1String("app (server one): FAILED")),
             qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QLatin1String("pg_dump")), qPrintable(result.describe()));
    QVERIFY2(partialsUnder(m_dumpDir).isEmpty(), qPrintable(partialsUnder(m_dumpDir).join(u' ')));
    QVERIFY2(filesUnder(jobDir(QStringLiteral("app"))).isEmpty(),
             qPrintable(filesUnder(jobDir(QStringLiteral("app"))).join(u' ')));

    const QHash<QString, QJsonObject> attempts =
        onlyAttempts({{QStringLiteral("app"), QStringLiteral("failed")},
                      {QStringLiteral("crm"), QStringLiteral("success")}});
    if (QTest::currentTestFailed())
        return;
    const QString error = attempts.value(QStringLiteral("app")).value(QStringLiteral("error")).toString();
    // pg_dump's own words about the lost connection, not just an exit code.
    QVERIFY2(error.contains(QLatin1String("pg_dump")) &&
                 (error.contains(QLatin1String("connection"), Qt::CaseInsensitive) ||
                  error.contains(QLatin1String("terminat"), Qt::CaseInsensitive)),
             qPrintable(error));
    const QString crmPath = attempts.value(QStringLiteral("crm")).value(QStringLiteral("path")).toString();
    const QString problem = checkFinalDump(crmPath);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFaults::server_thatNeverAnswersFailsAfterConnectTimeoutNamingTheServer()
{
    // Accepts TCP connections and never says a word, like a hung server or a black-holing proxy.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    connect(&silent, &QTcpServer::newConnection, &silent, [&silent] {
        while (silent.hasPendingConnections())
            (void)silent.nextPendingConnection(); // kept open, as children of the server
    });
    const QString extra = QStringLiteral("\n[servers.silent]\n"
                                         "host = \"127.0.0.1\"\n"
                                         "port = %1\n"
                                         "user = \"backup\"\n"
                                         "connect_timeout = 2\n"
                                         "\n[databases.ghost]\n"
                                         "server = \"silent\"\n")
                              .arg(silent.serverPort());
    writeConfig(configText(extra));

    std::unique_ptr<QProcess> process =
        startLarder(withConfig(QStringLiteral("run"), {QStringLiteral("ghost"), QStringLiteral("crm")}));
    // The event loop must run for the server to accept; the wait ends when larder does.
    QVERIFY(QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, kLarderTimeoutMs));
    const CliResult result = CliRunner::finish(*process, 10'000);

    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    const QString port = QString::number(silent.serverPort());
    QVERIFY2(result.errText().contains(QLatin1String("ghost (server silent): FAILED")),
             qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QLatin1String("127.0.0.1:") + port), qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QLatin1String("timeout"), Qt::CaseInsensitive),
             qPrintable(result.describe()));

    const QHash<QString, QJsonObject> attempts =
        onlyAttempts({{QStringLiteral("ghost"), QStringLiteral("failed")},
                      {QStringLiteral("crm"), QStringLiteral("success")}});
    if (QTest::currentTestFailed())
        return;
    const QString ghostError =
        attempts.value(QStringLiteral("ghost")).value(QStringLiteral("error")).toString();
    QVERIFY2(ghostError.contains(QLatin1String("silent")), qPrintable(ghostError));
    QVERIFY(partialsUnder(m_dumpDir).isEmpty());
}

void TestFaults::pgDump_missingFailsThatJobNamingThePath()
{
    const QString missing = QStringLiteral("/nonexistent/pg_dump");
    const QString extra = QStringLiteral("\n[servers.broken]\n"
                                         "host = \"127.0.0.1\"\n"
                                         "port = %1\n"
                                         "user = \"backup\"\n"
                                         "pg_dump = \"%2\"\n")
                              .arg(m_one->port())
                              .arg(missing);
    writeConfig(configText(extra, {{QStringLiteral("shop"), QStringLiteral("server = \"broken\"\n")}}));

    const CliResult result =
        larder(withConfig(QStringLiteral("run"), {QStringLiteral("shop"), QStringLiteral("crm")}));
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QLatin1String("shop (server broken): FAILED")),
             qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(missing), qPrintable(result.describe()));

    const QHash<QString, QJsonObject> attempts =
        onlyAttempts({{QStringLiteral("shop"), QStringLiteral("failed")},
                      {QStringLiteral("crm"), QStringLiteral("success")}});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(
        attempts.value(QStringLiteral("shop")).value(QStringLiteral("error")).toString().contains(missing));
    QVERIFY(partialsUnder(m_dumpDir).isEmpty());
    QVERIFY(filesUnder(jobDir(QStringLiteral("shop"))).isEmpty());
}

void TestFaults::pgDump_tooOldFailsThatJobNamingBothVersions()
{
    const QString stub = m_dir->filePath(QStringLiteral("old/pg_dump"));
    QVERIFY(QDir().mkpath(QFileInfo(stub).path()));
    QVERIFY(writeFile(stub, "#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.0'\n",
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString extra = QStringLiteral("\n[servers.old]\n"
                                         "host = \"127.0.0.1\"\n"
                                         "port = %1\n"
                                         "user = \"backup\"\n"
                                         "pg_dump = \"%2\"\n")
                              .arg(m_one->port())
                              .arg(stub);
    writeConfig(configText(extra, {{QStringLiteral("shop"), QStringLiteral("server = \"old\"\n")}}));

    const CliResult result =
        larder(withConfig(QStringLiteral("run"), {QStringLiteral("shop"), QStringLiteral("crm")}));
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    const QString err = result.errText();
    QVERIFY2(err.contains(QLatin1String("shop (server old): FAILED")), qPrintable(result.describe()));
    QVERIFY2(err.contains(stub), qPrintable(result.describe()));
    QVERIFY2(err.contains(QLatin1String("9.6")), qPrintable(result.describe()));
    QVERIFY2(err.contains(QStringLiteral("runs %1").arg(m_serverMajor)), qPrintable(result.describe()));

    const QString failed = QStringLiteral("failed");
    (void)onlyAttempts(
        {{QStringLiteral("shop"), failed}, {QStringLiteral("crm"), QStringLiteral("success")}});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(partialsUnder(m_dumpDir).isEmpty());
}

// ---------------------------------------------------------------------------------------------
// History store

void TestFaults::history_lockedByAnotherProcessFailsNamingThePathWithoutHanging()
{
    writeConfig(configText());
    const CliResult first = larder(withConfig(QStringLiteral("run"), {QStringLiteral("shop")}));
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    const QStringList dumpsBefore = filesUnder(m_dumpDir);
    QCOMPARE(dumpsBefore.size(), 2); // the dump and its sidecar

    HistoryLockHolder holder(m_history);
    QVERIFY2(holder.waitUntilLocked(), qPrintable(holder.errors()));
    // Longer than the 10 s busy timeout, within the runner's own timeout: never a hang.
    const CliResult locked = larder(withConfig(QStringLiteral("run"), {QStringLiteral("shop")}));
    const bool released = holder.release();
    QVERIFY2(released, qPrintable(holder.errors()));

    QVERIFY2(!locked.timedOut && !locked.crashed, qPrintable(locked.describe()));
    QVERIFY2(locked.exitCode != 0 && locked.exitCode != 75, qPrintable(locked.describe()));
    QVERIFY2(locked.errText().contains(m_history), qPrintable(locked.describe()));
    QVERIFY2(locked.errText().contains(QLatin1String("locked")), qPrintable(locked.describe()));
    QCOMPARE(filesUnder(m_dumpDir), dumpsBefore);
    QVERIFY(QFileInfo::exists(m_history));

    // Once the other process lets go, everything works again and the first dump is still recorded.
    const QJsonArray rows = readHistory();
    if (QTest::currentTestFailed())
        return;
    const QList<QJsonObject> shop = rowsOf(rows, QStringLiteral("shop"));
    QVERIFY(!shop.isEmpty());
    QCOMPARE(shop.last().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    for (const QJsonObject& row : shop)
        QVERIFY(row.value(QStringLiteral("status")).toString() != QLatin1String("running"));
}

void TestFaults::history_damagedPageIsReportedWithThePathAndTheFileIsUntouched()
{
    writeConfig(configText());
    // A real history with many rows: made by larder's own code, then filled in one transaction.
    {
        auto history = larder::History::open(m_history);
        QVERIFY_RESULT(history);
    }
    constexpr int kRows = 3000;
    constexpr int kLastSuccessRow = kRows / 2;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("filler"));
        db.setDatabaseName(m_history);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.prepare(QStringLiteral(
            "INSERT INTO attempts (job, server, \"database\", \"trigger\", started_at, finished_at, status, "
            "bytes, path, sha256, error, pid) VALUES (?, ?, ?, 'schedule', ?, ?, ?, ?, ?, ?, ?, 4242)")));
        const QStringList jobs = {QStringLiteral("app"), QStringLiteral("shop"), QStringLiteral("crm")};
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
        for (int i = 0; i < kRows; ++i) {
            const QString job = jobs.at(i % 3);
            // The last successes sit in the middle; every later attempt failed, so `run` and
            // `plan` must read the middle of the file to plan.
            const bool success = i <= kLastSuccessRow;
            const QDateTime started = start.addSecs(qint64(i) * 3600);
            query.addBindValue(job);
            query.addBindValue(job == QLatin1String("crm") ? QStringLiteral("two") : QStringLiteral("one"));
            query.addBindValue(job);
            query.addBindValue(started.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
            query.addBindValue(started.addSecs(60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
            query.addBindValue(success ? QStringLiteral("success") : QStringLiteral("failed"));
            query.addBindValue(success ? 123456 : 0);
            query.addBindValue(i == kLastSuccessRow ? QStringLiteral("/gone/DAMAGE-TARGET-%1.dump").arg(job)
                                                    : QStringLiteral("/gone/%1_%2.dump").arg(job).arg(i));
            query.addBindValue(success ? QString(64, QLatin1Char('a')) : QString());
            query.addBindValue(success ? QString() : QStringLiteral("connection refused, attempt %1").arg(i));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("filler"));

    // Before the damage, larder reads it fine.
    const CliResult healthy = larder(withConfig(QStringLiteral("plan"), {QStringLiteral("--json")}));
    QVERIFY2(healthy.exitCode == 0, qPrintable(healthy.describe()));

    // Garbage over the page that holds the newest success, found by its marker.
    QByteArray content = readFile(m_history);
    const qsizetype marker = content.indexOf("DAMAGE-TARGET-");
    QVERIFY2(marker > 0, "marker row not found in the main history file");
    const int pageSize = (quint8(content.at(16)) << 8) | quint8(content.at(17));
    QVERIFY(pageSize >= 512);
    const qsizetype pageStart = marker - marker % pageSize;
    qInfo("damaging page %lld of %lld (%d bytes each)", qint64(pageStart / pageSize + 1),
          qint64(content.size() / pageSize), pageSize);
    QVERIFY2(pageStart > content.size() / 5 && pageStart < content.size() * 4 / 5, "target is not mid-file");
    QRandomGenerator garbage(7);
    for (qsizetype i = pageStart; i < pageStart + pageSize; ++i)
        content[i] = char(garbage.bounded(256));
    QVERIFY(writePrivateFile(m_history, content));
    const QByteArray damaged = readFile(m_history);

    const CliResult run = larder(withConfig(QStringLiteral("run")));
    QVERIFY2(!run.timedOut && !run.crashed && run.exitCode != 0 && run.exitCode != 75,
             qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(m_history), qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(QLatin1String("damaged")) ||
                 run.errText().contains(QLatin1String("malformed")),
             qPrintable(run.describe()));
    QVERIFY2(readFile(m_history) == damaged, "larder run changed the damaged history file");

    const CliResult plan = larder(withConfig(QStringLiteral("plan")));
    QVERIFY2(!plan.timedOut && !plan.crashed && plan.exitCode != 0, qPrintable(plan.describe()));
    QVERIFY2(plan.errText().contains(m_history), qPrintable(plan.describe()));
    QVERIFY2(readFile(m_history) == damaged, "larder plan changed the damaged history file");
    QVERIFY(!QFileInfo::exists(m_dumpDir) || partialsUnder(m_dumpDir).isEmpty());
    QVERIFY2(!QFileInfo::exists(m_dumpDir) || finalDumpsUnder(m_dumpDir).isEmpty(),
             "a run that cannot read its history dumped anyway");
}

void TestFaults::history_garbageFileIsReportedWithThePathAndTheFileIsUntouched()
{
    writeConfig(configText());
    QVERIFY(QDir().mkpath(QFileInfo(m_history).path()));
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    QRandomGenerator random(11);
    for (char& byte : garbage)
        byte = char(random.bounded(256));
    QVERIFY(writePrivateFile(m_history, garbage));

    for (const QString& command : {QStringLiteral("run"), QStringLiteral("plan")}) {
        const CliResult result = larder(withConfig(command));
        QVERIFY2(!result.timedOut && !result.crashed && result.exitCode != 0 && result.exitCode != 75,
                 qPrintable(command + QLatin1Char(' ') + result.describe()));
        QVERIFY2(result.errText().contains(m_history),
                 qPrintable(command + QLatin1Char(' ') + result.describe()));
        QVERIFY2(readFile(m_history) == garbage,
                 qPrintable(command + QStringLiteral(" changed the history file")));
    }
    QVERIFY(!QFileInfo::exists(m_history + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(m_dumpDir) || finalDumpsUnder(m_dumpDir).isEmpty());
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
