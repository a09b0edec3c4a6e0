// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// TestRestore, row counts at dump time and scheduled test-restores in `larder run`, against a
// throwaway cluster holding a pgbench database.

#include "CliRunner.h"
#include "EngineDumps.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "engine/DumpTask.h"
#include "history/History.h"
#include "postgres/PgSession.h"
#include "postgres/PostgresEngine.h"
#include "postgres/TestRestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

class tst_TestRestore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_countsAtDumpTimeEqualRestoredCountsAndScratchIsDropped_data();
    void roundTrip_countsAtDumpTimeEqualRestoredCountsAndScratchIsDropped();
    void jobWithoutScheduledTestRestoreRecordsNoCounts();
    void differingCountIsReportedPerTable();
    void selectsTables_recognisesPgDumpsSelectionOptions_data();
    void selectsTables_recognisesPgDumpsSelectionOptions();
    void tablesLeftOutByPgDumpArgs_areNotComparedAndSaidSo_data();
    void tablesLeftOutByPgDumpArgs_areNotComparedAndSaidSo();
    void failingRestoreStillDropsTheScratchDatabase();
    void existingDatabaseWithTheScratchNameIsRefusedAndLeftAlone();
    void roleWithoutCreatedbIsToldToGrantItOrSetRestoreServer();
    void scratchNameIsASafeIdentifierOfAtMost63Bytes();
    void run_runsDueTestRestoresAfterTheDumpsAndNotUndueOnes();

