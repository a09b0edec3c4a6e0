// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ConfigIssuesText.h"
#include "config/toml/ConfigLoader.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using namespace larder;
using ConfigIssuesText::describe;

namespace {

const QString kFile = QStringLiteral("larder.toml");
const QString kBaseDir = QStringLiteral("/etc/larder");

ConfigLoader::LoadResult load(const QString& text)
{
    return ConfigLoader::loadString(text, kFile, kBaseDir);
}

// Loads text that must be valid; fails the test with every issue otherwise.
#define LOAD_VALID(var, text)                                                                                \
    const ConfigLoader::LoadResult var##Result = load(text);                                                 \
    QVERIFY2(var##Result.has_value(), qPrintable(describe(var##Result)));                                    \
    const Config& var = *var##Result

// The 1-based line/column numbers in the origin assertions refer to this text.
const char kFullConfig[] = R"([defaults]
dump_dir = "/var/backups/larder"
schedule = "every 1 day at 02:30"
format = "directory"
compression = 3
max_parallel = 4
connect_timeout = 20
timeout = "90 minutes"
history = "/var/lib/larder/history.sqlite"
pg_dump_args = ["--no-owner"]

[servers.main]
host = "db1.example.com"
port = 5433
user = "backup"
sslmode = "require"
max_parallel = 3
pg_dump = "/usr/lib/postgresql/16/bin/pg_dump"
connect_timeout = 5
compression = 9

[databases.app]
server = "main"
dbname = "app_prod"
schedule = "every 6 hours"
format = "custom"
pg_dump_args = ["--exclude-table-data=audit_log"]
timeout = 3600
dump_dir = "/srv/dumps"

[databases.billing]
server = "main"
)";

// Retention, verification, globals and discovery keys at every level; line/column numbers matter.
const char kNewKeysConfig[] = R"([defaults]
keep_last = 3
keep_daily = 7
keep_weekly = 4
keep_monthly = 12
keep_within = "14 days"
test_restore = "weekly"
restore_server = "scratch"
dump_globals = true
databases = "all"
exclude = ["template*"]

[servers.main]
host = "db1"
keep_daily = 0
keep_within = "36 hours"
test_restore = "every 2 days"
dump_globals = false
databases = ["app_*", "billing"]
exclude = ["*_old", "db[0-9]"]
restore_server = "main"

[servers.scratch]
host = "db9"
port = 6000

[databases.app]
server = "main"
keep_last = 0
keep_within = 3600
test_restore = "manual"
restore_server = "scratch"

[databases.billing]
server = "main"

[databases.local]
server = "scratch"
)";

} // namespace

class TstConfigLoader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fullConfig_everyKey_givesEffectiveValues();
    void fullConfig_origins_nameTheLevelAndPlace();
    void emptyDatabase_usesBuiltInsAndImplicitServer();
    void serverMaxParallel_isNotInheritedFromDefaults();
    void jobs_areSortedByName_andFoundByName();
    void newKeys_atEachLevel_giveEffectiveValues();
    void newKeys_origins_nameTheLevelAndPlace();
    void keepWithin_acceptsDurationsAndSeconds_data();
    void minSizeRatio_isInheritedAndDefaultsToHalf();
    void keepWithin_acceptsDurationsAndSeconds();
    void keepRules_zeroIsKept_absentStaysEmpty();
    void discovery_inDefaultsOnly_createsImplicitServer();
    void discovery_inDefaults_isInheritedByNamedServers();
    void discovers_wholeNameGlobsMinusExclude_data();
    void discovers_wholeNameGlobsMinusExclude();
    void serverTemplate_takesServerThenDefaults_andGlobalsJobIsPlainSql();
    void exclude_inDefaults_isAllowedWhenSomeServerDiscovers();
    void restoreServer_canNameTheImplicitServer();
    void restoreServer_missing_isReportedOnceWhereWritten();
    void timeout_acceptsDurationsAndSeconds_data();
    void timeout_acceptsDurationsAndSeconds();
    void retry_acceptsDurationsAndOff_data();
    void retry_acceptsDurationsAndOff();
    void maxAge_isInheritedAndTakesDurationsAndOff_data();
    void maxAge_isInheritedAndTakesDurationsAndOff();
    void hooks_areInheritedAndResolvedAtLoad();
    void enabled_isInheritedAndDefaultsToTrue();
    void metricsFile_resolvesLikeOtherPathsAndEmptyIsOff_data();
    void metricsFile_resolvesLikeOtherPathsAndEmptyIsOff();
    void pgDumpArgs_optionValuesAreNotMistakenForManagedOptions();
    void pgDumpArgs_jobsAllowedWithDirectoryFormat();
    void pgDumpArgs_optionsAreAccepted_data();
    void pgDumpArgs_optionsAreAccepted();

    void implicitServer_whenNoServersExist();
    void implicitServer_whenDefaultsSetHost_besideNamedServers();
    void explicitDefaultServer_isUsedByDatabasesWithoutServer();
    void databaseWithoutServer_isErrorListingServers();

    void notify_readsEverySection();
    void notify_secretReferences_stayUnresolved();
    void notify_readsChatKindsAndPingVariants();
    void notify_badUrl_neverQuotesIt();
    void invalidConfig_reportsLocatedIssue_data();
    void invalidConfig_reportsLocatedIssue();
    void severalErrors_areAllReportedInFileOrder();
    void passwordKey_isRejectedAnywhere_data();
    void passwordKey_isRejectedAnywhere();

    void paths_tildeAndRelative_areResolved();
    void loadFile_relativePaths_resolveAgainstFileDirectory();
    void dumpDirs_sameDirectory_isCollision();
    void dumpDirs_nestedDirectory_isCollision_data();
    void dumpDirs_nestedDirectory_isCollision();
    void dumpDirs_nestedThroughASymlink_isCollision();
    void dumpDirs_sharedPrefixNames_areNoCollision();

    void loadFile_missing_saysHowToCreateOne();
    void loadFile_directory_saysItCannotBeRead();
    void resolvePath_prefersCommandLineThenEnvironment();
    void defaultPaths_followXdgDataHome();

    void isValidName_data();
    void isValidName();
    void fileExtension_followsFormatAndCompression_data();
    void fileExtension_followsFormatAndCompression();
    void serverNames_defaultUserAndHost();
    void issueToString_omitsUnknownParts();

private:
    QTemporaryDir m_home;
    QByteArray m_savedHome;
    QByteArray m_savedXdgData;
    QByteArray m_savedXdgConfig;
    QByteArray m_savedLarderConfig;
    QByteArray m_savedUser;
};

void TstConfigLoader::init()
{
    m_savedHome = qgetenv("HOME");
    m_savedXdgData = qgetenv("XDG_DATA_HOME");
    m_savedXdgConfig = qgetenv("XDG_CONFIG_HOME");
    m_savedLarderConfig = qgetenv("LARDER_CONFIG");
    m_savedUser = qgetenv("USER");
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path() + QStringLiteral("/data")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path() + QStringLiteral("/config")));
    qunsetenv("LARDER_CONFIG");
}

void TstConfigLoader::cleanup()
{
    const auto restore = [](const char* name, const QByteArray& value) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    };
    restore("HOME", m_savedHome);
    restore("XDG_DATA_HOME", m_savedXdgData);
    restore("XDG_CONFIG_HOME", m_savedXdgConfig);
    restore("LARDER_CONFIG", m_savedLarderConfig);
    restore("USER", m_savedUser);
}

void TstConfigLoader::fullConfig_everyKey_givesEffectiveValues()
{
    LOAD_VALID(config, QString::fromUtf8(kFullConfig));

    QCOMPARE(config.path, kFile);
    QCOMPARE(config.maxParallel, 4);
    QCOMPARE(config.historyPath, QStringLiteral("/var/lib/larder/history.sqlite"));
    QCOMPARE(config.servers.keys(), QStringList{QStringLiteral("main")});

    const ServerConfig& main = config.servers.value(QStringLiteral("main"));
    QCOMPARE(main.name, QStringLiteral("main"));
    QCOMPARE(main.host, QStringLiteral("db1.example.com"));
    QCOMPARE(main.port, 5433);
    QCOMPARE(main.user, QStringLiteral("backup"));
    QCOMPARE(main.sslmode, QStringLiteral("require"));
    QCOMPARE(main.maxParallel, 3);
    QCOMPARE(main.pgDump, QStringLiteral("/usr/lib/postgresql/16/bin/pg_dump"));
    QCOMPARE(main.connectTimeoutSeconds, 5);

    QCOMPARE(config.jobs.size(), 2);
    const JobConfig& app = config.jobs.at(0);
    QCOMPARE(app.name, QStringLiteral("app"));
    QCOMPARE(app.server.name, QStringLiteral("main"));
    QCOMPARE(app.server.port, 5433);
    QCOMPARE(app.dbname, QStringLiteral("app_prod"));
    QCOMPARE(app.schedule, *Schedule::parse(QStringLiteral("every 6 hours")));
    QCOMPARE(app.format, DumpFormat::Custom);
    QCOMPARE(app.compression, 9);
    QCOMPARE(app.dumpDir, QStringLiteral("/srv/dumps"));
    QCOMPARE(app.timeoutSeconds, 3600);
    QCOMPARE(app.pgDumpArgs, QStringList{QStringLiteral("--exclude-table-data=audit_log")});
    QCOMPARE(app.outputDirectory(), QStringLiteral("/srv/dumps/app"));

    const JobConfig& billing = config.jobs.at(1);
    QCOMPARE(billing.name, QStringLiteral("billing"));
    QCOMPARE(billing.dbname, QStringLiteral("billing"));
    QCOMPARE(billing.schedule, *Schedule::parse(QStringLiteral("every 1 day at 02:30")));
    QCOMPARE(billing.format, DumpFormat::Directory);
    QCOMPARE(billing.compression, 9);
    QCOMPARE(billing.dumpDir, QStringLiteral("/var/backups/larder"));
    QCOMPARE(billing.timeoutSeconds, 90 * 60);
    QCOMPARE(billing.pgDumpArgs, QStringList{QStringLiteral("--no-owner")});
}

