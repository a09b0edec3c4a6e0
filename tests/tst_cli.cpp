// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// End to end: the real `larder` binary as a child process against two real PostgreSQL clusters.
// Cluster one holds the databases app (with one big table) and shop, cluster two holds crm; each
// test gets a fresh directory with its own config, dumps, history and PGPASSFILE.

#include "BackupFixture.h"
#include "CliRunner.h"
#include "PgCluster.h"
#include "RestartOnExit.h"
#include "ResultAssert.h"
#include "TableLock.h"
#include "TestFiles.h"
#include "TestProcesses.h"
#include "config/keys/ConfigKeyTable.h"
#include "history/RunLock.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>

#include <algorithm>
#include <csignal>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace TestFiles;
using namespace TestProcesses;

namespace {

constexpr int kLarderTimeoutMs = 120'000;
constexpr int kWaitMs = 30'000;
const QString kBlockerApp = QStringLiteral("larder-test-blocker");
const QStringList kJobs = {QStringLiteral("app"), QStringLiteral("crm"), QStringLiteral("shop")};

// Recognisable and unique, so that a leak shows up as an exact substring anywhere.
QString makePassword(const QString& prefix)
{
    static const QLatin1String alphabet("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString out = prefix;
    for (int i = 0; i < 20; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(alphabet.size()))]);
    return out;
}

int fileMode(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return QStringLiteral("0%1").arg(mode, 0, 8);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void run_dumpsEveryDueJobOnBothServersThenNothingIsDue();
    void run_dryRunChangesNothingAndNamesEachJob();
    void run_namedJobDumpsNowEvenWhenNotDue();
    void run_allDumpsEveryJobWhateverItsSchedule();
    void run_unknownJobIsAUsageErrorNamingTheConfiguredJobs();
    void run_exitsLockedWhileAnotherProcessHoldsTheRunLock();
    void run_exitsCannotCreateWhenTheHistoryDirectoryCannotBeCreated();
    void run_wrongPasswordFailsOnlyThatServersJobWithoutShowingIt();
    void run_stoppedServerFailsOnlyItsJobNamingServerAndAddress();
    void run_afterKilledRunRecoversTheLockAndMarksTheAttemptInterrupted();
    void run_failedJobBacksOffUntilNamedAndDisabledJobIsSkipped();
    void run_signalCancelsTheBlockedDumpAndRemovesItsPartial_data();
    void run_signalCancelsTheBlockedDumpAndRemovesItsPartial();
    void run_passwordNeverAppearsInAnyCommandLineOrOutput();

    void config_errorIsReportedWithItsPlaceAndNothingIsDumped_data();
    void config_errorIsReportedWithItsPlaceAndNothingIsDumped();
    void check_reportsTheJobCount();
    void cli_configBeforeTheCommandIsTheCommandsConfig();
    void cli_helpCommandAndShortVersion();
    void cli_germanHelpNamesTheCommand();
    void history_showsAFailureInTheReadersLanguage_data();
    void history_showsAFailureInTheReadersLanguage();
    void cli_unknownCommandSuggestsTheNearestOne();
    void cli_unknownJobSuggestsTheNearestOne();
    void check_connectReportsEachServersVersionAndPgDump();
    void check_connectFailsNamingTheStoppedServer();
    void check_connectReachesDiscoveryOnlyAndRestoreOnlyServers();
    void check_connectNamesAnUnwritableDumpDirAndHistory();
    void plan_showsEveryJobWithScheduleAndDueState();
    void plan_explainNamesWhereEachValueComesFrom();
    void plan_explainHasARowForEveryJobKeyOfTheKeyTable();

    void keychain_runAuthenticatesThroughTheKeychainOnly();

private:
    enum class Auth { PassFile, Keychain };

    QProcessEnvironment childEnvironment(Auth auth = Auth::PassFile) const;
    CliResult larder(const QStringList& arguments, const QProcessEnvironment& env,
                     const QByteArray& input = {}) const;
    CliResult larder(const QStringList& arguments) const { return larder(arguments, childEnvironment()); }
    // COMMAND --config <this test's config> ARGS...
    QStringList withConfig(const QString& command, const QStringList& arguments = {}) const;
    std::unique_ptr<QProcess> startLarder(const QStringList& arguments, const QProcessEnvironment& env) const;

    QString configText() const;
    void writeConfig(const QString& text);
    void writePgPass(const QString& passwordOne, const QString& passwordTwo);

    QString jobDir(const QString& job) const { return m_dumpDir + QLatin1Char('/') + job; }
    QStringList dumpsOf(const QString& job) const;
    // `history --json --limit 0`, newest first; fails the test if it cannot be read.
    void readHistory(QJsonArray& rows);
    // The history after one attempt of every job: exactly one of each and no other row; by job.
    void readOneAttemptPerJob(QHash<QString, QJsonObject>& attempts);
    void readPlan(QJsonArray& jobs);
    static QList<QJsonObject> rowsOf(const QJsonArray& rows, const QString& job);

    // A `larder run app` whose pg_dump waits for blocker's lock on app's table big.
    struct BlockedRun
    {
        std::unique_ptr<TableLock> blocker;
        std::unique_ptr<QProcess> process;
    };
    // Takes the lock and starts the run in env; returns once its pg_dump has created its partial file
    // and waits for the lock, or fails the test.
    void startBlockedAppRun(const QProcessEnvironment& env, BlockedRun& run);
    // Scans every process's command line 50 times: the processes whose command line holds secret
    // (shown masked), and how many scans saw this test's pg_dump.
    int scanCommandLinesFor(const QString& secret, QStringList& leaks) const;
    // A blocked `larder run app` in env whose command lines are scanned for m_passwordOne while its
    // pg_dump runs: the run must then succeed, every scan must have seen the pg_dump and none the
    // password. result is the finished run.
    void runAppScanningCommandLines(const QProcessEnvironment& env, CliResult& result);
    // Restores the dump into a fresh database on the cluster and compares it with the source;
    // empty when they match, else what differs.
    QString restoreDifference(const PgCluster& cluster, const QString& sourceDb, const QString& dumpPath);
    static QStringList fingerprint(const PgCluster& cluster, const QString& dbname);
    const PgCluster& clusterOf(const QString& job) const
    {
        return job == QLatin1String("crm") ? *m_two : *m_one;
    }

    std::unique_ptr<PgCluster> m_one;
    std::unique_ptr<PgCluster> m_two;
    QString m_passwordOne;
    QString m_passwordTwo;
    QString m_slot; // "HH:mm", about 12 hours away: no slot boundary falls inside a test
    QHash<QString, QStringList> m_sourcePrints;
    int m_restores = 0;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_dumpDir;
    QString m_history;
    QString m_pgpass;
};

