// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/keys/ConfigKeyNames.h"
#include "config/keys/ConfigKeyTable.h"
#include "config/toml/ConfigLoader.h"

#include <QFile>
#include <QStandardPaths>
#include <QtTest>

using namespace larder;

namespace {

const QString kFile = QStringLiteral("larder.toml");

ConfigLoader::LoadResult load(const QString& text)
{
    return ConfigLoader::loadString(text, kFile, QStringLiteral("/etc/larder"));
}

QString describe(const ConfigLoader::LoadResult& result)
{
    if (result)
        return QStringLiteral("loaded without issues");
    QStringList lines;
    for (const ConfigIssue& issue : result.error())
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

const ConfigKey::Scope kScopes[] = {ConfigKey::Scope::Defaults, ConfigKey::Scope::Server,
                                    ConfigKey::Scope::Database, ConfigKey::Scope::Notify};

QString sectionHeader(ConfigKey::Scope scope)
{
    switch (scope) {
    case ConfigKey::Scope::Defaults:
        return QStringLiteral("[defaults]");
    case ConfigKey::Scope::Server:
        return QStringLiteral("[servers.main]");
    case ConfigKey::Scope::Database:
        return QStringLiteral("[databases.app]");
    case ConfigKey::Scope::Notify:
        return QStringLiteral("[notify.ops]");
    }
    return QString();
}

// A message that rejects the key itself, not its value.
bool rejectsKey(const QString& message, const QString& key)
{
    return message.startsWith(QStringLiteral("unknown key '%1'").arg(key)) ||
           message.contains(QLatin1String("belongs in")) ||
           message.contains(QLatin1String("can only be set")) ||
           message.contains(QLatin1String("limits dumps per server or per run"));
}

// README's row for a key: | `name` | sections | `default` | help |
QString readmeRow(const ConfigKey& key)
{
    QStringList sections;
    for (ConfigKey::Scope scope : kScopes) {
        if (key.allowedIn(scope))
            sections << ConfigKeyTable::sectionName(scope);
    }
    const auto text = [&key](bool serverSection) {
        const QString value = ConfigKeyTable::builtInText(key.keyName(), serverSection);
        return value.isEmpty() ? QStringLiteral("-") : QStringLiteral("`%1`").arg(value);
    };
    QString builtIn = text(false);
    if (key.builtIn(true) != key.builtIn(false)) {
        builtIn = QStringLiteral("%1 in %2, %3 in %4")
                      .arg(builtIn, ConfigKeyTable::sectionName(ConfigKey::Scope::Defaults), text(true),
                           ConfigKeyTable::sectionName(ConfigKey::Scope::Server));
    }
    return QStringLiteral("| `%1` | %2 | %3 | %4 |")
        .arg(key.keyName(), sections.join(QStringLiteral(", ")), builtIn, QString::fromUtf8(key.help));
}

// Every constant of ConfigKeyNames.h with the spelling a config file uses, written out here once more
// so that a misspelt constant (which the table would share) is caught.
struct KeyName
{
    QLatin1StringView constant;
    const char* spelling;
};

const QList<KeyName>& keyNames()
{
    static const QList<KeyName> names = {
        {keys::dumpDir, "dump_dir"},
        {keys::schedule, "schedule"},
        {keys::format, "format"},
        {keys::compression, "compression"},
        {keys::timeout, "timeout"},
        {keys::pgDumpArgs, "pg_dump_args"},
        {keys::mariadbDumpArgs, "mariadb_dump_args"},
        {keys::keepLast, "keep_last"},
        {keys::keepDaily, "keep_daily"},
        {keys::keepWeekly, "keep_weekly"},
        {keys::keepMonthly, "keep_monthly"},
        {keys::keepWithin, "keep_within"},
        {keys::testRestore, "test_restore"},
        {keys::restoreServer, "restore_server"},
        {keys::retry, "retry"},
        {keys::enabled, "enabled"},
        {keys::maxAge, "max_age"},
        {keys::minSizeRatio, "min_size_ratio"},
        {keys::beforeDump, "before_dump"},
        {keys::afterDump, "after_dump"},
        {keys::onFailure, "on_failure"},
        {keys::hookTimeout, "hook_timeout"},
        {keys::engine, "engine"},
        {keys::host, "host"},
        {keys::port, "port"},
        {keys::user, "user"},
        {keys::sslmode, "sslmode"},
        {keys::pgDump, "pg_dump"},
        {keys::connectTimeout, "connect_timeout"},
        {keys::dumpGlobals, "dump_globals"},
        {keys::databases, "databases"},
        {keys::exclude, "exclude"},
        {keys::maxParallel, "max_parallel"},
        {keys::history, "history"},
        {keys::hostId, "host_id"},
        {keys::metricsFile, "metrics_file"},
        {keys::afterRun, "after_run"},
        {keys::server, "server"},
        {keys::dbname, "dbname"},
        {keys::url, "url"},
        {keys::kind, "kind"},
        {keys::on, "on"},
        {keys::jobs, "jobs"},
        {keys::servers, "servers"},
        {keys::headers, "headers"},
        {keys::startSuffix, "start_suffix"},
        {keys::failSuffix, "fail_suffix"},
        {keys::successSuffix, "success_suffix"},
        {keys::priority, "priority"},
        {keys::tags, "tags"},
        {keys::method, "method"},
        {keys::room, "room"},
        {keys::token, "token"},
    };
    return names;
}

} // namespace

class TstConfigKeyTable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtIn_isWhatTheLoaderFallsBackTo_data();
    void builtIn_isWhatTheLoaderFallsBackTo();
    void everyKey_isAcceptedExactlyInItsScopes();
    void unknownKey_listsTheTableKeysOfItsSection_data();
    void unknownKey_listsTheTableKeysOfItsSection();
    void everyKey_hasNameAndHelp();
    void everyKey_readsAValidValueIntoItsOwnSetting();
    void readmeKeyReference_matchesTable();
    void keyNames_spellTheTableKeys_data();
    void keyNames_spellTheTableKeys();
    void keyNames_coverEveryTableKey();
};

void TstConfigKeyTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstConfigKeyTable::builtIn_isWhatTheLoaderFallsBackTo_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("serverSection");
    QTest::addColumn<QVariant>(
        "loaded"); // what a config that sets nothing resolves to, as the config writes it

    const ConfigLoader::LoadResult result =
        load(QStringLiteral("[servers.main]\nhost = \"db\"\n\n[databases.app]\nserver = \"main\"\n"));
    QVERIFY2(result.has_value(), qPrintable(describe(result)));
    const Config& config = *result;
    const JobConfig& job = config.jobs.constFirst();
    const ServerConfig& server = job.server;

    QTest::newRow("engine") << "engine" << true << QVariant(engineKindName(server.engine));
    QTest::newRow("port") << "port" << true << QVariant(qint64(server.port));
    QTest::newRow("sslmode") << "sslmode" << true << QVariant(server.sslmode);
    QTest::newRow("connect_timeout") << "connect_timeout" << true
                                     << QVariant(qint64(server.connectTimeoutSeconds));
    QTest::newRow("max_parallel run") << "max_parallel" << false << QVariant(qint64(config.maxParallel));
    QTest::newRow("max_parallel server") << "max_parallel" << true << QVariant(qint64(server.maxParallel));
    QTest::newRow("dump_globals") << "dump_globals" << true << QVariant(server.dumpGlobals);
    QTest::newRow("schedule") << "schedule" << false << QVariant(job.schedule.text());
    QTest::newRow("format") << "format" << false << QVariant(dumpFormatName(job.format));
    QTest::newRow("compression") << "compression" << false << QVariant(qint64(job.compression));
    QTest::newRow("timeout") << "timeout" << false
                             << QVariant(ConfigKeyTable::durationText(job.timeoutSeconds));
    QTest::newRow("retry") << "retry" << false << QVariant(ConfigKeyTable::durationText(job.retrySeconds));
    QTest::newRow("enabled") << "enabled" << false << QVariant(job.enabled);
    QTest::newRow("hook_timeout") << "hook_timeout" << false
                                  << QVariant(ConfigKeyTable::durationText(job.hookTimeoutSeconds));
    QTest::newRow("min_size_ratio") << "min_size_ratio" << false << QVariant(job.minSizeRatio);
    QTest::newRow("test_restore") << "test_restore" << false << QVariant(job.testRestore.text());
    QTest::newRow("dump_dir") << "dump_dir" << false << QVariant(job.dumpDir);
    QTest::newRow("history") << "history" << false << QVariant(config.historyPath);
    // [notify.NAME]: what a section that sets nothing more than its url gets.
    const ConfigLoader::LoadResult notify =
        load(QStringLiteral("[notify.ops]\nurl = \"https://h.example/x\"\n"));
    QVERIFY2(notify.has_value(), qPrintable(describe(notify)));
    const NotifyConfig& ops = notify->notify.constFirst();
    QTest::newRow("kind") << "kind" << false << QVariant(NotifyConfig::kindName(ops.kind));
    QTest::newRow("start_suffix") << "start_suffix" << false << QVariant(ops.startSuffix);
    QTest::newRow("fail_suffix") << "fail_suffix" << false << QVariant(ops.failSuffix);
    QTest::newRow("method") << "method" << false << QVariant(ops.method);
    // No built-in value: libpq, the server version or the section decides, or the rule is unused.
    for (const char* key : {"host",
                            "user",
                            "pg_dump",
                            "pg_dump_args",
                            "mariadb_dump_args",
                            "keep_last",
                            "keep_daily",
                            "keep_weekly",
                            "keep_monthly",
                            "keep_within",
                            "restore_server",
                            "max_age",
                            "databases",
                            "exclude",
                            "server",
                            "dbname",
                            "url",
                            "on",
                            "jobs",
                            "servers",
                            "headers",
                            "success_suffix",
                            "priority",
                            "tags",
                            "room",
                            "token"})
        QTest::newRow(key) << QString::fromLatin1(key) << false << QVariant();
    // The structs a config resolves into start from the same values.
    QTest::newRow("ServerConfig() port") << "port" << true << QVariant(qint64(ServerConfig().port));
    QTest::newRow("JobConfig() timeout")
        << "timeout" << false << QVariant(ConfigKeyTable::durationText(JobConfig().timeoutSeconds));
    QTest::newRow("Config() max_parallel")
        << "max_parallel" << false << QVariant(qint64(Config().maxParallel));
}

