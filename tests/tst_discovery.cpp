// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Database discovery end to end: the real `larder` binary against a real cluster whose databases
// come and go, with databases = "all" or patterns, exclude, and explicit sections.

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
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>

#include <memory>

namespace {

constexpr int kLarderTimeoutMs = 120'000;
// Every database of the cluster that is not a template, before any test adds or drops one.
const QStringList kDatabases = {QStringLiteral("alpha"),    QStringLiteral("app_one"),
                                QStringLiteral("app_two"),  QStringLiteral("beta"),
                                QStringLiteral("postgres"), QStringLiteral("tmp_scratch")};

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void all_dumpsEveryNonTemplateDatabaseExceptTheExcluded();
    void patterns_dumpOnlyTheMatchingDatabases();
    void explicitSection_winsOverTheDiscoveredJobWithoutADuplicateDump();
    void newDatabase_isPickedUpByTheNextRun();
    void droppedDatabase_isReportedAndItsDumpsAreKept();
    void plan_listsDiscoveredJobsMarkedAsDiscovered();
    void run_acceptsADiscoveredJobName();
    void unreachableServer_isReportedAndFailsTheRunWhileOtherJobsSucceed();
    void sectionNamedLikeADiscoveredJob_isAConfigError();
    void discoveredDatabaseThatCannotBeDumped_failsEvenAQuietRun();

private:
    CliResult larder(const QStringList& arguments) const;
    // [servers.one] with the given discovery keys, then extra sections.
    void writeConfig(const QString& serverKeys, const QString& extra = QString());
    // Directories under the dump dir that hold at least one dump, sorted.
    QStringList jobsWithDumps() const;
    QStringList dumpsOf(const QString& job) const;

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_dumpDir;
    QString m_slot;
};

void TestDiscovery::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(LARDER_EXECUTABLE)).isExecutable(), LARDER_EXECUTABLE);
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    for (const QString& db : kDatabases) {
        if (db == QLatin1String("postgres"))
            continue;
        QVERIFY_RESULT(BackupFixture::createOwnedDatabase(
            *m_cluster, db, m_cluster->superuser(),
            QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, source text);\n"
                           "INSERT INTO t SELECT g, '%1' FROM generate_series(1, 100) g;")
                .arg(db)));
    }
    // A schedule slot about 12 hours away: the first run dumps everything, the next nothing old.
    m_slot = QTime::currentTime().addSecs(12 * 3600).toString(QStringLiteral("HH:mm"));
}

void TestDiscovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-discovery-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    m_dumpDir = m_dir->filePath(QStringLiteral("dumps"));
    const auto written = m_cluster->writePgPass(m_dir->filePath(QStringLiteral("pgpass")));
    QVERIFY_RESULT(written);
}

void TestDiscovery::cleanup()
{
    for (const char* db : {"fresh", "gone"}) {
        (void)m_cluster->execute(QStringLiteral("postgres"),
                                 QStringLiteral("DROP DATABASE IF EXISTS %1").arg(QLatin1String(db)));
    }
    m_dir.reset();
}

CliResult TestDiscovery::larder(const QStringList& arguments) const
{
    return CliRunner::hermetic(QStringLiteral(LARDER_EXECUTABLE), m_dir->path(),
                               m_dir->filePath(QStringLiteral("pgpass")))
        .run(CliRunner::withConfig(m_config, arguments), {}, kLarderTimeoutMs);
}

