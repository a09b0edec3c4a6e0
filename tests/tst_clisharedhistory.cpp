// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// A history shared through PostgreSQL (history = "postgresql://..."), through the real larder binary:
// two "hosts" (separate homes, dump directories and local state, one cluster's history database)
// take turns under the fleet's run lock, record which host made each dump, and a host that cannot
// reach the history dumps nothing.
#include "BackupFixture.h"
#include "CliRunner.h"
#include "FileTree.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "config/toml/ConfigLoader.h"
#include "run/DumpSlot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace {

constexpr int kLarderTimeoutMs = 90'000;
const QString kAppPassword = QStringLiteral("app-secret");
const QString kHistoryPassword = QStringLiteral("history-secret");
// RunLock's fleet lock: "larder-r" in ASCII.
// Dump files (not directories) below dir.
int filesUnder(const QString& dir)
{
    const QStringList entries = FileTree::treeOf(dir);
    return int(std::count_if(entries.cbegin(), entries.cend(), [&dir](const QString& entry) {
        return QFileInfo(QDir(dir).filePath(entry)).isFile();
    }));
}

} // namespace

class TestCliSharedHistory final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgCluster> m_cluster;
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString historyUrl(int port) const
    {
        return QStringLiteral("postgresql://larder@127.0.0.1:%1/fleet_history").arg(port);
    }
    // Each host: its own home (so its own XDG data directory: run lock, status channel), config and
    // dump_dir; the same history.
    QString home(const QString& host) const { return path(host); }
    QString configOf(const QString& host) const { return path(host + QStringLiteral("/larder.toml")); }

    void writeConfig(const QString& host, const QString& history, const QString& moreDefaults = QString(),
                     const QStringList& databases = {QStringLiteral("alpha"), QStringLiteral("beta")},
                     const QString& moreServer = QString())
    {
        QVERIFY(QDir().mkpath(home(host)));
        QString text =
            BackupFixture::defaultsSection(path(host + QStringLiteral("/dumps")), history,
                                           QStringLiteral("daily")) +
            moreDefaults + QStringLiteral("\n") +
            BackupFixture::serverSection(QStringLiteral("main"), m_cluster->port(), QStringLiteral("app")) +
            moreServer;
        for (const QString& database : databases)
            text += QStringLiteral("\n[databases.%1]\nserver = \"main\"\n").arg(database);
        QVERIFY(FileTree::writeFile(configOf(host), text.toUtf8()));
    }

    // The slot a scheduled run of job names on host's config now, as FleetClaims keys it.
    QString slotOf(const QString& host, const QString& job) const
    {
        const auto loaded = larder::ConfigLoader::loadFile(configOf(host));
        const larder::JobConfig* found = loaded ? loaded->job(job) : nullptr;
        return found
                   ? larder::DumpSlot::of(*found, larder::Trigger::Schedule, QDateTime::currentDateTimeUtc(),
                                          QTimeZone::systemTimeZone(), host)
                   : QString();
    }

    CliResult larder(const QString& host, const QStringList& arguments) const
    {
        CliRunner runner = CliRunner::hermetic(QStringLiteral(LARDER_EXECUTABLE), home(host),
                                               path(QStringLiteral("pgpass")));
        return runner.run(CliRunner::withConfig(configOf(host), arguments), {}, kLarderTimeoutMs);
    }

    QString sql(const QString& query, const QString& database = QStringLiteral("fleet_history")) const
    {
        const auto result = m_cluster->query(database, query);
        return result ? result->trimmed() : QStringLiteral("error: ") + result.error().message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        BackupFixture::isolateFromPgEnvironment();
        auto cluster = PgCluster::start();
        QVERIFY_RESULT(cluster);
        m_cluster = std::move(*cluster);
        QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
            *m_cluster, QStringLiteral("app"), kAppPassword,
            {{QStringLiteral("alpha"), BackupFixture::filledTableSql(QStringLiteral("t"), 50)},
             {QStringLiteral("beta"), BackupFixture::filledTableSql(QStringLiteral("t"), 50)}}));
        QVERIFY_RESULT(m_cluster->createRole(QStringLiteral("larder"), kHistoryPassword));
        QVERIFY_RESULT(m_cluster->createDatabase(QStringLiteral("fleet_history"), QStringLiteral("larder")));
        QVERIFY_RESULT(m_cluster->writePgPass(
            path(QStringLiteral("pgpass")),
            {{QStringLiteral("app"), kAppPassword}, {QStringLiteral("larder"), kHistoryPassword}}));
        writeConfig(QStringLiteral("host-a"), historyUrl(m_cluster->port()));
        // Two processes on one machine are two hosts only by host_id: B names itself, A goes by the
        // machine's name.
        writeConfig(QStringLiteral("host-b"), historyUrl(m_cluster->port()),
                    QStringLiteral("host_id = \"backup-b\"\n"));
    }

    // Host A dumps what is due into its own directory and the shared history says so, host by host;
    // host B, sharing that history, finds nothing due.
    void hosts_shareWhatWasDoneAndSayWhoDidIt()
    {
        const CliResult a = larder(QStringLiteral("host-a"), {QStringLiteral("run")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.describe()));
        QCOMPARE(filesUnder(path(QStringLiteral("host-a/dumps"))) >= 2, true);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) || ' ' || string_agg(DISTINCT host, ',') FROM attempts"
                                    " WHERE status = 'success'")),
                 QStringLiteral("2 ") + QSysInfo::machineHostName());

        const CliResult check =
            larder(QStringLiteral("host-b"), {QStringLiteral("check"), QStringLiteral("--connect")});
        QVERIFY2(check.exitCode == 0 && !check.outText().contains(QLatin1String("FAILED")),
                 qPrintable(check.describe()));

        const CliResult b = larder(QStringLiteral("host-b"), {QStringLiteral("run")});
        QVERIFY2(b.exitCode == 0, qPrintable(b.describe()));
        QCOMPARE(filesUnder(path(QStringLiteral("host-b/dumps"))), 0);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM attempts")), QStringLiteral("2"));

        const CliResult table = larder(QStringLiteral("host-b"), {QStringLiteral("history")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        const QStringList lines = table.outText().split(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).startsWith(QLatin1String("STARTED")) &&
                     lines.value(0).section(QLatin1Char(' '), 1).trimmed().startsWith(QLatin1String("HOST")),
                 qPrintable(table.describe()));
        QVERIFY2(lines.value(1).contains(QSysInfo::machineHostName()), qPrintable(table.describe()));

        const CliResult json =
            larder(QStringLiteral("host-b"), {QStringLiteral("history"), QStringLiteral("--json")});
        const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("host")).toString(), QSysInfo::machineHostName());
    }

    // A slot another host is dumping is left to it, and the run says which host has it; once that
    // host's lease has run out (it died, or was cut off), the slot is taken over, one generation on.
    void claims_slotOfAnotherHostIsSkippedUntilItsLeaseLapses()
    {
        QVERIFY_RESULT(m_cluster->createDatabase(QStringLiteral("fleet_claims"), QStringLiteral("larder")));
        // Room for one more dump on the server beside backup-7's.
        writeConfig(QStringLiteral("host-g"),
                    QStringLiteral("postgresql://larder@127.0.0.1:%1/fleet_claims").arg(m_cluster->port()),
                    QString(), {QStringLiteral("alpha"), QStringLiteral("beta")},
                    QStringLiteral("max_parallel = 2\n"));
        const CliResult plan = larder(QStringLiteral("host-g"), {QStringLiteral("plan")}); // the schema
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.describe()));
        const QString slot = slotOf(QStringLiteral("host-g"), QStringLiteral("alpha"));
        QVERIFY(!slot.isEmpty());
        // backup-7's dump of alpha, running under its claim.
        QVERIFY_RESULT(m_cluster->execute(
            QStringLiteral("fleet_claims"),
            QStringLiteral(
                "INSERT INTO attempts (job, server, \"database\", \"trigger\", started_at, status, pid, host)"
                " VALUES ('alpha', 'main', 'alpha', 'schedule', '2026-01-01T00:00:00.000Z', 'running', 7,"
                " 'backup-7');"
                "INSERT INTO claims (job, slot, server, host, generation, state, claimed_at, lease_until,"
                " attempt_id) VALUES ('alpha', '%1', 'main', 'backup-7', 1, 'running',"
                " '2026-01-01T00:00:00.000Z', '2999-01-01T00:00:00.000Z', (SELECT max(id) FROM attempts))")
                .arg(slot)));

        const CliResult held = larder(QStringLiteral("host-g"), {QStringLiteral("run")});
        QVERIFY2(held.exitCode == 0, qPrintable(held.describe()));
        QVERIFY2(held.errText().contains(
                     QLatin1String("alpha (server main): skipped: host backup-7 is dumping this slot")),
                 qPrintable(held.describe()));
        QVERIFY2(held.errText().contains(QLatin1String("1 job left to other hosts sharing the history")),
                 qPrintable(held.describe()));
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(job || ':' || status, ',' ORDER BY id) FROM attempts"),
                     QStringLiteral("fleet_claims")),
                 QStringLiteral("alpha:running,beta:success"));

        // backup-7 stopped renewing long ago.
        QVERIFY_RESULT(m_cluster->execute(
            QStringLiteral("fleet_claims"),
            QStringLiteral(
                "UPDATE claims SET lease_until = '2000-01-01T00:00:00.000Z' WHERE job = 'alpha'")));
        const CliResult taken = larder(QStringLiteral("host-g"), {QStringLiteral("run")});
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.describe()));
        // Its attempt ends as interrupted, naming it; what it left is on backup-7, so nothing is deleted
        // here.
        QVERIFY2(taken.errText().contains(QLatin1String(
                     "alpha: host backup-7 stopped renewing its claim on a dump it started at ")),
                 qPrintable(taken.describe()));
        QCOMPARE(sql(QStringLiteral(
                         "SELECT status || ' ' || (error LIKE '%stopped renewing its claim%') FROM attempts"
                         " WHERE host = 'backup-7'"),
                     QStringLiteral("fleet_claims")),
                 QStringLiteral("interrupted true"));
        QCOMPARE(sql(QStringLiteral(
                         "SELECT host || ' ' || generation || ' ' || state FROM claims WHERE job = 'alpha'"),
                     QStringLiteral("fleet_claims")),
                 QSysInfo::machineHostName() + QStringLiteral(" 2 done"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM attempts WHERE status = 'success'"),
                     QStringLiteral("fleet_claims")),
                 QStringLiteral("2"));
    }

    // Three hosts whose crons fire at once, sharing one history: every due job is dumped exactly
    // once, by one of them, the work spreads over them, and the server's max_parallel (2) holds
    // across the fleet although each host alone could take all of it. Each host accounts for every job:
    // dumped, or left to another host. A second round finds nothing due.
    void fleet_threeHostsAtOnce_dumpEachJobOnceWithinTheServerLimit()
    {
        QVERIFY_RESULT(m_cluster->createDatabase(QStringLiteral("fleet_three"), QStringLiteral("larder")));
        QStringList databases;
        for (int i = 1; i <= 12; ++i) {
            databases.append(QStringLiteral("d%1").arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY_RESULT(BackupFixture::createOwnedDatabase(
                *m_cluster, databases.last(), QStringLiteral("app"),
                BackupFixture::filledTableSql(QStringLiteral("t"), 20000)));
        }
        const QStringList hosts = {QStringLiteral("fleet-x"), QStringLiteral("fleet-y"),
                                   QStringLiteral("fleet-z")};
        for (const QString& host : hosts) {
            writeConfig(host,
                        QStringLiteral("postgresql://larder@127.0.0.1:%1/fleet_three").arg(m_cluster->port()),
                        QStringLiteral("host_id = \"%1\"\nmax_parallel = 2\n").arg(host), databases,
                        QStringLiteral("max_parallel = 2\n"));
        }
        const auto round = [&]() {
            std::vector<std::unique_ptr<QProcess>> runs;
            for (const QString& host : hosts) {
                CliRunner runner = CliRunner::hermetic(QStringLiteral(LARDER_EXECUTABLE), home(host),
                                                       path(QStringLiteral("pgpass")));
                runs.push_back(runner.start(CliRunner::withConfig(configOf(host), {QStringLiteral("run")})));
            }
            QList<CliResult> results;
            for (const auto& run : runs)
                results.append(CliRunner::finish(*run, kLarderTimeoutMs));
            return results;
        };

        const QList<CliResult> first = round();
        for (const CliResult& result : first) {
            QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
            const int dumped = int(result.errText().count(QLatin1String("): done, ")));
            const int left = int(result.errText().count(QLatin1String("): skipped: host ")));
            QVERIFY2(dumped + left == databases.size(), qPrintable(result.describe()));
        }
        const QString db = QStringLiteral("fleet_three");
        QCOMPARE(sql(QStringLiteral("SELECT count(*) || ' ' || count(DISTINCT job) FROM attempts"), db),
                 QStringLiteral("12 12"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM attempts WHERE status = 'success'"), db),
                 QStringLiteral("12"));
        qInfo().noquote() << "dumps per host:"
                          << sql(QStringLiteral(
                                     "SELECT string_agg(host || ' ' || n, ', ' ORDER BY host) FROM"
                                     " (SELECT host, count(*) AS n FROM attempts GROUP BY host) AS h"),
                                 db);
        const QString spread = sql(QStringLiteral("SELECT count(DISTINCT host) FROM attempts"), db);
        QVERIFY2(spread.toInt() >= 2, qPrintable(spread));
        // At most two dumps at once on the server, counted from the attempts' own times (each within
        // its claim).
        QCOMPARE(sql(QStringLiteral(
                         "SELECT max((SELECT count(*) FROM attempts b WHERE b.started_at <= a.started_at"
                         " AND b.finished_at > a.started_at)) FROM attempts a"),
                     db)
                         .toInt() <= 2,
                 true);
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) || ' ' || max(generation) FROM claims WHERE state = 'done'"),
                db),
            QStringLiteral("12 1"));
        int dumpFiles = 0;
        for (const QString& host : hosts) {
            const QStringList entries = FileTree::treeOf(path(host + QStringLiteral("/dumps")));
            dumpFiles += int(std::count_if(entries.cbegin(), entries.cend(), [](const QString& entry) {
                return entry.endsWith(QLatin1String(".dump"));
            }));
        }
        QCOMPARE(dumpFiles, 12);

        // The fleet as any host sees it: three hosts, the twelve slots between them, nothing running.
        const CliResult fleet =
            larder(QStringLiteral("fleet-x"), {QStringLiteral("fleet"), QStringLiteral("--json")});
        QVERIFY2(fleet.exitCode == 0, qPrintable(fleet.describe()));
        const QJsonArray listed = QJsonDocument::fromJson(fleet.out).array();
        QStringList names;
        int doneSum = 0;
        for (const QJsonValue& value : listed) {
            const QJsonObject host = value.toObject();
            names.append(host.value(QStringLiteral("host")).toString());
            doneSum += host.value(QStringLiteral("done_24h")).toInt();
            QCOMPARE(host.value(QStringLiteral("running")).toInt(), 0);
            QVERIFY(!host.value(QStringLiteral("version")).toString().isEmpty());
            QVERIFY(!host.value(QStringLiteral("last_seen")).toString().isEmpty());
        }
        QCOMPARE(names, hosts);
        QCOMPARE(doneSum, 12);
        const CliResult table = larder(QStringLiteral("fleet-y"), {QStringLiteral("fleet")});
        QVERIFY2(table.exitCode == 0 && table.outText().startsWith(QLatin1String("HOST")) &&
                     table.outText().count(QLatin1Char('\n')) == 4,
                 qPrintable(table.describe()));

        const QList<CliResult> second = round();
        for (const CliResult& result : second)
            QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM attempts"), db), QStringLiteral("12"));
    }

    // The history's server stops in the middle of a run: the dump already going finishes but cannot
    // be recorded, and no dump starts that could not be claimed; the run fails and says why.
    void historyStoppedMidRun_noDumpStartsUnclaimed()
    {
        std::unique_ptr<PgCluster> historyServer;
        QVERIFY_RESULT(PgCluster::startEach({&historyServer}));
        QVERIFY_RESULT(historyServer->createRole(QStringLiteral("larder"), kHistoryPassword));
        QVERIFY_RESULT(historyServer->createDatabase(QStringLiteral("larder"), QStringLiteral("larder")));
        QFile pgpass(path(QStringLiteral("pgpass")));
        QVERIFY(pgpass.open(QIODevice::Append));
        pgpass.write(QStringLiteral("127.0.0.1:%1:*:larder:%2\n")
                         .arg(historyServer->port())
                         .arg(kHistoryPassword)
                         .toUtf8());
        pgpass.close();

        // Every job's before_dump waits for the test, so the history stops while the first dump is on.
        const QString go = path(QStringLiteral("host-h/go"));
        QVERIFY(QDir().mkpath(home(QStringLiteral("host-h"))));
        const QString text =
            BackupFixture::defaultsSection(
                path(QStringLiteral("host-h/dumps")),
                QStringLiteral("postgresql://larder@127.0.0.1:%1/larder").arg(historyServer->port()),
                QStringLiteral("daily")) +
            QStringLiteral(
                "max_parallel = 1\nbefore_dump = [\"sh\", \"-c\", \"while [ ! -e '%1' ]; do sleep 0.05; "
                "done\"]\n\n")
                .arg(go) +
            BackupFixture::serverSection(QStringLiteral("main"), m_cluster->port(), QStringLiteral("app")) +
            QStringLiteral("\n[databases.alpha]\nserver = \"main\"\n\n[databases.beta]\nserver = \"main\"\n");
        QVERIFY(FileTree::writeFile(configOf(QStringLiteral("host-h")), text.toUtf8()));

        CliRunner runner =
            CliRunner::hermetic(QStringLiteral(LARDER_EXECUTABLE), home(QStringLiteral("host-h")),
                                path(QStringLiteral("pgpass")));
        const std::unique_ptr<QProcess> run =
            runner.start(CliRunner::withConfig(configOf(QStringLiteral("host-h")), {QStringLiteral("run")}));
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += run->readAllStandardError()).contains("): dump started"), 30000);
        QVERIFY_RESULT(historyServer->stop());
        QVERIFY(FileTree::writeFile(go, QByteArray()));
        CliResult result = CliRunner::finish(*run, kLarderTimeoutMs);
        result.err.prepend(seen);

        // One dump went on and could not be recorded; the other never started.
        const QString err = result.errText();
        QVERIFY2(result.exitCode == 1 && !result.crashed, qPrintable(result.describe()));
        QVERIFY2(err.count(QLatin1String("): dump started")) == 1, qPrintable(result.describe()));
        QVERIFY2(err.count(QLatin1String(" (server main): FAILED after ")) == 2 &&
                     err.contains(QLatin1String("the dump finished but history could not record it")) &&
                     err.contains(QLatin1String("not started: cannot claim job ")),
                 qPrintable(result.describe()));
        int dumps = 0;
        for (const QString& entry : FileTree::treeOf(path(QStringLiteral("host-h/dumps"))))
            dumps += entry.endsWith(QLatin1String(".dump")) ? 1 : 0;
        QCOMPARE(dumps, 1);
    }

    // Retention counts the fleet's dumps, but a dump another host made is on that host's disk: this
    // host leaves it (and its row) to that host instead of calling it "already gone".
    void retention_leavesAnotherHostsDumpsToThatHost()
    {
        QVERIFY_RESULT(
            m_cluster->createDatabase(QStringLiteral("fleet_retention"), QStringLiteral("larder")));
        writeConfig(QStringLiteral("host-e"),
                    QStringLiteral("postgresql://larder@127.0.0.1:%1/fleet_retention").arg(m_cluster->port()),
                    QStringLiteral("keep_last = 1\n"));
        // Creates the schema, dumps nothing.
        const CliResult plan = larder(QStringLiteral("host-e"), {QStringLiteral("plan")});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.describe()));
        const QString older = path(QStringLiteral("host-e/dumps/alpha/alpha_20200101T000000Z.dump"));
        const QString newer = path(QStringLiteral("host-e/dumps/alpha/alpha_20200102T000000Z.dump"));
        const auto planted = m_cluster->execute(
            QStringLiteral("fleet_retention"),
            QStringLiteral(
                "INSERT INTO attempts (job, server, \"database\", \"trigger\", started_at, finished_at,"
                " status, bytes, path, pid, host) VALUES"
                " ('alpha', 'main', 'alpha', 'schedule', '2020-01-01T00:00:00.000Z',"
                "  '2020-01-01T00:01:00.000Z', 'success', 10, '%1', 1, 'backup-7'),"
                " ('alpha', 'main', 'alpha', 'schedule', '2020-01-02T00:00:00.000Z',"
                "  '2020-01-02T00:01:00.000Z', 'success', 10, '%2', 1, 'backup-7')")
                .arg(older, newer));
        QVERIFY_RESULT(planted);

        const CliResult prune = larder(QStringLiteral("host-e"), {QStringLiteral("prune")});
        QVERIFY2(prune.exitCode == 0, qPrintable(prune.describe()));
        QVERIFY2(prune.outText().contains(
                     QStringLiteral("alpha: left %1 to host backup-7, which holds it").arg(older)),
                 qPrintable(prune.describe()));
        const auto statuses =
            m_cluster->query(QStringLiteral("fleet_retention"),
                             QStringLiteral("SELECT string_agg(status, ',' ORDER BY id) FROM attempts"));
        QVERIFY_RESULT(statuses);
        QCOMPARE(statuses->trimmed(), QStringLiteral("success,success"));
    }

    // The history is where hosts agree on what is done: a host that cannot reach it dumps nothing and
    // says why; a password in the URL is refused before anything is read.
    void unreachableHistory_dumpsNothing_andPasswordInUrlIsRefused()
    {
        writeConfig(QStringLiteral("host-c"), historyUrl(1) + QStringLiteral("?connect_timeout=3"));
        const CliResult away =
            larder(QStringLiteral("host-c"), {QStringLiteral("run"), QStringLiteral("--all")});
        QVERIFY2(away.exitCode == 1, qPrintable(away.describe()));
        QVERIFY2(away.errText().contains(QLatin1String("larder run: cannot reach the history database "
                                                       "postgresql://larder@127.0.0.1:1/fleet_history")),
                 qPrintable(away.describe()));
        QVERIFY2(away.errText().contains(QLatin1String("nothing was dumped")), qPrintable(away.describe()));
        QCOMPARE(filesUnder(path(QStringLiteral("host-c/dumps"))), 0);
        const CliResult check =
            larder(QStringLiteral("host-c"), {QStringLiteral("check"), QStringLiteral("--connect")});
        QVERIFY2(check.exitCode == 1, qPrintable(check.describe()));
        QVERIFY2(check.outText().contains(
                     QLatin1String("history postgresql://larder@127.0.0.1:1/fleet_history"
                                   "?connect_timeout=3: FAILED: cannot reach the history database")),
                 qPrintable(check.describe()));

        writeConfig(
            QStringLiteral("host-d"),
            QStringLiteral("postgresql://larder:hunter2@127.0.0.1:%1/fleet_history").arg(m_cluster->port()));
        writeConfig(QStringLiteral("host-f"), historyUrl(m_cluster->port()),
                    QStringLiteral("host_id = \"my host\"\n"));
        const CliResult badId = larder(QStringLiteral("host-f"), {QStringLiteral("plan")});
        QVERIFY2(badId.exitCode == 78 &&
                     badId.errText().contains(QLatin1String("host_id 'my host' may only hold")),
                 qPrintable(badId.describe()));

        const CliResult secret = larder(QStringLiteral("host-d"), {QStringLiteral("plan")});
        QVERIFY2(secret.exitCode == 78, qPrintable(secret.describe()));
        QVERIFY2(secret.errText().contains(QLatin1String("holds a password")), qPrintable(secret.describe()));
        QVERIFY2(!secret.errText().contains(QLatin1String("hunter2")) &&
                     !secret.outText().contains(QLatin1String("hunter2")),
                 qPrintable(secret.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliSharedHistory)
#include "tst_clisharedhistory.moc"