private:
    JobConfig job(const QString& name, DumpFormat format, int compression = 6) const
    {
        JobConfig config = EngineDumps::superuserJob(*m_cluster, name, QStringLiteral("bench"), format,
                                                     compression, m_dir.filePath(QStringLiteral("dumps")));
        config.restoreServer = config.server;
        config.testRestore = *Schedule::parse(QStringLiteral("daily"));
        return config;
    }

    struct Dumped
    {
        HistoryRecord record;
        DumpOutcome outcome;
    };

    Dumped dump(const JobConfig& config)
    {
        PostgresEngine engine;
        const DumpRequest request{config, std::nullopt, QDateTime::currentDateTimeUtc()};
        std::unique_ptr<DumpTask> task = engine.createDump(request, nullptr);
        const std::optional<DumpOutcome> outcome = EngineDumps::runToEnd(*task, 60'000);
        Dumped dumped;
        dumped.outcome = outcome.value_or(DumpOutcome{});
        dumped.record.id = ++m_ids;
        dumped.record.job = config.name;
        dumped.record.status = dumped.outcome.status;
        dumped.record.path = dumped.outcome.path;
        dumped.record.pgDumpVersion = dumped.outcome.toolVersion;
        return dumped;
    }

    RestoreCheck restore(const JobConfig& config, const HistoryRecord& record,
                         const QList<TableCount>& expected, const QDateTime& startedUtc = {})
    {
        TestRestore::Request request{config, record, expected, std::nullopt, startedUtc};
        TestRestore testRestore(request);
        std::optional<RestoreCheck> check;
        int finishedCount = 0;
        connect(&testRestore, &TestRestore::finished, this, [&](const RestoreCheck& done) {
            check = done;
            ++finishedCount;
        });
        testRestore.start();
        QElapsedTimer waited;
        waited.start();
        while (!check && waited.elapsed() < 90'000)
            QTest::qWait(20);
        QTest::qWait(20);
        if (finishedCount != 1)
            return RestoreCheck{
                0, 0, {}, {}, {}, {}, {}, false, QStringLiteral("finished %1 times").arg(finishedCount), {}};
        return *check;
    }

    QStringList scratchDatabases() const
    {
        const auto names = m_cluster->query(
            QStringLiteral("postgres"),
            QStringLiteral(
                "SELECT datname FROM pg_database WHERE datname LIKE 'larder\\_verify\\_%' ORDER BY 1"));
        return names ? names->split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList{QStringLiteral("?")};
    }

    QList<TableCount> sourceCounts()
    {
        auto session = PgSession::connect(job(QStringLiteral("x"), DumpFormat::Custom).server,
                                          QStringLiteral("bench"), std::nullopt);
        if (!session)
            return {};
        return (*session)->countRows().value_or(QList<TableCount>{});
    }

    std::unique_ptr<PgCluster> m_cluster;
    QTemporaryDir m_dir;
    qint64 m_ids = 0;
    int m_jobs = 0;
};

void tst_TestRestore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    QVERIFY(m_cluster->createDatabase(QStringLiteral("bench"), m_cluster->superuser()));
    QProcess pgbench;
    pgbench.setProcessChannelMode(QProcess::MergedChannels);
    pgbench.start(m_cluster->binDir() + QStringLiteral("/pgbench"),
                  {QStringLiteral("-i"), QStringLiteral("-s"), QStringLiteral("1"), QStringLiteral("-q"),
                   QStringLiteral("-h"), m_cluster->socketDir(), QStringLiteral("-p"),
                   QString::number(m_cluster->port()), QStringLiteral("-U"), m_cluster->superuser(),
                   QStringLiteral("bench")});
    QVERIFY(pgbench.waitForFinished(60'000));
    QVERIFY2(pgbench.exitCode() == 0, pgbench.readAll().constData());
    // Some history rows, a partitioned table (leaves only are counted) and a view (not counted).
    const auto more = m_cluster->execute(
        QStringLiteral("bench"),
        QStringLiteral("INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) "
                       "SELECT 1, 1, g, g, now() FROM generate_series(1, 321) g;"
                       "CREATE TABLE \"Mixed Case\" (id int);"
                       "INSERT INTO \"Mixed Case\" SELECT generate_series(1, 7);"
                       "CREATE TABLE parted (id int) PARTITION BY RANGE (id);"
                       "CREATE TABLE parted_low PARTITION OF parted FOR VALUES FROM (0) TO (100);"
                       "CREATE TABLE parted_high PARTITION OF parted FOR VALUES FROM (100) TO (1000);"
                       "INSERT INTO parted SELECT generate_series(1, 150);"
                       "CREATE VIEW v AS SELECT * FROM pgbench_branches;"));
    QVERIFY_RESULT(more);
}

void tst_TestRestore::roundTrip_countsAtDumpTimeEqualRestoredCountsAndScratchIsDropped_data()
{
    QTest::addColumn<DumpFormat>("format");
    QTest::addColumn<int>("compression");
    QTest::newRow("custom") << DumpFormat::Custom << 6;
    QTest::newRow("directory") << DumpFormat::Directory << 1;
    QTest::newRow("tar") << DumpFormat::Tar << 0;
    QTest::newRow("plain") << DumpFormat::Plain << 0;
    QTest::newRow("plain-gzip") << DumpFormat::Plain << 6;
}

void tst_TestRestore::roundTrip_countsAtDumpTimeEqualRestoredCountsAndScratchIsDropped()
{
    QFETCH(DumpFormat, format);
    QFETCH(int, compression);
    const JobConfig config = job(QStringLiteral("round%1").arg(++m_jobs), format, compression);
    const Dumped dumped = dump(config);
    QVERIFY2(dumped.outcome.status == AttemptStatus::Success, qPrintable(dumped.outcome.error));

    const QList<TableCount> counted = dumped.outcome.tableCounts;
    QCOMPARE(counted, sourceCounts());
    QCOMPARE(counted.size(), 7);
    const auto accounts = std::find_if(counted.cbegin(), counted.cend(), [](const TableCount& c) {
        return c.table == QLatin1String("pgbench_accounts");
    });
    QVERIFY(accounts != counted.cend());
    QCOMPARE(accounts->rows, 100000);
    QVERIFY(counted.contains(TableCount{QStringLiteral("public"), QStringLiteral("Mixed Case"), 7}));
    QVERIFY(counted.contains(TableCount{QStringLiteral("public"), QStringLiteral("parted_high"), 51}));

    const RestoreCheck check = restore(config, dumped.record, counted);
    QVERIFY2(check.ok, qPrintable(check.detail));
    QVERIFY2(check.detail.contains(QStringLiteral("row counts of 7 table(s) match")),
             qPrintable(check.detail));
    QCOMPARE(check.job, config.name);
    QCOMPARE(check.attemptId, dumped.record.id);
    QVERIFY(check.scratchDatabase.startsWith(QStringLiteral("larder_verify_round")));
    QVERIFY(check.finishedUtc >= check.startedUtc);
    QCOMPARE(scratchDatabases(), QStringList());
}

void tst_TestRestore::jobWithoutScheduledTestRestoreRecordsNoCounts()
{
    JobConfig config = job(QStringLiteral("manual%1").arg(++m_jobs), DumpFormat::Custom);
    config.testRestore = Schedule();
    const Dumped dumped = dump(config);
    QVERIFY2(dumped.outcome.status == AttemptStatus::Success, qPrintable(dumped.outcome.error));
    QVERIFY(dumped.outcome.tableCounts.isEmpty());

    // A restore of it still works and says that rows were not compared.
    const RestoreCheck check = restore(config, dumped.record, {});
    QVERIFY2(check.ok, qPrintable(check.detail));
    QVERIFY2(check.detail.contains(QStringLiteral("no row counts were recorded")), qPrintable(check.detail));
}

void tst_TestRestore::differingCountIsReportedPerTable()
{
    const JobConfig config = job(QStringLiteral("differ%1").arg(++m_jobs), DumpFormat::Custom);
    const Dumped dumped = dump(config);
    QVERIFY2(dumped.outcome.status == AttemptStatus::Success, qPrintable(dumped.outcome.error));
    QList<TableCount> expected = dumped.outcome.tableCounts;
    for (TableCount& count : expected) {
        if (count.table == QLatin1String("pgbench_tellers"))
            count.rows = 11;
    }
    expected.append(TableCount{QStringLiteral("public"), QStringLiteral("vanished"), 3});

    const RestoreCheck check = restore(config, dumped.record, expected);
    QVERIFY(!check.ok);
    QVERIFY2(
        check.detail.contains(QStringLiteral("public.pgbench_tellers: 11 row(s) at dump time, 10 restored")),
        qPrintable(check.detail));
    QVERIFY2(check.detail.contains(QStringLiteral("public.vanished: missing after the restore")),
             qPrintable(check.detail));
    QVERIFY2(!check.detail.contains(QStringLiteral("pgbench_accounts")), qPrintable(check.detail));
    QCOMPARE(scratchDatabases(), QStringList());
}

void tst_TestRestore::selectsTables_recognisesPgDumpsSelectionOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("selects");
    QTest::newRow("none") << QStringList() << false;
    QTest::newRow("unrelated") << QStringList{QStringLiteral("--no-owner"), QStringLiteral("--inserts")}
                               << false;
    QTest::newRow("no-sync, not -n") << QStringList{QStringLiteral("--no-sync")} << false;
    QTest::newRow("-t value") << QStringList{QStringLiteral("-t"), QStringLiteral("x")} << true;
    QTest::newRow("-Tattached") << QStringList{QStringLiteral("-Tlogs")} << true;
    QTest::newRow("-N") << QStringList{QStringLiteral("-N"), QStringLiteral("audit")} << true;
    QTest::newRow("--exclude-table-data=")
        << QStringList{QStringLiteral("--exclude-table-data=logs")} << true;
    QTest::newRow("--schema value") << QStringList{QStringLiteral("--schema"), QStringLiteral("app")} << true;
    QTest::newRow("--schema-only") << QStringList{QStringLiteral("--schema-only")} << true;
    QTest::newRow("--table-and-children") << QStringList{QStringLiteral("--table-and-children=p")} << true;
}

void tst_TestRestore::selectsTables_recognisesPgDumpsSelectionOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, selects);
    QCOMPARE(TestRestore::selectsTables(arguments), selects);
}