// ---------------------------------------------------------------------------------------------
// Fixture

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(LARDER_EXECUTABLE)).isExecutable(), LARDER_EXECUTABLE);

    QVERIFY_RESULT(PgCluster::startEach({&m_one, &m_two}));

    m_passwordOne = makePassword(QStringLiteral("OnePw-"));
    m_passwordTwo = makePassword(QStringLiteral("TwoPw-"));
    m_slot = QTime::currentTime().addSecs(12 * 3600).toString(QStringLiteral("HH:mm"));

    const QString app = QStringLiteral(
        "CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, email text UNIQUE, created "
        "date);\n"
        "INSERT INTO customers (name, email, created) SELECT 'customer ' || g, 'c' || g || '@example.com',\n"
        "    date '2020-01-01' + g % 1500 FROM generate_series(1, 5000) g;\n"
        "CREATE TABLE big (id bigint PRIMARY KEY, customer_id int REFERENCES customers, payload text NOT "
        "NULL);\n"
        "INSERT INTO big SELECT g, 1 + g % 5000, md5(g::text) || repeat(' padding', 8)\n"
        "    FROM generate_series(1, 200000) g;\n"
        "CREATE VIEW recent_customers AS SELECT id, name FROM customers WHERE created > date '2022-01-01';\n"
        "CREATE SEQUENCE invoice_no START 1000;\n"
        "SELECT setval('invoice_no', 4242);\n");
    const QString shop = QStringLiteral(
        "CREATE TABLE products (id serial PRIMARY KEY, title text NOT NULL, price numeric(10,2));\n"
        "INSERT INTO products (title, price) SELECT 'product ' || g, (g % 997) / 3.0\n"
        "    FROM generate_series(1, 3000) g;\n"
        "CREATE TABLE orders (id serial PRIMARY KEY, product_id int REFERENCES products, quantity int,\n"
        "    placed_at timestamptz);\n"
        "INSERT INTO orders (product_id, quantity, placed_at) SELECT 1 + g % 3000, 1 + g % 7,\n"
        "    timestamptz '2024-01-01 00:00+00' + g * interval '1 minute' FROM generate_series(1, 20000) g;\n"
        "CREATE VIEW order_totals AS SELECT o.id, o.quantity * p.price AS total\n"
        "    FROM orders o JOIN products p ON p.id = o.product_id;\n"
        "CREATE SEQUENCE receipt_no;\n"
        "SELECT setval('receipt_no', 77);\n");
    const QString crm = QStringLiteral(
        "CREATE TABLE contacts (id serial PRIMARY KEY, name text NOT NULL, phone text);\n"
        "INSERT INTO contacts (name, phone) SELECT 'contact ' || g, '+41 ' || (1000000 + g)\n"
        "    FROM generate_series(1, 8000) g;\n"
        "CREATE TABLE notes (id serial PRIMARY KEY, contact_id int REFERENCES contacts, body text);\n"
        "INSERT INTO notes (contact_id, body) SELECT 1 + g % 8000, 'note ' || md5(g::text)\n"
        "    FROM generate_series(1, 4000) g;\n"
        "CREATE VIEW contacts_with_notes AS SELECT DISTINCT c.id, c.name FROM contacts c JOIN notes n\n"
        "    ON n.contact_id = c.id;\n"
        "CREATE SEQUENCE ticket_no;\n"
        "SELECT setval('ticket_no', 9);\n");

    // Owned by backup like a real application's objects, so pg_dump as backup can read them.
    QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
        *m_one, QStringLiteral("backup"), m_passwordOne,
        {{QStringLiteral("app"), app}, {QStringLiteral("shop"), shop}}));
    QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(*m_two, QStringLiteral("backup"), m_passwordTwo,
                                                          {{QStringLiteral("crm"), crm}}));

    for (const QString& job : kJobs) {
        m_sourcePrints.insert(job, fingerprint(clusterOf(job), job));
        const QStringList& print = m_sourcePrints[job];
        QVERIFY2(print.size() > 3 && print.filter(QStringLiteral("ERROR")).isEmpty(),
                 qPrintable(print.join(u'\n')));
    }
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-cli-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    m_dumpDir = m_dir->filePath(QStringLiteral("dumps"));
    m_history = m_dir->filePath(QStringLiteral("state/history.sqlite"));
    m_pgpass = m_dir->filePath(QStringLiteral("pgpass"));
    writePgPass(m_passwordOne, m_passwordTwo);
}

void TestCli::cleanup()
{
    // Nothing of ours may outlive a test, whatever it left behind.
    for (const qint64 pid : pgDumpProcessesUnder(m_dir->path())) {
        if (pid > 0)
            ::kill(pid_t(pid), SIGKILL);
    }
    m_dir.reset();
}

QProcessEnvironment TestCli::childEnvironment(Auth auth) const
{
    if (auth == Auth::PassFile) {
        // No keychain as under cron: reads must fall back to libpq quickly, and a developer's real
        // keyring is never touched.
        return CliRunner::hermeticEnvironment(m_dir->path(), m_pgpass);
    }
    // A pgpass that does not exist: the keychain (on this process's session bus) is the only way to
    // a password.
    return CliRunner::keychainEnvironment(m_dir->path(), m_dir->filePath(QStringLiteral("no-such-pgpass")));
}

CliResult TestCli::larder(const QStringList& arguments, const QProcessEnvironment& env,
                          const QByteArray& input) const
{
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(env);
    runner.setWorkingDirectory(m_dir->path());
    return runner.run(arguments, input, kLarderTimeoutMs);
}

std::unique_ptr<QProcess> TestCli::startLarder(const QStringList& arguments,
                                               const QProcessEnvironment& env) const
{
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(env);
    runner.setWorkingDirectory(m_dir->path());
    return runner.start(arguments);
}

QStringList TestCli::withConfig(const QString& command, const QStringList& arguments) const
{
    return QStringList{command, QStringLiteral("--config"), m_config} + arguments;
}

QString TestCli::configText() const
{
    const QString parallelTwo = QStringLiteral("max_parallel = 2\n\n");
    return QStringLiteral("# written by tst_cli\n") +
           BackupFixture::defaultsSection(m_dumpDir, m_history, QStringLiteral("daily at ") + m_slot) +
           parallelTwo +
           BackupFixture::serverSection(QStringLiteral("one"), m_one->port(), QStringLiteral("backup")) +
           parallelTwo +
           BackupFixture::serverSection(QStringLiteral("two"), m_two->port(), QStringLiteral("backup")) +
           QStringLiteral("connect_timeout = 5\n"
                          "\n"
                          "[databases.app]\n"
                          "server = \"one\"\n"
                          "\n"
                          "[databases.shop]\n"
                          "server = \"one\"\n"
                          "\n"
                          "[databases.crm]\n"
                          "server = \"two\"\n");
}

void TestCli::writeConfig(const QString& text)
{
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(text.toUtf8()) > 0);
}

void TestCli::writePgPass(const QString& passwordOne, const QString& passwordTwo)
{
    const QString content = QStringLiteral("127.0.0.1:%1:*:backup:%2\n127.0.0.1:%3:*:backup:%4\n")
                                .arg(m_one->port())
                                .arg(passwordOne)
                                .arg(m_two->port())
                                .arg(passwordTwo);
    QVERIFY(writePrivateFile(m_pgpass, content.toUtf8()));
}

QStringList TestCli::dumpsOf(const QString& job) const
{
    // "-2" and on: a second dump of the job within the same second.
    static const QString pattern = QStringLiteral("^%1_\\d{8}T\\d{6}Z(-\\d+)?\\.dump$");
    const QRegularExpression name(pattern.arg(QRegularExpression::escape(job)));
    QStringList dumps;
    const QStringList entries = QDir(jobDir(job)).entryList(QDir::Files, QDir::Name);
    for (const QString& entry : entries) {
        if (name.match(entry).hasMatch())
            dumps.append(jobDir(job) + QLatin1Char('/') + entry);
    }
    return dumps;
}

void TestCli::readHistory(QJsonArray& rows)
{
    const CliResult result =
        larder(withConfig(QStringLiteral("history"),
                          {QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString() + QLatin1Char('\n') + result.describe()));
    rows = document.array();
}

void TestCli::readOneAttemptPerJob(QHash<QString, QJsonObject>& attempts)
{
    QJsonArray rows;
    readHistory(rows);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rows.size(), kJobs.size());
    for (const QString& job : kJobs) {
        const QList<QJsonObject> found = rowsOf(rows, job);
        QCOMPARE(found.size(), 1);
        attempts.insert(job, found.first());
    }
}

