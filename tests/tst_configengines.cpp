// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ConfigIssuesText.h"
#include "config/toml/ConfigLoader.h"

#include <QtTest>

using namespace larder;
using ConfigIssuesText::describe;

namespace {

const QString kFile = QStringLiteral("larder.toml");

ConfigLoader::LoadResult load(const QString& text)
{
    return ConfigLoader::loadString(text, kFile, QStringLiteral("/etc/larder"));
}

#define LOAD_VALID(var, text)                                                                                \
    const ConfigLoader::LoadResult var##Result = load(text);                                                 \
    QVERIFY2(var##Result.has_value(), qPrintable(describe(var##Result)));                                    \
    const Config& var = *var##Result

// Lines joined with '\n', so that line numbers can be read off the list.
QString lines(const QStringList& text)
{
    return text.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

// The engine key and the keys each engine takes: issue 14's config part.
class TstConfigEngines final : public QObject
{
    Q_OBJECT

private slots:
    void engine_readsNamesAndSynonyms_data();
    void engine_readsNamesAndSynonyms();
    void engine_unknownValue_isReportedWithTheChoices_data();
    void engine_unknownValue_isReportedWithTheChoices();
    void engine_inDatabaseSection_isAConnectionSetting();
    void engine_inDefaults_reachesServersAndImplicitServer();
    void port_builtInIsTheEngines_data();
    void port_builtInIsTheEngines();
    void engineKeys_writtenForTheOtherEngine_areErrorsWhereWritten_data();
    void engineKeys_writtenForTheOtherEngine_areErrorsWhereWritten();
    void defaults_serveAMixedConfig();
    void mariaDb_plainFormatAndCompressionAreAllowed();
    void mariaDbDumpArgs_readIntoTheJobAlongTheChain();
    void mariaDbDumpArgs_refusedElementsAreReportedWhereWritten_data();
    void mariaDbDumpArgs_refusedElementsAreReportedWhereWritten();
    void restoreServer_ofAnotherEngine_isAnError();
    void restoreServer_inDefaults_isReportedOnce();
    void restoreServer_ofTheSameEngine_loads();
    void dumpGlobals_onMariaDb_makesAPlainJobOnDatabaseMysql();
    void templates_carryTheEngineAndItsFormat();
};

void TstConfigEngines::engine_readsNamesAndSynonyms_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("engine");
    QTest::newRow("postgresql") << "postgresql" << int(EngineKind::PostgreSQL);
    QTest::newRow("postgres") << "postgres" << int(EngineKind::PostgreSQL);
    QTest::newRow("mariadb") << "mariadb" << int(EngineKind::MariaDB);
    QTest::newRow("mysql") << "mysql" << int(EngineKind::MariaDB);
}

void TstConfigEngines::engine_readsNamesAndSynonyms()
{
    QFETCH(QString, name);
    QFETCH(int, engine);
    LOAD_VALID(config,
               lines({"[servers.s]", "engine = \"" + name + "\"", "[databases.app]", "server = \"s\""}));
    QCOMPARE(int(config.servers.value(QStringLiteral("s")).engine), engine);
    const JobConfig* job = config.job(QStringLiteral("app"));
    QVERIFY(job);
    QCOMPARE(int(job->server.engine), engine);
    QCOMPARE(job->origins.value(QStringLiteral("engine")), QStringLiteral("servers.s (larder.toml:2:10)"));
}

void TstConfigEngines::engine_unknownValue_isReportedWithTheChoices_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << "\"oracle\""
                             << "'oracle' is not an engine Larder knows: use postgresql, mariadb (or mysql)";
    QTest::newRow("misspelt") << "\"mariabd\""
                              << "'mariabd' is not an engine Larder knows: did you mean 'mariadb'? (use "
                                 "postgresql, mariadb (or mysql))";
    QTest::newRow("capitals") << "\"MySQL\""
                              << "'MySQL' is not an engine Larder knows: did you mean 'mysql'? (use "
                                 "postgresql, mariadb (or mysql))";
    QTest::newRow("not a string") << "3"
                                  << "expected a string, got an integer: put the value in double quotes";
}

void TstConfigEngines::engine_unknownValue_isReportedWithTheChoices()
{
    QFETCH(QString, value);
    QFETCH(QString, message);
    // mariadb_dump_args is not reported against the engine the server would get meanwhile.
    const ConfigLoader::LoadResult result = load(
        lines({"[servers.s]", "host = \"db\"", "engine = " + value, "mariadb_dump_args = [\"--quick\"]"}));
    QVERIFY(!result);
    QCOMPARE(result.error().size(), 1);
    const ConfigIssue& issue = result.error().constFirst();
    QCOMPARE(issue.line, 3);
    QCOMPARE(issue.column, 10);
    QCOMPARE(issue.key, QStringLiteral("servers.s.engine"));
    QCOMPARE(issue.message, message);
}

void TstConfigEngines::engine_inDatabaseSection_isAConnectionSetting()
{
    const ConfigLoader::LoadResult result = load(lines({"[databases.app]", "engine = \"mariadb\""}));
    QVERIFY(!result);
    QCOMPARE(result.error().constFirst().line, 2);
    QVERIFY2(
        result.error().constFirst().message.contains(QLatin1String("belongs in a [servers.NAME] section")),
        qPrintable(describe(result)));
}

void TstConfigEngines::engine_inDefaults_reachesServersAndImplicitServer()
{
    LOAD_VALID(config, lines({"[defaults]", "engine = \"mariadb\"", "[servers.pg]", "engine = \"postgresql\"",
                              "[servers.m]", "host = \"db\"", "[databases.a]", "server = \"m\"",
                              "[databases.b]", "server = \"pg\""}));
    QCOMPARE(config.servers.value(QStringLiteral("m")).engine, EngineKind::MariaDB);
    QCOMPARE(config.servers.value(QStringLiteral("pg")).engine, EngineKind::PostgreSQL);
    QCOMPARE(config.job(QStringLiteral("a"))->origins.value(QStringLiteral("engine")),
             QStringLiteral("defaults (larder.toml:2:10)"));
    QCOMPARE(config.defaultsTemplate.server.engine, EngineKind::MariaDB);
    QCOMPARE(config.defaultsTemplate.server.port, 3306);
}

void TstConfigEngines::port_builtInIsTheEngines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("origin");
    QTest::newRow("postgresql") << lines({"[servers.s]", "host = \"db\""}) << 5432 << "built-in";
    QTest::newRow("mariadb") << lines({"[servers.s]", "engine = \"mariadb\""}) << 3306 << "built-in";
    QTest::newRow("mysql from defaults")
        << lines({"[defaults]", "engine = \"mysql\"", "[servers.s]"}) << 3306 << "built-in";
    QTest::newRow("explicit port wins") << lines({"[servers.s]", "engine = \"mariadb\"", "port = 3307"})
                                        << 3307 << "servers.s (larder.toml:3:8)";
    QTest::newRow("defaults port applies")
        << lines({"[defaults]", "port = 3310", "[servers.s]", "engine = \"mariadb\""}) << 3310
        << "defaults (larder.toml:2:8)";
}