// pg_dump_args that leave tables' data out must not fail the test-restore: those tables are restored
// empty (or not at all), so the archive's table of contents decides what is compared.
void tst_TestRestore::tablesLeftOutByPgDumpArgs_areNotComparedAndSaidSo_data()
{
    QTest::addColumn<DumpFormat>("format");
    QTest::newRow("custom") << DumpFormat::Custom;
    QTest::newRow("directory") << DumpFormat::Directory;
    QTest::newRow("plain") << DumpFormat::Plain;
}

void tst_TestRestore::tablesLeftOutByPgDumpArgs_areNotComparedAndSaidSo()
{
    QFETCH(DumpFormat, format);
    JobConfig config =
        job(QStringLiteral("selected%1").arg(++m_jobs), format, format == DumpFormat::Plain ? 0 : 6);
    config.pgDumpArgs = {QStringLiteral("--exclude-table-data=pgbench_history"),
                         QStringLiteral("--exclude-table=\"Mixed Case\"")};
    const Dumped dumped = dump(config);
    QVERIFY2(dumped.outcome.status == AttemptStatus::Success, qPrintable(dumped.outcome.error));
    QCOMPARE(dumped.outcome.tableCounts.size(), 7); // counted in pg_dump's snapshot, selection or not

    const RestoreCheck check = restore(config, dumped.record, dumped.outcome.tableCounts);
    QVERIFY2(check.ok, qPrintable(check.detail));
    if (format == DumpFormat::Plain) {
        QVERIFY2(
            check.detail.contains(QStringLiteral("row counts not compared: pg_dump_args choose the tables")),
            qPrintable(check.detail));
    } else {
        QVERIFY2(check.detail.contains(QStringLiteral("row counts of 5 table(s) match")),
                 qPrintable(check.detail));
        QVERIFY2(check.detail.contains(QStringLiteral("not compared, as pg_dump_args left their data out: "
                                                      "public.Mixed Case, public.pgbench_history")),
                 qPrintable(check.detail));
    }
    QCOMPARE(scratchDatabases(), QStringList());

    // A table whose data the archive does hold is still compared: a wrong count still fails.
    if (format != DumpFormat::Plain) {
        QList<TableCount> expected = dumped.outcome.tableCounts;
        for (TableCount& count : expected) {
            if (count.table == QLatin1String("pgbench_branches"))
                count.rows = 2;
        }
        const RestoreCheck wrong =
            restore(config, dumped.record, expected, QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(!wrong.ok);
        QVERIFY2(wrong.detail.contains(
                     QStringLiteral("public.pgbench_branches: 2 row(s) at dump time, 1 restored")),
                 qPrintable(wrong.detail));
    }
}

void tst_TestRestore::failingRestoreStillDropsTheScratchDatabase()
{
    const JobConfig config = job(QStringLiteral("broken%1").arg(++m_jobs), DumpFormat::Custom);
    const Dumped dumped = dump(config);
    QVERIFY2(dumped.outcome.status == AttemptStatus::Success, qPrintable(dumped.outcome.error));
    QFile file(dumped.record.path);
    QVERIFY(file.resize(file.size() * 2 / 3));

    const RestoreCheck check = restore(config, dumped.record, dumped.outcome.tableCounts);
    QVERIFY(!check.ok);
    QVERIFY2(check.detail.contains(QStringLiteral("pg_restore failed to restore ") + dumped.record.path),
             qPrintable(check.detail));
    QCOMPARE(scratchDatabases(), QStringList());
}

void tst_TestRestore::existingDatabaseWithTheScratchNameIsRefusedAndLeftAlone()
{
    const JobConfig config = job(QStringLiteral("taken%1").arg(++m_jobs), DumpFormat::Custom);
    const Dumped dumped = dump(config);
    QVERIFY2(dumped.outcome.status == AttemptStatus::Success, qPrintable(dumped.outcome.error));
    const QDateTime when = QDateTime::currentDateTimeUtc();
    const QString name = TestRestore::scratchDatabaseName(config.name, when);
    QVERIFY(m_cluster->createDatabase(name, m_cluster->superuser()));
    QVERIFY(m_cluster->execute(
        name, QStringLiteral("CREATE TABLE mine (v text); INSERT INTO mine VALUES ('keep');")));

    const RestoreCheck check = restore(config, dumped.record, dumped.outcome.tableCounts, when);
    QVERIFY(!check.ok);
    QVERIFY2(check.detail.contains(QStringLiteral("a database named %1 already exists").arg(name)),
             qPrintable(check.detail));
    const auto kept = m_cluster->query(name, QStringLiteral("SELECT v FROM mine"));
    QVERIFY2(kept && *kept == QLatin1String("keep"), qPrintable(kept ? *kept : kept.error().message));
    QVERIFY(m_cluster->execute(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE \"%1\"").arg(name)));
}