void TestCli::readPlan(QJsonArray& jobs)
{
    const CliResult result = larder(withConfig(QStringLiteral("plan"), {QStringLiteral("--json")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString() + QLatin1Char('\n') + result.describe()));
    jobs = document.object().value(QStringLiteral("jobs")).toArray();
}

QList<QJsonObject> TestCli::rowsOf(const QJsonArray& rows, const QString& job)
{
    QList<QJsonObject> found;
    for (const QJsonValue& row : rows) {
        if (row.toObject().value(QStringLiteral("job")).toString() == job)
            found.append(row.toObject());
    }
    return found;
}

void TestCli::startBlockedAppRun(const QProcessEnvironment& env, BlockedRun& run)
{
    run.blocker =
        std::make_unique<TableLock>(*m_one, QStringLiteral("app"), QStringLiteral("big"), kBlockerApp);
    TableLock& blocker = *run.blocker;
    QVERIFY2(QTest::qWaitFor([&] { return blocker.isHeld(); }, kWaitMs), qPrintable(blocker.output()));
    run.process = startLarder(withConfig(QStringLiteral("run"), {QStringLiteral("app")}), env);
    if (!blocker.waitForBlockedDump(*run.process, m_dumpDir, kWaitMs))
        QFAIL(qPrintable(CliRunner::finish(*run.process, 10'000).describe()));
}

void TestCli::runAppScanningCommandLines(const QProcessEnvironment& env, CliResult& result)
{
    BlockedRun blocked;
    startBlockedAppRun(env, blocked);
    if (QTest::currentTestFailed())
        return;
    QStringList leaks;
    const int scansWithPgDump = scanCommandLinesFor(m_passwordOne, leaks);
    blocked.blocker->release();
    result = CliRunner::finish(*blocked.process, kLarderTimeoutMs);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    // The scans saw the dump running, so an absent password means something.
    QCOMPARE(scansWithPgDump, 50);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

int TestCli::scanCommandLinesFor(const QString& secret, QStringList& leaks) const
{
    const QByteArray raw = secret.toUtf8();
    int scansWithPgDump = 0;
    for (int scan = 0; scan < 50; ++scan) {
        bool sawPgDump = false;
        for (const CommandLine& line : allCommandLines()) {
            if (line.raw.contains(raw))
                leaks.append(QStringLiteral("pid %1: %2")
                                 .arg(line.pid)
                                 .arg(line.text().replace(secret, QStringLiteral("***"))));
            sawPgDump = sawPgDump ||
                        (line.raw.contains("pg_dump") && line.raw.contains(QFile::encodeName(m_dumpDir)));
        }
        scansWithPgDump += sawPgDump ? 1 : 0;
        QCoreApplication::processEvents();
    }
    return scansWithPgDump;
}

QStringList TestCli::fingerprint(const PgCluster& cluster, const QString& dbname)
{
    QStringList print;
    const auto add = [&](const QString& label, const QString& sql) {
        const auto value = cluster.query(dbname, sql);
        print.append(label + QLatin1String(": ") +
                     (value ? *value : QStringLiteral("ERROR ") + value.error().message));
    };
    const auto tables =
        cluster.query(dbname, QStringLiteral("SELECT relname FROM pg_class WHERE relkind = 'r' "
                                             "AND relnamespace = 'public'::regnamespace ORDER BY 1"));
    if (!tables)
        return {QStringLiteral("ERROR ") + tables.error().message};
    for (const QString& table : tables->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        add(QStringLiteral("table ") + table,
            QStringLiteral(
                "SELECT count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, ',' ORDER BY id)), "
                "'-') FROM %1 t")
                .arg(table));
    }
    add(QStringLiteral("owners"),
        QStringLiteral("SELECT string_agg(tablename || '=' || tableowner, ',' ORDER BY "
                       "tablename) FROM pg_tables WHERE schemaname = 'public'"));
    add(QStringLiteral("views"),
        QStringLiteral("SELECT string_agg(viewname, ',' ORDER BY viewname) FROM pg_views "
                       "WHERE schemaname = 'public'"));
    add(QStringLiteral("sequences"),
        QStringLiteral(
            "SELECT string_agg(sequencename || '=' || coalesce(last_value::text, '-'), ',' ORDER BY "
            "sequencename) FROM pg_sequences WHERE schemaname = 'public'"));
    return print;
}

QString TestCli::restoreDifference(const PgCluster& cluster, const QString& sourceDb, const QString& dumpPath)
{
    const QString target = QStringLiteral("restored_%1_%2").arg(sourceDb).arg(++m_restores);
    if (auto made = cluster.createDatabase(target, cluster.superuser()); !made)
        return made.error().message;
    const ToolResult restored =
        runTool(cluster.binDir() + QStringLiteral("/pg_restore"),
                {QStringLiteral("--exit-on-error"), QStringLiteral("-h"), cluster.socketDir(),
                 QStringLiteral("-p"), QString::number(cluster.port()), QStringLiteral("-U"),
                 cluster.superuser(), QStringLiteral("-d"), target, dumpPath});
    const QStringList print = restored.ok ? fingerprint(cluster, target) : QStringList();
    (void)cluster.execute(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(target));
    if (!restored.ok)
        return QStringLiteral("pg_restore of %1 failed: %2").arg(dumpPath, restored.output);
    const QStringList expected = m_sourcePrints.value(sourceDb);
    if (print != expected)
        return QStringLiteral("restored %1 differs from its source\nsource:\n%2\nrestored:\n%3")
            .arg(dumpPath, expected.join(u'\n'), print.join(u'\n'));
    return QString();
}

// ---------------------------------------------------------------------------------------------
// run

void TestCli::run_dumpsEveryDueJobOnBothServersThenNothingIsDue()
{
    writeConfig(configText());
    const CliResult run = larder(withConfig(QStringLiteral("run")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    QHash<QString, QString> dumpOf;
    QHash<QString, QString> sidecarHash;
    for (const QString& job : kJobs) {
        const QStringList dumps = dumpsOf(job);
        QVERIFY2(dumps.size() == 1, qPrintable(job + QLatin1String(": ") + filesUnder(m_dumpDir).join(u' ')));
        const QString dump = dumps.first();
        const QString sidecar = dump + QStringLiteral(".sha256");
        // Exactly the dump and its sidecar: nothing else, and no partial left.
        QCOMPARE(filesUnder(jobDir(job)),
                 QStringList({QFileInfo(dump).fileName(), QFileInfo(sidecar).fileName()}));
        QCOMPARE(octal(fileMode(dump)), QStringLiteral("0600"));
        QCOMPARE(octal(fileMode(sidecar)), QStringLiteral("0600"));
        QCOMPARE(octal(fileMode(jobDir(job))), QStringLiteral("0700"));

        const ToolResult check = runTool(QStringLiteral("sha256sum"),
                                         {QStringLiteral("-c"), QFileInfo(sidecar).fileName()}, jobDir(job));
        QVERIFY2(check.ok, qPrintable(check.output));
        dumpOf.insert(job, dump);
        sidecarHash.insert(job, QString::fromLatin1(readFile(sidecar)).section(QLatin1Char(' '), 0, 0));
        QCOMPARE(sidecarHash.value(job).size(), 64);
    }
    QVERIFY2(partialsUnder(m_dumpDir).isEmpty(), qPrintable(partialsUnder(m_dumpDir).join(u' ')));

    QHash<QString, QJsonObject> attempts;
    readOneAttemptPerJob(attempts);
    if (QTest::currentTestFailed())
        return;
    for (const QString& job : kJobs) {
        const QJsonObject row = attempts.value(job);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(row.value(QStringLiteral("trigger")).toString(), QStringLiteral("schedule"));
        QVERIFY(row.value(QStringLiteral("bytes")).toInteger() > 0);
        QCOMPARE(row.value(QStringLiteral("bytes")).toInteger(), QFileInfo(dumpOf.value(job)).size());
        QCOMPARE(row.value(QStringLiteral("sha256")).toString(), sidecarHash.value(job));
        QCOMPARE(row.value(QStringLiteral("path")).toString(), dumpOf.value(job));
    }

    for (const QString& job : kJobs) {
        const QString difference = restoreDifference(clusterOf(job), job, dumpOf.value(job));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    QJsonArray plan;
    readPlan(plan);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(plan.size(), kJobs.size());
    for (const QJsonValue& entry : std::as_const(plan))
        QVERIFY2(!entry.toObject().value(QStringLiteral("due")).toBool(),
                 qPrintable(QJsonDocument(entry.toObject()).toJson()));

    // What cron sees every hour once everything is dumped: silence, exit 0, nothing new.
    const QStringList before = filesUnder(m_dumpDir);
    const CliResult again = larder(withConfig(QStringLiteral("run")));
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(again.out.isEmpty() && again.err.isEmpty(), qPrintable(again.describe()));
    QCOMPARE(filesUnder(m_dumpDir), before);
    QJsonArray rows;
    readHistory(rows);
    QCOMPARE(rows.size(), kJobs.size());
}

void TestCli::run_dryRunChangesNothingAndNamesEachJob()
{
    writeConfig(configText());
    // The config comes from LARDER_CONFIG here, not --config.
    QProcessEnvironment env = childEnvironment();
    env.insert(QStringLiteral("LARDER_CONFIG"), m_config);
    const QStringList before = filesUnder(m_dir->path());

    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("--dry-run")}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    for (const QString& job : kJobs)
        QVERIFY2(run.outText().contains(QStringLiteral("would dump %1 ").arg(job)),
                 qPrintable(run.describe()));

    QVERIFY2(!QFileInfo::exists(m_dumpDir), qPrintable(filesUnder(m_dumpDir).join(u' ')));
    QJsonArray rows;
    readHistory(rows);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rows.size(), 0);
    // "change nothing": not even an empty history database or its directory.
    const QStringList after = filesUnder(m_dir->path());
    QVERIFY2(after == before,
             qPrintable(QStringLiteral("the dry run created: ") +
                        QStringList(after)
                            .filter(QRegularExpression(QStringLiteral("^(?!larder\\.toml$|pgpass$)")))
                            .join(u' ')));
}

void TestCli::run_namedJobDumpsNowEvenWhenNotDue()
{
    writeConfig(configText());
    const CliResult first = larder(withConfig(QStringLiteral("run"), {QStringLiteral("shop")}));
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QCOMPARE(dumpsOf(QStringLiteral("shop")).size(), 1);
    // Only the named job, although the others are due.
    QVERIFY(!QFileInfo::exists(jobDir(QStringLiteral("app"))));
    QVERIFY(!QFileInfo::exists(jobDir(QStringLiteral("crm"))));

    QJsonArray plan;
    readPlan(plan);
    if (QTest::currentTestFailed())
        return;
    for (const QJsonValue& entry : std::as_const(plan)) {
        const QJsonObject job = entry.toObject();
        QCOMPARE(job.value(QStringLiteral("due")).toBool(),
                 job.value(QStringLiteral("job")).toString() != QLatin1String("shop"));
    }

    // Usually within the same second as the first: the second dump must get a name of its own.
    const CliResult second = larder(withConfig(QStringLiteral("run"), {QStringLiteral("shop")}));
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    QCOMPARE(dumpsOf(QStringLiteral("shop")).size(), 2);

    QJsonArray rows;
    readHistory(rows);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue& row : std::as_const(rows)) {
        QCOMPARE(row.toObject().value(QStringLiteral("job")).toString(), QStringLiteral("shop"));
        QCOMPARE(row.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(row.toObject().value(QStringLiteral("trigger")).toString(), QStringLiteral("manual"));
    }
}

void TestCli::run_allDumpsEveryJobWhateverItsSchedule()
{
    // crm is on demand only (the line lands in [databases.crm]): a plain run would skip it.
    writeConfig(configText() + QStringLiteral("schedule = \"manual\"\n"));
    const CliResult run = larder(withConfig(QStringLiteral("run"), {QStringLiteral("--all")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QHash<QString, QJsonObject> attempts;
    readOneAttemptPerJob(attempts);
    if (QTest::currentTestFailed())
        return;
    for (const QString& job : kJobs) {
        QCOMPARE(dumpsOf(job).size(), 1);
        QCOMPARE(attempts[job].value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(attempts[job].value(QStringLiteral("trigger")).toString(), QStringLiteral("manual"));
    }
}

void TestCli::run_unknownJobIsAUsageErrorNamingTheConfiguredJobs()
{
    writeConfig(configText());
    const CliResult run =
        larder(withConfig(QStringLiteral("run"), {QStringLiteral("shop"), QStringLiteral("nosuchjob")}));
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.errText().contains(QLatin1String("nosuchjob")), qPrintable(run.describe()));
    for (const QString& job : kJobs)
        QVERIFY2(run.errText().contains(job), qPrintable(run.describe()));
    // A typo must not dump the other, valid name either.
    QVERIFY(!QFileInfo::exists(m_dumpDir));
}

void TestCli::run_exitsLockedWhileAnotherProcessHoldsTheRunLock()
{
    writeConfig(configText());
    larder::RunLock lock(m_history);
    const auto locked = lock.tryLock();
    QVERIFY_RESULT(locked);

    const CliResult run = larder(withConfig(QStringLiteral("run")));
    QCOMPARE(run.exitCode, 75);
    QVERIFY2(run.errText().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(m_history + QStringLiteral(".lock")), qPrintable(run.describe()));
    QVERIFY(!QFileInfo::exists(m_dumpDir));
    // From cron (--quiet) an overlap is expected, not a failure: the same 75, and no output to mail.
    const CliResult quiet = larder(withConfig(QStringLiteral("run"), {QStringLiteral("--quiet")}));
    QCOMPARE(quiet.exitCode, 75);
    QVERIFY2(quiet.outText().isEmpty() && quiet.errText().isEmpty(), qPrintable(quiet.describe()));

    lock.unlock();
    const CliResult afterwards = larder(withConfig(QStringLiteral("run"), {QStringLiteral("shop")}));
    QVERIFY2(afterwards.exitCode == 0, qPrintable(afterwards.describe()));
    QCOMPARE(dumpsOf(QStringLiteral("shop")).size(), 1);
}

void TestCli::run_exitsCannotCreateWhenTheHistoryDirectoryCannotBeCreated()
{
    writeConfig(configText());
    // A regular file where the history's directory should be: it cannot be created, even as root
    // (for whom a read-only directory would still be writable).
    const QString stateDir = QFileInfo(m_history).path();
    QFile blocker(stateDir);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    // Not 75: that is "another run holds the lock", which larder.service counts as success.
    const CliResult run = larder(withConfig(QStringLiteral("run")));
    QCOMPARE(run.exitCode, 73);
    QVERIFY2(run.errText().contains(stateDir), qPrintable(run.describe()));
    QVERIFY2(!run.errText().contains(QLatin1String("another larder run")), qPrintable(run.describe()));
    QVERIFY(!QFileInfo::exists(m_dumpDir));

    const CliResult prune = larder(withConfig(QStringLiteral("prune")));
    QCOMPARE(prune.exitCode, 73);
    QVERIFY2(prune.errText().contains(stateDir), qPrintable(prune.describe()));
    const CliResult verify = larder(withConfig(QStringLiteral("verify"), {QStringLiteral("--restore")}));
    QCOMPARE(verify.exitCode, 73);
    QVERIFY2(verify.errText().contains(stateDir), qPrintable(verify.describe()));
}

void TestCli::run_wrongPasswordFailsOnlyThatServersJobWithoutShowingIt()
{
    writeConfig(configText());
    const QString wrong = makePassword(QStringLiteral("WrongPw-"));
    writePgPass(m_passwordOne, wrong);

    const CliResult run = larder(withConfig(QStringLiteral("run")));
    QCOMPARE(run.exitCode, 1);
    const QString err = run.errText();
    QVERIFY2(err.contains(QLatin1String("crm")), qPrintable(run.describe()));
    QVERIFY2(err.contains(QLatin1String("password authentication failed")), qPrintable(run.describe()));
    // pg_dump and larder's own connection fail for the same reason: said once, with the hint.
    QVERIFY2(err.count(QLatin1String("password authentication failed")) == 1 &&
                 err.contains(QLatin1String("larder password set two")),
             qPrintable(run.describe()));
    // The noun follows the number of jobs, not of failures.
    QVERIFY2(err.contains(QStringLiteral("1 of %1 jobs failed").arg(kJobs.size())),
             qPrintable(run.describe()));
    for (const QString& secret : {wrong, m_passwordOne, m_passwordTwo}) {
        QVERIFY2(!err.contains(secret) && !run.outText().contains(secret), "a password was printed");
    }

    QHash<QString, QJsonObject> attempts;
    readOneAttemptPerJob(attempts);
    if (QTest::currentTestFailed())
        return;
    for (const QString& job : kJobs) {
        const QString status = attempts[job].value(QStringLiteral("status")).toString();
        QCOMPARE(status, job == QLatin1String("crm") ? QStringLiteral("failed") : QStringLiteral("success"));
        QCOMPARE(dumpsOf(job).size(), job == QLatin1String("crm") ? 0 : 1);
        QVERIFY(!attempts[job].value(QStringLiteral("error")).toString().contains(wrong));
    }
    QVERIFY(attempts[QStringLiteral("crm")]
                .value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("password authentication failed")));
    QVERIFY(partialsUnder(m_dumpDir).isEmpty());
}

void TestCli::run_stoppedServerFailsOnlyItsJobNamingServerAndAddress()
{
    writeConfig(configText());
    RestartOnExit restart(*m_two);
    const auto stopped = m_two->stop(QStringLiteral("fast"));
    QVERIFY_RESULT(stopped);

    const CliResult run = larder(withConfig(QStringLiteral("run")));
    QCOMPARE(run.exitCode, 1);
    const QString err = run.errText();
    const QString address = QStringLiteral("127.0.0.1:%1").arg(m_two->port());
    QVERIFY2(err.contains(QLatin1String("crm")), qPrintable(run.describe()));
    QVERIFY2(err.contains(QLatin1String("two")), qPrintable(run.describe()));
    QVERIFY2(err.contains(address), qPrintable(run.describe()));

    QHash<QString, QJsonObject> attempts;
    readOneAttemptPerJob(attempts);
    if (QTest::currentTestFailed())
        return;
    for (const QString& job : kJobs) {
        QCOMPARE(attempts[job].value(QStringLiteral("status")).toString(),
                 job == QLatin1String("crm") ? QStringLiteral("failed") : QStringLiteral("success"));
        QCOMPARE(dumpsOf(job).size(), job == QLatin1String("crm") ? 0 : 1);
    }
    QVERIFY(attempts[QStringLiteral("crm")].value(QStringLiteral("error")).toString().contains(address));
}

void TestCli::run_failedJobBacksOffUntilNamedAndDisabledJobIsSkipped()
{
    writeConfig(configText() +
                QStringLiteral("\n[databases.gone]\nserver = \"one\"\ndbname = \"no_such_db\"\n"
                               "\n[databases.idle]\nserver = \"one\"\ndbname = \"app\"\n"
                               "enabled = false\n"));
    const CliResult first = larder(withConfig(QStringLiteral("run")));
    QCOMPARE(first.exitCode, 1);
    QVERIFY2(first.errText().contains(QLatin1String("no_such_db")), qPrintable(first.describe()));
    // Before the backoff, every cron run tried the missing database again (and mailed about it).
    const CliResult second = larder(withConfig(QStringLiteral("run")));
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));

    QJsonArray rows;
    readHistory(rows);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rowsOf(rows, QStringLiteral("gone")).size(), 1);
    QCOMPARE(rowsOf(rows, QStringLiteral("idle")).size(), 0);

    const CliResult table = larder(withConfig(QStringLiteral("plan")));
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QVERIFY2(table.outText().contains(QLatin1String("retrying after failure at")) &&
                 table.outText().contains(QLatin1String("attempt 2 at")),
             qPrintable(table.describe()));
    QVERIFY2(table.outText().contains(QLatin1String("disabled (enabled = false)")),
             qPrintable(table.describe()));
    QJsonArray plan;
    readPlan(plan);
    if (QTest::currentTestFailed())
        return;
    for (const QJsonValue& value : std::as_const(plan)) {
        const QJsonObject job = value.toObject();
        const QString name = job.value(QStringLiteral("job")).toString();
        if (name == QLatin1String("gone")) {
            QCOMPARE(job.value(QStringLiteral("due")).toBool(), false);
            QCOMPARE(job.value(QStringLiteral("failures")).toInt(), 1);
            QVERIFY(!job.value(QStringLiteral("retry_at")).toString().isEmpty());
        } else if (name == QLatin1String("idle")) {
            QCOMPARE(job.value(QStringLiteral("enabled")).toBool(), false);
            QCOMPARE(job.value(QStringLiteral("due")).toBool(), false);
        }
    }

    const CliResult explain =
        larder(withConfig(QStringLiteral("plan"), {QStringLiteral("--explain"), QStringLiteral("gone")}));
    QVERIFY2(explain.outText().contains(QLatin1String("doubled after each further one")),
             qPrintable(explain.describe()));

    const CliResult all =
        larder(withConfig(QStringLiteral("run"), {QStringLiteral("--all"), QStringLiteral("--dry-run")}));
    QVERIFY2(all.errText().contains(QLatin1String("`larder run idle`")), qPrintable(all.describe()));

    // Naming a job runs it, backoff or not, enabled or not.
    const CliResult named =
        larder(withConfig(QStringLiteral("run"), {QStringLiteral("gone"), QStringLiteral("idle")}));
    QCOMPARE(named.exitCode, 1);
    readHistory(rows);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rowsOf(rows, QStringLiteral("gone")).size(), 2);
    QCOMPARE(rowsOf(rows, QStringLiteral("idle")).size(), 1);
    QCOMPARE(dumpsOf(QStringLiteral("idle")).size(), 1);
}

void TestCli::run_afterKilledRunRecoversTheLockAndMarksTheAttemptInterrupted()
{
    writeConfig(configText());
    BlockedRun held;
    startBlockedAppRun(childEnvironment(), held);
    if (QTest::currentTestFailed())
        return;
    QProcess* killed = held.process.get();
    const QStringList partials = partialsUnder(m_dumpDir);
    QCOMPARE(partials.size(), 1);
    const QList<qint64> dumpers = pgDumpProcessesUnder(m_dir->path());
    QVERIFY(!dumpers.isEmpty());

    // processId() is 0 once the child is gone, and kill(0) would hit this test's own process group.
    const qint64 killedPid = killed->processId();
    QVERIFY(killedPid > 0);
    QCOMPARE(::kill(pid_t(killedPid), SIGKILL), 0);
    const CliResult killedResult = CliRunner::finish(*killed, 10'000);
    QVERIFY2(killedResult.crashed, qPrintable(killedResult.describe()));
    // pg_dump must die with its larder, or it would write on into the partial once the table is
    // free (cleanup() kills any that does not).
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return std::none_of(dumpers.cbegin(), dumpers.cend(),
                                         [](qint64 pid) { return isLiveProcess(pid); });
                 },
                 kWaitMs),
             "pg_dump outlived the larder run that was killed with SIGKILL");
    held.blocker->release();
    // What a killed run leaves: its partial, its lock file, and a history row still "running".
    QVERIFY(QFileInfo::exists(partials.first()));
    QVERIFY(QFileInfo::exists(m_history + QStringLiteral(".lock")));

    const CliResult next = larder(withConfig(QStringLiteral("run"), {QStringLiteral("app")}));
    QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
    QVERIFY2(next.errText().contains(QLatin1String("interrupted")), qPrintable(next.describe()));
    QVERIFY2(partialsUnder(m_dumpDir).isEmpty(), qPrintable(partialsUnder(m_dumpDir).join(u' ')));
    QCOMPARE(dumpsOf(QStringLiteral("app")).size(), 1);

    QJsonArray rows;
    readHistory(rows);
    if (QTest::currentTestFailed())
        return;
    const QList<QJsonObject> attempts = rowsOf(rows, QStringLiteral("app"));
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QCOMPARE(attempts.at(1).value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
    QVERIFY(attempts.at(1).value(QStringLiteral("error")).toString().contains(QString::number(killedPid)));
}

void TestCli::run_signalCancelsTheBlockedDumpAndRemovesItsPartial_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
    QTest::newRow("SIGINT") << int(SIGINT) << 130;
}

void TestCli::run_signalCancelsTheBlockedDumpAndRemovesItsPartial()
{
    QFETCH(int, signalNumber);
    QFETCH(int, exitCode);
    writeConfig(configText());
    BlockedRun blocked;
    startBlockedAppRun(childEnvironment(), blocked);
    if (QTest::currentTestFailed())
        return;
    QProcess* process = blocked.process.get();
    const QList<qint64> dumpers = pgDumpProcessesUnder(m_dir->path());
    QVERIFY(!dumpers.isEmpty());

    QVERIFY(process->processId() > 0);
    QCOMPARE(::kill(pid_t(process->processId()), signalNumber), 0);
    const CliResult result = CliRunner::finish(*process, 60'000);
    QVERIFY2(!result.crashed && !result.timedOut && result.exitCode == exitCode,
             qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QLatin1String("cancelled")), qPrintable(result.describe()));
    QVERIFY2(partialsUnder(m_dumpDir).isEmpty(), qPrintable(partialsUnder(m_dumpDir).join(u' ')));
    QVERIFY(dumpsOf(QStringLiteral("app")).isEmpty());
    // larder waits for its pg_dump before exiting: none is left behind.
    QVERIFY(std::none_of(dumpers.cbegin(), dumpers.cend(), [](qint64 pid) { return isLiveProcess(pid); }));
    blocked.blocker->release();

    QJsonArray rows;
    readHistory(rows);
    if (QTest::currentTestFailed())
        return;
    const QList<QJsonObject> attempts = rowsOf(rows, QStringLiteral("app"));
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
}

void TestCli::run_passwordNeverAppearsInAnyCommandLineOrOutput()
{
    writeConfig(configText());
    CliResult result;
    runAppScanningCommandLines(childEnvironment(), result);
    if (QTest::currentTestFailed())
        return;
    const QByteArray secret = m_passwordOne.toUtf8();
    QVERIFY(!result.out.contains(secret) && !result.err.contains(secret));
    QCOMPARE(dumpsOf(QStringLiteral("app")).size(), 1);
}

// ---------------------------------------------------------------------------------------------
// config, check, plan

void TestCli::config_errorIsReportedWithItsPlaceAndNothingIsDumped_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown key") << QStringLiteral("connect_timeout = 5")
                                 << QStringLiteral("conect_timeout = 5") << QStringLiteral("conect_timeout")
                                 << QStringLiteral("connect_timeout");
    QTest::newRow("bad schedule") << QStringLiteral("schedule = \"daily at ")
                                  << QStringLiteral("schedule = \"every blue moon\" # ")
                                  << QStringLiteral("schedule") << QStringLiteral("every blue moon");
    QTest::newRow("missing server") << QStringLiteral("server = \"two\"")
                                    << QStringLiteral("server = \"three\"") << QStringLiteral("server")
                                    << QStringLiteral("three");
    // A positional element would reach pg_dump as its database, read as a connection string.
    QTest::newRow("pg_dump_args positional")
        << QStringLiteral("connect_timeout = 5")
        << QStringLiteral("pg_dump_args = [\"-O\", \"host=127.0.0.1 dbname=shop\"]")
        << QStringLiteral("pg_dump_args[1]") << QStringLiteral("is not a pg_dump option");
}

void TestCli::config_errorIsReportedWithItsPlaceAndNothingIsDumped()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, key);
    QFETCH(QString, message);

    QString text = configText();
    QVERIFY(text.count(from) == 1);
    text.replace(from, to);
    writeConfig(text);
    const int expectedLine = int(text.left(text.indexOf(to)).count(QLatin1Char('\n'))) + 1;

    for (const QString& command : {QStringLiteral("run"), QStringLiteral("check")}) {
        const CliResult result = larder(withConfig(command));
        QCOMPARE(result.exitCode, 78);
        // FILE:LINE:COLUMN: then the key on the same line, and the message.
        const QRegularExpression place(QRegularExpression::escape(m_config) +
                                       QStringLiteral(":(\\d+):(\\d+): ([^\\n]*)"));
        const QRegularExpressionMatch match = place.match(result.errText());
        QVERIFY2(match.hasMatch(), qPrintable(result.describe()));
        QCOMPARE(match.captured(1).toInt(), expectedLine);
        QVERIFY(match.captured(2).toInt() >= 1);
        QVERIFY2(match.captured(3).contains(key), qPrintable(result.describe()));
        QVERIFY2(result.errText().contains(message), qPrintable(result.describe()));
    }
    QVERIFY(!QFileInfo::exists(m_dumpDir));
    QVERIFY(!QFileInfo::exists(m_history));
}