void TstConfigEngines::port_builtInIsTheEngines()
{
    QFETCH(QString, text);
    QFETCH(int, port);
    QFETCH(QString, origin);
    LOAD_VALID(config, text + lines({"[databases.app]", "server = \"s\""}));
    QCOMPARE(config.servers.value(QStringLiteral("s")).port, port);
    QCOMPARE(config.job(QStringLiteral("app"))->server.port, port);
    QCOMPARE(config.job(QStringLiteral("app"))->origins.value(QStringLiteral("port")), origin);
}

void TstConfigEngines::engineKeys_writtenForTheOtherEngine_areErrorsWhereWritten_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QString maria = QStringLiteral("[servers.m]\nengine = \"mariadb\"\n");
    const QString pg = QStringLiteral("[servers.p]\nhost = \"db\"\n");
    QTest::newRow("pg_dump_args on a MariaDB server")
        << maria + lines({"pg_dump_args = [\"--no-owner\"]"}) << 3 << 16
        << "pg_dump_args is PostgreSQL's, but server 'm' is MariaDB: put mariadb-dump's options in "
           "mariadb_dump_args instead";
    QTest::newRow("pg_dump on a MariaDB server")
        << maria + lines({"pg_dump = \"/usr/bin/pg_dump\""}) << 3 << 11
        << "pg_dump is PostgreSQL's, but server 'm' is MariaDB: remove it";
    QTest::newRow("sslmode on a MariaDB server")
        << maria + lines({"sslmode = \"require\""}) << 3 << 11
        << "sslmode is PostgreSQL's, but server 'm' is MariaDB: remove it; for TLS set ssl-ca (and "
           "ssl-verify-server-cert) in the [client] section of ~/.my.cnf, or pass --ssl-ca=FILE in "
           "mariadb_dump_args";
    QTest::newRow("format on a MariaDB server")
        << maria + lines({"format = \"custom\""}) << 3 << 10
        << "format = \"custom\" is PostgreSQL's, but server 'm' is MariaDB: MariaDB dumps are always SQL "
           "scripts; remove format or set format = \"plain\" (compression 1-9 gzips them)";
    QTest::newRow("pg_dump_args on a database of a MariaDB server")
        << maria + lines({"[databases.app]", "server = \"m\"", "pg_dump_args = [\"--no-owner\"]"}) << 5 << 16
        << "pg_dump_args is PostgreSQL's, but [databases.app] is on server 'm', which is MariaDB: put "
           "mariadb-dump's options in mariadb_dump_args instead";
    QTest::newRow("format on a database of a MariaDB server")
        << maria + lines({"[databases.app]", "server = \"m\"", "format = \"directory\""}) << 5 << 10
        << "format = \"directory\" is PostgreSQL's, but [databases.app] is on server 'm', which is MariaDB: "
           "MariaDB dumps are always SQL scripts; remove format or set format = \"plain\" (compression 1-9 "
           "gzips them)";
    QTest::newRow("engine from defaults")
        << lines({"[defaults]", "engine = \"mysql\"", "[servers.m]", "sslmode = \"disable\""}) << 4 << 11
        << "sslmode is PostgreSQL's, but server 'm' is MariaDB: remove it; for TLS set ssl-ca (and "
           "ssl-verify-server-cert) in the [client] section of ~/.my.cnf, or pass --ssl-ca=FILE in "
           "mariadb_dump_args";
    QTest::newRow("mariadb_dump_args on a PostgreSQL server")
        << pg + lines({"mariadb_dump_args = [\"--quick\"]"}) << 3 << 21
        << "mariadb_dump_args is MariaDB's, but server 'p' is PostgreSQL: put pg_dump's options in "
           "pg_dump_args instead, or set engine = \"mariadb\" if the server is MariaDB or MySQL";
    QTest::newRow("mariadb_dump_args on a database of the implicit server")
        << lines({"[databases.app]", "mariadb_dump_args = [\"--quick\"]"}) << 2 << 21
        << "mariadb_dump_args is MariaDB's, but [databases.app] is on server 'default', which is PostgreSQL: "
           "put pg_dump's options in pg_dump_args instead, or set engine = \"mariadb\" if the server is "
           "MariaDB or MySQL";
}