void TstConfigKeyTable::builtIn_isWhatTheLoaderFallsBackTo()
{
    QFETCH(QString, key);
    QFETCH(bool, serverSection);
    QFETCH(QVariant, loaded);
    QVERIFY2(ConfigKeyTable::find(key), qPrintable(key));
    QCOMPARE(ConfigKeyTable::builtIn(key, serverSection), loaded);
}

void TstConfigKeyTable::everyKey_isAcceptedExactlyInItsScopes()
{
    for (const ConfigKey& key : ConfigKeyTable::keys()) {
        for (ConfigKey::Scope scope : kScopes) {
            // The value's type may be wrong for the key: only whether the key itself is rejected counts.
            const QString text = QStringLiteral("%1\n%2 = true\n\n[servers.other]\nhost = \"db\"\n")
                                     .arg(sectionHeader(scope), key.keyName());
            const ConfigLoader::LoadResult result = load(text);
            bool rejected = false;
            if (!result) {
                for (const ConfigIssue& issue : result.error())
                    rejected = rejected || (issue.line == 2 && rejectsKey(issue.message, key.keyName()));
            }
            QVERIFY2(rejected != key.allowedIn(scope),
                     qPrintable(QStringLiteral("%1 in %2: %3")
                                    .arg(key.keyName(), sectionHeader(scope), describe(result))));
        }
    }
}

void TstConfigKeyTable::unknownKey_listsTheTableKeysOfItsSection_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("scope");
    for (ConfigKey::Scope scope : kScopes)
        QTest::newRow(qPrintable(sectionHeader(scope))) << sectionHeader(scope) << int(scope);
}