void TestCli::check_reportsTheJobCount()
{
    writeConfig(configText());
    const CliResult check = larder(withConfig(QStringLiteral("check")));
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    QVERIFY2(check.outText().contains(QLatin1String("3 job")), qPrintable(check.describe()));
    // Validating connects to nothing and dumps nothing.
    QVERIFY(!QFileInfo::exists(m_dumpDir));
}

void TestCli::cli_configBeforeTheCommandIsTheCommandsConfig()
{
    writeConfig(configText());
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--config"), m_config, QStringLiteral("check")},
          QStringList{QStringLiteral("--config=") + m_config, QStringLiteral("check")},
          QStringList{QStringLiteral("-c"), m_config, QStringLiteral("check")}}) {
        const CliResult check = larder(arguments);
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        QVERIFY2(check.outText().contains(QLatin1String("3 job")), qPrintable(check.describe()));
    }
    // One given after the command still wins, as it would alone.
    const CliResult later = larder({QStringLiteral("--config"), m_dir->filePath(QStringLiteral("none.toml")),
                                    QStringLiteral("check"), QStringLiteral("--config"), m_config});
    QVERIFY2(later.exitCode == 0, qPrintable(later.describe()));
    const CliResult missing = larder({QStringLiteral("--config")});
    QCOMPARE(missing.exitCode, 64);
}