void TstConfigEngines::engineKeys_writtenForTheOtherEngine_areErrorsWhereWritten()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const ConfigLoader::LoadResult result = load(text);
    QVERIFY(!result);
    QVERIFY2(result.error().size() == 1, qPrintable(describe(result)));
    const ConfigIssue& issue = result.error().constFirst();
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    QCOMPARE(issue.message, message);
}

void TstConfigEngines::defaults_serveAMixedConfig()
{
    LOAD_VALID(config,
               lines({"[defaults]", "format = \"custom\"", "pg_dump_args = [\"--no-owner\"]",
                      "mariadb_dump_args = [\"--skip-lock-tables\"]", "sslmode = \"require\"",
                      "pg_dump = \"/usr/lib/postgresql/16/bin/pg_dump\"", "compression = 9", "[servers.pg]",
                      "host = \"db1\"", "[servers.m]", "engine = \"mariadb\"", "databases = \"all\"",
                      "[databases.a]", "server = \"pg\"", "[databases.b]", "server = \"m\""}));
    const JobConfig* a = config.job(QStringLiteral("a"));
    const JobConfig* b = config.job(QStringLiteral("b"));
    QVERIFY(a && b);
    QCOMPARE(a->format, DumpFormat::Custom);
    QCOMPARE(a->pgDumpArgs, QStringList{QStringLiteral("--no-owner")});
    QVERIFY(a->mariadbDumpArgs.isEmpty());
    QCOMPARE(a->origins.value(QStringLiteral("mariadb_dump_args")),
             QStringLiteral("built-in (not used by PostgreSQL)"));
    QCOMPARE(a->server.sslmode, QStringLiteral("require"));
    QCOMPARE(a->server.pgDump, QStringLiteral("/usr/lib/postgresql/16/bin/pg_dump"));

    QCOMPARE(b->format, DumpFormat::Plain);
    QCOMPARE(b->origins.value(QStringLiteral("format")), QStringLiteral("built-in (MariaDB dumps are SQL)"));
    QCOMPARE(b->compression, 9);
    QCOMPARE(b->fileExtension(), QStringLiteral(".sql.gz"));
    QVERIFY(b->pgDumpArgs.isEmpty());
    QCOMPARE(b->origins.value(QStringLiteral("pg_dump_args")),
             QStringLiteral("built-in (not used by MariaDB)"));
    QCOMPARE(b->mariadbDumpArgs, QStringList{QStringLiteral("--skip-lock-tables")});
    QCOMPARE(b->origins.value(QStringLiteral("mariadb_dump_args")),
             QStringLiteral("defaults (larder.toml:4:21)"));
    QCOMPARE(b->server.sslmode, QStringLiteral("prefer"));
    QCOMPARE(b->origins.value(QStringLiteral("sslmode")), QStringLiteral("built-in (not used by MariaDB)"));
    QVERIFY(b->server.pgDump.isEmpty());

    // Discovered jobs of the MariaDB server take the same rules from its template.
    const JobConfig templ = config.serverTemplates.value(QStringLiteral("m"));
    QCOMPARE(templ.format, DumpFormat::Plain);
    QVERIFY(templ.pgDumpArgs.isEmpty());
    QCOMPARE(templ.mariadbDumpArgs, QStringList{QStringLiteral("--skip-lock-tables")});
}

