// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ConfigIssuesText.h"
#include "ResultAssert.h"
#include "config/toml/ConfigDocument.h"
#include "config/toml/ConfigLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace larder;
using ConfigIssuesText::describe;
using ConfigIssuesText::describeIssues;

namespace {

// Every kind of key at every level, with relative paths that resolve against the file's directory.
const char kEverything[] = R"([defaults]
dump_dir = "dumps"
history = "state/history.sqlite"
schedule = "every 1 day at 02:30"
format = "directory"
compression = 3
max_parallel = 4
connect_timeout = 20
timeout = "90 minutes"
pg_dump_args = ["--no-owner", "--lock-wait-timeout=30s"]
keep_last = 3
keep_daily = 7
keep_within = "14 days"
test_restore = "weekly"
restore_server = "scratch"

[servers.main]
host = "db1.example.com"
port = 5433
user = "backup"
sslmode = "require"
max_parallel = 3
pg_dump = "/usr/lib/postgresql/16/bin/pg_dump"
connect_timeout = 5
dump_globals = true
databases = ["app_*", "billing"]
exclude = ["*_old"]
keep_weekly = 4

[servers.scratch]
host = "/run/postgresql"
port = 6000

[databases.app]
server = "main"
dbname = "app_prod"
schedule = "every 6 hours"
format = "custom"
pg_dump_args = ["--exclude-table-data=audit_log"]
timeout = 3600
dump_dir = "/srv/dumps"
keep_monthly = 12
test_restore = "manual"
restore_server = "main"

[databases.billing]
server = "main"
format = "plain"
compression = 0

[databases.local]
server = "scratch"
schedule = "weekly on sunday at 03:00"
)";

// Both engines in one file, [defaults] holding keys of each (issue 14).
const char kTwoEngines[] =
    "[defaults]\n"
    "format = \"directory\"\n"
    "pg_dump_args = [\"--no-owner\"]\n"
    "mariadb_dump_args = [\"--quick\"]\n"
    "\n"
    "[servers.pg]\n"
    "host = \"db1.example.com\"\n"
    "\n"
    "[servers.maria]\n"
    "engine = \"mariadb\"\n"
    "host = \"db2.example.com\"\n"
    "mariadb_dump_args = [\"--skip-lock-tables\"]\n"
    "dump_globals = true\n"
    "\n"
    "[databases.app]\n"
    "server = \"pg\"\n"
    "\n"
    "[databases.shop]\n"
    "server = \"maria\"\n"
    "compression = 9\n"
    "mariadb_dump_args = [\"--ignore-table=shop.sessions\", \"--where\", \"id > 5\"]\n";

const char kSmall[] = R"(# my comment
[defaults]
dump_dir = "/var/backups/larder"

[servers.a]
host = "db-a"

[servers.b]
host = "db-b"

[databases.x]
server = "a"

[databases.y]
server = "b"

[databases.z]
server = "b"
restore_server = "a"
)";

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<cannot read ") + path.toUtf8() + ">";
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

int modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

void compareServers(const ServerConfig& actual, const ServerConfig& expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(int(actual.engine), int(expected.engine));
    QCOMPARE(actual.host, expected.host);
    QCOMPARE(actual.port, expected.port);
    QCOMPARE(actual.user, expected.user);
    QCOMPARE(actual.sslmode, expected.sslmode);
    QCOMPARE(actual.maxParallel, expected.maxParallel);
    QCOMPARE(actual.pgDump, expected.pgDump);
    QCOMPARE(actual.connectTimeoutSeconds, expected.connectTimeoutSeconds);
    QCOMPARE(actual.dumpGlobals, expected.dumpGlobals);
    QCOMPARE(actual.discoverPatterns, expected.discoverPatterns);
    QCOMPARE(actual.excludePatterns, expected.excludePatterns);
}