void TstConfigLoader::fullConfig_origins_nameTheLevelAndPlace()
{
    LOAD_VALID(config, QString::fromUtf8(kFullConfig));

    const QMap<QString, QString> app = config.job(QStringLiteral("app"))->origins;
    QCOMPARE(app.value("server"), QStringLiteral("databases.app (larder.toml:23:10)"));
    QCOMPARE(app.value("dbname"), QStringLiteral("databases.app (larder.toml:24:10)"));
    QCOMPARE(app.value("schedule"), QStringLiteral("databases.app (larder.toml:25:12)"));
    QCOMPARE(app.value("format"), QStringLiteral("databases.app (larder.toml:26:10)"));
    QCOMPARE(app.value("pg_dump_args"), QStringLiteral("databases.app (larder.toml:27:16)"));
    QCOMPARE(app.value("timeout"), QStringLiteral("databases.app (larder.toml:28:11)"));
    QCOMPARE(app.value("dump_dir"), QStringLiteral("databases.app (larder.toml:29:12)"));
    QCOMPARE(app.value("compression"), QStringLiteral("servers.main (larder.toml:20:15)"));
    QCOMPARE(app.value("host"), QStringLiteral("servers.main (larder.toml:13:8)"));
    QCOMPARE(app.value("port"), QStringLiteral("servers.main (larder.toml:14:8)"));
    QCOMPARE(app.value("user"), QStringLiteral("servers.main (larder.toml:15:8)"));
    QCOMPARE(app.value("sslmode"), QStringLiteral("servers.main (larder.toml:16:11)"));
    QCOMPARE(app.value("max_parallel"), QStringLiteral("servers.main (larder.toml:17:16)"));
    QCOMPARE(app.value("pg_dump"), QStringLiteral("servers.main (larder.toml:18:11)"));
    QCOMPARE(app.value("connect_timeout"), QStringLiteral("servers.main (larder.toml:19:19)"));

    const QMap<QString, QString> billing = config.job(QStringLiteral("billing"))->origins;
    QCOMPARE(billing.value("dbname"), QStringLiteral("section name"));
    QCOMPARE(billing.value("dump_dir"), QStringLiteral("defaults (larder.toml:2:12)"));
    QCOMPARE(billing.value("schedule"), QStringLiteral("defaults (larder.toml:3:12)"));
    QCOMPARE(billing.value("format"), QStringLiteral("defaults (larder.toml:4:10)"));
    QCOMPARE(billing.value("timeout"), QStringLiteral("defaults (larder.toml:8:11)"));
    QCOMPARE(billing.value("pg_dump_args"), QStringLiteral("defaults (larder.toml:10:16)"));
    QCOMPARE(billing.value("compression"), QStringLiteral("servers.main (larder.toml:20:15)"));

    const QStringList everyKey = {
        "schedule", "format",          "compression", "dump_dir", "timeout", "pg_dump_args",
        "dbname",   "server",          "host",        "port",     "user",    "sslmode",
        "pg_dump",  "connect_timeout", "max_parallel"};
    for (const QString& key : everyKey)
        QVERIFY2(billing.contains(key) && app.contains(key), qPrintable(key));
}

void TstConfigLoader::emptyDatabase_usesBuiltInsAndImplicitServer()
{
    LOAD_VALID(config, QStringLiteral("[databases.app]\n"));

    QCOMPARE(config.maxParallel, 2);
    QCOMPARE(config.historyPath, ConfigLoader::defaultHistoryPath());
    QCOMPARE(config.jobs.size(), 1);
    const JobConfig& job = config.jobs.first();
    QCOMPARE(job.dbname, QStringLiteral("app"));
    QCOMPARE(job.schedule, *Schedule::parse(QStringLiteral("every day at 00:00")));
    QCOMPARE(job.format, DumpFormat::Custom);
    QCOMPARE(job.compression, 6);
    QCOMPARE(job.dumpDir, ConfigLoader::defaultDumpDir());
    QCOMPARE(job.timeoutSeconds, 6 * 3600);
    QVERIFY(job.pgDumpArgs.isEmpty());
    QCOMPARE(job.server.name, QStringLiteral("default"));
    QCOMPARE(job.server.host, QString());
    QCOMPARE(job.server.user, QString());
    QCOMPARE(job.server.port, 5432);
    QCOMPARE(job.server.sslmode, QStringLiteral("prefer"));
    QCOMPARE(job.server.connectTimeoutSeconds, 10);
    QCOMPARE(job.server.maxParallel, 1);
    QVERIFY(job.server.pgDump.isEmpty());
    QVERIFY(config.servers.contains(QStringLiteral("default")));

    for (auto it = job.origins.cbegin(); it != job.origins.cend(); ++it) {
        if (it.key() != QLatin1String("dbname"))
            QVERIFY2(it.value() == QLatin1String("built-in"), qPrintable(it.key() + " = " + it.value()));
    }
    // retry, enabled, max_age, min_size_ratio, engine, mariadb_dump_args, before_dump, after_dump,
    // on_failure, hook_timeout
    QCOMPARE(job.origins.size(), 35);

    QVERIFY(job.retention.isEmpty());
    QCOMPARE(job.testRestore.kind(), Schedule::Kind::Manual);
    QVERIFY(!job.recordsRowCounts());
    QCOMPARE(job.restoreServer.name, QStringLiteral("default"));
    QVERIFY(!job.server.dumpGlobals);
    QVERIFY(job.server.discoverPatterns.isEmpty());
    QVERIFY(job.server.excludePatterns.isEmpty());
}

void TstConfigLoader::serverMaxParallel_isNotInheritedFromDefaults()
{
    LOAD_VALID(config,
               QStringLiteral("[defaults]\nmax_parallel = 8\n[servers.a]\n[databases.x]\nserver = \"a\"\n"));
    QCOMPARE(config.maxParallel, 8);
    QCOMPARE(config.servers.value(QStringLiteral("a")).maxParallel, 1);
    QCOMPARE(config.jobs.first().origins.value(QStringLiteral("max_parallel")), QStringLiteral("built-in"));
}

void TstConfigLoader::jobs_areSortedByName_andFoundByName()
{
    LOAD_VALID(config, QStringLiteral("[databases.zeta]\n[databases.alpha]\n[databases.mid]\n"));
    QStringList names;
    for (const JobConfig& job : config.jobs)
        names << job.name;
    QCOMPARE(names, (QStringList{"alpha", "mid", "zeta"}));
    QVERIFY(config.job(QStringLiteral("mid")));
    QCOMPARE(config.job(QStringLiteral("mid"))->name, QStringLiteral("mid"));
    QCOMPARE(config.job(QStringLiteral("nope")), nullptr);
}

void TstConfigLoader::newKeys_atEachLevel_giveEffectiveValues()
{
    LOAD_VALID(config, QString::fromUtf8(kNewKeysConfig));

    const ServerConfig& main = config.servers.value(QStringLiteral("main"));
    QCOMPARE(main.dumpGlobals, false);
    QCOMPARE(main.discoverPatterns, (QStringList{"app_*", "billing"}));
    QCOMPARE(main.excludePatterns, (QStringList{"*_old", "db[0-9]"}));
    const ServerConfig& scratch = config.servers.value(QStringLiteral("scratch"));
    QCOMPARE(scratch.dumpGlobals, true);
    QCOMPARE(scratch.discoverPatterns, QStringList{QStringLiteral("*")});
    QCOMPARE(scratch.excludePatterns, QStringList{QStringLiteral("template*")});
    QCOMPARE(config.servers.keys(), (QStringList{"main", "scratch"}));

    const JobConfig* app = config.job(QStringLiteral("app"));
    QVERIFY(app);
    QCOMPARE(app->retention.keepLast, std::optional<int>(0));
    QCOMPARE(app->retention.keepDaily, std::optional<int>(0));
    QCOMPARE(app->retention.keepWeekly, std::optional<int>(4));
    QCOMPARE(app->retention.keepMonthly, std::optional<int>(12));
    QCOMPARE(app->retention.keepWithinSeconds, std::optional<qint64>(3600));
    QCOMPARE(app->testRestore.kind(), Schedule::Kind::Manual);
    QCOMPARE(app->restoreServer.name, QStringLiteral("scratch"));
    QCOMPARE(app->restoreServer.host, QStringLiteral("db9"));
    QCOMPARE(app->restoreServer.port, 6000);
    QCOMPARE(app->restoreServer.dumpGlobals, true);
    QCOMPARE(app->server.discoverPatterns, main.discoverPatterns);

    const JobConfig* billing = config.job(QStringLiteral("billing"));
    QVERIFY(billing);
    QCOMPARE(billing->retention.keepLast, std::optional<int>(3));
    QCOMPARE(billing->retention.keepDaily, std::optional<int>(0));
    QCOMPARE(billing->retention.keepWithinSeconds, std::optional<qint64>(36 * 3600));
    QCOMPARE(billing->testRestore, *Schedule::parse(QStringLiteral("every 2 days")));
    QVERIFY(billing->recordsRowCounts());
    QCOMPARE(billing->restoreServer.name, QStringLiteral("main"));
    QCOMPARE(billing->restoreServer.host, QStringLiteral("db1"));

    const JobConfig* local = config.job(QStringLiteral("local"));
    QVERIFY(local);
    QCOMPARE(local->retention.keepDaily, std::optional<int>(7));
    QCOMPARE(local->retention.keepWithinSeconds, std::optional<qint64>(14 * 86400));
    QCOMPARE(local->testRestore, *Schedule::parse(QStringLiteral("weekly")));
    QCOMPARE(local->restoreServer.name, QStringLiteral("scratch"));
    QCOMPARE(local->server.dumpGlobals, true);
}

void TstConfigLoader::newKeys_origins_nameTheLevelAndPlace()
{
    LOAD_VALID(config, QString::fromUtf8(kNewKeysConfig));

    const QMap<QString, QString> app = config.job(QStringLiteral("app"))->origins;
    QCOMPARE(app.value("keep_last"), QStringLiteral("databases.app (larder.toml:29:13)"));
    QCOMPARE(app.value("keep_daily"), QStringLiteral("servers.main (larder.toml:15:14)"));
    QCOMPARE(app.value("keep_weekly"), QStringLiteral("defaults (larder.toml:4:15)"));
    QCOMPARE(app.value("keep_monthly"), QStringLiteral("defaults (larder.toml:5:16)"));
    QCOMPARE(app.value("keep_within"), QStringLiteral("databases.app (larder.toml:30:15)"));
    QCOMPARE(app.value("test_restore"), QStringLiteral("databases.app (larder.toml:31:16)"));
    QCOMPARE(app.value("restore_server"), QStringLiteral("databases.app (larder.toml:32:18)"));
    QCOMPARE(app.value("dump_globals"), QStringLiteral("servers.main (larder.toml:18:16)"));
    QCOMPARE(app.value("databases"), QStringLiteral("servers.main (larder.toml:19:13)"));
    QCOMPARE(app.value("exclude"), QStringLiteral("servers.main (larder.toml:20:11)"));

    const QMap<QString, QString> billing = config.job(QStringLiteral("billing"))->origins;
    QCOMPARE(billing.value("keep_last"), QStringLiteral("defaults (larder.toml:2:13)"));
    QCOMPARE(billing.value("keep_within"), QStringLiteral("servers.main (larder.toml:16:15)"));
    QCOMPARE(billing.value("test_restore"), QStringLiteral("servers.main (larder.toml:17:16)"));
    QCOMPARE(billing.value("restore_server"), QStringLiteral("servers.main (larder.toml:21:18)"));

    const QMap<QString, QString> local = config.job(QStringLiteral("local"))->origins;
    QCOMPARE(local.value("keep_daily"), QStringLiteral("defaults (larder.toml:3:14)"));
    QCOMPARE(local.value("keep_within"), QStringLiteral("defaults (larder.toml:6:15)"));
    QCOMPARE(local.value("test_restore"), QStringLiteral("defaults (larder.toml:7:16)"));
    QCOMPARE(local.value("restore_server"), QStringLiteral("defaults (larder.toml:8:18)"));
    QCOMPARE(local.value("dump_globals"), QStringLiteral("defaults (larder.toml:9:16)"));
    QCOMPARE(local.value("databases"), QStringLiteral("defaults (larder.toml:10:13)"));
    QCOMPARE(local.value("exclude"), QStringLiteral("defaults (larder.toml:11:11)"));
}