void TstConfigKeyTable::unknownKey_listsTheTableKeysOfItsSection()
{
    QFETCH(QString, header);
    QFETCH(int, scope);
    // A [notify.NAME] section's own issue (no url) would come first.
    const QString url = ConfigKey::Scope(scope) == ConfigKey::Scope::Notify
                            ? QStringLiteral("\nurl = \"https://h.example/x\"")
                            : QString();
    const ConfigLoader::LoadResult result = load(header + url + QStringLiteral("\nqqqqqqqqqq = 1\n"));
    QVERIFY(!result);
    const ConfigKey::Scope which = ConfigKey::Scope(scope);
    const QString expected =
        QStringLiteral("unknown key 'qqqqqqqqqq': the keys allowed in %1 are %2")
            .arg(ConfigKeyTable::sectionName(which), ConfigKeyTable::names(which).join(QStringLiteral(", ")));
    QCOMPARE(result.error().constFirst().message, expected);
}

void TstConfigKeyTable::everyKey_hasNameAndHelp()
{
    QSet<QString> seen;
    for (const ConfigKey& key : ConfigKeyTable::keys()) {
        QVERIFY2(!seen.contains(key.keyName()), qPrintable(key.keyName()));
        seen.insert(key.keyName());
        QVERIFY2(QByteArray(key.help).size() > 5, key.name);
        QVERIFY2(!key.helpText().isEmpty(), key.name);
        QVERIFY2(key.scopes() != ConfigKey::Scopes(), key.name);
    }
}

void TstConfigKeyTable::everyKey_readsAValidValueIntoItsOwnSetting()
{
    const auto sample = [](const ConfigKey& key) -> QString {
        switch (key.type) {
        case ConfigKey::Type::String:
            return QStringLiteral("\"default\""); // also the name of the one server
        case ConfigKey::Type::OptionalString:
            return QStringLiteral("\"\"");
        case ConfigKey::Type::Integer:
            return QString::number(key.max);
        case ConfigKey::Type::Duration:
            return QStringLiteral("\"1 day\"");
        case ConfigKey::Type::Retry:
            return QStringLiteral("\"off\"");
        case ConfigKey::Type::Count:
            return QStringLiteral("1");
        case ConfigKey::Type::Boolean:
            return QStringLiteral("true");
        case ConfigKey::Type::Patterns:
            return QStringLiteral("[\"b*\"]");
        case ConfigKey::Type::Schedule:
            return QStringLiteral("\"every 1 week\"");
        case ConfigKey::Type::Format:
            return QStringLiteral("\"plain\"");
        case ConfigKey::Type::SslMode:
            return QStringLiteral("\"require\"");
        case ConfigKey::Type::Path:
            return QStringLiteral("\"/srv/larder/x\"");
        case ConfigKey::Type::Arguments:
            return QStringLiteral("[\"--no-owner\"]");
        case ConfigKey::Type::Engine:
            return QStringLiteral("\"mysql\""); // a synonym: still engine's own setting
        case ConfigKey::Type::MariaDbArguments:
            return QStringLiteral("[\"--skip-lock-tables\"]");
        case ConfigKey::Type::Ratio:
            return QStringLiteral("0.25");
        case ConfigKey::Type::Url:
            return QStringLiteral("\"https://h.example/x\"");
        case ConfigKey::Type::NotifyKind:
            return QStringLiteral("\"ping\"");
        case ConfigKey::Type::Events:
            return QStringLiteral("[\"start\"]");
        case ConfigKey::Type::Names:
            return QStringLiteral("[\"default\"]");
        case ConfigKey::Type::Headers:
            return QStringLiteral("{ A = \"b\" }");
        case ConfigKey::Type::OptionalPath:
            return QStringLiteral("\"/srv/larder/x.prom\"");
        case ConfigKey::Type::Command:
            return QStringLiteral("[\"true\", \"--x\"]");
        }
        return QString();
    };
    for (const ConfigKey& key : ConfigKeyTable::keys()) {
        if (key.role == ConfigKey::Role::Notify)
            continue; // not a job's setting: tst_configloader reads each into its NotifyConfig
        const bool inDatabase = !key.allowedIn(ConfigKey::Scope::Defaults);
        // exclude needs discovery somewhere; the server's own databases would hide one set in [defaults].
        const QString discovery =
            key.keyName() == QLatin1String("exclude") ? QStringLiteral("databases = [\"a*\"]\n") : QString();
        // A key of one engine reaches only the servers of that engine.
        const std::optional<EngineKind> engine = ConfigKeyTable::engineOnly(key.keyName());
        const QString engineLine =
            engine ? QStringLiteral("engine = \"%1\"\n").arg(engineKindName(*engine)) : QString();
        const QString text =
            QStringLiteral("%1\n%2 = %3\n\n[servers.default]\n%4%5")
                .arg(inDatabase ? QStringLiteral("[databases.app]") : QStringLiteral("[defaults]"),
                     key.keyName(), sample(key), discovery, engineLine);
        const ConfigLoader::LoadResult result = load(text);
        QVERIFY2(result.has_value(), qPrintable(key.keyName() + QStringLiteral(": ") + describe(result)));
        // Where the value came from names the section it was set in: it reached the key's own setting.
        const QMap<QString, QString> origins =
            inDatabase ? result->jobs.constFirst().origins
                       : result->serverTemplates.value(QStringLiteral("default")).origins;
        const QString origin = origins.value(key.keyName());
        if (key.role == ConfigKey::Role::DefaultsOnly || key.role == ConfigKey::Role::Parallelism)
            continue; // run-wide: in Config itself, not in a job's origins
        QVERIFY2(origin.startsWith(inDatabase ? QLatin1String("databases.app") : QLatin1String("defaults")),
                 qPrintable(QStringLiteral("%1 from %2").arg(key.keyName(), origin)));
    }
}