void compareJobs(const JobConfig& actual, const JobConfig& expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(int(actual.kind), int(expected.kind));
    compareServers(actual.server, expected.server);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(actual.dbname, expected.dbname);
    QCOMPARE(actual.schedule.text(), expected.schedule.text());
    QVERIFY(actual.schedule == expected.schedule);
    QCOMPARE(int(actual.format), int(expected.format));
    QCOMPARE(actual.compression, expected.compression);
    QCOMPARE(actual.dumpDir, expected.dumpDir);
    QCOMPARE(actual.timeoutSeconds, expected.timeoutSeconds);
    QCOMPARE(actual.pgDumpArgs, expected.pgDumpArgs);
    QCOMPARE(actual.mariadbDumpArgs, expected.mariadbDumpArgs);
    QCOMPARE(actual.retention.keepLast, expected.retention.keepLast);
    QCOMPARE(actual.retention.keepDaily, expected.retention.keepDaily);
    QCOMPARE(actual.retention.keepWeekly, expected.retention.keepWeekly);
    QCOMPARE(actual.retention.keepMonthly, expected.retention.keepMonthly);
    QCOMPARE(actual.retention.keepWithinSeconds, expected.retention.keepWithinSeconds);
    QCOMPARE(actual.testRestore.text(), expected.testRestore.text());
    compareServers(actual.restoreServer, expected.restoreServer);
}

// Every resolved value; origins differ on purpose (they carry line numbers).
void compareConfigs(const Config& actual, const Config& expected)
{
    QCOMPARE(actual.path, expected.path);
    QCOMPARE(actual.historyPath, expected.historyPath);
    QCOMPARE(actual.maxParallel, expected.maxParallel);
    QCOMPARE(actual.servers.keys(), expected.servers.keys());
    for (const QString& name : expected.servers.keys()) {
        compareServers(actual.servers.value(name), expected.servers.value(name));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(actual.jobs.size(), expected.jobs.size());
    for (qsizetype i = 0; i < expected.jobs.size(); ++i) {
        compareJobs(actual.jobs.at(i), expected.jobs.at(i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(actual.serverTemplates.keys(), expected.serverTemplates.keys());
    for (const QString& name : expected.serverTemplates.keys()) {
        compareJobs(actual.serverTemplates.value(name), expected.serverTemplates.value(name));
        if (QTest::currentTestFailed())
            return;
    }
}

QStringList messagesOf(const QList<ConfigIssue>& issues)
{
    QStringList messages;
    for (const ConfigIssue& issue : issues)
        messages << issue.key + QStringLiteral(": ") + issue.message;
    return messages;
}

} // namespace

class TstConfigDocument final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void loadMissingFile_isEmptyDocumentAtThatPath();
    void toToml_readsBackAsTheSameConfig_data();
    void toToml_readsBackAsTheSameConfig();
    void toToml_ordersDefaultsServersDatabases();
    void toToml_keepsNotifySectionsLast();
    void value_isWhatTheSectionSays_notInherited();
    void setValue_storesEachType_andInvalidRemoves();
    void removeSection_dropsItAndEmptyTables();
    void copy_isIndependent();
    void renameServer_databasesFollow();
    void renameSection_refusesExistingOrMissing();
    void unknownKeys_andOtherTypes_survive();
    void invalidEdit_sameIssuesAsLoader_andSaveRefuses_data();
    void invalidEdit_sameIssuesAsLoader_andSaveRefuses();
    void save_createsDirectory_writesPrivateFileAndBackup();
    void changedOnDisk_noticesWritesElsewhere();
    void loadSyntaxError_namesLineAndColumn();
    void loadDirectory_isAnErrorNamingIt();
    void saveUnderAFile_reportsThePath();
    void saveIntoReadOnlyDirectory_reportsThePath();
};

void TstConfigDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstConfigDocument::loadMissingFile_isEmptyDocumentAtThatPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Relative, so path() must make it absolute as the loader names files.
    const QString relative =
        QDir::current().relativeFilePath(dir.filePath(QStringLiteral("sub/larder.toml")));
    const Result<ConfigDocument> doc = ConfigDocument::load(relative);
    QVERIFY_RESULT(doc);
    QCOMPARE(doc->path(), dir.filePath(QStringLiteral("sub/larder.toml")));
    QVERIFY(doc->sectionNames(QStringLiteral("servers")).isEmpty());
    QVERIFY(doc->sectionNames(QStringLiteral("databases")).isEmpty());
    QVERIFY(!doc->hasSection(QStringLiteral("defaults")));
    QVERIFY(!doc->value(QStringLiteral("defaults"), QStringLiteral("schedule")).isValid());
    QVERIFY(!doc->changedOnDisk());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("sub"))));
}