void TestCli::cli_helpCommandAndShortVersion()
{
    const CliResult viaHelp = larder({QStringLiteral("help"), QStringLiteral("run")});
    const CliResult viaOption = larder({QStringLiteral("run"), QStringLiteral("--help")});
    QVERIFY2(viaHelp.exitCode == 0, qPrintable(viaHelp.describe()));
    QVERIFY2(viaHelp.outText().startsWith(QLatin1String("Usage: larder run")),
             qPrintable(viaHelp.describe()));
    QCOMPARE(viaHelp.out, viaOption.out);

    const CliResult shortVersion = larder({QStringLiteral("-V")});
    const CliResult longVersion = larder({QStringLiteral("--version")});
    QVERIFY2(shortVersion.exitCode == 0, qPrintable(shortVersion.describe()));
    QVERIFY2(shortVersion.outText().startsWith(QLatin1String("larder ")),
             qPrintable(shortVersion.describe()));
    QCOMPARE(shortVersion.out, longVersion.out);
}

void TestCli::cli_germanHelpNamesTheCommand()
{
    QProcessEnvironment german = childEnvironment();
    german.remove(QStringLiteral("LC_ALL"));
    german.remove(QStringLiteral("LANGUAGE"));
    german.remove(QStringLiteral("LC_MESSAGES"));
    german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    for (const QString& command :
         {QStringLiteral("run"), QStringLiteral("prune"), QStringLiteral("restore")}) {
        const CliResult help = larder({command, QStringLiteral("--help")}, german);
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        const QString usage = help.outText().section(u'\n', 0, 0);
        QVERIFY2(usage.contains(QStringLiteral("larder %1 ").arg(command)), qPrintable(help.describe()));
        // Translated, not the English fallback.
        QVERIFY2(!usage.startsWith(QLatin1String("Usage:")), qPrintable(help.describe()));
    }
}