void TstConfigLoader::keepWithin_acceptsDurationsAndSeconds_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("days") << "\"14 days\"" << qint64(14 * 86400);
    QTest::newRow("hours") << "\"36 hours\"" << qint64(36 * 3600);
    QTest::newRow("weeks") << "\"2 weeks\"" << qint64(14 * 86400);
    QTest::newRow("one week") << "\"1 week\"" << qint64(7 * 86400);
    QTest::newRow("integer seconds") << "90" << qint64(90);
}

void TstConfigLoader::keepWithin_acceptsDurationsAndSeconds()
{
    QFETCH(QString, value);
    QFETCH(qint64, seconds);
    LOAD_VALID(config, QStringLiteral("[databases.app]\nkeep_within = %1\n").arg(value));
    QCOMPARE(config.jobs.first().retention.keepWithinSeconds, std::optional<qint64>(seconds));
}

// min_size_ratio: inherited database -> server -> [defaults] -> 0.5; 0 and whole numbers are fine.
void TstConfigLoader::minSizeRatio_isInheritedAndDefaultsToHalf()
{
    LOAD_VALID(config, QStringLiteral("[defaults]\nmin_size_ratio = 0.25\n"
                                      "[servers.main]\nhost = \"db\"\n"
                                      "[servers.other]\nhost = \"db2\"\nmin_size_ratio = 1\n"
                                      "[databases.a]\nserver = \"main\"\n"
                                      "[databases.b]\nserver = \"other\"\n"
                                      "[databases.c]\nserver = \"other\"\nmin_size_ratio = 0\n"));
    QHash<QString, double> ratios;
    for (const JobConfig& job : config.jobs)
        ratios.insert(job.name, job.minSizeRatio);
    QCOMPARE(ratios.value(QStringLiteral("a")), 0.25);
    QCOMPARE(ratios.value(QStringLiteral("b")), 1.0);
    QCOMPARE(ratios.value(QStringLiteral("c")), 0.0);
    LOAD_VALID(plain, QStringLiteral("[databases.app]\n"));
    QCOMPARE(plain.jobs.first().minSizeRatio, 0.5);
}

void TstConfigLoader::keepRules_zeroIsKept_absentStaysEmpty()
{
    LOAD_VALID(config, QStringLiteral("[databases.app]\nkeep_monthly = 0\n"));
    const RetentionRules& rules = config.jobs.first().retention;
    // keep_monthly = 0 is a rule (keeping nothing by month), unlike an absent key.
    QVERIFY(!rules.isEmpty());
    QCOMPARE(rules.keepMonthly, std::optional<int>(0));
    QVERIFY(!rules.keepLast && !rules.keepDaily && !rules.keepWeekly && !rules.keepWithinSeconds);
}

void TstConfigLoader::discovery_inDefaultsOnly_createsImplicitServer()
{
    LOAD_VALID(config, QStringLiteral("[defaults]\ndatabases = \"all\"\nexclude = [\"postgres\"]\n"));
    QVERIFY(config.jobs.isEmpty());
    QCOMPARE(config.servers.keys(), QStringList{QStringLiteral("default")});
    const ServerConfig& server = config.servers.value(QStringLiteral("default"));
    QCOMPARE(server.discoverPatterns, QStringList{QStringLiteral("*")});
    QCOMPARE(server.excludePatterns, QStringList{QStringLiteral("postgres")});
    QVERIFY(!server.dumpGlobals);

    LOAD_VALID(globalsOnly, QStringLiteral("[defaults]\ndump_globals = true\n"));
    QCOMPARE(globalsOnly.servers.keys(), QStringList{QStringLiteral("default")});
    QVERIFY(globalsOnly.servers.value(QStringLiteral("default")).dumpGlobals);

    LOAD_VALID(nothing, QStringLiteral("[defaults]\ndump_globals = false\n"));
    QVERIFY(nothing.servers.isEmpty());
}

void TstConfigLoader::discovery_inDefaults_isInheritedByNamedServers()
{
    LOAD_VALID(config, QStringLiteral("[defaults]\ndatabases = [\"app_*\"]\ndump_globals = true\n"
                                      "[servers.a]\nhost = \"db1\"\n"
                                      "[servers.b]\nhost = \"db2\"\ndatabases = \"all\"\n"));
    // No host in [defaults] and named servers exist: no implicit server to discover on.
    QCOMPARE(config.servers.keys(), (QStringList{"a", "b"}));
    QCOMPARE(config.servers.value(QStringLiteral("a")).discoverPatterns,
             QStringList{QStringLiteral("app_*")});
    QCOMPARE(config.servers.value(QStringLiteral("b")).discoverPatterns, QStringList{QStringLiteral("*")});
    QVERIFY(config.servers.value(QStringLiteral("a")).dumpGlobals);
    QVERIFY(config.servers.value(QStringLiteral("b")).dumpGlobals);
}

void TstConfigLoader::serverTemplate_takesServerThenDefaults_andGlobalsJobIsPlainSql()
{
    LOAD_VALID(config, QStringLiteral("[defaults]\nformat = \"directory\"\nkeep_last = 3\ndump_dir = \"/d\"\n"
                                      "[servers.a]\nhost = \"db1\"\nschedule = \"hourly\"\ncompression = 9\n"
                                      "dump_globals = true\ndatabases = \"all\"\n"
                                      "[databases.app]\nserver = \"a\"\nschedule = \"weekly\"\n"));
    const JobConfig templ = config.serverTemplates.value(QStringLiteral("a"));
    QCOMPARE(templ.server.name, QStringLiteral("a"));
    QVERIFY(templ.name.isEmpty() && templ.dbname.isEmpty());
    QCOMPARE(templ.schedule.text(), QStringLiteral("hourly")); // not the weekly of [databases.app]
    QCOMPARE(templ.format, DumpFormat::Directory);
    QCOMPARE(templ.compression, 9);
    QCOMPARE(templ.retention.keepLast, std::optional<int>(3));
    QCOMPARE(templ.restoreServer.name, QStringLiteral("a"));
    QVERIFY(templ.origins.value(QStringLiteral("schedule")).startsWith(QLatin1String("servers.a")));

    const JobConfig* globals = config.job(QStringLiteral("a.globals"));
    QVERIFY(globals);
    QCOMPARE(globals->kind, JobKind::Globals);
    QCOMPARE(globals->format, DumpFormat::Plain);
    QCOMPARE(globals->fileExtension(), QStringLiteral(".sql"));
    QCOMPARE(globals->schedule.text(), QStringLiteral("hourly"));
    QCOMPARE(globals->dbname, QStringLiteral("postgres"));
    QCOMPARE(globals->outputDirectory(), QStringLiteral("/d/a.globals"));
    QCOMPARE(config.jobs.first().name, QStringLiteral("a.globals")); // sorted among the others
    QCOMPARE(config.job(QStringLiteral("app"))->kind, JobKind::Database);
}

void TstConfigLoader::exclude_inDefaults_isAllowedWhenSomeServerDiscovers()
{
    LOAD_VALID(config, QStringLiteral("[defaults]\nexclude = [\"postgres\"]\n"
                                      "[servers.a]\ndatabases = \"all\"\n[servers.b]\n"));
    QCOMPARE(config.servers.value(QStringLiteral("a")).excludePatterns,
             QStringList{QStringLiteral("postgres")});
    QVERIFY(config.servers.value(QStringLiteral("b")).discoverPatterns.isEmpty());
}

void TstConfigLoader::restoreServer_canNameTheImplicitServer()
{
    LOAD_VALID(config, QStringLiteral("[defaults]\nhost = \"/run/postgresql\"\n"
                                      "[servers.b]\nhost = \"db2\"\n"
                                      "[databases.app]\nserver = \"b\"\nrestore_server = \"default\"\n"));
    const JobConfig& job = config.jobs.first();
    QCOMPARE(job.server.name, QStringLiteral("b"));
    QCOMPARE(job.restoreServer.name, QStringLiteral("default"));
    QCOMPARE(job.restoreServer.host, QStringLiteral("/run/postgresql"));
    // The restore server is probed and needs a password like any other, so it is listed.
    QCOMPARE(config.servers.keys(), (QStringList{"b", "default"}));
}

void TstConfigLoader::restoreServer_missing_isReportedOnceWhereWritten()
{
    const auto result = load(QStringLiteral("[servers.main]\nrestore_server = \"scratch\"\n"
                                            "[servers.unused]\nrestore_server = \"nope\"\n"
                                            "[databases.a]\nserver = \"main\"\n"
                                            "[databases.b]\nserver = \"main\"\n"));
    QVERIFY(!result);
    QVERIFY2(result.error().size() == 2, qPrintable(describe(result)));
    const ConfigIssue& first = result.error().at(0);
    QCOMPARE(first.line, 2);
    QCOMPARE(first.key, QStringLiteral("servers.main.restore_server"));
    QVERIFY2(first.message.contains(QLatin1String("no server named 'scratch' for restore_server "
                                                  "(available: main, unused)")),
             qPrintable(first.message));
    QVERIFY2(first.message.contains(QLatin1String("add a [servers.scratch] section")),
             qPrintable(first.message));
    const ConfigIssue& second = result.error().at(1);
    QCOMPARE(second.line, 4);
    QCOMPARE(second.key, QStringLiteral("servers.unused.restore_server"));
}

void TstConfigLoader::timeout_acceptsDurationsAndSeconds_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("hours") << "\"6 hours\"" << 6 * 3600;
    QTest::newRow("one hour") << "\"1 hour\"" << 3600;
    QTest::newRow("minutes") << "\"90 minutes\"" << 5400;
    QTest::newRow("seconds") << "\"45 seconds\"" << 45;
    QTest::newRow("one day, capitalised") << "\"1 Day\"" << 86400;
    QTest::newRow("integer seconds") << "120" << 120;
}

void TstConfigLoader::timeout_acceptsDurationsAndSeconds()
{
    QFETCH(QString, value);
    QFETCH(int, seconds);
    LOAD_VALID(config, QStringLiteral("[databases.app]\ntimeout = %1\n").arg(value));
    QCOMPARE(config.jobs.first().timeoutSeconds, seconds);
}

void TstConfigLoader::retry_acceptsDurationsAndOff_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("origin");
    QTest::newRow("built-in") << "[databases.app]\n" << 15 * 60 << "built-in";
    QTest::newRow("minutes in the database") << "[databases.app]\nretry = \"30 minutes\"\n"
                                             << 1800 << "databases.app";
    QTest::newRow("seconds in defaults") << "[defaults]\nretry = 120\n[databases.app]\n" << 120 << "defaults";
    QTest::newRow("off") << "[defaults]\nretry = \"off\"\n[databases.app]\n" << 0 << "defaults";
    QTest::newRow("zero") << "[databases.app]\nretry = 0\n" << 0 << "databases.app";
}