void TstConfigDocument::toToml_readsBackAsTheSameConfig_data()
{
    QTest::addColumn<QByteArray>("text");

    QFile example(QStringLiteral(LARDER_SOURCE_DIR "/resources/larder.toml.example"));
    QVERIFY2(example.open(QIODevice::ReadOnly), qPrintable(example.fileName()));
    QTest::newRow("example") << example.readAll();
    QTest::newRow("every key, relative paths") << QByteArray(kEverything);
    QTest::newRow("two engines") << QByteArray(kTwoEngines);
}

void TstConfigDocument::toToml_readsBackAsTheSameConfig()
{
    QFETCH(QByteArray, text);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    QVERIFY(writeFile(path, text));

    const ConfigLoader::LoadResult original = ConfigLoader::loadFile(path);
    QVERIFY2(original, qPrintable(describe(original)));
    const Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY_RESULT(doc);

    const QString written = doc->toToml();
    const ConfigLoader::LoadResult reread = ConfigLoader::loadString(written, path, dir.path());
    QVERIFY2(reread, qPrintable(describe(reread) + QStringLiteral("\n") + written));
    compareConfigs(*reread, *original);
    if (QTest::currentTestFailed())
        return;

    const ConfigLoader::LoadResult validated = doc->validate();
    QVERIFY2(validated, qPrintable(describe(validated)));
    compareConfigs(*validated, *original);
    if (QTest::currentTestFailed())
        return;

    // Saved and loaded again, the document writes the same text: nothing drifts between saves.
    ConfigDocument copy = *doc;
    QVERIFY2(copy.save(), qPrintable(written));
    const Result<ConfigDocument> again = ConfigDocument::load(path);
    QVERIFY_RESULT(again);
    QCOMPARE(again->toToml(), written);
    const ConfigLoader::LoadResult fromSaved = ConfigLoader::loadFile(path);
    QVERIFY2(fromSaved, qPrintable(describe(fromSaved)));
    compareConfigs(*fromSaved, *original);
}

void TstConfigDocument::toToml_ordersDefaultsServersDatabases()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    QVERIFY(writeFile(path, kSmall));
    const Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);
    const QString text = doc->toToml();
    QVERIFY2(
        text.startsWith(QStringLiteral("# Written by Larder. The previous version, with its comments, is "
                                       "in larder.toml.bak.\n")),
        qPrintable(text));
    const qsizetype defaults = text.indexOf(QStringLiteral("\n[defaults]\n"));
    const qsizetype serverA = text.indexOf(QStringLiteral("\n[servers.a]\n"));
    const qsizetype serverB = text.indexOf(QStringLiteral("\n[servers.b]\n"));
    const qsizetype databaseX = text.indexOf(QStringLiteral("\n[databases.x]\n"));
    QVERIFY2(defaults >= 0 && defaults < serverA && serverA < serverB && serverB < databaseX,
             qPrintable(text));
    // Written as people write by hand: double quotes, no indentation.
    QVERIFY2(text.contains(QStringLiteral("\nhost = \"db-a\"\n")), qPrintable(text));
}

// The desktop app's editor saves a config with [notify.NAME] sections it has no dialog for: they stay,
// after the databases, and still load (headers and all).
void TstConfigDocument::toToml_keepsNotifySectionsLast()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    QVERIFY(writeFile(path, "[notify.ops]\nurl = \"https://hooks.example.com/x\"\n"
                            "headers = { Authorization = \"Bearer t\" }\n\n"
                            "[databases.app]\n\n[defaults]\nhost = \"db\"\n"));
    Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);
    doc->setValue(QStringLiteral("defaults"), QStringLiteral("schedule"), QStringLiteral("hourly"));
    const QString text = doc->toToml();
    const qsizetype database = text.indexOf(QStringLiteral("\n[databases.app]\n"));
    const qsizetype notify = text.indexOf(QStringLiteral("\n[notify.ops]\n"));
    QVERIFY2(database >= 0 && database < notify, qPrintable(text));
    const ConfigLoader::LoadResult reloaded = doc->validate();
    QVERIFY2(reloaded, qPrintable(text));
    QCOMPARE(reloaded->notify.size(), 1);
    QCOMPARE(reloaded->notify.constFirst().headers.size(), 1);
    QCOMPARE(reloaded->notify.constFirst().headers.constFirst().second, QStringLiteral("Bearer t"));
}

