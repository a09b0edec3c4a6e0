// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Jobs only history still knows, end to end through the real `larder` binary: a discovered job, one
// whose database was dropped, and one removed from the config (with its server) stay reachable by
// verify, restore and prune; plan lists the orphans; retention leaves their dumps alone unless a
// prune names them.

#include "BackupFixture.h"
#include "CliRunner.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>

#include <memory>

namespace {

constexpr int kLarderTimeoutMs = 120'000;

} // namespace

class TestOrphans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void discoveredJob_isVerifiedRestoredAndPrunedByName();
    void droppedDatabase_keepsItsDumpsUntilAPruneNamesIt();
    void removedJob_isReachableAndRestoreAsksForAServer();
    void unknownJob_isStillAUsageError();

private:
    CliResult larder(const QStringList& arguments) const;
    // [defaults] (keep_last = 1), then the given sections.
    void writeConfig(const QString& sections);
    QString serverSection(const QString& name, const QString& keys) const;
    QStringList dumpsOf(const QString& job) const;
    QJsonObject orphanInPlan(const QString& job);
    // Restores the newest dump of job into target and checks its rows.
    void restoreAndCount(const QString& job, const QString& target, const QString& source,
                         const QStringList& extra = {});

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_dumpDir;
    QString m_slot;
};

void TestOrphans::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(LARDER_EXECUTABLE)).isExecutable(), LARDER_EXECUTABLE);
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    for (const char* name : {"billing", "legacy"}) {
        const QString db = QLatin1String(name);
        QVERIFY_RESULT(BackupFixture::createOwnedDatabase(
            *m_cluster, db, m_cluster->superuser(),
            QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, source text);\n"
                           "INSERT INTO t SELECT g, '%1' FROM generate_series(1, 50) g;")
                .arg(db)));
    }
    // A schedule slot about 12 hours away: nothing is due by the clock during the test.
    m_slot = QTime::currentTime().addSecs(12 * 3600).toString(QStringLiteral("HH:mm"));
}

void TestOrphans::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-orphans-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    m_dumpDir = m_dir->filePath(QStringLiteral("dumps"));
    const auto written = m_cluster->writePgPass(m_dir->filePath(QStringLiteral("pgpass")));
    QVERIFY_RESULT(written);
}

void TestOrphans::cleanup()
{
    for (const char* db : {"gone", "billing_copy", "gone_copy", "legacy_copy"}) {
        (void)m_cluster->execute(QStringLiteral("postgres"),
                                 QStringLiteral("DROP DATABASE IF EXISTS %1").arg(QLatin1String(db)));
    }
    m_dir.reset();
}

CliResult TestOrphans::larder(const QStringList& arguments) const
{
    return CliRunner::hermetic(QStringLiteral(LARDER_EXECUTABLE), m_dir->path(),
                               m_dir->filePath(QStringLiteral("pgpass")))
        .run(CliRunner::withConfig(m_config, arguments), {}, kLarderTimeoutMs);
}

QString TestOrphans::serverSection(const QString& name, const QString& keys) const
{
    return BackupFixture::serverSection(name, m_cluster->port(), QStringLiteral("postgres")) + keys +
           QLatin1Char('\n');
}

void TestOrphans::writeConfig(const QString& sections)
{
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write((BackupFixture::defaultsSection(m_dumpDir, m_dir->filePath(QStringLiteral("history.sqlite")),
                                               QStringLiteral("daily at ") + m_slot) +
                QStringLiteral("keep_last = 1\n\n") + sections)
                   .toUtf8());
}

QStringList TestOrphans::dumpsOf(const QString& job) const
{
    return TestFiles::jobDumps(m_dumpDir, job);
}

QJsonObject TestOrphans::orphanInPlan(const QString& job)
{
    // Empty when the plan fails, lists job among its jobs, or has no such orphan.
    const CliResult plan = larder({QStringLiteral("plan"), QStringLiteral("--json")});
    if (plan.exitCode != 0)
        return {};
    const QJsonObject root = QJsonDocument::fromJson(plan.out).object();
    for (const QJsonValue& value : root.value(QStringLiteral("jobs")).toArray()) {
        if (value.toObject().value(QStringLiteral("job")).toString() == job)
            return {};
    }
    for (const QJsonValue& value : root.value(QStringLiteral("orphans")).toArray()) {
        if (value.toObject().value(QStringLiteral("job")).toString() == job)
            return value.toObject();
    }
    return {};
}