void tst_TestRestore::roleWithoutCreatedbIsToldToGrantItOrSetRestoreServer()
{
    QVERIFY(m_cluster->createRole(QStringLiteral("nocreate"), QStringLiteral("Some-Passw0rd-Here")));
    JobConfig config = job(QStringLiteral("denied%1").arg(++m_jobs), DumpFormat::Custom);
    const Dumped dumped = dump(config);
    QVERIFY2(dumped.outcome.status == AttemptStatus::Success, qPrintable(dumped.outcome.error));
    config.restoreServer.name = QStringLiteral("scratch");
    config.restoreServer.user = QStringLiteral("nocreate");

    const RestoreCheck check = restore(config, dumped.record, dumped.outcome.tableCounts);
    QVERIFY(!check.ok);
    QVERIFY2(check.detail.contains(QStringLiteral("role nocreate")), qPrintable(check.detail));
    QVERIFY2(check.detail.contains(QStringLiteral("ALTER ROLE nocreate CREATEDB")), qPrintable(check.detail));
    QVERIFY2(check.detail.contains(QStringLiteral("restore_server")), qPrintable(check.detail));
    QCOMPARE(check.server, QStringLiteral("scratch"));
    QCOMPARE(scratchDatabases(), QStringList());
}

void tst_TestRestore::scratchNameIsASafeIdentifierOfAtMost63Bytes()
{
    const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    QCOMPARE(TestRestore::scratchDatabaseName(QStringLiteral("App.Prod-1"), when),
             QStringLiteral("larder_verify_app_prod_1_20260304050607"));
    const QString longName = TestRestore::scratchDatabaseName(QString(80, QLatin1Char('x')), when);
    QCOMPARE(longName.toUtf8().size(), 63);
    QVERIFY(longName.endsWith(QStringLiteral("_20260304050607")));
}