void TstConfigDocument::value_isWhatTheSectionSays_notInherited()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    QVERIFY(writeFile(path, kEverything));
    const Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);

    QCOMPARE(doc->sectionNames(QStringLiteral("servers")), (QStringList{"main", "scratch"}));
    QCOMPARE(doc->sectionNames(QStringLiteral("databases")), (QStringList{"app", "billing", "local"}));
    QVERIFY(doc->hasSection(QString()));
    QVERIFY(doc->hasSection(QStringLiteral("defaults")));
    QVERIFY(doc->hasSection(QStringLiteral("servers.main")));
    QVERIFY(!doc->hasSection(QStringLiteral("servers.app")));

    const QVariant schedule = doc->value(QStringLiteral("databases.app"), QStringLiteral("schedule"));
    QCOMPARE(schedule.typeId(), int(QMetaType::QString));
    QCOMPARE(schedule.toString(), QStringLiteral("every 6 hours"));
    // Set in [defaults] only: the section itself does not say it.
    QVERIFY(!doc->value(QStringLiteral("databases.billing"), QStringLiteral("schedule")).isValid());
    const QVariant port = doc->value(QStringLiteral("servers.main"), QStringLiteral("port"));
    QCOMPARE(port.typeId(), int(QMetaType::LongLong));
    QCOMPARE(port.toLongLong(), 5433);
    const QVariant globals = doc->value(QStringLiteral("servers.main"), QStringLiteral("dump_globals"));
    QCOMPARE(globals.typeId(), int(QMetaType::Bool));
    QCOMPARE(globals.toBool(), true);
    const QVariant args = doc->value(QStringLiteral("defaults"), QStringLiteral("pg_dump_args"));
    QCOMPARE(args.typeId(), int(QMetaType::QStringList));
    QCOMPARE(args.toStringList(), (QStringList{"--no-owner", "--lock-wait-timeout=30s"}));
    QVERIFY(!doc->value(QStringLiteral("servers.nope"), QStringLiteral("host")).isValid());
}

void TstConfigDocument::setValue_storesEachType_andInvalidRemoves()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);

    doc->setValue(QStringLiteral("defaults"), QStringLiteral("dump_dir"), QStringLiteral("dumps"));
    doc->setValue(QStringLiteral("servers.main"), QStringLiteral("host"), QStringLiteral("db1"));
    doc->setValue(QStringLiteral("servers.main"), QStringLiteral("port"), 6543); // an int
    doc->setValue(QStringLiteral("servers.main"), QStringLiteral("dump_globals"), true);
    doc->setValue(QStringLiteral("servers.main"), QStringLiteral("connect_timeout"), qint64(7));
    doc->setValue(QStringLiteral("databases.app"), QStringLiteral("server"), QStringLiteral("main"));
    doc->setValue(QStringLiteral("databases.app"), QStringLiteral("pg_dump_args"),
                  QStringList{"--no-acl", "--schema=a b"});
    doc->setValue(QStringLiteral("databases.app"), QStringLiteral("schedule"), QStringLiteral("hourly"));

    QCOMPARE(doc->value(QStringLiteral("servers.main"), QStringLiteral("port")).typeId(),
             int(QMetaType::LongLong));
    QCOMPARE(doc->value(QStringLiteral("servers.main"), QStringLiteral("port")).toLongLong(), 6543);
    QCOMPARE(doc->value(QStringLiteral("databases.app"), QStringLiteral("pg_dump_args")).toStringList(),
             (QStringList{"--no-acl", "--schema=a b"}));

    ConfigLoader::LoadResult config = doc->validate();
    QVERIFY2(config, qPrintable(describe(config) + QStringLiteral("\n") + doc->toToml()));
    QCOMPARE(config->jobs.size(), 2); // app and main.globals
    const JobConfig* app = config->job(QStringLiteral("app"));
    QVERIFY(app);
    QCOMPARE(app->server.host, QStringLiteral("db1"));
    QCOMPARE(app->server.port, 6543);
    QCOMPARE(app->server.connectTimeoutSeconds, 7);
    QVERIFY(app->server.dumpGlobals);
    QCOMPARE(app->pgDumpArgs, (QStringList{"--no-acl", "--schema=a b"}));
    QCOMPARE(app->schedule.text(), QStringLiteral("hourly"));
    // Relative to the file's directory, as when the saved file is loaded.
    QCOMPARE(app->dumpDir, dir.filePath(QStringLiteral("dumps")));

    // Replacing changes the type; an invalid value removes; removing from a missing section adds none.
    doc->setValue(QStringLiteral("databases.app"), QStringLiteral("pg_dump_args"), QStringList());
    QCOMPARE(doc->value(QStringLiteral("databases.app"), QStringLiteral("pg_dump_args")).typeId(),
             int(QMetaType::QStringList));
    doc->setValue(QStringLiteral("databases.app"), QStringLiteral("schedule"), QVariant());
    QVERIFY(!doc->value(QStringLiteral("databases.app"), QStringLiteral("schedule")).isValid());
    QVERIFY(!doc->toToml().contains(QStringLiteral("hourly")));
    doc->setValue(QStringLiteral("databases.ghost"), QStringLiteral("schedule"), QVariant());
    QVERIFY(!doc->hasSection(QStringLiteral("databases.ghost")));

    config = doc->validate();
    QVERIFY2(config, qPrintable(describe(config)));
    QVERIFY(config->job(QStringLiteral("app"))->pgDumpArgs.isEmpty());
    QCOMPARE(config->job(QStringLiteral("app"))->schedule.text(), QStringLiteral("daily")); // built-in
}