void TestDiscovery::writeConfig(const QString& serverKeys, const QString& extra)
{
    const QString text =
        BackupFixture::defaultsSection(m_dumpDir, m_dir->filePath(QStringLiteral("history.sqlite")),
                                       QStringLiteral("daily at ") + m_slot) +
        QLatin1Char('\n') +
        BackupFixture::serverSection(QStringLiteral("one"), m_cluster->port(), QStringLiteral("postgres")) +
        QStringLiteral("max_parallel = 2\n%1\n%2").arg(serverKeys, extra);
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

QStringList TestDiscovery::dumpsOf(const QString& job) const
{
    return TestFiles::jobDumps(m_dumpDir, job);
}

QStringList TestDiscovery::jobsWithDumps() const
{
    QStringList jobs;
    for (const QString& entry : QDir(m_dumpDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!dumpsOf(entry).isEmpty())
            jobs.append(entry);
    }
    return jobs;
}

void TestDiscovery::all_dumpsEveryNonTemplateDatabaseExceptTheExcluded()
{
    writeConfig(QStringLiteral("databases = \"all\"\nexclude = [\"tmp_*\"]\n"));
    const CliResult run = larder({QStringLiteral("run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList expected = {QStringLiteral("one.alpha"), QStringLiteral("one.app_one"),
                                  QStringLiteral("one.app_two"), QStringLiteral("one.beta"),
                                  QStringLiteral("one.postgres")};
    QCOMPARE(jobsWithDumps(), expected);
    for (const QString& job : expected) {
        const QStringList dumps = dumpsOf(job);
        QCOMPARE(dumps.size(), 1);
        QVERIFY2(dumps.first().endsWith(QLatin1String(".dump")), qPrintable(dumps.first()));
        QVERIFY(QFileInfo::exists(dumps.first() + QStringLiteral(".sha256")));
    }
}

void TestDiscovery::patterns_dumpOnlyTheMatchingDatabases()
{
    writeConfig(QStringLiteral("databases = [\"app_*\", \"beta\"]\n"));
    const CliResult run = larder({QStringLiteral("run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(jobsWithDumps(), (QStringList{QStringLiteral("one.app_one"), QStringLiteral("one.app_two"),
                                           QStringLiteral("one.beta")}));
}

void TestDiscovery::explicitSection_winsOverTheDiscoveredJobWithoutADuplicateDump()
{
    writeConfig(QStringLiteral("databases = [\"alpha\", \"beta\"]\n"),
                QStringLiteral("[databases.alpha]\nserver = \"one\"\nformat = \"plain\"\ncompression = 0\n"));
    const CliResult run = larder({QStringLiteral("run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(jobsWithDumps(), (QStringList{QStringLiteral("alpha"), QStringLiteral("one.beta")}));
    const QStringList alpha = dumpsOf(QStringLiteral("alpha"));
    QCOMPARE(alpha.size(), 1);
    QVERIFY2(alpha.first().endsWith(QLatin1String(".sql")), qPrintable(alpha.first()));
}

void TestDiscovery::newDatabase_isPickedUpByTheNextRun()
{
    writeConfig(QStringLiteral("databases = [\"beta\", \"fresh\"]\n"));
    CliResult run = larder({QStringLiteral("run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(jobsWithDumps(), QStringList{QStringLiteral("one.beta")});

    auto made = m_cluster->createDatabase(QStringLiteral("fresh"), m_cluster->superuser());
    QVERIFY_RESULT(made);
    run = larder({QStringLiteral("run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(jobsWithDumps(), (QStringList{QStringLiteral("one.beta"), QStringLiteral("one.fresh")}));
    // Only the new job was due: beta's dump of the first run is still its only one.
    QCOMPARE(dumpsOf(QStringLiteral("one.beta")).size(), 1);
    QCOMPARE(dumpsOf(QStringLiteral("one.fresh")).size(), 1);
}

void TestDiscovery::droppedDatabase_isReportedAndItsDumpsAreKept()
{
    auto made = m_cluster->createDatabase(QStringLiteral("gone"), m_cluster->superuser());
    QVERIFY_RESULT(made);
    writeConfig(QStringLiteral("databases = [\"gone\", \"beta\"]\n"));
    CliResult run = larder({QStringLiteral("run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList dumps = dumpsOf(QStringLiteral("one.gone"));
    QCOMPARE(dumps.size(), 1);

    auto dropped = m_cluster->execute(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE gone"));
    QVERIFY_RESULT(dropped);
    run = larder({QStringLiteral("run"), QStringLiteral("--all")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(
                 QLatin1String("one.gone: database gone is no longer on server one; its dumps are kept")),
             qPrintable(run.describe()));
    QVERIFY2(!run.errText().contains(QLatin1String("one.gone (server")), qPrintable(run.describe()));
    QCOMPARE(dumpsOf(QStringLiteral("one.gone")), dumps);
    QCOMPARE(dumpsOf(QStringLiteral("one.beta")).size(), 2);
}

void TestDiscovery::plan_listsDiscoveredJobsMarkedAsDiscovered()
{
    writeConfig(QStringLiteral("databases = [\"app_*\"]\n"),
                QStringLiteral("[databases.alpha]\nserver = \"one\"\n"));
    const CliResult plan = larder({QStringLiteral("plan"), QStringLiteral("--json")});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.describe()));
    const QJsonArray jobs =
        QJsonDocument::fromJson(plan.out).object().value(QStringLiteral("jobs")).toArray();
    QStringList seen;
    for (const QJsonValue& value : jobs) {
        const QJsonObject job = value.toObject();
        const QString name = job.value(QStringLiteral("job")).toString();
        seen.append(name);
        QCOMPARE(job.value(QStringLiteral("discovered")).toBool(), name != QLatin1String("alpha"));
        QCOMPARE(job.value(QStringLiteral("due")).toBool(), true);
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("alpha"), QStringLiteral("one.app_one"),
                                QStringLiteral("one.app_two")}));
    QCOMPARE(jobs.at(1).toObject().value(QStringLiteral("database")).toString(), QStringLiteral("app_one"));

    // The table names them as discovered too, and nothing was dumped.
    const CliResult table = larder({QStringLiteral("plan")});
    QVERIFY2(table.exitCode == 0 && table.outText().contains(QLatin1String("app_two (discovered)")),
             qPrintable(table.describe()));
    QVERIFY(jobsWithDumps().isEmpty());
}

void TestDiscovery::run_acceptsADiscoveredJobName()
{
    writeConfig(QStringLiteral("databases = \"all\"\n"));
    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("one.beta")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(jobsWithDumps(), QStringList{QStringLiteral("one.beta")});

    const CliResult unknown = larder({QStringLiteral("run"), QStringLiteral("one.nosuchdb")});
    QVERIFY2(unknown.exitCode == 64 && unknown.errText().contains(QLatin1String("one.nosuchdb")),
             qPrintable(unknown.describe()));
}

void TestDiscovery::unreachableServer_isReportedAndFailsTheRunWhileOtherJobsSucceed()
{
    // Port 1: nothing listens there, so the connection is refused at once.
    writeConfig(QStringLiteral("databases = [\"beta\"]\n"),
                QStringLiteral("[servers.down]\nhost = \"127.0.0.1\"\nport = 1\nuser = \"postgres\"\n"
                               "connect_timeout = 5\ndatabases = \"all\"\n"
                               "\n[databases.alpha]\nserver = \"one\"\n"));
    const CliResult run = larder({QStringLiteral("run")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(QLatin1String("discovery on server down failed")) &&
                 run.errText().contains(QLatin1String("127.0.0.1:1")),
             qPrintable(run.describe()));
    QCOMPARE(jobsWithDumps(), (QStringList{QStringLiteral("alpha"), QStringLiteral("one.beta")}));

    const CliResult plan = larder({QStringLiteral("plan")});
    QVERIFY2(plan.exitCode == 1 && plan.errText().contains(QLatin1String("discovery on server down failed")),
             qPrintable(plan.describe()));
}

void TestDiscovery::sectionNamedLikeADiscoveredJob_isAConfigError()
{
    // one discovers beta, whose job would be "one.beta"; the section of that name dumps alpha on two.
    writeConfig(QStringLiteral("databases = \"all\"\n"),
                QStringLiteral("[servers.two]\nhost = \"127.0.0.1\"\nport = %1\nuser = \"postgres\"\n"
                               "\n[databases.\"one.beta\"]\nserver = \"two\"\ndbname = \"alpha\"\n")
                    .arg(m_cluster->port()));
    for (const QStringList& arguments : {QStringList{QStringLiteral("check")},
                                         QStringList{QStringLiteral("run"), QStringLiteral("--quiet")}}) {
        const CliResult result = larder(arguments);
        QVERIFY2(result.exitCode == 78, qPrintable(result.describe()));
        QVERIFY2(
            QRegularExpression(QStringLiteral("larder\\.toml:\\d+:\\d+: .*one\\.beta.*beta.*server 'one'"))
                .match(result.errText())
                .hasMatch(),
            qPrintable(result.describe()));
    }
    QCOMPARE(jobsWithDumps(), QStringList());

    // Excluded there, the name hides nothing.
    writeConfig(QStringLiteral("databases = \"all\"\nexclude = [\"beta\"]\n"),
                QStringLiteral("[servers.two]\nhost = \"127.0.0.1\"\nport = %1\nuser = \"postgres\"\n"
                               "\n[databases.\"one.beta\"]\nserver = \"two\"\ndbname = \"alpha\"\n")
                    .arg(m_cluster->port()));
    const CliResult check = larder({QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
}

void TestDiscovery::discoveredDatabaseThatCannotBeDumped_failsEvenAQuietRun()
{
    // "One.beta" writes to the directory one.beta would (compared case-insensitively), which only
    // the run can tell: discovered beta is not dumped, and that is a failure, not a remark.
    writeConfig(QStringLiteral("databases = [\"beta\"]\n"),
                QStringLiteral("[databases.\"One.beta\"]\nserver = \"one\"\ndbname = \"alpha\"\n"));
    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("--quiet")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(QLatin1String("database beta on server one is not dumped")),
             qPrintable(run.describe()));
    QCOMPARE(jobsWithDumps(), QStringList{QStringLiteral("One.beta")});

    // run --json names it among its problems, as plan --json does.
    const CliResult json = larder({QStringLiteral("run"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 1, qPrintable(json.describe()));
    const QJsonArray runProblems =
        QJsonDocument::fromJson(json.outText().toUtf8())[QStringLiteral("problems")].toArray();
    QVERIFY2(runProblems.size() == 1 && runProblems.first().toString().contains(
                                            QLatin1String("database beta on server one is not dumped")),
             qPrintable(json.describe()));

    const CliResult plan = larder({QStringLiteral("plan"), QStringLiteral("--json")});
    QVERIFY2(plan.exitCode == 1, qPrintable(plan.describe()));
    const QJsonArray problems =
        QJsonDocument::fromJson(plan.outText().toUtf8())[QStringLiteral("problems")].toArray();
    QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                         [](const QJsonValue& problem) {
                             return problem.toString().contains(
                                 QLatin1String("database beta on server one is not dumped"));
                         }),
             qPrintable(plan.describe()));
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