void tst_TestRestore::run_runsDueTestRestoresAfterTheDumpsAndNotUndueOnes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("larder.toml"));
    const QString historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[defaults]\ndump_dir = \"%1\"\nhistory = \"%2\"\nhost = \"%3\"\nport = %4\n"
                              "user = \"postgres\"\nschedule = \"daily\"\n\n"
                              "[databases.always]\ndbname = \"bench\"\ntest_restore = \"always\"\n\n"
                              "[databases.daily]\ndbname = \"bench\"\ntest_restore = \"daily\"\n\n"
                              "[databases.never]\ndbname = \"bench\"\n")
                   .arg(dir.filePath(QStringLiteral("dumps")), historyPath, m_cluster->socketDir())
                   .arg(m_cluster->port())
                   .toUtf8());
    file.close();
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(CliRunner::hermeticEnvironment(dir.path()));

    const CliResult first = runner.run({QStringLiteral("run"), QStringLiteral("--config"), config});
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QVERIFY2(first.errText().contains(QStringLiteral("always: test-restore ok")),
             qPrintable(first.describe()));
    QVERIFY2(first.errText().contains(QStringLiteral("daily: test-restore ok")),
             qPrintable(first.describe()));
    // Restores come after every dump of the run.
    QVERIFY(first.errText().lastIndexOf(QStringLiteral("dump started")) <
            first.errText().indexOf(QStringLiteral("test-restore")));

    // Nothing to dump now; "always" is due again, "daily" is not.
    const CliResult second =
        runner.run({QStringLiteral("run"), QStringLiteral("--config"), config, QStringLiteral("--json")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    QVERIFY2(!second.errText().contains(QStringLiteral("dump started")), qPrintable(second.describe()));
    QVERIFY2(second.outText().contains(QStringLiteral("\"test_restores\"")), qPrintable(second.describe()));

    auto history = History::open(historyPath);
    QVERIFY(history);
    const auto always = (*history)->restoreChecks(QStringLiteral("always"), 0);
    const auto daily = (*history)->restoreChecks(QStringLiteral("daily"), 0);
    const auto never = (*history)->restoreChecks(QStringLiteral("never"), 0);
    QVERIFY(always && daily && never);
    QCOMPARE(always->size(), 2);
    QCOMPARE(daily->size(), 1);
    QCOMPARE(never->size(), 0);
    QVERIFY2(always->first().ok, qPrintable(always->first().detail));
    QVERIFY2(always->first().detail.contains(QStringLiteral("match")), qPrintable(always->first().detail));

    // Counts were stored for the test-restored jobs only.
    const auto attempts = (*history)->attempts(QString(), 0);
    QVERIFY(attempts);
    for (const HistoryRecord& record : *attempts) {
        const auto counts = (*history)->tableCounts(record.id);
        QVERIFY(counts);
        QCOMPARE(counts->isEmpty(), record.job == QLatin1String("never"));
    }
    QCOMPARE(scratchDatabases(), QStringList());
}

QTEST_GUILESS_MAIN(tst_TestRestore)
#include "tst_testrestore.moc"