void TstConfigDocument::removeSection_dropsItAndEmptyTables()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    QVERIFY(writeFile(path, kSmall));
    Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);

    doc->removeSection(QStringLiteral("databases.x"));
    QCOMPARE(doc->sectionNames(QStringLiteral("databases")), (QStringList{"y", "z"}));
    ConfigLoader::LoadResult config = doc->validate();
    QVERIFY2(config, qPrintable(describe(config)));
    QVERIFY(!config->job(QStringLiteral("x")));
    QVERIFY(config->job(QStringLiteral("y")));

    doc->removeSection(QStringLiteral("databases.y"));
    doc->removeSection(QStringLiteral("databases.z"));
    QVERIFY(doc->sectionNames(QStringLiteral("databases")).isEmpty());
    QVERIFY(!doc->hasSection(QStringLiteral("databases")));
    QVERIFY2(!doc->toToml().contains(QStringLiteral("[databases")), qPrintable(doc->toToml()));

    doc->removeSection(QStringLiteral("defaults"));
    QVERIFY(!doc->hasSection(QStringLiteral("defaults")));
    doc->removeSection(QString()); // the top level stays
    QVERIFY(doc->hasSection(QStringLiteral("servers.a")));
}

void TstConfigDocument::copy_isIndependent()
{
    ConfigDocument original;
    original.setValue(QStringLiteral("servers.a"), QStringLiteral("host"), QStringLiteral("one"));
    ConfigDocument copy = original;
    copy.setValue(QStringLiteral("servers.a"), QStringLiteral("host"), QStringLiteral("two"));
    QCOMPARE(original.value(QStringLiteral("servers.a"), QStringLiteral("host")).toString(),
             QStringLiteral("one"));
    QCOMPARE(copy.value(QStringLiteral("servers.a"), QStringLiteral("host")).toString(),
             QStringLiteral("two"));
    original = copy;
    QCOMPARE(original.value(QStringLiteral("servers.a"), QStringLiteral("host")).toString(),
             QStringLiteral("two"));
    ConfigDocument moved = std::move(copy);
    QCOMPARE(moved.value(QStringLiteral("servers.a"), QStringLiteral("host")).toString(),
             QStringLiteral("two"));
}