void TstConfigEngines::mariaDb_plainFormatAndCompressionAreAllowed()
{
    LOAD_VALID(config, lines({"[servers.m]", "engine = \"mariadb\"", "format = \"plain\"", "compression = 0",
                              "[databases.a]", "server = \"m\"", "[databases.b]", "server = \"m\"",
                              "compression = 1"}));
    const JobConfig* a = config.job(QStringLiteral("a"));
    QCOMPARE(a->format, DumpFormat::Plain);
    QCOMPARE(a->origins.value(QStringLiteral("format")), QStringLiteral("servers.m (larder.toml:3:10)"));
    QCOMPARE(a->fileExtension(), QStringLiteral(".sql"));
    QCOMPARE(config.job(QStringLiteral("b"))->fileExtension(), QStringLiteral(".sql.gz"));
}

void TstConfigEngines::mariaDbDumpArgs_readIntoTheJobAlongTheChain()
{
    LOAD_VALID(config, lines({"[defaults]", "mariadb_dump_args = [\"--quick\"]", "[servers.m]",
                              "engine = \"mariadb\"", "mariadb_dump_args = [\"--ignore-table\", \"app.log\"]",
                              "[databases.a]", "server = \"m\"", "[databases.b]", "server = \"m\"",
                              "mariadb_dump_args = [\"--where=id>5\", \"--no-data\"]"}));
    QCOMPARE(config.job(QStringLiteral("a"))->mariadbDumpArgs,
             (QStringList{QStringLiteral("--ignore-table"), QStringLiteral("app.log")}));
    QCOMPARE(config.job(QStringLiteral("a"))->origins.value(QStringLiteral("mariadb_dump_args")),
             QStringLiteral("servers.m (larder.toml:5:21)"));
    QCOMPARE(config.job(QStringLiteral("b"))->mariadbDumpArgs,
             (QStringList{QStringLiteral("--where=id>5"), QStringLiteral("--no-data")}));
}