void TstConfigLoader::retry_acceptsDurationsAndOff()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    QFETCH(QString, origin);
    LOAD_VALID(config, text);
    QCOMPARE(config.jobs.first().retrySeconds, seconds);
    QVERIFY2(config.jobs.first()
                 .origins.value(QStringLiteral("retry"), QStringLiteral("built-in"))
                 .startsWith(origin),
             qPrintable(config.jobs.first().origins.value(QStringLiteral("retry"))));
}

void TstConfigLoader::maxAge_isInheritedAndTakesDurationsAndOff_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // -1: not set, the default follows from the schedule
    QTest::addColumn<QString>("origin");
    QTest::newRow("not set") << "[databases.app]\n" << -1 << "built-in";
    QTest::newRow("hours in the database") << "[databases.app]\nmax_age = \"36 hours\"\n"
                                           << 36 * 3600 << "databases.app (larder.toml:2:11)";
    QTest::newRow("seconds in defaults") << "[defaults]\nmax_age = 7200\n[databases.app]\n"
                                         << 7200 << "defaults (larder.toml:2:11)";
    QTest::newRow("from the server") << "[servers.main]\nhost = \"db\"\nmax_age = \"2 days\"\n"
                                        "[databases.app]\nserver = \"main\"\n"
                                     << 2 * 86400 << "servers.main (larder.toml:3:11)";
    QTest::newRow("database beats defaults")
        << "[defaults]\nmax_age = \"1 day\"\n[databases.app]\nmax_age = \"3 days\"\n"
        << 3 * 86400 << "databases.app (larder.toml:4:11)";
    QTest::newRow("off") << "[defaults]\nmax_age = \"off\"\n[databases.app]\n"
                         << 0 << "defaults (larder.toml:2:11)";
    QTest::newRow("zero") << "[databases.app]\nmax_age = 0\n" << 0 << "databases.app (larder.toml:2:11)";
}

void TstConfigLoader::maxAge_isInheritedAndTakesDurationsAndOff()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    QFETCH(QString, origin);
    LOAD_VALID(config, text);
    const JobConfig& job = config.jobs.first();
    QCOMPARE(job.maxAgeSeconds.value_or(-1), seconds);
    QCOMPARE(job.origins.value(QStringLiteral("max_age")), origin);
}

void TstConfigLoader::metricsFile_resolvesLikeOtherPathsAndEmptyIsOff_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::newRow("unset: off") << "[defaults]\nhost = \"db\"\n" << QString();
    QTest::newRow("empty: off") << "[defaults]\nmetrics_file = \"\"\n" << QString();
    QTest::newRow("absolute") << "[defaults]\nmetrics_file = \"/var/lib/node/larder.prom\"\n"
                              << "/var/lib/node/larder.prom";
    QTest::newRow("relative to the config file") << "[defaults]\nmetrics_file = \"metrics/../larder.prom\"\n"
                                                 << "/etc/larder/larder.prom";
    QTest::newRow("home") << "[defaults]\nmetrics_file = \"~/larder.prom\"\n"
                          << QStringLiteral("~/larder.prom"); // the home of the test function
}

void TstConfigLoader::metricsFile_resolvesLikeOtherPathsAndEmptyIsOff()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    if (path.startsWith(QLatin1Char('~')))
        path = QDir::homePath() + path.mid(1);
    LOAD_VALID(config, text);
    QCOMPARE(config.metricsFile, path);
}

void TstConfigLoader::hooks_areInheritedAndResolvedAtLoad()
{
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    QVERIFY(!sh.isEmpty());
    LOAD_VALID(config, QStringLiteral("[defaults]\n"
                                      "before_dump = [\"sh\", \"-c\", \"exit 0\"]\n"
                                      "after_dump = [\"/bin/true\", \"a b\"]\n"
                                      "after_run = [\"true\"]\n"
                                      "hook_timeout = \"2 minutes\"\n"
                                      "[servers.main]\n"
                                      "on_failure = [\"/bin/echo\", \"$LARDER_ERROR\"]\n"
                                      "[databases.app]\n"
                                      "server = \"main\"\n"
                                      "after_dump = []\n"
                                      "[databases.billing]\n"
                                      "server = \"main\"\n"
                                      "hook_timeout = 30\n"));
    const JobConfig* app = config.job(QStringLiteral("app"));
    const JobConfig* billing = config.job(QStringLiteral("billing"));
    QVERIFY(app && billing);
    // The program resolved on PATH; the arguments exactly as written, no expansion.
    QCOMPARE(app->beforeDump, (QStringList{sh, QStringLiteral("-c"), QStringLiteral("exit 0")}));
    QCOMPARE(app->afterDump, QStringList()); // [] turns the inherited hook off
    QCOMPARE(billing->afterDump, (QStringList{QStringLiteral("/bin/true"), QStringLiteral("a b")}));
    QCOMPARE(app->onFailure, (QStringList{QStringLiteral("/bin/echo"), QStringLiteral("$LARDER_ERROR")}));
    QCOMPARE(app->hookTimeoutSeconds, 120);
    QCOMPARE(billing->hookTimeoutSeconds, 30);
    QCOMPARE(app->origins.value(QStringLiteral("on_failure")),
             QStringLiteral("servers.main (larder.toml:7:14)"));
    QCOMPARE(config.afterRun, (QStringList{QStandardPaths::findExecutable(QStringLiteral("true"))}));
    QCOMPARE(config.afterRunTimeoutSeconds, 120);
}

void TstConfigLoader::enabled_isInheritedAndDefaultsToTrue()
{
    LOAD_VALID(config, QStringLiteral("[defaults]\nenabled = false\n[databases.app]\n"
                                      "[databases.billing]\nenabled = true\n"));
    QCOMPARE(config.job(QStringLiteral("app"))->enabled, false);
    QCOMPARE(config.job(QStringLiteral("billing"))->enabled, true);
    LOAD_VALID(plain, QStringLiteral("[databases.app]\n"));
    QCOMPARE(plain.jobs.first().enabled, true);
}

void TstConfigLoader::pgDumpArgs_optionValuesAreNotMistakenForManagedOptions()
{
    LOAD_VALID(config, QStringLiteral("[databases.app]\npg_dump_args = [\"-n\", \"-Fancy\", "
                                      "\"--exclude-table\", \"-dull\", \"-vnpublic\", \"--no-owner\"]\n"));
    QCOMPARE(config.jobs.first().pgDumpArgs.size(), 6);
}

void TstConfigLoader::pgDumpArgs_jobsAllowedWithDirectoryFormat()
{
    LOAD_VALID(config, QStringLiteral("[databases.app]\nformat = \"directory\"\npg_dump_args = [\"-j4\"]\n"));
    QCOMPARE(config.jobs.first().pgDumpArgs, QStringList{QStringLiteral("-j4")});
}

void TstConfigLoader::pgDumpArgs_optionsAreAccepted_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("args");
    const auto row = [](const char* name, const char* format, const QStringList& args) {
        QTest::newRow(name) << QString::fromUtf8(format) << args;
    };
    row("-t and its value", "custom", {"-t", "orders"});
    row("--table and its value", "custom", {"--table", "orders"});
    row("--table=", "custom", {"--table=orders"});
    row("clustered letters", "custom", {"-Ox", "-vnpublic"});
    row("letter taking the next element", "custom", {"-Ot", "orders", "--no-owner"});
    row("--create and --clean, custom", "custom", {"--create", "--clean", "--if-exists"});
    row("-C and -c, tar", "tar", {"-cC"});
    row("--if-exists alone, plain", "plain", {"--if-exists", "--no-owner"});
    row("--verbose", "plain", {"--verbose", "-v"});
}

void TstConfigLoader::pgDumpArgs_optionsAreAccepted()
{
    QFETCH(QString, format);
    QFETCH(QStringList, args);
    LOAD_VALID(config, QStringLiteral("[databases.app]\nformat = \"%1\"\npg_dump_args = [\"%2\"]\n")
                           .arg(format, args.join(QStringLiteral("\", \""))));
    QCOMPARE(config.jobs.first().pgDumpArgs, args);
}

void TstConfigLoader::implicitServer_whenNoServersExist()
{
    LOAD_VALID(config, QStringLiteral("[defaults]\nport = 6543\nuser = \"bk\"\n[databases.app]\n"));
    const JobConfig& job = config.jobs.first();
    QCOMPARE(job.server.name, QStringLiteral("default"));
    QCOMPARE(job.server.port, 6543);
    QCOMPARE(job.server.user, QStringLiteral("bk"));
    QCOMPARE(job.origins.value(QStringLiteral("port")), QStringLiteral("defaults (larder.toml:2:8)"));
    QCOMPARE(config.servers.value(QStringLiteral("default")).port, 6543);
}

void TstConfigLoader::implicitServer_whenDefaultsSetHost_besideNamedServers()
{
    LOAD_VALID(config, QStringLiteral("[defaults]\nhost = \"/run/postgresql\"\n"
                                      "[servers.other]\nhost = \"db2\"\n"
                                      "[databases.local]\n"
                                      "[databases.remote]\nserver = \"other\"\n"));
    QCOMPARE(config.job(QStringLiteral("local"))->server.name, QStringLiteral("default"));
    QCOMPARE(config.job(QStringLiteral("local"))->server.host, QStringLiteral("/run/postgresql"));
    QCOMPARE(config.job(QStringLiteral("remote"))->server.host, QStringLiteral("db2"));
    QCOMPARE(config.servers.keys(), (QStringList{"default", "other"}));
}

void TstConfigLoader::explicitDefaultServer_isUsedByDatabasesWithoutServer()
{
    LOAD_VALID(config, QStringLiteral("[servers.default]\nhost = \"db9\"\n[servers.b]\n[databases.app]\n"));
    QCOMPARE(config.jobs.first().server.host, QStringLiteral("db9"));
}

void TstConfigLoader::databaseWithoutServer_isErrorListingServers()
{
    const auto result = load(QStringLiteral("[servers.a]\n[servers.b]\n[databases.app]\n"));
    QVERIFY(!result);
    QCOMPARE(result.error().size(), 1);
    const ConfigIssue& issue = result.error().first();
    QCOMPARE(issue.line, 3);
    QCOMPARE(issue.key, QStringLiteral("databases.app"));
    QVERIFY2(issue.message.contains(QLatin1String("available: a, b")), qPrintable(issue.message));
}