void TstConfigDocument::renameServer_databasesFollow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    QVERIFY(writeFile(path, kSmall));
    Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);

    QVERIFY(doc->renameSection(QStringLiteral("servers.a"), QStringLiteral("alpha")));
    QCOMPARE(doc->sectionNames(QStringLiteral("servers")), (QStringList{"alpha", "b"}));
    QCOMPARE(doc->value(QStringLiteral("servers.alpha"), QStringLiteral("host")).toString(),
             QStringLiteral("db-a"));
    QCOMPARE(doc->value(QStringLiteral("databases.x"), QStringLiteral("server")).toString(),
             QStringLiteral("alpha"));
    QCOMPARE(doc->value(QStringLiteral("databases.y"), QStringLiteral("server")).toString(),
             QStringLiteral("b"));
    QCOMPARE(doc->value(QStringLiteral("databases.z"), QStringLiteral("server")).toString(),
             QStringLiteral("b"));
    QCOMPARE(doc->value(QStringLiteral("databases.z"), QStringLiteral("restore_server")).toString(),
             QStringLiteral("alpha"));

    ConfigLoader::LoadResult config = doc->validate();
    QVERIFY2(config, qPrintable(describe(config) + QStringLiteral("\n") + doc->toToml()));
    QCOMPARE(config->job(QStringLiteral("x"))->server.name, QStringLiteral("alpha"));
    QCOMPARE(config->job(QStringLiteral("x"))->server.host, QStringLiteral("db-a"));
    QCOMPARE(config->job(QStringLiteral("z"))->restoreServer.name, QStringLiteral("alpha"));

    // A database renamed is just renamed: its server stays.
    QVERIFY(doc->renameSection(QStringLiteral("databases.x"), QStringLiteral("x2")));
    QCOMPARE(doc->sectionNames(QStringLiteral("databases")), (QStringList{"x2", "y", "z"}));
    QCOMPARE(doc->value(QStringLiteral("databases.x2"), QStringLiteral("server")).toString(),
             QStringLiteral("alpha"));
    config = doc->validate();
    QVERIFY2(config, qPrintable(describe(config)));
    QVERIFY(config->job(QStringLiteral("x2")));
    QVERIFY(!config->job(QStringLiteral("x")));
}

void TstConfigDocument::renameSection_refusesExistingOrMissing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    QVERIFY(writeFile(path, kSmall));
    Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);
    const QString before = doc->toToml();

    QVERIFY(!doc->renameSection(QStringLiteral("servers.a"), QStringLiteral("b")));
    QVERIFY(!doc->renameSection(QStringLiteral("servers.nope"), QStringLiteral("c")));
    QVERIFY(!doc->renameSection(QStringLiteral("servers.a"), QString()));
    QVERIFY(!doc->renameSection(QStringLiteral("defaults"), QStringLiteral("c")));
    QCOMPARE(doc->toToml(), before);
}

void TstConfigDocument::unknownKeys_andOtherTypes_survive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    QVERIFY(writeFile(path, R"([servers.main]
host = "db1"
future_key = "kept"
mixed = [1, "two", true]
ratio = 0.5
since = 2024-05-01

[servers.main.nested]
deep = 42

[databases.app]
server = "main"
)"));
    Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);
    doc->setValue(QStringLiteral("servers.main"), QStringLiteral("host"), QStringLiteral("db2"));
    doc->setValue(QStringLiteral("databases.app"), QStringLiteral("schedule"), QStringLiteral("hourly"));

    // What the editor does not know is the loader's business: the same complaints, before and after.
    const ConfigLoader::LoadResult fromFile = ConfigLoader::loadFile(path);
    QVERIFY(!fromFile);
    const ConfigLoader::LoadResult validated = doc->validate();
    QVERIFY(!validated);
    QCOMPARE(messagesOf(validated.error()), messagesOf(fromFile.error()));

    // Written out (as save() would, had the loader accepted them) and read back, they are all there.
    const QString otherPath = dir.filePath(QStringLiteral("written.toml"));
    QVERIFY(writeFile(otherPath, doc->toToml().toUtf8()));
    const Result<ConfigDocument> reread = ConfigDocument::load(otherPath);
    QVERIFY_RESULT(reread);
    const QString main = QStringLiteral("servers.main");
    QCOMPARE(reread->value(main, QStringLiteral("host")).toString(), QStringLiteral("db2"));
    QCOMPARE(reread->value(main, QStringLiteral("future_key")).toString(), QStringLiteral("kept"));
    QCOMPARE(reread->value(main, QStringLiteral("mixed")).toList(),
             (QVariantList{qint64(1), QStringLiteral("two"), true}));
    QCOMPARE(reread->value(main, QStringLiteral("ratio")).toDouble(), 0.5);
    QCOMPARE(reread->value(main, QStringLiteral("since")).toDate(), QDate(2024, 5, 1));
    QCOMPARE(reread->value(main, QStringLiteral("nested")).toMap().value(QStringLiteral("deep")).toLongLong(),
             42);
    QCOMPARE(reread->value(QStringLiteral("databases.app"), QStringLiteral("schedule")).toString(),
             QStringLiteral("hourly"));
    // Only the header comment differs: it names the other file's .bak.
    QCOMPARE(reread->toToml().section(QLatin1Char('\n'), 1), doc->toToml().section(QLatin1Char('\n'), 1));
}