void TstConfigEngines::mariaDbDumpArgs_refusedElementsAreReportedWhereWritten_data()
{
    QTest::addColumn<QString>("args");
    QTest::addColumn<QList<int>>("columns"); // of the refused elements, on line 3
    QTest::addColumn<QString>("fragment");   // of the first issue

    QTest::newRow("positional") << "[\"--quick\", \"otherdb\"]" << QList<int>{33}
                                << "mariadb_dump_args takes options only";
    QTest::newRow("password") << "[\"--password=x\"]" << QList<int>{22} << "larder password set SERVER";
    QTest::newRow("result file") << "[\"--result-file=/tmp/x.sql\", \"--xml\"]" << QList<int>{22, 50}
                                 << "set dump_dir instead";
    QTest::newRow("unknown") << "[\"--frobnicate\"]" << QList<int>{22} << "is not a mariadb-dump option";
    QTest::newRow("not a string") << "[\"--quick\", 5]" << QList<int>{33}
                                  << "expected a string, got an integer";
    QTest::newRow("not an array") << "\"--quick\"" << QList<int>{21}
                                  << "mariadb_dump_args = [\"--skip-lock-tables\"]";
}

void TstConfigEngines::mariaDbDumpArgs_refusedElementsAreReportedWhereWritten()
{
    QFETCH(QString, args);
    QFETCH(QList<int>, columns);
    QFETCH(QString, fragment);
    const ConfigLoader::LoadResult result =
        load(lines({"[servers.m]", "engine = \"mariadb\"", "mariadb_dump_args = " + args}));
    QVERIFY(!result);
    QList<int> found;
    for (const ConfigIssue& issue : result.error()) {
        QCOMPARE(issue.line, 3);
        found << issue.column;
    }
    QVERIFY2(found == columns, qPrintable(describe(result)));
    QVERIFY2(result.error().constFirst().message.contains(fragment), qPrintable(describe(result)));
}

void TstConfigEngines::restoreServer_ofAnotherEngine_isAnError()
{
    const ConfigLoader::LoadResult result =
        load(lines({"[servers.pg]", "host = \"db1\"", "[servers.m]", "engine = \"mariadb\"", "[databases.a]",
                    "server = \"m\"", "restore_server = \"pg\""}));
    QVERIFY(!result);
    QVERIFY2(result.error().size() == 1, qPrintable(describe(result)));
    const ConfigIssue& issue = result.error().constFirst();
    QCOMPARE(issue.line, 7);
    QCOMPARE(issue.column, 18);
    QCOMPARE(issue.message,
             QStringLiteral("restore_server 'pg' is a PostgreSQL server, but job 'a' is on MariaDB "
                            "server 'm': a dump can only be restored into a server of its own "
                            "engine; name a MariaDB server"));
}