void TestCli::history_showsAFailureInTheReadersLanguage_data()
{
    QTest::addColumn<bool>("germanWriter");
    QTest::newRow("German cron run, English reader") << true;
    QTest::newRow("English cron run, German reader") << false;
}

// The history is written by one process and read by others, each in its own language: Larder's
// words in a stored failure follow the reader, pg_dump's and libpq's stay as they came.
void TestCli::history_showsAFailureInTheReadersLanguage()
{
    QFETCH(bool, germanWriter);
    writeConfig(configText() +
                QStringLiteral("\n[databases.gone]\nserver = \"one\"\ndbname = \"no_such_db\"\n"));
    const QProcessEnvironment english = childEnvironment();
    QProcessEnvironment german = english;
    german.remove(QStringLiteral("LC_ALL"));
    german.remove(QStringLiteral("LANGUAGE"));
    german.remove(QStringLiteral("LC_MESSAGES"));
    german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));

    const CliResult run =
        larder(withConfig(QStringLiteral("run"), {QStringLiteral("gone")}), germanWriter ? german : english);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));

    const QStringList englishWords{QStringLiteral(" failed (exit code 1): "),
                                   QStringLiteral("check the database name (dbname) of the job")};
    const QStringList germanWords{QStringLiteral(" ist fehlgeschlagen (Exit-Code 1): "),
                                  QStringLiteral("Prüfen Sie den Datenbanknamen (dbname) des Jobs")};
    for (const bool germanReader : {false, true}) {
        const QStringList& expected = germanReader ? germanWords : englishWords;
        const QStringList& other = germanReader ? englishWords : germanWords;
        const QProcessEnvironment& env = germanReader ? german : english;
        const CliResult json = larder(withConfig(QStringLiteral("history"), {QStringLiteral("--json")}), env);
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
        const QList<QJsonObject> attempts = rowsOf(rows, QStringLiteral("gone"));
        QCOMPARE(attempts.size(), 1);
        const QString error = attempts.first().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QLatin1String("no_such_db")), qPrintable(error));
        for (const QString& words : expected)
            QVERIFY2(error.contains(words), qPrintable(error));
        for (const QString& words : other)
            QVERIFY2(!error.contains(words), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("@larder-message")), qPrintable(error));

        const CliResult table = larder(withConfig(QStringLiteral("history")), env);
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        QVERIFY2(table.outText().contains(expected.first()), qPrintable(table.describe()));
        QVERIFY2(!table.outText().contains(other.first()), qPrintable(table.describe()));
    }
}

