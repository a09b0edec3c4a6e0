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

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kLarderTimeoutMs = 90'000;
const QString kAppPassword = QStringLiteral("app-secret");
const QString kHistoryPassword = QStringLiteral("history-secret");
// RunLock's fleet lock: "larder-r" in ASCII.
constexpr qint64 kFleetRunLockKey = 0x6c61726465722d72;

int filesUnder(const QString& dir)
{
    int count = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
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

    void writeConfig(const QString& host, const QString& history, const QString& moreDefaults = QString())
    {
        QVERIFY(QDir().mkpath(home(host)));
        const QString text =
            BackupFixture::defaultsSection(path(host + QStringLiteral("/dumps")), history,
                                           QStringLiteral("daily")) +
            moreDefaults + QStringLiteral("\n") +
            BackupFixture::serverSection(QStringLiteral("main"), m_cluster->port(), QStringLiteral("app")) +
            QStringLiteral("\n[databases.alpha]\nserver = \"main\"\n\n[databases.beta]\nserver = \"main\"\n");
        QVERIFY(FileTree::writeFile(configOf(host), text.toUtf8()));
    }

    CliResult larder(const QString& host, const QStringList& arguments) const
    {
        CliRunner runner = CliRunner::hermetic(QStringLiteral(LARDER_EXECUTABLE), home(host),
                                               path(QStringLiteral("pgpass")));
        return runner.run(CliRunner::withConfig(configOf(host), arguments), {}, kLarderTimeoutMs);
    }

    QString sql(const QString& query) const
    {
        const auto result = m_cluster->query(QStringLiteral("fleet_history"), query);
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

    // While another host's run holds the fleet's lock, a run says who holds it and exits 75 (try
    // again later), dumping nothing; once it is free, the run goes ahead.
    void fleetLock_heldElsewhere_runWaitsItsTurn()
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other-host"));
        other.setHostName(m_cluster->host());
        other.setPort(m_cluster->port());
        other.setUserName(QStringLiteral("larder"));
        other.setPassword(kHistoryPassword);
        other.setDatabaseName(QStringLiteral("fleet_history"));
        other.setConnectOptions(QStringLiteral("application_name=larder@backup-7"));
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        QSqlQuery take(other);
        QVERIFY(take.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kFleetRunLockKey)));

        const CliResult held =
            larder(QStringLiteral("host-b"), {QStringLiteral("run"), QStringLiteral("--all")});
        QVERIFY2(held.exitCode == 75, qPrintable(held.describe()));
        QVERIFY2(held.errText().contains(
                     QLatin1String("another larder run of the fleet holds the shared history")),
                 qPrintable(held.describe()));
        QVERIFY2(held.errText().contains(QLatin1String("larder@backup-7")), qPrintable(held.describe()));
        // That one line and nothing else (no driver warnings) in the cron mail.
        QVERIFY2(held.errText().count(QLatin1Char('\n')) == 1, qPrintable(held.describe()));
        QCOMPARE(filesUnder(path(QStringLiteral("host-b/dumps"))), 0);

        take = QSqlQuery();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other-host"));

        const CliResult free =
            larder(QStringLiteral("host-b"), {QStringLiteral("run"), QStringLiteral("alpha")});
        QVERIFY2(free.exitCode == 0, qPrintable(free.describe()));
        QCOMPARE(filesUnder(path(QStringLiteral("host-b/dumps"))) >= 1, true);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM attempts WHERE status = 'success'")),
                 QStringLiteral("3"));
        QCOMPARE(sql(QStringLiteral("SELECT host FROM attempts ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("backup-b"));
        const CliResult table =
            larder(QStringLiteral("host-a"), {QStringLiteral("history"), QStringLiteral("alpha")});
        QVERIFY2(table.outText().split(QLatin1Char('\n')).value(1).contains(QLatin1String(" backup-b ")),
                 qPrintable(table.describe()));
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
        QVERIFY2(
            away.errText().contains(QLatin1String("cannot take the fleet's run lock in the history database "
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