void TstConfigEngines::restoreServer_inDefaults_isReportedOnce()
{
    // Two jobs and the server's discovered jobs inherit it; one place, one issue per message.
    const ConfigLoader::LoadResult result =
        load(lines({"[defaults]", "restore_server = \"scratch\"", "[servers.scratch]", "host = \"db1\"",
                    "[servers.m]", "engine = \"mariadb\"", "databases = \"all\"", "[databases.a]",
                    "server = \"m\"", "[databases.b]", "server = \"m\""}));
    QVERIFY(!result);
    QStringList messages;
    for (const ConfigIssue& issue : result.error()) {
        QCOMPARE(issue.line, 2);
        messages << issue.message;
    }
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.removeDuplicates(), 0);
    QVERIFY2(messages.filter(QStringLiteral("the discovered jobs of server 'm' are on MariaDB server 'm'"))
                     .size() == 1,
             qPrintable(describe(result)));
}

void TstConfigEngines::restoreServer_ofTheSameEngine_loads()
{
    LOAD_VALID(config, lines({"[servers.m2]", "engine = \"mysql\"", "[servers.m]", "engine = \"mariadb\"",
                              "[databases.a]", "server = \"m\"", "restore_server = \"m2\""}));
    QCOMPARE(config.job(QStringLiteral("a"))->restoreServer.name, QStringLiteral("m2"));
    QCOMPARE(config.job(QStringLiteral("a"))->restoreServer.engine, EngineKind::MariaDB);
    QCOMPARE(config.job(QStringLiteral("a"))->restoreServer.port, 3306);
}

void TstConfigEngines::dumpGlobals_onMariaDb_makesAPlainJobOnDatabaseMysql()
{
    LOAD_VALID(config, lines({"[defaults]", "format = \"directory\"", "compression = 7",
                              "mariadb_dump_args = [\"--quick\"]", "[servers.m]", "engine = \"mariadb\"",
                              "dump_globals = true", "[servers.p]", "host = \"db\"", "dump_globals = true"}));
    const JobConfig* m = config.job(QStringLiteral("m.globals"));
    QVERIFY(m);
    QCOMPARE(m->kind, JobKind::Globals);
    QCOMPARE(m->server.engine, EngineKind::MariaDB);
    QCOMPARE(m->dbname, QStringLiteral("mysql"));
    QCOMPARE(m->format, DumpFormat::Plain);
    QCOMPARE(m->compression, 0);
    QCOMPARE(m->fileExtension(), QStringLiteral(".sql"));
    QVERIFY(m->mariadbDumpArgs.isEmpty());
    QCOMPARE(m->origins.value(QStringLiteral("mariadb_dump_args")),
             QStringLiteral("servers.m (larder.toml:7:16)"));
    const JobConfig* p = config.job(QStringLiteral("p.globals"));
    QVERIFY(p);
    QCOMPARE(p->dbname, QStringLiteral("postgres"));
}

void TstConfigEngines::templates_carryTheEngineAndItsFormat()
{
    LOAD_VALID(config, lines({"[defaults]", "engine = \"mariadb\"", "format = \"tar\"", "[servers.p]",
                              "engine = \"postgresql\"", "databases = \"all\"", "[servers.m]",
                              "databases = [\"app*\"]"}));
    QCOMPARE(config.serverTemplates.value(QStringLiteral("p")).server.engine, EngineKind::PostgreSQL);
    QCOMPARE(config.serverTemplates.value(QStringLiteral("p")).format, DumpFormat::Tar);
    QCOMPARE(config.serverTemplates.value(QStringLiteral("m")).server.engine, EngineKind::MariaDB);
    QCOMPARE(config.serverTemplates.value(QStringLiteral("m")).format, DumpFormat::Plain);
    // For jobs whose server is gone: the implicit server of [defaults] is MariaDB here.
    QCOMPARE(config.defaultsTemplate.server.engine, EngineKind::MariaDB);
    QCOMPARE(config.defaultsTemplate.format, DumpFormat::Plain);
}

QTEST_GUILESS_MAIN(TstConfigEngines)
#include "tst_configengines.moc"