// README's key reference is checked against the table row by row, so the docs cannot drift.
void TstConfigKeyTable::readmeKeyReference_matchesTable()
{
    QFile readme(QStringLiteral(LARDER_SOURCE_DIR "/README.md"));
    QVERIFY2(readme.open(QIODevice::ReadOnly), qPrintable(readme.errorString()));
    const QString text = QString::fromUtf8(readme.readAll());
    const QString begin = QStringLiteral("<!-- config-keys:begin -->\n");
    const QString end = QStringLiteral("<!-- config-keys:end -->");
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    QVERIFY2(from >= 0 && to > from, "README.md has no config key reference between its markers");
    QStringList documented = text.mid(from + begin.size(), to - from - begin.size()).split(QLatin1Char('\n'));
    documented.removeIf([](const QString& line) { return !line.startsWith(QLatin1String("| `")); });

    QStringList expected;
    for (const ConfigKey& key : ConfigKeyTable::keys())
        expected << readmeRow(key);
    if (documented != expected) // whole, for pasting: a failure message is cut short
        qInfo().noquote() << "README.md's key rows should be:\n" + expected.join(QLatin1Char('\n'));
    QVERIFY2(documented == expected,
             "README.md's key rows differ from ConfigKeyTable: the rows it should have "
             "are printed above");
}

void TstConfigKeyTable::keyNames_spellTheTableKeys_data()
{
    QTest::addColumn<QString>("constant");
    QTest::addColumn<QString>("spelling");
    for (const KeyName& name : keyNames())
        QTest::newRow(name.spelling) << QString(name.constant) << QString::fromLatin1(name.spelling);
}

void TstConfigKeyTable::keyNames_spellTheTableKeys()
{
    QFETCH(QString, constant);
    QFETCH(QString, spelling);
    QCOMPARE(constant, spelling);
    QVERIFY2(ConfigKeyTable::find(constant), qPrintable(QStringLiteral("no table key '%1'").arg(constant)));
}

void TstConfigKeyTable::keyNames_coverEveryTableKey()
{
    QStringList constants;
    for (const KeyName& name : keyNames())
        constants << QString(name.constant);
    QStringList missing;
    for (const ConfigKey& key : ConfigKeyTable::keys()) {
        if (!constants.contains(key.keyName()))
            missing << key.keyName();
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("table keys without a constant in ConfigKeyNames.h: ") +
                        missing.join(QStringLiteral(", "))));
    QCOMPARE(constants.size(), ConfigKeyTable::keys().size());
}

QTEST_GUILESS_MAIN(TstConfigKeyTable)
#include "tst_configkeytable.moc"