void TestCli::cli_unknownCommandSuggestsTheNearestOne()
{
    const CliResult typo = larder({QStringLiteral("rnu")});
    QCOMPARE(typo.exitCode, 64);
    QVERIFY2(typo.errText().contains(QLatin1String("did you mean 'run'?")), qPrintable(typo.describe()));
    const CliResult far = larder({QStringLiteral("frobnicate")});
    QCOMPARE(far.exitCode, 64);
    QCOMPARE(far.errText(), QStringLiteral("larder: unknown command 'frobnicate'. Try 'larder --help'.\n"));
}

void TestCli::cli_unknownJobSuggestsTheNearestOne()
{
    writeConfig(configText());
    for (const QString& command : {QStringLiteral("run"), QStringLiteral("prune"), QStringLiteral("verify"),
                                   QStringLiteral("restore")}) {
        QStringList arguments{QStringLiteral("shpo")};
        if (command == QLatin1String("restore"))
            arguments << QStringLiteral("--to") << QStringLiteral("scratch");
        const CliResult typo = larder(withConfig(command, arguments));
        QCOMPARE(typo.exitCode, 64);
        QVERIFY2(typo.errText().contains(QLatin1String("did you mean 'shop'?")), qPrintable(typo.describe()));
    }
    const CliResult explain =
        larder(withConfig(QStringLiteral("plan"), {QStringLiteral("--explain"), QStringLiteral("shpo")}));
    QCOMPARE(explain.exitCode, 64);
    QVERIFY2(explain.errText().contains(QLatin1String("did you mean 'shop'?")),
             qPrintable(explain.describe()));
    QVERIFY(!QFileInfo::exists(m_dumpDir));
}

void TestCli::check_connectReportsEachServersVersionAndPgDump()
{
    writeConfig(configText());
    const CliResult check = larder(withConfig(QStringLiteral("check"), {QStringLiteral("--connect")}));
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    for (const auto& [name, cluster] :
         {qMakePair(QStringLiteral("one"), m_one.get()), qMakePair(QStringLiteral("two"), m_two.get())}) {
        const auto version =
            cluster->query(QStringLiteral("postgres"), QStringLiteral("SHOW server_version"));
        QVERIFY(version);
        const QString number = version->section(QLatin1Char(' '), 0, 0);
        const QRegularExpression line(QStringLiteral("server %1: PostgreSQL %2\\b[^\\n]*dumps with (/\\S+)")
                                          .arg(name, QRegularExpression::escape(number)));
        const QRegularExpressionMatch match = line.match(check.outText());
        QVERIFY2(match.hasMatch(), qPrintable(check.describe()));
        QVERIFY2(QFileInfo(match.captured(1)).isExecutable(), qPrintable(match.captured(1)));
        QVERIFY(QFileInfo(match.captured(1)).fileName() == QLatin1String("pg_dump"));
    }
}

void TestCli::check_connectFailsNamingTheStoppedServer()
{
    writeConfig(configText());
    RestartOnExit restart(*m_two);
    const auto stopped = m_two->stop(QStringLiteral("fast"));
    QVERIFY_RESULT(stopped);

    const CliResult check = larder(withConfig(QStringLiteral("check"), {QStringLiteral("--connect")}));
    QCOMPARE(check.exitCode, 1);
    const QString all = check.outText() + check.errText();
    QVERIFY2(
        QRegularExpression(QStringLiteral("server two: FAILED[^\\n]*127\\.0\\.0\\.1:%1").arg(m_two->port()))
            .match(all)
            .hasMatch(),
        qPrintable(check.describe()));
    QVERIFY2(all.contains(QLatin1String("server one: PostgreSQL")), qPrintable(check.describe()));
}

void TestCli::check_connectReachesDiscoveryOnlyAndRestoreOnlyServers()
{
    // Neither server has a job of its own; "intruder" is no role there, so logging in fails.
    QString text = configText().replace(QStringLiteral("[databases.crm]\nserver = \"two\"\n"),
                                        QStringLiteral("[databases.crm]\nserver = \"two\"\n"
                                                       "restore_server = \"spare\"\n"));
    text += QStringLiteral("\n[servers.finder]\nhost = \"127.0.0.1\"\nport = %1\nuser = \"intruder\"\n"
                           "databases = \"all\"\n"
                           "\n[servers.spare]\nhost = \"127.0.0.1\"\nport = %2\nuser = \"intruder\"\n")
                .arg(m_one->port())
                .arg(m_two->port());
    writeConfig(text);
    const CliResult check = larder(withConfig(QStringLiteral("check"), {QStringLiteral("--connect")}));
    QVERIFY2(check.exitCode == 1, qPrintable(check.describe()));
    const QString all = check.outText() + check.errText();
    for (const char* name : {"finder", "spare"}) {
        QVERIFY2(all.contains(QStringLiteral("server %1: FAILED").arg(QLatin1String(name))) &&
                     all.contains(QLatin1String("intruder")),
                 qPrintable(check.describe()));
    }
    QVERIFY2(all.contains(QLatin1String("server one: PostgreSQL")) &&
                 all.contains(QLatin1String("server two: PostgreSQL")),
             qPrintable(check.describe()));
}

void TestCli::check_connectNamesAnUnwritableDumpDirAndHistory()
{
    // Under a regular file nothing can be created, not even by root.
    const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString badDumpDir = blocker + QStringLiteral("/dumps");
    const QString badHistory = blocker + QStringLiteral("/history.sqlite");
    QString text = configText().replace(m_history, badHistory);
    text += QStringLiteral("\n[databases.extra]\nserver = \"one\"\ndbname = \"app\"\ndump_dir = \"%1\"\n")
                .arg(badDumpDir);
    writeConfig(text);
    const CliResult check = larder(withConfig(QStringLiteral("check"), {QStringLiteral("--connect")}));
    QVERIFY2(check.exitCode == 1, qPrintable(check.describe()));
    QVERIFY2(check.outText().contains(QStringLiteral("dump_dir %1: FAILED").arg(badDumpDir)) &&
                 check.outText().contains(QStringLiteral("history %1: FAILED").arg(badHistory)) &&
                 check.outText().contains(QLatin1String("not a directory")),
             qPrintable(check.describe()));
    // The default dump_dir of the other jobs is fine and not named.
    QVERIFY2(!check.outText().contains(QStringLiteral("dump_dir %1:").arg(m_dumpDir)),
             qPrintable(check.describe()));
}