void TstConfigDocument::invalidEdit_sameIssuesAsLoader_andSaveRefuses_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected"); // part of the message

    QTest::newRow("schedule") << "databases.y"
                              << "schedule" << QVariant(QStringLiteral("every blue moon"))
                              << "every blue moon";
    QTest::newRow("port 0") << "servers.b"
                            << "port" << QVariant(qint64(0)) << "port";
    QTest::newRow("unknown server") << "databases.x"
                                    << "server" << QVariant(QStringLiteral("nowhere"))
                                    << "no server named 'nowhere'";
    QTest::newRow("wrong type") << "servers.a"
                                << "host" << QVariant(true) << "host";
}

void TstConfigDocument::invalidEdit_sameIssuesAsLoader_andSaveRefuses()
{
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    QVERIFY(writeFile(path, kSmall));
    Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);
    QVERIFY(doc->validate());

    doc->setValue(section, key, value);
    const ConfigLoader::LoadResult validated = doc->validate();
    QVERIFY2(!validated, qPrintable(doc->toToml()));

    // The CLI reading a file with this content says the same, at the same places.
    const QString same = dir.filePath(QStringLiteral("same.toml"));
    QVERIFY(writeFile(same, doc->toToml().toUtf8()));
    const ConfigLoader::LoadResult fromFile = ConfigLoader::loadFile(same);
    QVERIFY(!fromFile);
    QCOMPARE(messagesOf(validated.error()), messagesOf(fromFile.error()));
    for (qsizetype i = 0; i < fromFile.error().size(); ++i) {
        QCOMPARE(validated.error().at(i).file, path);
        QCOMPARE(validated.error().at(i).line, fromFile.error().at(i).line);
        QCOMPARE(validated.error().at(i).column, fromFile.error().at(i).column);
    }
    QVERIFY2(describeIssues(validated.error()).contains(expected),
             qPrintable(describeIssues(validated.error())));

    const Result<void> saved = doc->save();
    QVERIFY(!saved);
    for (const ConfigIssue& issue : validated.error())
        QVERIFY2(saved.error().message.contains(issue.toString()), qPrintable(saved.error().message));
    QCOMPARE(readFile(path), QByteArray(kSmall));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".bak")));
}

void TstConfigDocument::save_createsDirectory_writesPrivateFileAndBackup()
{
    QTemporaryDir dir;
    const QString configDir = dir.filePath(QStringLiteral("config/larder"));
    const QString path = configDir + QStringLiteral("/larder.toml");
    const QString backup = path + QStringLiteral(".bak");
    Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);
    doc->setValue(QStringLiteral("servers.main"), QStringLiteral("host"), QStringLiteral("db1"));
    doc->setValue(QStringLiteral("databases.app"), QStringLiteral("server"), QStringLiteral("main"));

    const QByteArray expectedBytes = doc->toToml().toUtf8();
    const Result<void> first = doc->save();
    QVERIFY_RESULT(first);
    QCOMPARE(modeOf(configDir), 0700);
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(!QFileInfo::exists(backup)); // nothing to keep the first time
    QVERIFY(!doc->changedOnDisk());
    const QByteArray firstBytes = readFile(path);
    QCOMPARE(firstBytes, expectedBytes);
    const ConfigLoader::LoadResult loaded = ConfigLoader::loadFile(path);
    QVERIFY2(loaded, qPrintable(describe(loaded)));
    QCOMPARE(loaded->job(QStringLiteral("app"))->server.host, QStringLiteral("db1"));

    doc->setValue(QStringLiteral("databases.app"), QStringLiteral("schedule"), QStringLiteral("hourly"));
    const Result<void> second = doc->save();
    QVERIFY_RESULT(second);
    QCOMPARE(readFile(backup), firstBytes);
    QCOMPARE(modeOf(backup), 0600);
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(readFile(path).contains("schedule = \"hourly\""));
    QVERIFY(!doc->changedOnDisk());

    // A hand-written file (comments, group-readable) is kept byte for byte in the .bak.
    QVERIFY(writeFile(path, kSmall));
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    Result<ConfigDocument> handWritten = ConfigDocument::load(path);
    QVERIFY(handWritten);
    handWritten->setValue(QStringLiteral("servers.a"), QStringLiteral("port"), 5444);
    QVERIFY(handWritten->save());
    QCOMPARE(readFile(backup), QByteArray(kSmall));
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(!readFile(path).contains("# my comment"));
}