void TstConfigLoader::notify_readsEverySection()
{
    LOAD_VALID(config,
               QStringLiteral("[servers.main]\nhost = \"db\"\n\n[databases.app]\nserver = \"main\"\n\n"
                              "[notify.hook]\nurl = \"https://hooks.example.com/larder\"\n"
                              "on = [\"failure\", \"success\"]\njobs = [\"app\"]\nservers = [\"main\"]\n"
                              "headers = { Authorization = \"Bearer t0ken\", X-Team = \"ops\" }\n"
                              "timeout = \"30 seconds\"\n\n"
                              "[notify.hc]\nkind = \"ping\"\nurl = \"https://hc-ping.com/uuid\"\n"
                              "start_suffix = \"/begin\"\nsuccess_suffix = \"/ok\"\n\n"
                              "[notify.phone]\nkind = \"ntfy\"\nurl = \"https://ntfy.sh/larder-topic\"\n"
                              "priority = \"high\"\ntags = [\"floppy_disk\"]\n"));
    QCOMPARE(config.notify.size(), 3); // by name
    const NotifyConfig& hook = config.notify.at(1);
    QCOMPARE(hook.name, QStringLiteral("hook"));
    QCOMPARE(hook.kind, NotifyConfig::Kind::Webhook);
    QCOMPARE(hook.url, QUrl(QStringLiteral("https://hooks.example.com/larder")));
    QCOMPARE(hook.events, QStringList({QStringLiteral("failure"), QStringLiteral("success")}));
    QCOMPARE(hook.jobs, QStringList{QStringLiteral("app")});
    QCOMPARE(hook.servers, QStringList{QStringLiteral("main")});
    QCOMPARE(hook.headers.size(), 2);
    QCOMPARE(hook.headers.at(0).first, QStringLiteral("Authorization"));
    QCOMPARE(hook.headers.at(0).second, QStringLiteral("Bearer t0ken"));
    QCOMPARE(hook.timeoutSeconds, 30);
    const NotifyConfig& hc = config.notify.at(0);
    QCOMPARE(hc.kind, NotifyConfig::Kind::Ping);
    QCOMPARE(hc.startSuffix, QStringLiteral("/begin"));
    QCOMPARE(hc.failSuffix, QStringLiteral("/fail"));
    QCOMPARE(hc.successSuffix, QStringLiteral("/ok"));
    // Not set: the events that need a person, and the built-in timeout.
    QCOMPARE(hc.events,
             QStringList({QStringLiteral("failure"), QStringLiteral("stale"), QStringLiteral("warning")}));
    QCOMPARE(hc.timeoutSeconds, NotifyConfig::kDefaultTimeoutSeconds);
    const NotifyConfig& phone = config.notify.at(2);
    QCOMPARE(hc.method, QStringLiteral("GET"));
    QCOMPARE(phone.kind, NotifyConfig::Kind::Ntfy);
    QCOMPARE(phone.priority, QStringLiteral("high"));
    QCOMPARE(phone.tags, QStringList{QStringLiteral("floppy_disk")});
}

void TstConfigLoader::notify_secretReferences_stayUnresolved()
{
    LOAD_VALID(config, QStringLiteral(
                           "[notify.hc]\nkind = \"ping\"\nurl = \"https://hc-ping.com/{secret:hc_uuid}\"\n\n"
                           "[notify.hook]\nurl = \"https://h.example/x?token={secret:q}\"\n"
                           "headers = { Authorization = \"Bearer {secret:hook_token}\" }\n"));
    QCOMPARE(config.notify.size(), 2);
    const NotifyConfig& hc = config.notify.at(0);
    QCOMPARE(hc.url.toEncoded(), QByteArray("https://hc-ping.com/%7Bsecret:hc_uuid%7D"));
    QCOMPARE(hc.safeUrl(), QStringLiteral("https://hc-ping.com/…"));
    const NotifyConfig& hook = config.notify.at(1);
    QCOMPARE(hook.url.toEncoded(), QByteArray("https://h.example/x?token=%7Bsecret:q%7D"));
    QCOMPARE(hook.headers.at(0).second, QStringLiteral("Bearer {secret:hook_token}"));
}

void TstConfigLoader::notify_readsChatKindsAndPingVariants()
{
    LOAD_VALID(
        config,
        QStringLiteral(
            "[notify.a_slack]\nkind = \"slack\"\nurl = "
            "\"https://hooks.slack.com/services/{secret:slack}\"\n\n"
            "[notify.b_discord]\nkind = \"discord\"\nurl = \"https://discord.com/api/webhooks/1/x\"\n\n"
            "[notify.c_matrix]\nkind = \"matrix\"\nurl = \"https://matrix.example.org\"\n"
            "room = \"#ops:example.org\"\ntoken = \"{secret:mx}\"\n\n"
            "[notify.d_hc]\nkind = \"ping\"\nurl = \"https://hc-ping.com/u\"\nmethod = \"post\"\n\n"
            "[notify.e_kuma]\nkind = \"uptime-kuma\"\nurl = \"https://k.example/api/push/x\"\n"
            "on = [\"failure\", \"success\"]\n"));
    QCOMPARE(config.notify.size(), 5);
    QCOMPARE(config.notify.at(0).kind, NotifyConfig::Kind::Slack);
    QCOMPARE(config.notify.at(1).kind, NotifyConfig::Kind::Discord);
    QCOMPARE(config.notify.at(2).kind, NotifyConfig::Kind::Matrix);
    QCOMPARE(config.notify.at(2).room, QStringLiteral("#ops:example.org"));
    QCOMPARE(config.notify.at(2).token, QStringLiteral("{secret:mx}"));
    QCOMPARE(config.notify.at(3).kind, NotifyConfig::Kind::Ping);
    QCOMPARE(config.notify.at(3).method, QStringLiteral("POST"));
    QCOMPARE(config.notify.at(4).kind, NotifyConfig::Kind::UptimeKuma);
}

void TstConfigLoader::notify_badUrl_neverQuotesIt()
{
    // A url may be a secret (healthchecks.io's uuid, a token in the query): no message repeats it.
    for (const char* url : {"ftp://h.example/s3cr3t", "https:///s3cr3t", "not a url s3cr3t"}) {
        const ConfigLoader::LoadResult result =
            load(QStringLiteral("[notify.ops]\nurl = \"%1\"\n").arg(QLatin1String(url)));
        QVERIFY2(!result, url);
        QCOMPARE(result.error().size(), 1);
        QVERIFY2(!result.error().first().toString().contains(QLatin1String("s3cr3t")),
                 qPrintable(result.error().first().toString()));
    }
}