void TestCli::plan_showsEveryJobWithScheduleAndDueState()
{
    writeConfig(configText());
    const CliResult dumped = larder(withConfig(QStringLiteral("run"), {QStringLiteral("shop")}));
    QVERIFY2(dumped.exitCode == 0, qPrintable(dumped.describe()));

    const CliResult plan = larder(withConfig(QStringLiteral("plan")));
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.describe()));
    const QStringList lines = plan.outText().split(QLatin1Char('\n'));
    for (const QString& job : kJobs) {
        const auto row = std::find_if(lines.cbegin(), lines.cend(), [&](const QString& line) {
            return line.startsWith(job + QLatin1Char(' '));
        });
        QVERIFY2(row != lines.cend(), qPrintable(plan.describe()));
        QVERIFY2(row->contains(QStringLiteral("every day at %1").arg(m_slot)), qPrintable(*row));
        if (job == QLatin1String("shop"))
            QVERIFY2(row->trimmed().endsWith(QLatin1String(" no")), qPrintable(*row));
        else
            QVERIFY2(row->contains(QLatin1String("yes: never dumped")), qPrintable(*row));
    }

    QJsonArray jobs;
    readPlan(jobs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(jobs.size(), kJobs.size());
    for (const QJsonValue& value : std::as_const(jobs)) {
        const QJsonObject job = value.toObject();
        const QString name = job.value(QStringLiteral("job")).toString();
        QVERIFY(kJobs.contains(name));
        QCOMPARE(job.value(QStringLiteral("schedule")).toString(), QStringLiteral("daily at %1").arg(m_slot));
        QCOMPARE(job.value(QStringLiteral("server")).toString(),
                 name == QLatin1String("crm") ? QStringLiteral("two") : QStringLiteral("one"));
        QCOMPARE(job.value(QStringLiteral("due")).toBool(), name != QLatin1String("shop"));
        // One meaning with the table: a due job's next_due is now, not its next slot (12 hours away).
        const QDateTime nextDue =
            QDateTime::fromString(job.value(QStringLiteral("next_due")).toString(), Qt::ISODate);
        QVERIFY(nextDue.isValid());
        QVERIFY2((nextDue <= QDateTime::currentDateTimeUtc()) == (name != QLatin1String("shop")),
                 qPrintable(name + QLatin1Char(' ') + nextDue.toString(Qt::ISODate)));
    }
}

void TestCli::plan_explainNamesWhereEachValueComesFrom()
{
    const QString text = configText();
    writeConfig(text);
    const auto lineOf = [&](const QString& needle) {
        return int(text.left(text.indexOf(needle)).count(QLatin1Char('\n'))) + 1;
    };
    const CliResult explain =
        larder(withConfig(QStringLiteral("plan"), {QStringLiteral("--explain"), QStringLiteral("crm")}));
    QVERIFY2(explain.exitCode == 0, qPrintable(explain.describe()));
    const QStringList lines = explain.outText().split(QLatin1Char('\n'));
    const auto rowOf = [&](const QString& key) {
        for (const QString& line : lines) {
            if (line.startsWith(key + QLatin1Char(' ')))
                return line;
        }
        return QString();
    };
    const QString file = QFileInfo(m_config).fileName();
    // [defaults] schedule, [servers.two] port, the section name as dbname, format built in.
    QVERIFY2(rowOf(QStringLiteral("schedule")).contains(QStringLiteral("defaults")),
             qPrintable(explain.describe()));
    QVERIFY2(rowOf(QStringLiteral("schedule"))
                 .contains(QStringLiteral("%1:%2:").arg(file).arg(lineOf(QStringLiteral("schedule =")))),
             qPrintable(explain.describe()));
    QVERIFY2(rowOf(QStringLiteral("port")).contains(QString::number(m_two->port())),
             qPrintable(explain.describe()));
    QVERIFY2(rowOf(QStringLiteral("port")).contains(QStringLiteral("servers.two")),
             qPrintable(explain.describe()));
    QVERIFY2(rowOf(QStringLiteral("port"))
                 .contains(QStringLiteral("%1:%2:").arg(file).arg(
                     lineOf(QStringLiteral("port = %1").arg(m_two->port())))),
             qPrintable(explain.describe()));
    QVERIFY2(rowOf(QStringLiteral("server")).contains(QStringLiteral("databases.crm")),
             qPrintable(explain.describe()));
    QVERIFY2(rowOf(QStringLiteral("dbname")).contains(QStringLiteral("section name")),
             qPrintable(explain.describe()));
    QVERIFY2(rowOf(QStringLiteral("format")).contains(QStringLiteral("built-in")),
             qPrintable(explain.describe()));
}

// Every key a job's settings come from (all but [defaults]-only ones) has its row, so a key added to
// ConfigKeyTable cannot be left out of --explain.
void TestCli::plan_explainHasARowForEveryJobKeyOfTheKeyTable()
{
    writeConfig(configText());
    const CliResult explain =
        larder(withConfig(QStringLiteral("plan"), {QStringLiteral("--explain"), QStringLiteral("crm")}));
    QVERIFY2(explain.exitCode == 0, qPrintable(explain.describe()));
    QStringList keysShown;
    for (const QString& line : explain.outText().split(QLatin1Char('\n')))
        keysShown << line.section(QLatin1Char(' '), 0, 0);
    for (const larder::ConfigKey& key : larder::ConfigKeyTable::keys()) {
        // crm is on a PostgreSQL server: MariaDB's own keys are not its.
        const std::optional<larder::EngineKind> only = larder::ConfigKeyTable::engineOnly(key.keyName());
        const bool perJob = key.role != larder::ConfigKey::Role::DefaultsOnly &&
                            key.role != larder::ConfigKey::Role::Notify &&
                            (!only || *only == larder::EngineKind::PostgreSQL);
        QVERIFY2(keysShown.contains(key.keyName()) == perJob,
                 qPrintable(QStringLiteral("%1: %2").arg(key.keyName(), explain.describe())));
    }
}

// ---------------------------------------------------------------------------------------------
// keychain

void TestCli::keychain_runAuthenticatesThroughTheKeychainOnly()
{
    if (qEnvironmentVariable("LARDER_TEST_KEYRING") != QLatin1String("1"))
        QSKIP("needs a private Secret Service: runs as the CTest test tst_cli_keychain, under "
              "tests/with-keyring.sh");
    writeConfig(configText());
    const QProcessEnvironment env = childEnvironment(Auth::Keychain);
    const auto allOutput = [](const CliResult& result) { return result.out + result.err; };

    for (const auto& [server, password] :
         {qMakePair(QStringLiteral("one"), m_passwordOne), qMakePair(QStringLiteral("two"), m_passwordTwo)}) {
        const CliResult set = larder(withConfig(QStringLiteral("password"), {QStringLiteral("set"), server}),
                                     env, password.toUtf8() + '\n');
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        QVERIFY(!allOutput(set).contains(password.toUtf8()));
    }

    const CliResult run = larder(withConfig(QStringLiteral("run")), env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    for (const QString& secret : {m_passwordOne, m_passwordTwo})
        QVERIFY(!allOutput(run).contains(secret.toUtf8()));
    QCOMPARE(dumpsOf(QStringLiteral("crm")).size(), 1);
    const QString difference =
        restoreDifference(*m_two, QStringLiteral("crm"), dumpsOf(QStringLiteral("crm")).first());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // Now the password travels from the keychain to pg_dump: it must not show in any command line.
    CliResult blocked;
    runAppScanningCommandLines(env, blocked);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!allOutput(blocked).contains(m_passwordOne.toUtf8()));

    // Control: without the keychain entry server two cannot authenticate, so the keychain was the way in.
    const CliResult deleted = larder(
        withConfig(QStringLiteral("password"), {QStringLiteral("delete"), QStringLiteral("two")}), env);
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.describe()));
    const CliResult without = larder(withConfig(QStringLiteral("run"), {QStringLiteral("crm")}), env);
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(without.errText().contains(QLatin1String("crm")), qPrintable(without.describe()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