void TestOrphans::restoreAndCount(const QString& job, const QString& target, const QString& source,
                                  const QStringList& extra)
{
    const CliResult restore =
        larder(QStringList{QStringLiteral("restore"), job, QStringLiteral("--to"), target} + extra);
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.describe()));
    const auto rows =
        m_cluster->query(target, QStringLiteral("SELECT count(*) || ' ' || min(source) FROM t"));
    QVERIFY_RESULT(rows);
    QCOMPARE(rows->trimmed(), QStringLiteral("50 %1").arg(source));
}

void TestOrphans::discoveredJob_isVerifiedRestoredAndPrunedByName()
{
    writeConfig(serverSection(QStringLiteral("beta"), QStringLiteral("databases = [\"billing\"]")));
    for (int i = 0; i < 2; ++i) {
        const CliResult run = larder({QStringLiteral("run"), QStringLiteral("--all")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }
    // keep_last = 1: the run pruned its own job, as it does every discovered job it dumps.
    QCOMPARE(dumpsOf(QStringLiteral("beta.billing")).size(), 1);

    const CliResult verify = larder({QStringLiteral("verify"), QStringLiteral("beta.billing")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    QVERIFY2(verify.outText().contains(QLatin1String("beta.billing: ok ")), qPrintable(verify.describe()));

    restoreAndCount(QStringLiteral("beta.billing"), QStringLiteral("billing_copy"),
                    QStringLiteral("billing"));

    const CliResult prune =
        larder({QStringLiteral("prune"), QStringLiteral("--dry-run"), QStringLiteral("beta.billing")});
    QVERIFY2(prune.exitCode == 0, qPrintable(prune.describe()));
    QVERIFY2(prune.outText().contains(QLatin1String("beta.billing: would keep ")),
             qPrintable(prune.describe()));
    // Still discovered: a job of the plan, not an orphan.
    const CliResult plan = larder({QStringLiteral("plan"), QStringLiteral("--json")});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.describe()));
    const QJsonObject root = QJsonDocument::fromJson(plan.out).object();
    QCOMPARE(root.value(QStringLiteral("orphans")).toArray().size(), 0);
    QVERIFY2(plan.outText().contains(QLatin1String("\"beta.billing\"")), qPrintable(plan.describe()));
}

void TestOrphans::droppedDatabase_keepsItsDumpsUntilAPruneNamesIt()
{
    auto made = m_cluster->createDatabase(QStringLiteral("gone"), m_cluster->superuser());
    QVERIFY_RESULT(made);
    auto filled =
        m_cluster->execute(QStringLiteral("gone"),
                           QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, source text);\n"
                                          "INSERT INTO t SELECT g, 'gone' FROM generate_series(1, 50) g;"));
    QVERIFY_RESULT(filled);
    // keep_last = 2 while the database exists; then the job's dumps are the orphan's.
    writeConfig(serverSection(QStringLiteral("beta"),
                              QStringLiteral("databases = [\"gone\", \"billing\"]\nkeep_last = 2")));
    for (int i = 0; i < 2; ++i) {
        const CliResult run = larder({QStringLiteral("run"), QStringLiteral("--all")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }
    const QStringList dumps = dumpsOf(QStringLiteral("beta.gone"));
    QCOMPARE(dumps.size(), 2);
    auto dropped = m_cluster->execute(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE gone"));
    QVERIFY_RESULT(dropped);
    writeConfig(serverSection(QStringLiteral("beta"),
                              QStringLiteral("databases = [\"gone\", \"billing\"]\nkeep_last = 1")));

    // Neither a run nor a prune of every job touches the orphan's dumps.
    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("--all")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const CliResult pruneAll = larder({QStringLiteral("prune")});
    QVERIFY2(pruneAll.exitCode == 0, qPrintable(pruneAll.describe()));
    QCOMPARE(dumpsOf(QStringLiteral("beta.gone")), dumps);

    const QJsonObject orphan = orphanInPlan(QStringLiteral("beta.gone"));
    QCOMPARE(orphan.value(QStringLiteral("kept_dumps")).toInt(), 2);
    QCOMPARE(orphan.value(QStringLiteral("due")).toBool(), false);
    QCOMPARE(orphan.value(QStringLiteral("database")).toString(), QStringLiteral("gone"));
    QVERIFY(!orphan.value(QStringLiteral("newest_dump")).toString().isEmpty());
    const CliResult table = larder({QStringLiteral("plan")});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QVERIFY2(table.outText().contains(QLatin1String("Orphaned jobs")), qPrintable(table.describe()));

    const CliResult verify =
        larder({QStringLiteral("verify"), QStringLiteral("--all"), QStringLiteral("beta.gone")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    QCOMPARE(verify.outText().count(QLatin1String("beta.gone: ok ")), 2);

    restoreAndCount(QStringLiteral("beta.gone"), QStringLiteral("gone_copy"), QStringLiteral("gone"));

    // Named, the orphan is pruned by its server's keep_* rules (now keep_last = 1).
    const CliResult dry =
        larder({QStringLiteral("prune"), QStringLiteral("--dry-run"), QStringLiteral("beta.gone")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
    QVERIFY2(dry.outText().contains(QLatin1String("keep_* rules of server beta")),
             qPrintable(dry.describe()));
    // Two dumps in one second are not ordered by name: count them instead.
    QVERIFY2(dry.outText().contains(QLatin1String("beta.gone: 1 dump would be pruned, 1 kept")),
             qPrintable(dry.describe()));
    QCOMPARE(dumpsOf(QStringLiteral("beta.gone")), dumps);
    const CliResult prune = larder({QStringLiteral("prune"), QStringLiteral("beta.gone")});
    QVERIFY2(prune.exitCode == 0, qPrintable(prune.describe()));
    QVERIFY2(prune.outText().contains(QLatin1String("beta.gone: 1 dump pruned, 1 kept")),
             qPrintable(prune.describe()));
    const QStringList left = dumpsOf(QStringLiteral("beta.gone"));
    QCOMPARE(left.size(), 1);
    QVERIFY(dumps.contains(left.first()));
}

void TestOrphans::removedJob_isReachableAndRestoreAsksForAServer()
{
    writeConfig(serverSection(QStringLiteral("old"), QString()) +
                QStringLiteral("\n[databases.legacy]\nserver = \"old\"\n"));
    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("--all")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(dumpsOf(QStringLiteral("legacy")).size(), 1);
    // The job and its server leave the config.
    writeConfig(serverSection(QStringLiteral("new"), QString()) +
                QStringLiteral("\n[databases.billing]\nserver = \"new\"\n"));

    const CliResult explain =
        larder({QStringLiteral("plan"), QStringLiteral("--explain"), QStringLiteral("legacy")});
    QVERIFY2(explain.exitCode == 0, qPrintable(explain.describe()));
    QVERIFY2(explain.outText().contains(QLatin1String("legacy is an orphaned job")),
             qPrintable(explain.describe()));
    const CliResult history = larder({QStringLiteral("history"), QStringLiteral("legacy")});
    QVERIFY2(history.exitCode == 0, qPrintable(history.describe()));
    QVERIFY2(history.outText().contains(QLatin1String("success")), qPrintable(history.describe()));

    const CliResult verify = larder({QStringLiteral("verify"), QStringLiteral("legacy")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    QVERIFY2(verify.outText().contains(QLatin1String("legacy: ok ")), qPrintable(verify.describe()));

    const CliResult noServer = larder({QStringLiteral("restore"), QStringLiteral("legacy"),
                                       QStringLiteral("--to"), QStringLiteral("legacy_copy")});
    QCOMPARE(noServer.exitCode, 64);
    QVERIFY2(noServer.errText().contains(QLatin1String("the server 'old' of job legacy is no longer in")),
             qPrintable(noServer.describe()));
    QVERIFY2(noServer.errText().contains(QLatin1String("--server NAME")), qPrintable(noServer.describe()));
    restoreAndCount(QStringLiteral("legacy"), QStringLiteral("legacy_copy"), QStringLiteral("legacy"),
                    {QStringLiteral("--server"), QStringLiteral("new")});

    const QJsonObject orphan = orphanInPlan(QStringLiteral("legacy"));
    QCOMPARE(orphan.value(QStringLiteral("server")).toString(), QStringLiteral("old"));
    QCOMPARE(orphan.value(QStringLiteral("server_configured")).toBool(), false);
    QCOMPARE(orphan.value(QStringLiteral("kept_dumps")).toInt(), 1);

    const CliResult prune =
        larder({QStringLiteral("prune"), QStringLiteral("--dry-run"), QStringLiteral("legacy")});
    QVERIFY2(prune.exitCode == 0, qPrintable(prune.describe()));
    QVERIFY2(prune.outText().contains(QLatin1String("keep_* rules of [defaults]")),
             qPrintable(prune.describe()));
    QVERIFY2(prune.outText().contains(QLatin1String("legacy: would keep ")), qPrintable(prune.describe()));
}

void TestOrphans::unknownJob_isStillAUsageError()
{
    writeConfig(serverSection(QStringLiteral("beta"), QStringLiteral("databases = [\"billing\"]")));
    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("--all")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    for (const char* command : {"verify", "prune"}) {
        const CliResult result = larder({QLatin1String(command), QStringLiteral("nosuchjob")});
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.errText().contains(QLatin1String("no job named 'nosuchjob'")),
                 qPrintable(result.describe()));
    }
}

QTEST_GUILESS_MAIN(TestOrphans)
#include "tst_orphans.moc"