void TstConfigLoader::invalidConfig_reportsLocatedIssue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("fragment");

    const auto row = [](const char* name, const char* text, int line, int column, const char* key,
                        const char* fragment) {
        QTest::newRow(name) << QString::fromUtf8(text) << line << column << QString::fromUtf8(key)
                            << QString::fromUtf8(fragment);
    };
    row("syntax error", "[defaults]\nformat = \"custom\n", 2, 17, "", "TOML syntax error");
    // [notify.NAME] (issue 15)
    row("notify unknown key", "[notify.ops]\nurl = \"https://h.example/x\"\nurll = 1\n", 3, 1,
        "notify.ops.urll", "unknown key 'urll': did you mean 'url'?");
    row("notify without url", "[notify.ops]\non = [\"failure\"]\n", 1, 9, "notify.ops", "has no url");
    row("notify url not http", "[notify.ops]\nurl = \"ftp://h.example/x\"\n", 2, 7, "notify.ops.url",
        "http:// or https://");
    row("notify unknown event", "[notify.ops]\nurl = \"https://h.example/x\"\non = [\"falure\"]\n", 3, 6,
        "notify.ops.on", "'falure' is not an event: did you mean 'failure'?");
    row("notify unknown kind", "[notify.ops]\nurl = \"https://h.example/x\"\nkind = \"pong\"\n", 3, 8,
        "notify.ops.kind", "did you mean 'ping'?");
    row("notify unknown job",
        "[databases.app]\n\n[notify.ops]\nurl = \"https://h.example/x\"\njobs = [\"apq\"]\n", 5, 9,
        "notify.ops.jobs[0]", "'apq' is not a job of this config: did you mean 'app'?");
    row("notify unknown server",
        "[servers.main]\nhost = \"db\"\n\n[notify.ops]\nurl = \"https://h.example/x\"\nservers = "
        "[\"mian\"]\n",
        6, 12, "notify.ops.servers[0]", "'mian' is not a server of this config: did you mean 'main'?");
    row("notify key in defaults", "[defaults]\nurl = \"https://h.example/x\"\n", 2, 1, "defaults.url",
        "belongs in a [notify.NAME] section");
    row("headers for ping",
        "[notify.ops]\nkind = \"ping\"\nurl = \"https://h.example/x\"\nheaders = { A = \"b\" }\n", 4, 1,
        "notify.ops.headers", "'headers' is for kind = \"webhook\"");
    row("malformed secret in url", "[notify.ops]\nurl = \"https://h.example/{secret:bad name}\"\n", 2, 7,
        "notify.ops.url", "'{secret:bad name}' is not a secret reference: write {secret:NAME}");
    row("unclosed secret in header",
        "[notify.ops]\nurl = \"https://h.example/x\"\nheaders = { Authorization = \"Bearer {secret:tok\" }\n",
        3, 29, "notify.ops.headers.Authorization",
        "header Authorization: '{secret:tok' is not a secret reference");
    row("secret in url host", "[notify.ops]\nurl = \"https://{secret:host}.example/x\"\n", 2, 7,
        "notify.ops.url", "not in its scheme, host or port");
    row("matrix without room and token",
        "[notify.mx]\nkind = \"matrix\"\nurl = \"https://matrix.example.org\"\n", 1, 9, "notify.mx",
        "add room = \"!roomid:example.org\"");
    row("matrix token written out",
        "[notify.mx]\nkind = \"matrix\"\nurl = \"https://m.example\"\nroom = \"!r:m.example\"\ntoken = "
        "\"syt_abc\"\n",
        5, 9, "notify.mx.token", "token is a credential: store it with larder secret set NAME");
    row("matrix room malformed",
        "[notify.mx]\nkind = \"matrix\"\nurl = \"https://m.example\"\nroom = \"ops\"\ntoken = "
        "\"{secret:mx}\"\n",
        4, 8, "notify.mx.room", "'ops' is not a Matrix room");
    row("room for slack",
        "[notify.s]\nkind = \"slack\"\nurl = \"https://hooks.slack.com/x\"\nroom = \"!r:m\"\n", 4, 1,
        "notify.s.room", "'room' is for kind = \"matrix\", not \"slack\"");
    row("uptime kuma start",
        "[notify.k]\nkind = \"uptime-kuma\"\nurl = \"https://k.example/api/push/x\"\non = [\"start\"]\n", 4,
        1, "notify.k.on", "Uptime Kuma knows only up and down");
    row("ping method", "[notify.hc]\nkind = \"ping\"\nurl = \"https://hc.example/x\"\nmethod = \"PUT\"\n", 4,
        10, "notify.hc.method", "'PUT' is not a ping method");
    row("method for webhook", "[notify.w]\nurl = \"https://h.example/x\"\nmethod = \"POST\"\n", 3, 1,
        "notify.w.method", "'method' is for kind = \"ping\", not \"webhook\"");
    row("notify timeout zero", "[notify.ops]\nurl = \"https://h.example/x\"\ntimeout = 0\n", 3, 11,
        "notify.ops.timeout", "is not a usable timeout");
    row("unknown key, close to a known one", "[defaults]\nshedule = \"daily\"\n", 2, 1, "defaults.shedule",
        "unknown key 'shedule': did you mean 'schedule'?");
    row("unknown key, nothing close", "[servers.main]\nfrobnicate = 1\n", 2, 1, "servers.main.frobnicate",
        "unknown key 'frobnicate'");
    row("unknown top-level table", "[database.app]\n", 1, 2, "database", "did you mean 'databases'?");
    row("connection key in database", "[databases.app]\nhost = \"x\"\n", 2, 1, "databases.app.host",
        "belongs in a [servers.NAME] section");
    row("max_parallel in database", "[databases.app]\nmax_parallel = 2\n", 2, 1, "databases.app.max_parallel",
        "[servers.NAME]");
    row("history outside defaults", "[servers.a]\nhistory = \"h\"\n", 2, 1, "servers.a.history",
        "only be set in [defaults]");
    row("server in defaults", "[defaults]\nserver = \"a\"\n", 2, 1, "defaults.server",
        "belongs in a [databases.NAME] section");
    row("integer given as string", "[defaults]\ncompression = \"6\"\n", 2, 15, "defaults.compression",
        "expected an integer, got a string");
    row("string given as integer", "[servers.a]\nhost = 5\n", 2, 8, "servers.a.host",
        "expected a string, got an integer");
    row("format unknown", "[defaults]\nformat = \"zip\"\n", 2, 10, "defaults.format",
        "'zip' is not a dump format");
    row("compression too high", "[defaults]\ncompression = 10\n", 2, 15, "defaults.compression",
        "from 0 to 9");
    row("port zero", "[servers.a]\nport = 0\n", 2, 8, "servers.a.port", "from 1 to 65535");
    row("port too high", "[servers.a]\nport = 70000\n", 2, 8, "servers.a.port", "from 1 to 65535");
    row("sslmode unknown", "[servers.a]\nsslmode = \"maybe\"\n", 2, 11, "servers.a.sslmode",
        "not an sslmode");
    row("connect_timeout zero", "[defaults]\nconnect_timeout = 0\n", 2, 19, "defaults.connect_timeout",
        "from 1 to 3600");
    row("max_parallel too high", "[defaults]\nmax_parallel = 65\n", 2, 16, "defaults.max_parallel",
        "from 1 to 64");
    row("server max_parallel zero", "[servers.a]\nmax_parallel = 0\n", 2, 16, "servers.a.max_parallel",
        "from 1 to 64");
    row("timeout unit unknown", "[defaults]\ntimeout = \"6 fortnights\"\n", 2, 11, "defaults.timeout",
        "not a duration");
    row("timeout zero", "[defaults]\ntimeout = 0\n", 2, 11, "defaults.timeout", "positive number of seconds");
    row("timeout boolean", "[defaults]\ntimeout = true\n", 2, 11, "defaults.timeout", "got a boolean");
    row("schedule unparsable", "[databases.app]\nschedule = \"every blue moon\"\n", 2, 12,
        "databases.app.schedule", "every blue moon");
    row("empty dump_dir", "[defaults]\ndump_dir = \"\"\n", 2, 12, "defaults.dump_dir", "empty");
    row("pg_dump_args not an array", "[defaults]\npg_dump_args = \"--no-owner\"\n", 2, 16,
        "defaults.pg_dump_args", "expected an array of strings");
    row("pg_dump_args element not a string", "[defaults]\npg_dump_args = [\"-a\", 3]\n", 2, 23,
        "defaults.pg_dump_args[1]", "expected a string, got an integer");
    row("-Fc", "[databases.app]\npg_dump_args = [\"-Fc\"]\n", 2, 17, "databases.app.pg_dump_args[0]",
        "set format instead");
    row("--format abbreviated", "[databases.app]\npg_dump_args = [\"--form=c\"]\n", 2, 17,
        "databases.app.pg_dump_args[0]", "set format instead");
    row("--file", "[databases.app]\npg_dump_args = [\"--file=/tmp/x\"]\n", 2, 17,
        "databases.app.pg_dump_args[0]", "set dump_dir instead");
    row("-Z in a cluster", "[databases.app]\npg_dump_args = [\"-vZ9\"]\n", 2, 17,
        "databases.app.pg_dump_args[0]", "set compression instead");
    row("--dbname", "[databases.app]\npg_dump_args = [\"--dbname=x\"]\n", 2, 17,
        "databases.app.pg_dump_args[0]", "set dbname instead");
    row("-h", "[databases.app]\npg_dump_args = [\"-h\", \"db\"]\n", 2, 17, "databases.app.pg_dump_args[0]",
        "set host in the [servers.NAME] section");
    row("--port", "[databases.app]\npg_dump_args = [\"--port=1\"]\n", 2, 17, "databases.app.pg_dump_args[0]",
        "set port in the [servers.NAME] section");
    row("-U", "[databases.app]\npg_dump_args = [\"-Ubackup\"]\n", 2, 17, "databases.app.pg_dump_args[0]",
        "set user in the [servers.NAME] section");
    row("-w", "[databases.app]\npg_dump_args = [\"-w\"]\n", 2, 17, "databases.app.pg_dump_args[0]",
        "larder password set");
    row("--password", "[databases.app]\npg_dump_args = [\"--password\"]\n", 2, 17,
        "databases.app.pg_dump_args[0]", "larder password set");
    row("positional element", "[databases.app]\npg_dump_args = [\"--no-owner\", \"app_copy\"]\n", 2, 31,
        "databases.app.pg_dump_args[1]",
        "'app_copy' is not a pg_dump option: pg_dump_args takes options only (each starting with '-')");
    row("connection string", "[databases.app]\npg_dump_args = [\"host=/elsewhere dbname=other\"]\n", 2, 17,
        "databases.app.pg_dump_args[0]",
        "the database and connection come from dbname and the server section");
    row("positional after an option's value", "[defaults]\npg_dump_args = [\"-t\", \"orders\", \"other\"]\n",
        2, 33, "defaults.pg_dump_args[2]", "'other' is not a pg_dump option");
    row("double dash", "[servers.a]\npg_dump_args = [\"-O\", \"--\"]\n", 2, 23, "servers.a.pg_dump_args[1]",
        "'--' would end pg_dump's options");
    row("unknown option", "[databases.app]\npg_dump_args = [\"--frobnicate\"]\n", 2, 17,
        "databases.app.pg_dump_args[0]",
        "'--frobnicate' is not a pg_dump option Larder knows: see pg_dump --help");
    row("unknown letter in a cluster", "[databases.app]\npg_dump_args = [\"-Oq\"]\n", 2, 17,
        "databases.app.pg_dump_args[0]", "'-q' in '-Oq' is not a pg_dump option Larder knows");
    row("abbreviated option", "[databases.app]\npg_dump_args = [\"--exclude-table-data-and=x\"]\n", 2, 17,
        "databases.app.pg_dump_args[0]", "write --exclude-table-data-and-children in full");
    row("ambiguous abbreviation", "[databases.app]\npg_dump_args = [\"--exclude-table-dat=x\"]\n", 2, 17,
        "databases.app.pg_dump_args[0]", "(--exclude-table-data, --exclude-table-data-and-children)");
    row("value missing at the end", "[databases.app]\npg_dump_args = [\"-O\", \"--table\"]\n", 2, 23,
        "databases.app.pg_dump_args[1]", "'--table' needs a value");
    row("--snapshot", "[databases.app]\npg_dump_args = [\"--snapshot=00000003-1\"]\n", 2, 17,
        "databases.app.pg_dump_args[0]", "passes its own --snapshot");
    row("--create with plain", "[databases.app]\nformat = \"plain\"\npg_dump_args = [\"--create\"]\n", 3, 17,
        "databases.app.pg_dump_args[0]", "would act on the source database instead of the target");
    row("-C in a cluster with plain", "[databases.app]\nformat = \"plain\"\npg_dump_args = [\"-OC\"]\n", 3,
        17, "databases.app.pg_dump_args[0]", "remove '-C'");
    row("--clean with plain", "[databases.app]\nformat = \"plain\"\npg_dump_args = [\"--clean\"]\n", 3, 17,
        "databases.app.pg_dump_args[0]", "'--clean' makes a plain dump start by dropping");
    row("-c in defaults, plain in the database",
        "[defaults]\npg_dump_args = [\"-c\"]\n[databases.app]\nformat = \"plain\"\n", 2, 17,
        "defaults.pg_dump_args[0]", "restoring a dump of job 'app'");
    row("--create in defaults for discovered plain jobs",
        "[defaults]\nformat = \"plain\"\npg_dump_args = [\"--create\"]\n[servers.main]\ndatabases = "
        "\"all\"\n",
        3, 17, "defaults.pg_dump_args[0]", "restoring a dump of the discovered jobs of server 'main'");
    row("-C in the server for its discovered plain jobs",
        "[servers.main]\ndatabases = \"all\"\nformat = \"plain\"\npg_dump_args = [\"-C\"]\n", 4, 17,
        "servers.main.pg_dump_args[0]",
        "the discovered jobs of server 'main' would act on the source database");
    row("-j without directory format",
        "[defaults]\npg_dump_args = [\"-a\", \"-j\", \"4\"]\n[databases.app]\n", 2, 23,
        "defaults.pg_dump_args[1]", "only works with format = \"directory\"");
    row("missing server", "[servers.main]\n[databases.app]\nserver = \"mian\"\n", 3, 10,
        "databases.app.server", "no server named 'mian' (available: main)");
    row("invalid database name", "[databases.\"../etc\"]\n", 1, 12, "databases.../etc",
        "not a valid database name");
    row("servers not a table", "servers = 3\n", 1, 11, "servers", "expected a table");
    row("database not a table", "[databases]\napp = 3\n", 2, 7, "databases.app", "expected a table");

    row("keep_last negative", "[defaults]\nkeep_last = -1\n", 2, 13, "defaults.keep_last",
        "keep_last = -1 is out of range: use 0 or more");
    row("min_size_ratio negative", "[defaults]\nmin_size_ratio = -0.5\n", 2, 18, "defaults.min_size_ratio",
        "min_size_ratio = -0.5 is out of range: use a number from 0 to 1");
    row("min_size_ratio above 1", "[servers.a]\nmin_size_ratio = 2\n", 2, 18, "servers.a.min_size_ratio",
        "min_size_ratio = 2 is out of range: use a number from 0 to 1");
    row("min_size_ratio quoted", "[databases.app]\nmin_size_ratio = \"0.5\"\n", 2, 18,
        "databases.app.min_size_ratio", "min_size_ratio must be a number from 0 to 1, got a string");
    row("min_size_ratio nan", "[defaults]\nmin_size_ratio = nan\n", 2, 18, "defaults.min_size_ratio",
        "is out of range: use a number from 0 to 1");
    row("keep_daily fractional", "[servers.a]\nkeep_daily = 1.5\n", 2, 14, "servers.a.keep_daily",
        "keep_daily must be a whole number of dumps, got a floating-point number");
    row("keep_weekly quoted", "[databases.app]\nkeep_weekly = \"4\"\n", 2, 15, "databases.app.keep_weekly",
        "keep_weekly must be a whole number of dumps, got a string");
    row("keep_monthly boolean", "[defaults]\nkeep_monthly = true\n", 2, 16, "defaults.keep_monthly",
        "keep_monthly must be a whole number of dumps, got a boolean");
    row("keep key misspelt", "[servers.a]\nkeep_dialy = 3\n", 2, 1, "servers.a.keep_dialy",
        "did you mean 'keep_daily'?");
    row("keep_within zero", "[defaults]\nkeep_within = 0\n", 2, 15, "defaults.keep_within",
        "0 is not a usable keep_within");
    row("keep_within negative", "[databases.app]\nkeep_within = -60\n", 2, 15, "databases.app.keep_within",
        "-60 is not a usable keep_within");
    row("keep_within unit unknown", "[servers.a]\nkeep_within = \"2 fortnights\"\n", 2, 15,
        "servers.a.keep_within", "'2 fortnights' is not a duration for keep_within");
    row("keep_within zero days", "[servers.a]\nkeep_within = \"0 days\"\n", 2, 15, "servers.a.keep_within",
        "not a duration for keep_within");
    row("keep_within array", "[defaults]\nkeep_within = [1]\n", 2, 15, "defaults.keep_within",
        "expected a duration for keep_within");
    row("test_restore unparsable", "[databases.app]\ntest_restore = \"sometimes\"\n", 2, 16,
        "databases.app.test_restore", "sometimes");
    row("test_restore not a string", "[defaults]\ntest_restore = 7\n", 2, 16, "defaults.test_restore",
        "expected a string, got an integer");
    row("restore_server missing",
        "[servers.main]\n[databases.app]\nserver = \"main\"\nrestore_server = \"scratch\"\n", 4, 18,
        "databases.app.restore_server", "no server named 'scratch' for restore_server (available: main)");
    row("restore_server missing, only the implicit server", "[defaults]\nrestore_server = \"x\"\n", 2, 18,
        "defaults.restore_server", "(available: default)");
    row("restore_server empty", "[servers.a]\nrestore_server = \"\"\n", 2, 18, "servers.a.restore_server",
        "the value is empty");
    row("dump_globals quoted", "[servers.a]\ndump_globals = \"yes\"\n", 2, 16, "servers.a.dump_globals",
        "dump_globals must be true or false, got a string");
    row("databases empty array", "[servers.a]\ndatabases = []\n", 2, 13, "servers.a.databases",
        "use databases = \"all\" or list patterns; remove the key to turn discovery off");
    row("databases other string", "[defaults]\ndatabases = \"every\"\n", 2, 13, "defaults.databases",
        "'every' is not a database selection");
    row("databases boolean", "[servers.a]\ndatabases = true\n", 2, 13, "servers.a.databases",
        "expected \"all\" or an array of name patterns, got a boolean");
    row("databases empty pattern", "[servers.a]\ndatabases = [\"app\", \"\"]\n", 2, 21,
        "servers.a.databases[1]", "the pattern is empty");
    row("databases pattern not a string", "[servers.a]\ndatabases = [1]\n", 2, 14, "servers.a.databases[0]",
        "expected a name pattern string, got an integer");
    row("databases unclosed set", "[servers.a]\ndatabases = [\"db[0-9\"]\n", 2, 14, "servers.a.databases[0]",
        "'db[0-9' has a '[' without a closing ']'");
    row("exclude string", "[servers.a]\nexclude = \"postgres\"\n", 2, 11, "servers.a.exclude",
        "expected an array of name patterns, got a string");
    row("exclude blank pattern", "[defaults]\nexclude = [\" \"]\n", 2, 12, "defaults.exclude[0]",
        "the pattern is empty");
    row("exclude without discovery on the server", "[servers.a]\nexclude = [\"x\"]\n", 2, 11,
        "servers.a.exclude", "exclude has no effect because [servers.a] discovers no databases");
    row("exclude in defaults without any discovery", "[defaults]\nexclude = [\"x\"]\n[servers.a]\n", 2, 11,
        "defaults.exclude", "exclude has no effect because no server discovers");
    row("dump_globals in database", "[databases.app]\ndump_globals = true\n", 2, 1,
        "databases.app.dump_globals", "'dump_globals' is a server setting");
    row("databases in database", "[databases.app]\ndatabases = \"all\"\n", 2, 1, "databases.app.databases",
        "belongs in a [servers.NAME] section or in [defaults]");
    row("exclude in database", "[databases.app]\nexclude = [\"x\"]\n", 2, 1, "databases.app.exclude",
        "'exclude' is a server setting");
    row("retry unit unknown", "[defaults]\nretry = \"15 furlongs\"\n", 2, 9, "defaults.retry",
        "is not a duration for retry");
    row("retry negative", "[databases.app]\nretry = -60\n", 2, 9, "databases.app.retry",
        "is not a usable retry");
    row("retry boolean", "[defaults]\nretry = false\n", 2, 9, "defaults.retry", "got a boolean");
    row("max_age negative", "[databases.app]\nmax_age = -3600\n", 2, 11, "databases.app.max_age",
        "-3600 is not a usable max_age: give a positive number of seconds or a duration such as \"36 "
        "hours\"");
    row("max_age unparsable", "[defaults]\nmax_age = \"a while\"\n", 2, 11, "defaults.max_age",
        "'a while' is not a duration for max_age");
    row("max_age negative duration", "[servers.a]\nmax_age = \"-2 hours\"\n", 2, 11, "servers.a.max_age",
        "is not a duration for max_age");
    row("max_age boolean", "[defaults]\nmax_age = true\n", 2, 11, "defaults.max_age", "got a boolean");
    row("enabled as a string", "[databases.app]\nenabled = \"no\"\n", 2, 11, "databases.app.enabled",
        "enabled must be true or false");
    row("metrics_file in database", "[databases.app]\nmetrics_file = \"m.prom\"\n", 2, 1,
        "databases.app.metrics_file", "'metrics_file' can only be set in [defaults]: move it there");
    row("metrics_file in server", "[servers.a]\nmetrics_file = \"m.prom\"\n", 2, 1, "servers.a.metrics_file",
        "'metrics_file' can only be set in [defaults]");
    row("metrics_file not .prom", "[defaults]\nmetrics_file = \"larder.txt\"\n", 2, 16,
        "defaults.metrics_file",
        "metrics_file /etc/larder/larder.txt does not end in .prom, so node_exporter's textfile collector");
    row("metrics_file a directory", "[defaults]\nmetrics_file = \"/\"\n", 2, 16, "defaults.metrics_file",
        "metrics_file / is a directory: name a file in it, e.g. \"/larder.prom\"");
    row("metrics_file the history", "[defaults]\nhistory = \"h.prom\"\nmetrics_file = \"./h.prom\"\n", 3, 16,
        "defaults.metrics_file", "metrics_file is the history file /etc/larder/h.prom");
    row("metrics_file a number", "[defaults]\nmetrics_file = 9\n", 2, 16, "defaults.metrics_file",
        "expected a string, got an integer");
    // Hooks (issue 15): argv arrays, the program resolved at load.
    row("hook program not on PATH", "[databases.app]\nbefore_dump = [\"larder-no-such-hook\", \"-x\"]\n", 2,
        16, "databases.app.before_dump[0]",
        "before_dump: program 'larder-no-such-hook' was not found on PATH");
    row("hook absolute program missing", "[defaults]\nafter_dump = [\"/nonexistent/bin/hook\"]\n", 2, 15,
        "defaults.after_dump[0]", "after_dump: program /nonexistent/bin/hook does not exist");
    row("hook program a directory", "[servers.a]\non_failure = [\"/tmp\"]\n", 2, 15,
        "servers.a.on_failure[0]", "on_failure: /tmp is not an executable program");
    row("hook program not executable", "[defaults]\nafter_run = [\"/etc/passwd\"]\n", 2, 14,
        "defaults.after_run[0]", "after_run: /etc/passwd is not an executable program");
    row("hook a shell string", "[defaults]\nafter_dump = \"rclone copy x y\"\n", 2, 14, "defaults.after_dump",
        "expected an array of strings (the program and its arguments, no shell), got a string");
    row("hook argument a number", "[defaults]\nbefore_dump = [\"true\", 3]\n", 2, 24,
        "defaults.before_dump[1]", "expected a string, got an integer");
    row("hook empty program", "[defaults]\nbefore_dump = [\"\"]\n", 2, 16, "defaults.before_dump[0]",
        "the program of before_dump is empty");
    row("after_run in database", "[databases.app]\nafter_run = [\"true\"]\n", 2, 1, "databases.app.after_run",
        "'after_run' can only be set in [defaults]: move it there");
    row("hook_timeout unparsable", "[defaults]\nhook_timeout = \"soon\"\n", 2, 16, "defaults.hook_timeout",
        "'soon' is not a duration for hook_timeout");
}