void TstConfigDocument::changedOnDisk_noticesWritesElsewhere()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));

    // Missing at load: still missing is unchanged; created elsewhere (even empty) is a change.
    Result<ConfigDocument> fresh = ConfigDocument::load(path);
    QVERIFY(fresh);
    QVERIFY(!fresh->changedOnDisk());
    QVERIFY(writeFile(path, QByteArray()));
    QVERIFY(fresh->changedOnDisk());

    QVERIFY(writeFile(path, kSmall));
    Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);
    QVERIFY(!doc->changedOnDisk());
    doc->setValue(QStringLiteral("servers.a"), QStringLiteral("port"), 5444); // edits in memory only
    QVERIFY(!doc->changedOnDisk());

    QVERIFY(writeFile(path, QByteArray(kSmall) + "\n# edited elsewhere\n"));
    QVERIFY(doc->changedOnDisk());
    // save() still writes (the caller asked the user); afterwards the file is ours again.
    QVERIFY(doc->save());
    QVERIFY(!doc->changedOnDisk());
    QVERIFY(readFile(path + QStringLiteral(".bak")).endsWith("# edited elsewhere\n"));

    QVERIFY(QFile::remove(path));
    QVERIFY(doc->changedOnDisk());
}

void TstConfigDocument::loadSyntaxError_namesLineAndColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    QVERIFY(writeFile(path, "[defaults]\nschedule = \"daily\"\ncompression = = 3\n"));

    const Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(!doc);
    const ConfigLoader::LoadResult cli = ConfigLoader::loadFile(path);
    QVERIFY(!cli);
    const ConfigIssue& issue = cli.error().first();
    QCOMPARE(issue.line, 3);
    const QString place = QStringLiteral("%1:%2:%3: ").arg(path).arg(issue.line).arg(issue.column);
    QVERIFY2(doc.error().message.startsWith(place), qPrintable(doc.error().message));
    QVERIFY2(doc.error().message.contains(QStringLiteral("TOML syntax error")),
             qPrintable(doc.error().message));
}

void TstConfigDocument::loadDirectory_isAnErrorNamingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("larder.toml"));
    QVERIFY(QDir().mkpath(path));
    const Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(!doc);
    QVERIFY2(doc.error().message.contains(path), qPrintable(doc.error().message));
}

void TstConfigDocument::saveUnderAFile_reportsThePath()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("config"));
    QVERIFY(writeFile(blocker, "not a directory"));
    const QString path = blocker + QStringLiteral("/larder.toml");
    Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);
    doc->setValue(QStringLiteral("servers.main"), QStringLiteral("host"), QStringLiteral("db1"));
    const Result<void> saved = doc->save();
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(path), qPrintable(saved.error().message));
    QVERIFY2(saved.error().message.contains(blocker + QStringLiteral(" exists but is not a directory")),
             qPrintable(saved.error().message));
    QCOMPARE(readFile(blocker), QByteArray("not a directory"));
}

void TstConfigDocument::saveIntoReadOnlyDirectory_reportsThePath()
{
    if (::geteuid() == 0)
        QSKIP("root writes into read-only directories");
    QTemporaryDir dir;
    const QString configDir = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(configDir));
    const QString path = configDir + QStringLiteral("/larder.toml");
    QVERIFY(writeFile(path, kSmall));
    Result<ConfigDocument> doc = ConfigDocument::load(path);
    QVERIFY(doc);
    doc->setValue(QStringLiteral("servers.a"), QStringLiteral("port"), 5444);
    QVERIFY(QFile::setPermissions(configDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));

    const Result<void> saved = doc->save();
    QVERIFY(QFile::setPermissions(configDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner)); // so QTemporaryDir can clean up
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(path), qPrintable(saved.error().message));
    QCOMPARE(readFile(path), QByteArray(kSmall));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".bak")));
}

QTEST_GUILESS_MAIN(TstConfigDocument)
#include "tst_configdocument.moc"