void TstConfigLoader::invalidConfig_reportsLocatedIssue()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, key);
    QFETCH(QString, fragment);

    const ConfigLoader::LoadResult result = load(text);
    QVERIFY(!result);
    QVERIFY2(result.error().size() == 1, qPrintable(describe(result)));
    const ConfigIssue& issue = result.error().first();
    QCOMPARE(issue.file, kFile);
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    QCOMPARE(issue.key, key);
    QVERIFY2(issue.message.contains(fragment), qPrintable(issue.message));
}

void TstConfigLoader::severalErrors_areAllReportedInFileOrder()
{
    const auto result = load(QStringLiteral("[defaults]\n"
                                            "compression = 12\n"
                                            "[servers.main]\n"
                                            "port = \"5432\"\n"
                                            "[databases.app]\n"
                                            "server = \"nope\"\n"
                                            "format = \"zip\"\n"
                                            "password = \"hunter2\"\n"));
    QVERIFY(!result);
    QStringList keys;
    for (const ConfigIssue& issue : result.error())
        keys << issue.key;
    QCOMPARE(keys, (QStringList{"defaults.compression", "servers.main.port", "databases.app.server",
                                "databases.app.format", "databases.app.password"}));
}

void TstConfigLoader::passwordKey_isRejectedAnywhere_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("command");
    QTest::newRow("defaults") << "[defaults]\npassword = \"x\"\n"
                              << 2 << "defaults.password"
                              << "larder password set SERVER";
    QTest::newRow("server passfile") << "[servers.main]\npassfile = \"/x\"\n"
                                     << 2 << "servers.main.passfile"
                                     << "larder password set main";
    QTest::newRow("database, capitalised") << "[databases.app]\nPassword = \"x\"\n"
                                           << 2 << "databases.app.Password"
                                           << "larder password set SERVER";
    QTest::newRow("top level") << "password = \"x\"\n"
                               << 1 << "password"
                               << "larder password set SERVER";
}

void TstConfigLoader::passwordKey_isRejectedAnywhere()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, key);
    QFETCH(QString, command);
    const auto result = load(text);
    QVERIFY(!result);
    QVERIFY2(result.error().size() == 1, qPrintable(describe(result)));
    const ConfigIssue& issue = result.error().first();
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, 1);
    QCOMPARE(issue.key, key);
    QVERIFY2(issue.message.contains(QLatin1String("passwords are not kept in the config")),
             qPrintable(issue.message));
    QVERIFY2(issue.message.contains(command), qPrintable(issue.message));
    QVERIFY2(issue.message.contains(QLatin1String("~/.pgpass")), qPrintable(issue.message));
}

void TstConfigLoader::paths_tildeAndRelative_areResolved()
{
    LOAD_VALID(config, QStringLiteral("[defaults]\nhistory = \"state/../h.sqlite\"\n"
                                      "[databases.home]\ndump_dir = \"~/dumps/\"\n"
                                      "[databases.rel]\ndump_dir = \"dumps/./x\"\n"
                                      "[databases.abs]\ndump_dir = \"/a//b/../c\"\n"));
    QCOMPARE(config.historyPath, QStringLiteral("/etc/larder/h.sqlite"));
    QCOMPARE(config.job(QStringLiteral("home"))->dumpDir, m_home.path() + QStringLiteral("/dumps"));
    QCOMPARE(config.job(QStringLiteral("rel"))->dumpDir, QStringLiteral("/etc/larder/dumps/x"));
    QCOMPARE(config.job(QStringLiteral("abs"))->dumpDir, QStringLiteral("/a/c"));
}

void TstConfigLoader::loadFile_relativePaths_resolveAgainstFileDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("conf/larder.toml"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("conf"))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[defaults]\ndump_dir = \"../dumps\"\n[databases.app]\n");
    file.close();

    const ConfigLoader::LoadResult result = ConfigLoader::loadFile(path);
    QVERIFY2(result.has_value(), qPrintable(describe(result)));
    QCOMPARE(result->path, QFileInfo(path).absoluteFilePath());
    QCOMPARE(result->jobs.first().dumpDir, QDir::cleanPath(dir.path() + QStringLiteral("/dumps")));
}

void TstConfigLoader::dumpDirs_sameDirectory_isCollision()
{
    const auto result = load(QStringLiteral("[defaults]\ndump_dir = \"/d\"\n"
                                            "[databases.App]\n"
                                            "[databases.app]\ndump_dir = \"/D\"\n"));
    QVERIFY(!result);
    QCOMPARE(result.error().size(), 1);
    const ConfigIssue& issue = result.error().first();
    QCOMPARE(issue.line, 5);
    QCOMPARE(issue.key, QStringLiteral("databases.app.dump_dir"));
    QVERIFY2(issue.message.contains(QLatin1String("'App' and 'app' would both write to")),
             qPrintable(issue.message));
}

void TstConfigLoader::dumpDirs_nestedDirectory_isCollision_data()
{
    QTest::addColumn<QString>("innerDir");
    QTest::newRow("same case") << "/d/a";
    QTest::newRow("different case") << "/D/A";
    QTest::newRow("uncleaned") << "/d/x/../a/";
}

void TstConfigLoader::dumpDirs_nestedDirectory_isCollision()
{
    QFETCH(QString, innerDir);
    const auto result = load(QStringLiteral("[databases.a]\ndump_dir = \"/d\"\n"
                                            "[databases.b]\ndump_dir = \"%1\"\n")
                                 .arg(innerDir));
    QVERIFY(!result);
    QCOMPARE(result.error().size(), 1);
    const ConfigIssue& issue = result.error().first();
    QCOMPARE(issue.line, 4);
    QCOMPARE(issue.key, QStringLiteral("databases.b.dump_dir"));
    QVERIFY2(issue.message.contains(QLatin1String("inside job 'a''s directory /d/a")),
             qPrintable(issue.message));
}

void TstConfigLoader::dumpDirs_nestedThroughASymlink_isCollision()
{
    // b's dump_dir, written through a link, lies inside a's job directory.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString real = dir.filePath(QStringLiteral("real"));
    QVERIFY(QDir().mkpath(real + QStringLiteral("/a")));
    QVERIFY(QFile::link(real, dir.filePath(QStringLiteral("link"))));
    const auto result = load(QStringLiteral("[databases.a]\ndump_dir = \"%1\"\n"
                                            "[databases.b]\ndump_dir = \"%2/link/a/more\"\n")
                                 .arg(real, dir.path()));
    QVERIFY(!result);
    QCOMPARE(result.error().size(), 1);
    const ConfigIssue& issue = result.error().first();
    QCOMPARE(issue.key, QStringLiteral("databases.b.dump_dir"));
    QVERIFY2(issue.message.contains(QLatin1String("inside job 'a''s directory")), qPrintable(issue.message));
}

void TstConfigLoader::dumpDirs_sharedPrefixNames_areNoCollision()
{
    LOAD_VALID(config, QStringLiteral("[defaults]\ndump_dir = \"/d\"\n[databases.app]\n[databases.app-old]\n"
                                      "[databases.x]\ndump_dir = \"/d/app-old2\"\n"));
    QCOMPARE(config.jobs.size(), 3);
}

void TstConfigLoader::loadFile_missing_saysHowToCreateOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    const auto result = ConfigLoader::loadFile(path);
    QVERIFY(!result);
    QCOMPARE(result.error().size(), 1);
    const ConfigIssue& issue = result.error().first();
    QCOMPARE(issue.file, path);
    QVERIFY(issue.message.contains(path));
    QVERIFY(issue.message.contains(QLatin1String("larder check")));
    QVERIFY(issue.message.contains(QLatin1String("create")));
}

void TstConfigLoader::loadFile_directory_saysItCannotBeRead()
{
    QTemporaryDir dir;
    const auto result = ConfigLoader::loadFile(dir.path());
    QVERIFY(!result);
    QCOMPARE(result.error().size(), 1);
    QVERIFY2(result.error().first().message.contains(QLatin1String("cannot read")),
             qPrintable(result.error().first().message));
}

void TstConfigLoader::resolvePath_prefersCommandLineThenEnvironment()
{
    QCOMPARE(ConfigLoader::resolvePath(QString()),
             m_home.path() + QStringLiteral("/config/larder/larder.toml"));
    qputenv("LARDER_CONFIG", "/from/env.toml");
    QCOMPARE(ConfigLoader::resolvePath(QString()), QStringLiteral("/from/env.toml"));
    QCOMPARE(ConfigLoader::resolvePath(QStringLiteral("/cli.toml")), QStringLiteral("/cli.toml"));
}

void TstConfigLoader::defaultPaths_followXdgDataHome()
{
    QCOMPARE(ConfigLoader::defaultDumpDir(), m_home.path() + QStringLiteral("/data/larder/dumps"));
    QCOMPARE(ConfigLoader::defaultHistoryPath(),
             m_home.path() + QStringLiteral("/data/larder/history.sqlite"));
}

void TstConfigLoader::isValidName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "app" << true;
    QTest::newRow("all allowed characters") << "App_2-prod.v1" << true;
    QTest::newRow("globals job") << "main.globals" << true;
    QTest::newRow("discovered job") << "db-1.app_prod" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("dot") << "." << false;
    QTest::newRow("dot dot") << ".." << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("non-ascii") << QString::fromUtf8("caf\xc3\xa9") << false;
}

void TstConfigLoader::isValidName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(ConfigLoader::isValidName(name), valid);
}

void TstConfigLoader::fileExtension_followsFormatAndCompression_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("compression");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("formatName");
    QTest::newRow("custom") << int(DumpFormat::Custom) << 6 << ".dump"
                            << "custom";
    QTest::newRow("tar") << int(DumpFormat::Tar) << 0 << ".tar"
                         << "tar";
    QTest::newRow("plain uncompressed") << int(DumpFormat::Plain) << 0 << ".sql"
                                        << "plain";
    QTest::newRow("plain compressed") << int(DumpFormat::Plain) << 1 << ".sql.gz"
                                      << "plain";
    QTest::newRow("directory") << int(DumpFormat::Directory) << 6 << ""
                               << "directory";
}

void TstConfigLoader::fileExtension_followsFormatAndCompression()
{
    QFETCH(int, format);
    QFETCH(int, compression);
    QFETCH(QString, extension);
    QFETCH(QString, formatName);
    JobConfig job;
    job.format = DumpFormat(format);
    job.compression = compression;
    QCOMPARE(job.fileExtension(), extension);
    QCOMPARE(dumpFormatName(job.format), formatName);
}

void TstConfigLoader::serverNames_defaultUserAndHost()
{
    // libpq connects as the effective uid's name, whatever $USER says: so does the keychain key.
    qputenv("USER", "someone-else");
    const passwd* entry = ::getpwuid(::geteuid());
    QVERIFY(entry);
    ServerConfig server;
    server.name = QStringLiteral("default");
    QCOMPARE(server.credentialKey(),
             QString::fromLocal8Bit(entry->pw_name) + QStringLiteral("@localhost:5432"));
    server.name = QStringLiteral("main");
    server.user = QStringLiteral("backup");
    server.host = QStringLiteral("db1");
    server.port = 5433;
    QCOMPARE(server.credentialKey(), QStringLiteral("backup@db1:5433"));
    QCOMPARE(server.displayName(), QStringLiteral("main (backup@db1:5433)"));
}

void TstConfigLoader::discovers_wholeNameGlobsMinusExclude_data()
{
    QTest::addColumn<QStringList>("databases");
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<QString>("dbname");
    QTest::addColumn<bool>("discovered");
    const QStringList all{QStringLiteral("*")};
    const QStringList apps{QStringLiteral("app_*"), QStringLiteral("billing")};
    QTest::newRow("no discovery") << QStringList() << QStringList() << "app" << false;
    QTest::newRow("all") << all << QStringList() << "anything" << true;
    QTest::newRow("pattern") << apps << QStringList() << "app_eu" << true;
    QTest::newRow("whole name only") << apps << QStringList() << "my_app_eu" << false;
    QTest::newRow("exact name") << apps << QStringList() << "billing" << true;
    QTest::newRow("case-sensitive") << apps << QStringList() << "Billing" << false;
    QTest::newRow("excluded") << all << QStringList{QStringLiteral("template*")} << "template1" << false;
    QTest::newRow("not excluded") << all << QStringList{QStringLiteral("template*")} << "postgres" << true;
    QTest::newRow("character set") << QStringList{QStringLiteral("db[0-9]")} << QStringList() << "db7"
                                   << true;
}

// The one rule that the config check (a configured name taking a discovered one) and discovery use.
void TstConfigLoader::discovers_wholeNameGlobsMinusExclude()
{
    QFETCH(QStringList, databases);
    QFETCH(QStringList, exclude);
    QFETCH(QString, dbname);
    QFETCH(bool, discovered);
    ServerConfig server;
    server.discoverPatterns = databases;
    server.excludePatterns = exclude;
    QCOMPARE(server.discovers(dbname), discovered);
}

void TstConfigLoader::issueToString_omitsUnknownParts()
{
    QCOMPARE((ConfigIssue{"f.toml", 3, 7, "defaults.format", "bad"}).toString(),
             QStringLiteral("f.toml:3:7: defaults.format: bad"));
    QCOMPARE((ConfigIssue{"f.toml", 0, 0, QString(), "missing"}).toString(),
             QStringLiteral("f.toml: missing"));
}

QTEST_GUILESS_MAIN(TstConfigLoader)
#include "tst_configloader.moc"
