// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/toml/ConfigParser.h"

#include "base/LogCategories.h"
#include "base/Spelling.h"
#include "config/ConfigDefaults.h"
#include "config/SecretReference.h"
#include "config/engines/MariaDbDumpOptions.h"
#include "config/engines/PgDumpOptions.h"
#include "config/keys/ConfigKeyNames.h"
#include "config/keys/ConfigKeyTable.h"
#include "history/HistoryAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <limits>
#include <utility>

namespace larder {

namespace {

const QStringList kSslModes = {
    QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
    QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full"),
};
const QString kBuiltIn = QStringLiteral("built-in");
// The server made of [defaults]' connection keys, for databases that name no server.
const QString kImplicitServer = QStringLiteral("default");

// The origin of a key the server's engine does not take, inherited from [defaults].
QString notUsedBy(EngineKind engine)
{
    return engine == EngineKind::MariaDB ? ConfigParser::tr("built-in (not used by MariaDB)")
                                         : ConfigParser::tr("built-in (not used by PostgreSQL)");
}

bool isPasswordKey(const QString& key)
{
    return key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0 ||
           key.compare(QLatin1String("passfile"), Qt::CaseInsensitive) == 0;
}

QString typeName(toml::node_type type)
{
    switch (type) {
    case toml::node_type::string:
        return ConfigParser::tr("a string");
    case toml::node_type::integer:
        return ConfigParser::tr("an integer");
    case toml::node_type::floating_point:
        return ConfigParser::tr("a floating-point number");
    case toml::node_type::boolean:
        return ConfigParser::tr("a boolean");
    case toml::node_type::table:
        return ConfigParser::tr("a table");
    case toml::node_type::array:
        return ConfigParser::tr("an array");
    case toml::node_type::date:
        return ConfigParser::tr("a date");
    case toml::node_type::time:
        return ConfigParser::tr("a time");
    case toml::node_type::date_time:
        return ConfigParser::tr("a date-time");
    case toml::node_type::none:
        break;
    }
    return ConfigParser::tr("nothing");
}

QString qstr(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Optimal string alignment distance, so a swapped pair of letters counts as one edit.
QString unknownKeyMessage(const QString& key, const QStringList& valid, const QString& where)
{
    const QString suggestion = Spelling::closest(key, valid);
    if (!suggestion.isEmpty())
        return ConfigParser::tr("unknown key '%1': did you mean '%2'?").arg(key, suggestion);
    return ConfigParser::tr("unknown key '%1': the keys allowed in %2 are %3")
        .arg(key, where, valid.join(QStringLiteral(", ")));
}

// The path with its longest existing ancestor's symlinks resolved (the rest does not exist yet).
QString resolvedPath(const QString& path)
{
    const QString clean = QDir::cleanPath(path);
    QString existing = clean;
    QString rest;
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const qsizetype cut = existing.lastIndexOf(QLatin1Char('/'));
        if (cut <= 0)
            return clean;
        rest = existing.mid(cut) + rest;
        existing.truncate(cut);
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    return canonical.isEmpty() ? clean : QDir::cleanPath(canonical + rest);
}

std::optional<int> parseDuration(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s*(second|minute|hour|day|week)s?\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 count = match.captured(1).toLongLong(&ok);
    const QString unit = match.captured(2).toLower();
    const qint64 factor = unit == QLatin1String("second")   ? 1
                          : unit == QLatin1String("minute") ? 60
                          : unit == QLatin1String("hour")   ? 3600
                          : unit == QLatin1String("day")    ? 86400
                                                            : 7 * 86400;
    if (!ok || count <= 0 || count > std::numeric_limits<int>::max() / factor)
        return std::nullopt;
    return int(count * factor);
}

// Sets as QRegularExpression::wildcardToRegularExpression reads them; with an unclosed '[' it makes an
// invalid expression, which would silently match no database at all.
bool hasUnclosedBracket(const QString& pattern)
{
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != QLatin1Char('['))
            continue;
        qsizetype j = i + 1;
        if (j < pattern.size() && (pattern.at(j) == QLatin1Char('!') || pattern.at(j) == QLatin1Char('^')))
            ++j;
        if (j < pattern.size() && pattern.at(j) == QLatin1Char(']'))
            ++j; // a leading ']' is a member of the set
        const qsizetype close = pattern.indexOf(QLatin1Char(']'), j);
        if (close < 0)
            return true;
        i = close;
    }
    return false;
}

} // namespace

template <typename T>
void ConfigParser::assign(Field<T>& field, const std::optional<T>& parsed, const Place& place)
{
    if (parsed) {
        field.value = *parsed;
        field.place = place;
    }
}

template <typename T>
std::optional<T> ConfigParser::pickOptional(const QString& key, Field<T> Layer::*member,
                                            std::initializer_list<const Layer*> layers,
                                            QMap<QString, QString>& origins, Place* chosen) const
{
    for (const Layer* layer : layers) {
        if (!layer)
            continue;
        const Field<T>& field = layer->*member;
        if (field.value) {
            origins.insert(key, originText(field.place));
            if (chosen)
                *chosen = field.place;
            return field.value;
        }
    }
    origins.insert(key, kBuiltIn);
    return std::nullopt;
}

template <typename T>
T ConfigParser::pick(const QString& key, Field<T> Layer::*member, std::initializer_list<const Layer*> layers,
                     T builtin, QMap<QString, QString>& origins, Place* chosen) const
{
    return pickOptional(key, member, layers, origins, chosen).value_or(std::move(builtin));
}

ConfigParser::ConfigParser(QString displayPath, QString baseDir)
    : m_file(std::move(displayPath)), m_fileName(QFileInfo(m_file).fileName()), m_baseDir(std::move(baseDir))
{
    if (m_fileName.isEmpty())
        m_fileName = m_file;
}

ConfigLoader::LoadResult ConfigParser::parse(const QByteArray& utf8)
{
    const std::optional<toml::table> root = parseToml(utf8);
    if (!root)
        return tl::unexpected(m_issues);
    scanPasswords(*root, QString());
    const Sections sections = readSections(*root);
    Config config = resolve(sections);
    if (!m_issues.isEmpty()) {
        std::stable_sort(m_issues.begin(), m_issues.end(), [](const ConfigIssue& x, const ConfigIssue& y) {
            return std::make_pair(x.line, x.column) < std::make_pair(y.line, y.column);
        });
        qCDebug(lcConfig) << "config" << m_file << "has" << m_issues.size() << "issue(s)";
        return tl::unexpected(m_issues);
    }
    qCDebug(lcConfig) << "loaded config" << m_file << "with" << config.jobs.size() << "job(s) on"
                      << config.servers.size() << "server(s)";
    return config;
}

std::optional<toml::table> ConfigParser::parseToml(const QByteArray& utf8)
{
    try {
        return toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())), m_file.toStdString());
    } catch (const toml::parse_error& error) {
        // The installed toml++ is built with exceptions; keep them from crossing our API.
        addIssue(int(error.source().begin.line), int(error.source().begin.column), QString(),
                 tr("TOML syntax error: %1; fix the file at this position").arg(qstr(error.description())));
        return std::nullopt;
    }
}

ConfigParser::Sections ConfigParser::readSections(const toml::table& root)
{
    Sections sections;
    for (auto&& [key, node] : root) {
        const QString name = qstr(key.str());
        if (isPasswordKey(name))
            continue;
        const Place keyPlace = placeOfKey(key, QString(), name);
        if (name == tables::defaults) {
            if (std::optional<Layer> layer = readSection(SectionKind::Defaults, name, node, keyPlace))
                sections.defaults = *layer;
        } else if (name == tables::servers || name == tables::databases) {
            readSectionGroup(name, node, name == tables::servers ? sections.servers : sections.databases);
        } else if (name == tables::notify) {
            readNotifyGroup(node, sections.notify);
        } else {
            reportUnknownTable(name, keyPlace);
        }
    }
    return sections;
}

void ConfigParser::reportUnknownTable(const QString& name, const Place& keyPlace)
{
    const QStringList names = {tables::defaults, tables::servers, tables::databases, tables::notify};
    const QString suggestion = Spelling::closest(name, names);
    addIssue(keyPlace, suggestion.isEmpty()
                           ? tr("unknown table '%1': the top level holds only [defaults], "
                                "[servers.NAME], [databases.NAME] and [notify.NAME]")
                                 .arg(name)
                           : tr("unknown table '%1': did you mean '%2'?").arg(name, suggestion));
}

void ConfigParser::readSectionGroup(const QString& name, const toml::node& node, QMap<QString, Layer>& into)
{
    const bool isServers = name == tables::servers;
    const toml::table* group = node.as_table();
    if (!group) {
        addIssue(
            placeOf(node, QString(), name),
            tr("expected a table, got %1: write sections as [%2.NAME]").arg(typeName(node.type()), name));
        return;
    }
    for (auto&& [childKey, child] : *group) {
        const QString childName = qstr(childKey.str());
        if (isPasswordKey(childName))
            continue;
        const QString section = name + QLatin1Char('.') + childName;
        const Place childPlace = placeOfKey(childKey, section, section);
        if (!ConfigLoader::isValidName(childName)) {
            addIssue(childPlace, tr("'%1' is not a valid %2 name: use only letters, digits, '-', '_' and '.' "
                                    "(it becomes a directory name)")
                                     .arg(childName, isServers ? tr("server") : tr("database")));
            continue;
        }
        std::optional<Layer> layer =
            readSection(isServers ? SectionKind::Server : SectionKind::Database, section, child, childPlace);
        if (layer)
            into.insert(childName, *layer);
    }
}

Config ConfigParser::resolve(const Sections& sections)
{
    Config config;
    config.path = m_file;
    config.maxParallel = sections.defaults.maxParallel.value.value_or(ConfigDefaults::kRunMaxParallel);
    config.historyPath = sections.defaults.history.value.value_or(ConfigLoader::defaultHistoryPath());
    config.metricsFile = sections.defaults.metricsFile.value.value_or(QString());
    config.hostId = sections.defaults.hostId.value.value_or(QString());
    checkHostId(sections.defaults.hostId);
    config.afterRun = sections.defaults.afterRun.value.value_or(QStringList());
    config.afterRunTimeoutSeconds =
        sections.defaults.hookTimeout.value.value_or(ConfigDefaults::kHookTimeoutSeconds);
    checkMetricsFile(sections.defaults.metricsFile, config.historyPath);
    for (auto it = sections.servers.cbegin(); it != sections.servers.cend(); ++it) {
        const ServerConfig server = resolveServer(it.key(), &it.value(), sections.defaults).config;
        config.servers.insert(it.key(), server);
        checkEngineKeys(it.value(), server.engine,
                        tr("server '%1' is %2").arg(it.key(), engineKindTitle(server.engine)));
    }

    const bool implicitAllowed = sections.defaults.host.value.has_value() || sections.servers.isEmpty();
    const ResolvedServer implicitServer = resolveServer(kImplicitServer, nullptr, sections.defaults);
    checkRestoreServers(sections, implicitAllowed);
    const JobScope scope{sections.servers, sections.defaults, implicitAllowed, implicitServer, config};

    QList<PlacedJob> placed;
    for (auto it = sections.databases.cbegin(); it != sections.databases.cend(); ++it)
        resolveDatabaseJob(it.key(), it.value(), scope, placed);
    // Discovery and globals make jobs from the server alone, so the implicit server can exist without
    // any [databases.NAME] section naming it.
    const ServerConfig& implicit = implicitServer.config;
    if (implicitAllowed && !sections.servers.contains(kImplicitServer) &&
        (implicit.dumpGlobals || !implicit.discoverPatterns.isEmpty())) {
        config.servers.insert(kImplicitServer, implicit);
    }
    // By a copy of the names: resolving restore_server may add the implicit server.
    const QStringList serverNames = config.servers.keys();
    for (const QString& serverName : serverNames)
        resolveServerJobs(serverName, sections, scope, placed);
    reportShadowedDiscoveries(config, sections.databases);
    resolveDefaultsTemplate(sections.defaults, scope);
    reportUselessExcludes(sections, config);
    checkJobDirectories(config, placed);
    checkNotifyFilters(sections.notify, config);
    for (const NotifySection& section : sections.notify)
        config.notify.append(section.config);

    // After the path checks, which refer to jobs by their index.
    std::stable_sort(config.jobs.begin(), config.jobs.end(),
                     [](const JobConfig& a, const JobConfig& b) { return a.name < b.name; });
    return config;
}

void ConfigParser::checkRestoreServers(const Sections& sections, bool implicitAllowed)
{
    // restore_server is checked where it is written, once, even in a section no job uses.
    const auto serverExists = [&](const QString& name) {
        return sections.servers.contains(name) || (name == kImplicitServer && implicitAllowed);
    };
    QStringList candidates = sections.servers.keys();
    if (implicitAllowed && !sections.servers.contains(kImplicitServer))
        candidates.prepend(kImplicitServer);
    QList<const Layer*> everyLayer = {&sections.defaults};
    for (const Layer& layer : sections.servers)
        everyLayer.append(&layer);
    for (const Layer& layer : sections.databases)
        everyLayer.append(&layer);
    for (const Layer* layer : std::as_const(everyLayer)) {
        const Field<QString>& wanted = layer->restoreServer;
        if (wanted.value && !serverExists(*wanted.value)) {
            addIssue(wanted.place,
                     tr("no server named '%1' for restore_server (available: %2): add a "
                        "[servers.%1] section or name one of the available servers")
                         .arg(*wanted.value,
                              candidates.isEmpty() ? tr("none") : candidates.join(QStringLiteral(", "))));
        }
    }
}

void ConfigParser::resolveDatabaseJob(const QString& name, const Layer& db, const JobScope& scope,
                                      QList<PlacedJob>& placed)
{
    const Layer* serverLayer = nullptr;
    ResolvedServer server;
    QString serverOrigin;
    // Without a usable server the job is still checked, so every issue shows up in one pass.
    const bool serverFound = findJobServer(name, db, scope, serverLayer, server, serverOrigin);
    Config& config = scope.config;
    if (serverFound && server.config.name == kImplicitServer && !scope.servers.contains(kImplicitServer))
        config.servers.insert(kImplicitServer, server.config);

    if (serverFound) {
        checkEngineKeys(db, server.config.engine,
                        tr("[databases.%1] is on server '%2', which is %3")
                            .arg(name, server.config.name, engineKindTitle(server.config.engine)));
    }

    JobConfig job;
    job.name = name;
    job.server = server.config;
    job.origins = server.origins;
    job.origins.insert(keys::server, serverOrigin);
    if (db.dbname.value) {
        job.dbname = *db.dbname.value;
        job.origins.insert(keys::dbname, originText(db.dbname.place));
    } else {
        job.dbname = job.name;
        job.origins.insert(keys::dbname, tr("section name"));
    }

    Place dumpDirPlace = db.header;
    const bool restoreFound =
        resolveJobSettings(job, {&db, serverLayer, &scope.defaults}, scope, &dumpDirPlace,
                           /*checkArgs=*/true);
    if (!serverFound || !restoreFound)
        return;
    placed.append({config.jobs.size(), dumpDirPlace});
    config.jobs.append(job);
}

bool ConfigParser::findJobServer(const QString& name, const Layer& db, const JobScope& scope,
                                 const Layer*& serverLayer, ResolvedServer& server, QString& origin)
{
    const QString available =
        scope.servers.isEmpty() ? tr("none") : scope.servers.keys().join(QStringLiteral(", "));
    if (db.server.value) {
        const QString& wanted = *db.server.value;
        origin = originText(db.server.place);
        if (scope.servers.contains(wanted)) {
            serverLayer = &scope.servers.find(wanted).value();
            server = resolveServer(wanted, serverLayer, scope.defaults);
            return true;
        }
        if (wanted == kImplicitServer && scope.implicitAllowed) {
            server = scope.implicitServer;
            return true;
        }
        addIssue(db.server.place, tr("no server named '%1' (available: %2): add a [servers.%1] "
                                     "section or name one of the available servers")
                                      .arg(wanted, available));
        return false;
    }
    origin = kBuiltIn;
    if (scope.servers.contains(kImplicitServer)) {
        serverLayer = &scope.servers.find(kImplicitServer).value();
        server = resolveServer(kImplicitServer, serverLayer, scope.defaults);
        return true;
    }
    if (scope.implicitAllowed) {
        server = scope.implicitServer;
        return true;
    }
    origin.clear();
    addIssue(db.header, tr("no server set (available: %1): add server = \"NAME\" to "
                           "[databases.%2], or set host in [defaults]")
                            .arg(available, name));
    return false;
}

void ConfigParser::resolveServerJobs(const QString& serverName, const Sections& sections,
                                     const JobScope& scope, QList<PlacedJob>& placed)
{
    // Templates for discovered and globals jobs: the server's own settings, then [defaults].
    const Layer* serverLayer =
        sections.servers.contains(serverName) ? &sections.servers.find(serverName).value() : nullptr;
    const ResolvedServer server =
        serverLayer ? resolveServer(serverName, serverLayer, sections.defaults) : scope.implicitServer;
    JobConfig templ;
    templ.server = server.config;
    templ.origins = server.origins;
    templ.origins.insert(keys::server, serverLayer ? originText(serverLayer->header) : kBuiltIn);
    Place dumpDirPlace = serverLayer ? serverLayer->header : sections.defaults.header;
    // A server without discovery has no jobs of its own to which a -j would apply.
    const bool restoreFound =
        resolveJobSettings(templ, {serverLayer, &sections.defaults}, scope, &dumpDirPlace,
                           /*checkArgs=*/!templ.server.discoverPatterns.isEmpty());
    if (!restoreFound)
        return;
    scope.config.serverTemplates.insert(serverName, templ);
    if (templ.server.dumpGlobals)
        addGlobalsJob(serverName, templ, serverLayer, sections, dumpDirPlace, placed, scope.config);
}

void ConfigParser::addGlobalsJob(const QString& serverName, const JobConfig& templ, const Layer* serverLayer,
                                 const Sections& sections, const Place& dumpDirPlace,
                                 QList<PlacedJob>& placed, Config& config)
{
    const Field<bool>& globalsField = serverLayer && serverLayer->dumpGlobals.value
                                          ? serverLayer->dumpGlobals
                                          : sections.defaults.dumpGlobals;
    const QString origin = originText(globalsField.place);
    JobConfig globals = templ;
    globals.name = serverName + QStringLiteral(".globals");
    globals.kind = JobKind::Globals;
    // pg_dumpall (or mariadb-dump's users and grants) writes only a plain SQL script, and the dump
    // args are the database dump's options, not its.
    globals.format = DumpFormat::Plain;
    globals.compression = 0;
    globals.pgDumpArgs.clear();
    globals.mariadbDumpArgs.clear();
    // A test-restore would create the roles on the restore server: it only makes sense by hand.
    globals.testRestore = Schedule();
    // The database the globals dump connects to: always there on its engine.
    globals.dbname =
        templ.server.engine == EngineKind::MariaDB ? QStringLiteral("mysql") : QStringLiteral("postgres");
    for (QLatin1StringView key : {keys::format, keys::compression, keys::pgDumpArgs, keys::mariadbDumpArgs,
                                  keys::testRestore, keys::dbname})
        globals.origins.insert(key, origin);
    if (sections.databases.contains(globals.name)) {
        addIssue(sections.databases.find(globals.name)->header,
                 tr("[databases.\"%1\"] has the name of the globals job that dump_globals = true of "
                    "server '%2' makes (set at %3): rename the section or turn dump_globals off")
                     .arg(globals.name, serverName, origin));
        return;
    }
    placed.append({config.jobs.size(), dumpDirPlace});
    config.jobs.append(globals);
}

void ConfigParser::resolveDefaultsTemplate(const Layer& defaults, const JobScope& scope)
{
    // For jobs only history still knows whose server is gone from the config (KnownJobs).
    JobConfig templ;
    templ.server = scope.implicitServer.config;
    templ.origins = scope.implicitServer.origins;
    Place dumpDirPlace = defaults.header;
    if (resolveJobSettings(templ, {&defaults}, scope, &dumpDirPlace, /*checkArgs=*/false))
        scope.config.defaultsTemplate = templ;
}

void ConfigParser::reportUselessExcludes(const Sections& sections, const Config& config)
{
    // An exclude list without discovery is most likely a forgotten databases key, not an intent.
    bool anyDiscovery = false;
    for (const ServerConfig& server : std::as_const(config.servers))
        anyDiscovery = anyDiscovery || !server.discoverPatterns.isEmpty();
    const auto report = [this](const Layer& layer, const QString& where) {
        addIssue(layer.excludePatterns.place,
                 tr("exclude has no effect because %1 discovers no databases: add databases = \"all\" (or "
                    "patterns) there, or remove exclude")
                     .arg(where));
    };
    if (sections.defaults.excludePatterns.value && !anyDiscovery)
        report(sections.defaults, tr("no server"));
    for (auto it = sections.servers.cbegin(); it != sections.servers.cend(); ++it) {
        if (it.value().excludePatterns.value && config.servers.value(it.key()).discoverPatterns.isEmpty())
            report(it.value(), QStringLiteral("[servers.%1]").arg(it.key()));
    }
}

void ConfigParser::checkJobDirectories(const Config& config, const QList<PlacedJob>& placed)
{
    // Each job owns <dump_dir>/<name>; two jobs sharing or nesting one would prune each other's dumps.
    // Hash lookups of each directory and its ancestors: with a thousand jobs, comparing all pairs
    // dominated `larder plan`.
    QStringList dirs;
    QHash<QString, qsizetype> owners; // case-folded directory -> first job index in `placed`
    // Symlinks resolved: /backups/link/app is /srv/dumps/app when link points there. Once per
    // dump_dir, which a thousand jobs share.
    QHash<QString, QString> canonicalDumpDirs;
    for (qsizetype j = 0; j < placed.size(); ++j) {
        const JobConfig& b = config.jobs.at(placed.at(j).index);
        auto canonical = canonicalDumpDirs.find(b.dumpDir);
        if (canonical == canonicalDumpDirs.end())
            canonical = canonicalDumpDirs.insert(b.dumpDir, resolvedPath(b.dumpDir));
        dirs.append(QDir::cleanPath(*canonical + QLatin1Char('/') + b.name));
        const QString folded = dirs.last().toCaseFolded();
        const auto same = owners.constFind(folded);
        if (same == owners.cend()) {
            owners.insert(folded, j);
            continue;
        }
        const JobConfig& a = config.jobs.at(placed.at(*same).index);
        addIssue(placed.at(j).dumpDir, tr("jobs '%1' and '%2' would both write to %3 (paths are compared "
                                          "case-insensitively): give one of them a different dump_dir or "
                                          "section name")
                                           .arg(a.name, b.name, dirs.last()));
    }
    for (qsizetype j = 0; j < placed.size(); ++j)
        reportNestedDirectory(config, placed, dirs, owners, j);
}

void ConfigParser::reportNestedDirectory(const Config& config, const QList<PlacedJob>& placed,
                                         const QStringList& dirs, const QHash<QString, qsizetype>& owners,
                                         qsizetype j)
{
    QString ancestor = dirs.at(j).toCaseFolded();
    for (qsizetype cut = ancestor.lastIndexOf(QLatin1Char('/')); cut > 0;
         cut = ancestor.lastIndexOf(QLatin1Char('/'))) {
        ancestor.truncate(cut);
        const auto outer = owners.constFind(ancestor);
        if (outer == owners.cend())
            continue;
        const JobConfig& a = config.jobs.at(placed.at(*outer).index);
        const JobConfig& b = config.jobs.at(placed.at(j).index);
        addIssue(placed.at(j).dumpDir, tr("job '%1' would write to %2, inside job '%3''s directory %4: give "
                                          "it a dump_dir outside %4")
                                           .arg(b.name, dirs.at(j), a.name, dirs.at(*outer)));
    }
}

void ConfigParser::reportShadowedDiscoveries(const Config& config, const QMap<QString, Layer>& databases)
{
    // A section named SERVER.DB takes the name discovery gives DB on SERVER, and discovery then
    // skips DB: unless the section dumps that very database, DB would never be backed up.
    for (const JobConfig& job : config.jobs) {
        if (job.kind != JobKind::Database || !databases.contains(job.name))
            continue;
        for (const ServerConfig& server : config.servers) {
            const QString prefix = server.name + QLatin1Char('.');
            if (server.discoverPatterns.isEmpty() || !job.name.startsWith(prefix))
                continue;
            const QString dbname = job.name.mid(prefix.size());
            if (!server.discovers(dbname) || (job.server.name == server.name && job.dbname == dbname)) {
                continue;
            }
            addIssue(databases[job.name].header,
                     tr("[databases.\"%1\"] takes the name that database %2, discovered on server '%3', "
                        "would get, so that database would never be dumped: rename the section, or add "
                        "\"%2\" to exclude of server '%3'")
                         .arg(job.name, dbname, server.name));
        }
    }
}

bool ConfigParser::resolveJobSettings(JobConfig& job, std::initializer_list<const Layer*> chain,
                                      const JobScope& scope, Place* dumpDirPlace, bool checkArgs)
{
    Place argsPlace;
    job.schedule =
        pick(keys::schedule, &Layer::schedule, chain,
             Schedule::parse(QLatin1String(ConfigDefaults::kSchedule)).value_or(Schedule()), job.origins);
    job.format = pick(keys::format, &Layer::format, chain, ConfigDefaults::kFormat, job.origins);
    job.compression =
        pick(keys::compression, &Layer::compression, chain, ConfigDefaults::kCompression, job.origins);
    job.dumpDir = pick(keys::dumpDir, &Layer::dumpDir, chain, ConfigLoader::defaultDumpDir(), job.origins,
                       dumpDirPlace);
    job.timeoutSeconds =
        pick(keys::timeout, &Layer::timeout, chain, ConfigDefaults::kTimeoutSeconds, job.origins);
    job.retrySeconds = pick(keys::retry, &Layer::retry, chain, ConfigDefaults::kRetrySeconds, job.origins);
    job.enabled = pick(keys::enabled, &Layer::enabled, chain, ConfigDefaults::kEnabled, job.origins);
    job.maxAgeSeconds = pickOptional(keys::maxAge, &Layer::maxAge, chain, job.origins);
    job.minSizeRatio =
        pick(keys::minSizeRatio, &Layer::minSizeRatio, chain, ConfigDefaults::kMinSizeRatio, job.origins);
    job.beforeDump = pick(keys::beforeDump, &Layer::beforeDump, chain, QStringList(), job.origins);
    job.afterDump = pick(keys::afterDump, &Layer::afterDump, chain, QStringList(), job.origins);
    job.onFailure = pick(keys::onFailure, &Layer::onFailure, chain, QStringList(), job.origins);
    job.hookTimeoutSeconds =
        pick(keys::hookTimeout, &Layer::hookTimeout, chain, ConfigDefaults::kHookTimeoutSeconds, job.origins);
    job.pgDumpArgs =
        pick(keys::pgDumpArgs, &Layer::pgDumpArgs, chain, QStringList(), job.origins, &argsPlace);
    job.mariadbDumpArgs =
        pick(keys::mariadbDumpArgs, &Layer::mariadbDumpArgs, chain, QStringList(), job.origins);
    job.retention.keepLast = pickOptional(keys::keepLast, &Layer::keepLast, chain, job.origins);
    job.retention.keepDaily = pickOptional(keys::keepDaily, &Layer::keepDaily, chain, job.origins);
    job.retention.keepWeekly = pickOptional(keys::keepWeekly, &Layer::keepWeekly, chain, job.origins);
    job.retention.keepMonthly = pickOptional(keys::keepMonthly, &Layer::keepMonthly, chain, job.origins);
    if (const std::optional<int> within =
            pickOptional(keys::keepWithin, &Layer::keepWithin, chain, job.origins)) {
        job.retention.keepWithinSeconds = qint64(*within);
    }
    job.testRestore =
        pick(keys::testRestore, &Layer::testRestore, chain,
             Schedule::parse(QLatin1String(ConfigDefaults::kTestRestore)).value_or(Schedule()), job.origins);

    applyEngine(job);
    const bool restoreFound = resolveRestoreServer(job, chain, scope);
    if (checkArgs && job.server.engine == EngineKind::PostgreSQL)
        checkArgsForFormat(job, chain, argsPlace);
    if (checkArgs && restoreFound)
        checkRestoreEngine(job, chain);
    return restoreFound;
}

void ConfigParser::applyEngine(JobConfig& job)
{
    // Keys of the other engine can only come from [defaults] here: a server's or database's own
    // section is checked by checkEngineKeys.
    if (job.server.engine == EngineKind::MariaDB) {
        // mariadb-dump writes SQL only; compression stays, as the gzip level (.sql.gz).
        if (job.format != DumpFormat::Plain) {
            job.format = DumpFormat::Plain;
            job.origins.insert(keys::format, tr("built-in (MariaDB dumps are SQL)"));
        }
        if (!job.pgDumpArgs.isEmpty()) {
            job.pgDumpArgs.clear();
            job.origins.insert(keys::pgDumpArgs, notUsedBy(EngineKind::MariaDB));
        }
    } else if (!job.mariadbDumpArgs.isEmpty()) {
        job.mariadbDumpArgs.clear();
        job.origins.insert(keys::mariadbDumpArgs, notUsedBy(EngineKind::PostgreSQL));
    }
}

void ConfigParser::checkRestoreEngine(const JobConfig& job, std::initializer_list<const Layer*> chain)
{
    const EngineKind engine = job.server.engine;
    if (job.restoreServer.engine == engine || m_unreadableEngine)
        return;
    const auto layer =
        std::find_if(chain.begin(), chain.end(), [](const Layer* l) { return l && l->restoreServer.value; });
    if (layer == chain.end())
        return;
    const QString who = job.name.isEmpty() ? tr("the discovered jobs of server '%1' are").arg(job.server.name)
                                           : tr("job '%1' is").arg(job.name);
    addIssueOnce((*layer)->restoreServer.place,
                 tr("restore_server '%1' is a %2 server, but %3 on %4 server '%5': a dump can only be "
                    "restored into a server of its own engine; name a %4 server")
                     .arg(job.restoreServer.name, engineKindTitle(job.restoreServer.engine), who,
                          engineKindTitle(engine), job.server.name));
}

void ConfigParser::checkEngineKeys(const Layer& layer, EngineKind engine, const QString& where)
{
    if (m_unreadableEngine)
        return; // the server's engine is a guess: its keys would be reported against the wrong one
    // The engine that owns a key set here although this server's engine does not take it.
    const auto report = [this, &where](const Place& place, const QString& key, EngineKind owner,
                                       const QString& todo) {
        addIssue(place, tr("%1 is %2's, but %3: %4").arg(key, engineKindTitle(owner), where, todo));
    };
    if (engine == EngineKind::PostgreSQL) {
        if (layer.mariadbDumpArgs.value) {
            report(layer.mariadbDumpArgs.place, keys::mariadbDumpArgs, EngineKind::MariaDB,
                   tr("put pg_dump's options in pg_dump_args instead, or set engine = \"mariadb\" if the "
                      "server is MariaDB or MySQL"));
        }
        return;
    }
    if (layer.pgDumpArgs.value) {
        report(layer.pgDumpArgs.place, keys::pgDumpArgs, EngineKind::PostgreSQL,
               tr("put mariadb-dump's options in mariadb_dump_args instead"));
    }
    if (layer.pgDump.value)
        report(layer.pgDump.place, keys::pgDump, EngineKind::PostgreSQL, tr("remove it"));
    if (layer.sslmode.value) {
        report(layer.sslmode.place, keys::sslmode, EngineKind::PostgreSQL,
               tr("remove it; for TLS set ssl-ca (and ssl-verify-server-cert) in the [client] section of "
                  "~/.my.cnf, or pass --ssl-ca=FILE in mariadb_dump_args"));
    }
    if (layer.format.value && *layer.format.value != DumpFormat::Plain) {
        addIssue(layer.format.place,
                 tr("format = \"%1\" is PostgreSQL's, but %2: MariaDB dumps are always SQL scripts; remove "
                    "format or set format = \"plain\" (compression 1-9 gzips them)")
                     .arg(dumpFormatName(*layer.format.value), where));
    }
}

bool ConfigParser::resolveRestoreServer(JobConfig& job, std::initializer_list<const Layer*> chain,
                                        const JobScope& scope)
{
    const std::optional<QString> restoreName =
        pickOptional(keys::restoreServer, &Layer::restoreServer, chain, job.origins);
    if (!restoreName) {
        job.restoreServer = job.server;
    } else if (scope.servers.contains(*restoreName)) {
        job.restoreServer =
            resolveServer(*restoreName, &scope.servers.find(*restoreName).value(), scope.defaults).config;
    } else if (*restoreName == scope.implicitServer.config.name && scope.implicitAllowed) {
        job.restoreServer = scope.implicitServer.config;
        scope.config.servers.insert(scope.implicitServer.config.name, scope.implicitServer.config);
    } else {
        return false; // reported by checkRestoreServers, where it is written
    }
    return true;
}

void ConfigParser::checkArgsForFormat(const JobConfig& job, std::initializer_list<const Layer*> chain,
                                      const Place& argsPlace)
{
    // The layer whose pg_dump_args the job took, for the place of each element.
    const auto argsLayer = std::find_if(chain.begin(), chain.end(),
                                        [](const Layer* layer) { return layer && layer->pgDumpArgs.value; });
    if (argsLayer == chain.end())
        return;
    // Templates have no name of their own; their settings reach every discovered job of the server.
    const QString who = job.name.isEmpty() ? tr("the discovered jobs of server '%1'").arg(job.server.name)
                                           : tr("job '%1'").arg(job.name);
    for (const PgDumpOptions::Problem& problem :
         PgDumpOptions::checkForFormat(job.pgDumpArgs, job.format, who))
        addIssue((*argsLayer)->pgDumpArgPlaces.value(problem.element, argsPlace), problem.message);
}

void ConfigParser::scanPasswords(const toml::table& table, const QString& prefix)
{
    for (auto&& [key, node] : table) {
        const QString name = qstr(key.str());
        const QString dotted = prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
        if (isPasswordKey(name)) {
            const QString server =
                prefix.startsWith(QLatin1String("servers."))
                    ? prefix.mid(QStringLiteral("servers.").size()).section(QLatin1Char('.'), 0, 0)
                    : QStringLiteral("SERVER");
            addIssue(placeOfKey(key, prefix, dotted),
                     tr("passwords are not kept in the config: run `larder password set %1` to store it in "
                        "the OS keychain, or use ~/.pgpass; then remove '%2'")
                         .arg(server, name));
            continue;
        }
        if (const toml::table* child = node.as_table())
            scanPasswords(*child, dotted);
        else if (const toml::array* array = node.as_array()) {
            for (size_t i = 0; i < array->size(); ++i) {
                if (const toml::table* element = array->get(i)->as_table())
                    scanPasswords(*element, dotted + QStringLiteral("[%1]").arg(i));
            }
        }
    }
}

std::optional<ConfigParser::Layer> ConfigParser::readSection(SectionKind kind, const QString& section,
                                                             const toml::node& node, const Place& keyPlace)
{
    const toml::table* table = node.as_table();
    if (!table) {
        addIssue(placeOf(node, section, section),
                 tr("expected a table, got %1: write it as a section header [%2] followed by key = value "
                    "lines")
                     .arg(typeName(node.type()), section));
        return std::nullopt;
    }
    Layer layer;
    layer.header = keyPlace;
    layer.header.section = section;
    for (auto&& [key, value] : *table) {
        const QString name = qstr(key.str());
        if (isPasswordKey(name))
            continue; // reported by scanPasswords
        readKey(kind, layer, name, value, placeOfKey(key, section, section + QLatin1Char('.') + name));
    }
    return layer;
}

ConfigKey::Scope ConfigParser::scopeOf(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Defaults:
        break;
    case SectionKind::Server:
        return ConfigKey::Scope::Server;
    case SectionKind::Database:
        return ConfigKey::Scope::Database;
    }
    return ConfigKey::Scope::Defaults;
}

QString ConfigParser::misplacedKeyMessage(SectionKind kind, const QString& key) const
{
    const ConfigKey* known = ConfigKeyTable::find(key);
    if (!known)
        return QString();
    if (kind == SectionKind::Database && known->role == ConfigKey::Role::Connection) {
        return tr("'%1' is a connection setting and belongs in a [servers.NAME] section (or [defaults]): "
                  "move it there and set server = \"NAME\" in this database")
            .arg(key);
    }
    if (kind == SectionKind::Database && known->role == ConfigKey::Role::ServerJobs) {
        return tr("'%1' is a server setting (it makes jobs of its own for the server) and belongs in a "
                  "[servers.NAME] section or in [defaults]: move it there")
            .arg(key);
    }
    if (kind == SectionKind::Database && known->role == ConfigKey::Role::Parallelism) {
        return tr("'max_parallel' limits dumps per server or per run: set it in a [servers.NAME] section "
                  "or in [defaults]");
    }
    if (kind != SectionKind::Defaults && known->role == ConfigKey::Role::DefaultsOnly)
        return tr("'%1' can only be set in [defaults]: move it there").arg(key);
    if (kind != SectionKind::Database && known->role == ConfigKey::Role::DatabaseOnly)
        return tr("'%1' belongs in a [databases.NAME] section: move it there").arg(key);
    if (known->role == ConfigKey::Role::Notify)
        return tr("'%1' belongs in a [notify.NAME] section: move it there").arg(key);
    return QString();
}

void ConfigParser::readKey(SectionKind kind, Layer& layer, const QString& key, const toml::node& value,
                           const Place& keyPlace)
{
    const ConfigKey::Scope scope = scopeOf(kind);
    const ConfigKey* known = ConfigKeyTable::find(key);
    if (!known || !known->allowedIn(scope)) {
        const QString misplaced = misplacedKeyMessage(kind, key);
        addIssue(keyPlace, misplaced.isEmpty() ? unknownKeyMessage(key, ConfigKeyTable::names(scope),
                                                                   ConfigKeyTable::sectionName(scope))
                                               : misplaced);
        return;
    }
    readValue(*known, layer, value, placeOf(value, layer.header.section, keyPlace.key));
}

void ConfigParser::readValue(const ConfigKey& key, Layer& layer, const toml::node& value, const Place& place)
{
    const QString name = key.keyName();
    switch (key.type) {
    case ConfigKey::Type::String:
    case ConfigKey::Type::OptionalString:
        assign(layer.*stringField(name),
               readString(value, place, key.type == ConfigKey::Type::OptionalString), place);
        return;
    case ConfigKey::Type::Path:
        assign(layer.*stringField(name),
               name == keys::history ? readHistory(value, place) : readPath(value, place), place);
        return;
    case ConfigKey::Type::OptionalPath:
        assign(layer.*stringField(name), readOptionalPath(value, place), place);
        return;
    case ConfigKey::Type::SslMode:
        assign(layer.*stringField(name), readSslMode(value, place), place);
        return;
    case ConfigKey::Type::Integer:
        assign(layer.*intField(name), readInt(value, place, key.min, key.max), place);
        return;
    case ConfigKey::Type::Duration:
        assign(layer.*intField(name), readDuration(value, place, name, QLatin1String(key.example)), place);
        return;
    case ConfigKey::Type::Retry:
        assign(layer.*intField(name), readRetry(value, place, name, QLatin1String(key.example)), place);
        return;
    case ConfigKey::Type::Count:
        assign(layer.*intField(name), readCount(value, place, name), place);
        return;
    case ConfigKey::Type::Boolean:
        assign(layer.*boolField(name), readBool(value, place, name), place);
        return;
    case ConfigKey::Type::Patterns:
        assign(layer.*listField(name), readPatterns(value, place, name), place);
        return;
    case ConfigKey::Type::Schedule:
        assign(name == keys::schedule ? layer.schedule : layer.testRestore, readSchedule(value, place),
               place);
        return;
    case ConfigKey::Type::Format:
        assign(layer.format, readFormat(value, place), place);
        return;
    case ConfigKey::Type::Arguments:
        readDumpArgsInto(EngineKind::PostgreSQL, layer, value, place);
        return;
    case ConfigKey::Type::MariaDbArguments:
        readDumpArgsInto(EngineKind::MariaDB, layer, value, place);
        return;
    case ConfigKey::Type::Engine:
        assign(layer.engine, readEngine(value, place), place);
        return;
    case ConfigKey::Type::Ratio:
        assign(layer.minSizeRatio, readRatio(value, place, name), place);
        return;
    case ConfigKey::Type::Command: {
        static const QHash<QString, Member<QStringList>> hooks = {
            {keys::beforeDump, &Layer::beforeDump},
            {keys::afterDump, &Layer::afterDump},
            {keys::onFailure, &Layer::onFailure},
            {keys::afterRun, &Layer::afterRun},
        };
        Q_ASSERT(hooks.contains(name));
        assign(layer.*hooks.value(name), readCommand(value, place, name), place);
        return;
    }
    case ConfigKey::Type::Url:
    case ConfigKey::Type::NotifyKind:
    case ConfigKey::Type::Events:
    case ConfigKey::Type::Names:
    case ConfigKey::Type::Headers:
        return; // [notify.NAME] keys: readNotifyKey
    }
}

ConfigParser::Member<QString> ConfigParser::stringField(const QString& key)
{
    static const QHash<QString, Member<QString>> fields = {
        {keys::host, &Layer::host},
        {keys::user, &Layer::user},
        {keys::sslmode, &Layer::sslmode},
        {keys::pgDump, &Layer::pgDump},
        {keys::dumpDir, &Layer::dumpDir},
        {keys::history, &Layer::history},
        {keys::hostId, &Layer::hostId},
        {keys::metricsFile, &Layer::metricsFile},
        {keys::server, &Layer::server},
        {keys::dbname, &Layer::dbname},
        {keys::restoreServer, &Layer::restoreServer},
    };
    Q_ASSERT(fields.contains(key));
    return fields.value(key);
}

ConfigParser::Member<int> ConfigParser::intField(const QString& key)
{
    static const QHash<QString, Member<int>> fields = {
        {keys::port, &Layer::port},
        {keys::connectTimeout, &Layer::connectTimeout},
        {keys::maxParallel, &Layer::maxParallel},
        {keys::compression, &Layer::compression},
        {keys::timeout, &Layer::timeout},
        {keys::retry, &Layer::retry},
        {keys::maxAge, &Layer::maxAge},
        {keys::hookTimeout, &Layer::hookTimeout},
        {keys::keepLast, &Layer::keepLast},
        {keys::keepDaily, &Layer::keepDaily},
        {keys::keepWeekly, &Layer::keepWeekly},
        {keys::keepMonthly, &Layer::keepMonthly},
        {keys::keepWithin, &Layer::keepWithin},
    };
    Q_ASSERT(fields.contains(key));
    return fields.value(key);
}

ConfigParser::Member<bool> ConfigParser::boolField(const QString& key)
{
    return key == keys::dumpGlobals ? &Layer::dumpGlobals : &Layer::enabled;
}

ConfigParser::Member<QStringList> ConfigParser::listField(const QString& key)
{
    return key == keys::databases ? &Layer::discoverPatterns : &Layer::excludePatterns;
}

std::optional<QString> ConfigParser::readPath(const toml::node& node, const Place& place)
{
    const std::optional<QString> path = readString(node, place, false);
    if (!path)
        return std::nullopt;
    return resolveUserPath(*path);
}

std::optional<QString> ConfigParser::readHistory(const toml::node& node, const Place& place)
{
    const std::optional<QString> text = readString(node, place, false);
    if (!text)
        return std::nullopt;
    if (!HistoryAddress::isUrl(*text))
        return resolveUserPath(*text);
    if (const auto address = HistoryAddress::parse(*text); !address) {
        addIssue(place, address.error().message);
        return std::nullopt;
    }
    return *text;
}

void ConfigParser::checkHostId(const Field<QString>& field)
{
    // Shown in tables and messages, and in pg_stat_activity's application_name.
    if (field.value && (!ConfigLoader::isValidName(*field.value) || field.value->size() > 50)) {
        addIssue(field.place, tr("host_id '%1' may only hold letters, digits, '.', '_' and '-' (at most 50): "
                                 "e.g. \"backup-2\"")
                                  .arg(*field.value));
    }
}

std::optional<QString> ConfigParser::readOptionalPath(const toml::node& node, const Place& place)
{
    const std::optional<QString> path = readString(node, place, true);
    if (!path)
        return std::nullopt;
    // "" turns the file off, so a [defaults] line can be kept while disabled.
    return path->trimmed().isEmpty() ? QString() : resolveUserPath(*path);
}

void ConfigParser::checkMetricsFile(const Field<QString>& field, const QString& historyPath)
{
    if (!field.value || field.value->isEmpty())
        return;
    const QString& path = *field.value;
    if (QFileInfo(path).isDir()) {
        addIssue(field.place, tr("metrics_file %1 is a directory: name a file in it, e.g. \"%2\"")
                                  .arg(path, QDir(path).filePath(QStringLiteral("larder.prom"))));
    } else if (!path.endsWith(QLatin1String(".prom"))) {
        // node_exporter's textfile collector silently ignores any other name.
        addIssue(field.place, tr("metrics_file %1 does not end in .prom, so node_exporter's textfile "
                                 "collector would not read it: name it e.g. \"larder.prom\"")
                                  .arg(path));
    } else if (resolvedPath(path) == resolvedPath(historyPath)) {
        addIssue(field.place, tr("metrics_file is the history file %1: name another file").arg(path));
    }
}

std::optional<QString> ConfigParser::readSslMode(const toml::node& node, const Place& place)
{
    const std::optional<QString> mode = readString(node, place, false);
    if (!mode || kSslModes.contains(*mode))
        return mode;
    addIssue(place,
             tr("'%1' is not an sslmode: use one of %2").arg(*mode, kSslModes.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<DumpFormat> ConfigParser::readFormat(const toml::node& node, const Place& place)
{
    const std::optional<QString> text = readString(node, place, false);
    if (!text)
        return std::nullopt;
    for (DumpFormat format :
         {DumpFormat::Custom, DumpFormat::Directory, DumpFormat::Plain, DumpFormat::Tar}) {
        if (*text == dumpFormatName(format))
            return format;
    }
    addIssue(place, tr("'%1' is not a dump format: use custom, directory, plain or tar").arg(*text));
    return std::nullopt;
}

std::optional<Schedule> ConfigParser::readSchedule(const toml::node& node, const Place& place)
{
    const std::optional<QString> text = readString(node, place, false);
    if (!text)
        return std::nullopt;
    Result<Schedule> schedule = Schedule::parse(*text);
    if (!schedule) {
        addIssue(place, schedule.error().message);
        return std::nullopt;
    }
    return *schedule;
}

std::optional<EngineKind> ConfigParser::readEngine(const toml::node& node, const Place& place)
{
    const std::optional<QString> text = readString(node, place, false);
    const std::optional<EngineKind> kind = text ? engineKindFromName(*text) : std::nullopt;
    if (kind || !text) {
        m_unreadableEngine = m_unreadableEngine || !kind;
        return kind;
    }
    const QStringList names = {QStringLiteral("postgresql"), QStringLiteral("postgres"),
                               QStringLiteral("mariadb"), QStringLiteral("mysql")};
    const QString suggestion = Spelling::closest(*text, names);
    addIssue(place, suggestion.isEmpty()
                        ? tr("'%1' is not an engine Larder knows: use %2").arg(*text, engineKindChoices())
                        : tr("'%1' is not an engine Larder knows: did you mean '%2'? (use %3)")
                              .arg(*text, suggestion, engineKindChoices()));
    m_unreadableEngine = true;
    return std::nullopt;
}

void ConfigParser::readDumpArgsInto(EngineKind engine, Layer& layer, const toml::node& node,
                                    const Place& place)
{
    QList<Place> elementPlaces;
    const std::optional<QStringList> args = readDumpArgs(engine, node, place, elementPlaces);
    if (!args)
        return;
    const bool pg = engine == EngineKind::PostgreSQL;
    assign(pg ? layer.pgDumpArgs : layer.mariadbDumpArgs, args, place);
    (pg ? layer.pgDumpArgPlaces : layer.mariadbDumpArgPlaces) = elementPlaces;
}

std::optional<QString> ConfigParser::readString(const toml::node& node, const Place& place, bool allowEmpty)
{
    const toml::value<std::string>* text = node.as_string();
    if (!text) {
        addIssue(place,
                 tr("expected a string, got %1: put the value in double quotes").arg(typeName(node.type())));
        return std::nullopt;
    }
    const QString result = qstr(text->get());
    if (!allowEmpty && result.trimmed().isEmpty()) {
        addIssue(place, tr("the value is empty: give a value or remove the key to use the inherited one"));
        return std::nullopt;
    }
    return result;
}

std::optional<int> ConfigParser::readInt(const toml::node& node, const Place& place, int min, int max)
{
    const toml::value<int64_t>* number = node.as_integer();
    if (!number) {
        addIssue(place, node.is_string()
                            ? tr("expected an integer, got a string: write the number without quotes")
                            : tr("expected an integer, got %1").arg(typeName(node.type())));
        return std::nullopt;
    }
    const int64_t v = number->get();
    if (v < min || v > max) {
        addIssue(place, tr("%1 is out of range: use an integer from %2 to %3").arg(v).arg(min).arg(max));
        return std::nullopt;
    }
    return int(v);
}

std::optional<int> ConfigParser::readDuration(const toml::node& node, const Place& place, const QString& key,
                                              const QString& example)
{
    if (const toml::value<int64_t>* number = node.as_integer()) {
        const int64_t v = number->get();
        if (v <= 0 || v > std::numeric_limits<int>::max()) {
            addIssue(place, tr("%1 is not a usable %2: give a positive number of seconds or a duration such "
                               "as \"%3\"")
                                .arg(QString::number(v), key, example));
            return std::nullopt;
        }
        return int(v);
    }
    if (const toml::value<std::string>* text = node.as_string()) {
        const QString value = qstr(text->get());
        if (std::optional<int> seconds = parseDuration(value))
            return seconds;
        addIssue(place, tr("'%1' is not a duration for %2: write e.g. \"%3\", \"90 minutes\", \"1 day\", "
                           "\"2 weeks\" or a positive number of seconds")
                            .arg(value, key, example));
        return std::nullopt;
    }
    addIssue(place, tr("expected a duration for %1 such as \"%2\" or a number of seconds, got %3")
                        .arg(key, example, typeName(node.type())));
    return std::nullopt;
}

std::optional<int> ConfigParser::readRetry(const toml::node& node, const Place& place, const QString& key,
                                           const QString& example)
{
    if (const toml::value<std::string>* text = node.as_string();
        text && qstr(text->get()).trimmed().compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        return 0;
    if (const toml::value<int64_t>* number = node.as_integer(); number && number->get() == 0)
        return 0;
    return readDuration(node, place, key, example);
}

std::optional<int> ConfigParser::readCount(const toml::node& node, const Place& place, const QString& key)
{
    const toml::value<int64_t>* number = node.as_integer();
    if (!number) {
        addIssue(place, tr("%1 must be a whole number of dumps, got %2: write e.g. %1 = 7 (without quotes)")
                            .arg(key, typeName(node.type())));
        return std::nullopt;
    }
    const int64_t v = number->get();
    if (v < 0 || v > std::numeric_limits<int>::max()) {
        addIssue(place, tr("%1 = %2 is out of range: use 0 or more (0 means this rule keeps nothing; remove "
                           "the key to not use the rule)")
                            .arg(key, QString::number(v)));
        return std::nullopt;
    }
    return int(v);
}

std::optional<double> ConfigParser::readRatio(const toml::node& node, const Place& place, const QString& key)
{
    std::optional<double> ratio;
    if (const toml::value<double>* number = node.as_floating_point())
        ratio = number->get();
    else if (const toml::value<int64_t>* whole = node.as_integer())
        ratio = double(whole->get());
    if (!ratio) {
        addIssue(place, tr("%1 must be a number from 0 to 1, got %2: write e.g. %1 = 0.5 (without quotes)")
                            .arg(key, typeName(node.type())));
        return std::nullopt;
    }
    if (!(*ratio >= 0.0 && *ratio <= 1.0)) {
        addIssue(place,
                 tr("%1 = %2 is out of range: use a number from 0 to 1, e.g. 0.5 (0 turns the check off)")
                     .arg(key, QString::number(*ratio)));
        return std::nullopt;
    }
    return ratio;
}

std::optional<bool> ConfigParser::readBool(const toml::node& node, const Place& place, const QString& key)
{
    if (const toml::value<bool>* flag = node.as_boolean())
        return flag->get();
    addIssue(place, tr("%1 must be true or false, got %2: write %1 = true (without quotes)")
                        .arg(key, typeName(node.type())));
    return std::nullopt;
}

std::optional<QStringList> ConfigParser::readPatterns(const toml::node& node, const Place& place,
                                                      const QString& key)
{
    const bool isDatabases = key == keys::databases;
    if (const toml::value<std::string>* text = node.as_string()) {
        const QString value = qstr(text->get());
        if (isDatabases && value == QLatin1String("all"))
            return QStringList{QStringLiteral("*")};
        addIssue(place, isDatabases
                            ? tr("'%1' is not a database selection: write databases = \"all\" or an "
                                 "array of name patterns such as [\"app_*\", \"billing\"]")
                                  .arg(value)
                            : tr("expected an array of name patterns, got a string: write %1 = [\"%2\"]")
                                  .arg(key, value));
        return std::nullopt;
    }
    const toml::array* array = node.as_array();
    if (!array) {
        addIssue(place, isDatabases ? tr("expected \"all\" or an array of name patterns, got %1: write "
                                         "databases = \"all\" or databases = [\"app_*\"]")
                                          .arg(typeName(node.type()))
                                    : tr("expected an array of name patterns, got %1: write e.g. %2 = "
                                         "[\"template*\", \"*_old\"]")
                                          .arg(typeName(node.type()), key));
        return std::nullopt;
    }
    if (isDatabases && array->empty()) {
        addIssue(place, tr("databases = [] selects nothing: use databases = \"all\" or list patterns; remove "
                           "the key to turn discovery off"));
        return std::nullopt;
    }
    QStringList patterns;
    bool ok = true;
    for (size_t i = 0; i < array->size(); ++i) {
        const toml::node& element = *array->get(i);
        const Place elementPlace = placeOf(element, place.section, place.key + QStringLiteral("[%1]").arg(i));
        const toml::value<std::string>* text = element.as_string();
        if (!text) {
            addIssue(elementPlace,
                     tr("expected a name pattern string, got %1: put each pattern in double quotes")
                         .arg(typeName(element.type())));
            ok = false;
            continue;
        }
        const QString pattern = qstr(text->get());
        if (pattern.trimmed().isEmpty()) {
            addIssue(elementPlace,
                     tr("the pattern is empty: give a database name or a glob such as \"app_*\", "
                        "or remove the element"));
            ok = false;
        } else if (hasUnclosedBracket(pattern)) {
            addIssue(
                elementPlace,
                tr("'%1' has a '[' without a closing ']': close the set, e.g. \"db[0-9]\"").arg(pattern));
            ok = false;
        } else {
            patterns.append(pattern);
        }
    }
    if (!ok)
        return std::nullopt;
    return patterns;
}

std::optional<QStringList> ConfigParser::readCommand(const toml::node& node, const Place& place,
                                                     const QString& key)
{
    const toml::array* array = node.as_array();
    if (!array) {
        // A shell string is never split or run by a shell behind the user's back.
        addIssue(place, tr("expected an array of strings (the program and its arguments, no shell), got %1: "
                           "write e.g. %2 = [\"/usr/local/bin/notify\", \"--job\"], or %2 = [\"sh\", "
                           "\"-c\", \"...\"] for a shell")
                            .arg(typeName(node.type()), key));
        return std::nullopt;
    }
    QStringList argv;
    bool ok = true;
    for (size_t i = 0; i < array->size(); ++i) {
        const toml::node& element = *array->get(i);
        const Place elementPlace = placeOf(element, place.section, place.key + QStringLiteral("[%1]").arg(i));
        const toml::value<std::string>* text = element.as_string();
        if (!text) {
            addIssue(elementPlace, tr("expected a string, got %1: put each argument in double quotes")
                                       .arg(typeName(element.type())));
            ok = false;
            continue;
        }
        argv.append(qstr(text->get()));
    }
    if (!ok)
        return std::nullopt;
    if (argv.isEmpty())
        return argv; // [] turns off an inherited hook
    const Place programPlace = placeOf(*array->get(0), place.section, place.key + QStringLiteral("[0]"));
    const QString& program = argv.constFirst();
    if (program.trimmed().isEmpty()) {
        addIssue(programPlace, tr("the program of %1 is empty: name it, e.g. \"/usr/bin/rclone\"").arg(key));
        return std::nullopt;
    }
    // Resolved now, so that a typo is a config error at load rather than a failed dump at 3 a.m.
    QString resolved;
    if (program.contains(QLatin1Char('/'))) {
        resolved = resolveUserPath(program);
    } else {
        resolved = QStandardPaths::findExecutable(program);
        if (resolved.isEmpty()) {
            addIssue(programPlace, tr("%1: program '%2' was not found on PATH (%3): install it, or write its "
                                      "absolute path")
                                       .arg(key, program, qEnvironmentVariable("PATH")));
            return std::nullopt;
        }
    }
    const QFileInfo info(resolved);
    if (!info.exists()) {
        addIssue(programPlace, tr("%1: program %2 does not exist").arg(key, resolved));
        return std::nullopt;
    }
    if (info.isDir() || !info.isExecutable()) {
        addIssue(programPlace, tr("%1: %2 is not an executable program").arg(key, resolved));
        return std::nullopt;
    }
    argv[0] = info.absoluteFilePath();
    return argv;
}

std::optional<QStringList> ConfigParser::readDumpArgs(EngineKind engine, const toml::node& node,
                                                      const Place& place, QList<Place>& elementPlaces)
{
    const bool pg = engine == EngineKind::PostgreSQL;
    const toml::array* array = node.as_array();
    if (!array) {
        addIssue(place, tr("expected an array of strings, got %1: write e.g. %2")
                            .arg(typeName(node.type()),
                                 pg ? QStringLiteral("pg_dump_args = [\"--no-owner\"]")
                                    : QStringLiteral("mariadb_dump_args = [\"--skip-lock-tables\"]")));
        return std::nullopt;
    }
    QStringList args;
    QList<Place> argPlaces; // of the string elements, one per entry of args
    bool ok = true;
    for (size_t i = 0; i < array->size(); ++i) {
        const toml::node& element = *array->get(i);
        const Place elementPlace = placeOf(element, place.section, place.key + QStringLiteral("[%1]").arg(i));
        elementPlaces.append(elementPlace);
        const toml::value<std::string>* text = element.as_string();
        if (!text) {
            addIssue(elementPlace, tr("expected a string, got %1: put each argument in double quotes")
                                       .arg(typeName(element.type())));
            ok = false;
            continue;
        }
        args.append(qstr(text->get()));
        argPlaces.append(elementPlace);
    }
    if (pg) {
        for (const PgDumpOptions::Problem& problem : PgDumpOptions::check(args)) {
            addIssue(argPlaces.at(problem.element), problem.message);
            ok = false;
        }
    } else {
        for (const MariaDbDumpOptions::Problem& problem : MariaDbDumpOptions::check(args)) {
            addIssue(argPlaces.at(problem.element), problem.message);
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return args;
}

ConfigParser::ResolvedServer ConfigParser::resolveServer(const QString& name, const Layer* server,
                                                         const Layer& defaults) const
{
    ResolvedServer resolved;
    ServerConfig& c = resolved.config;
    c.name = name;
    const std::initializer_list<const Layer*> chain = {server, &defaults};
    c.engine = pick(keys::engine, &Layer::engine, chain, EngineKind::PostgreSQL, resolved.origins);
    c.host = pick(keys::host, &Layer::host, chain, QString(), resolved.origins);
    c.port = pick(keys::port, &Layer::port, chain, defaultPort(c.engine), resolved.origins);
    c.user = pick(keys::user, &Layer::user, chain, QString(), resolved.origins);
    if (c.engine == EngineKind::PostgreSQL) {
        c.sslmode = pick(keys::sslmode, &Layer::sslmode, chain,
                         QString(QLatin1String(ConfigDefaults::kSslMode)), resolved.origins);
        c.pgDump = pick(keys::pgDump, &Layer::pgDump, chain, QString(), resolved.origins);
    } else {
        // [defaults]' PostgreSQL keys are not this server's (one [defaults] serves a mixed config);
        // its own section's are reported by checkEngineKeys.
        c.sslmode = QLatin1String(ConfigDefaults::kSslMode);
        c.pgDump.clear();
        resolved.origins.insert(keys::sslmode, notUsedBy(c.engine));
        resolved.origins.insert(keys::pgDump, notUsedBy(c.engine));
    }
    c.connectTimeoutSeconds = pick(keys::connectTimeout, &Layer::connectTimeout, chain,
                                   ConfigDefaults::kConnectTimeoutSeconds, resolved.origins);
    c.dumpGlobals =
        pick(keys::dumpGlobals, &Layer::dumpGlobals, chain, ConfigDefaults::kDumpGlobals, resolved.origins);
    c.discoverPatterns =
        pick(keys::databases, &Layer::discoverPatterns, chain, QStringList(), resolved.origins);
    c.excludePatterns = pick(keys::exclude, &Layer::excludePatterns, chain, QStringList(), resolved.origins);
    // [defaults].max_parallel is the run-wide limit, so a server's own limit does not inherit it.
    c.maxParallel = pick(keys::maxParallel, &Layer::maxParallel, {server}, ConfigDefaults::kServerMaxParallel,
                         resolved.origins);
    return resolved;
}

QString ConfigParser::resolveUserPath(const QString& value) const
{
    QString path = value;
    if (path == QLatin1String("~"))
        path = QDir::homePath();
    else if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    if (QDir::isRelativePath(path))
        path = QDir(m_baseDir).absoluteFilePath(path);
    return QDir::cleanPath(path);
}

QString ConfigParser::originText(const Place& place) const
{
    return QStringLiteral("%1 (%2:%3:%4)").arg(place.section, m_fileName).arg(place.line).arg(place.column);
}

ConfigParser::Place ConfigParser::placeOf(const toml::node& node, const QString& section,
                                          const QString& key) const
{
    return Place{section, key, int(node.source().begin.line), int(node.source().begin.column)};
}

ConfigParser::Place ConfigParser::placeOfKey(const toml::key& tomlKey, const QString& section,
                                             const QString& key) const
{
    return Place{section, key, int(tomlKey.source().begin.line), int(tomlKey.source().begin.column)};
}

void ConfigParser::addIssue(const Place& place, const QString& message)
{
    addIssue(place.line, place.column, place.key, message);
}

void ConfigParser::addIssue(int line, int column, const QString& key, const QString& message)
{
    m_issues.append(ConfigIssue{m_file, line, column, key, message});
}

void ConfigParser::addIssueOnce(const Place& place, const QString& message)
{
    const bool known = std::any_of(m_issues.cbegin(), m_issues.cend(), [&](const ConfigIssue& issue) {
        return issue.line == place.line && issue.column == place.column && issue.message == message;
    });
    if (!known)
        addIssue(place, message);
}

void ConfigParser::readNotifyGroup(const toml::node& node, QList<NotifySection>& into)
{
    const toml::table* group = node.as_table();
    if (!group) {
        addIssue(placeOf(node, QString(), tables::notify),
                 tr("expected a table, got %1: write sections as [notify.NAME]").arg(typeName(node.type())));
        return;
    }
    for (auto&& [childKey, child] : *group) {
        const QString childName = qstr(childKey.str());
        const QString section = QString(tables::notify) + QLatin1Char('.') + childName;
        const Place childPlace = placeOfKey(childKey, section, section);
        if (!ConfigLoader::isValidName(childName)) {
            addIssue(childPlace,
                     tr("'%1' is not a valid notification name: use only letters, digits, '-', '_' "
                        "and '.'")
                         .arg(childName));
            continue;
        }
        if (std::optional<NotifySection> read = readNotifySection(childName, child, childPlace))
            into.append(std::move(*read));
    }
}

std::optional<ConfigParser::NotifySection>
ConfigParser::readNotifySection(const QString& name, const toml::node& node, const Place& keyPlace)
{
    const QString sectionName = QString(tables::notify) + QLatin1Char('.') + name;
    const toml::table* table = node.as_table();
    if (!table) {
        addIssue(placeOf(node, sectionName, sectionName),
                 tr("expected a table, got %1: write it as a section header [%2] followed by key = value "
                    "lines")
                     .arg(typeName(node.type()), sectionName));
        return std::nullopt;
    }
    NotifySection section;
    section.config.name = name;
    section.config.events = {QStringLiteral("failure"), QStringLiteral("stale"), QStringLiteral("warning")};
    bool hasUrl = false;
    bool hasHeaders = false;
    bool hasPing = false;
    bool hasNtfy = false;
    bool hasMatrix = false;
    bool hasRoom = false;
    bool hasToken = false;
    Place headersPlace;
    Place pingPlace;
    Place ntfyPlace;
    Place matrixPlace;
    Place onPlace;
    for (auto&& [key, value] : *table) {
        const QString keyName = qstr(key.str());
        const Place place = placeOfKey(key, sectionName, sectionName + QLatin1Char('.') + keyName);
        const ConfigKey* known = ConfigKeyTable::find(keyName);
        if (!known || !known->allowedIn(ConfigKey::Scope::Notify)) {
            addIssue(place, unknownKeyMessage(keyName, ConfigKeyTable::names(ConfigKey::Scope::Notify),
                                              ConfigKeyTable::sectionName(ConfigKey::Scope::Notify)));
            continue;
        }
        hasUrl = hasUrl || keyName == keys::url;
        if (keyName == keys::headers) {
            hasHeaders = true;
            headersPlace = place;
        } else if (keyName == keys::on) {
            onPlace = place;
        } else if (keyName == keys::startSuffix || keyName == keys::failSuffix ||
                   keyName == keys::successSuffix || keyName == keys::method) {
            hasPing = true;
            pingPlace = place;
        } else if (keyName == keys::priority || keyName == keys::tags) {
            hasNtfy = true;
            ntfyPlace = place;
        } else if (keyName == keys::room || keyName == keys::token) {
            hasMatrix = true;
            matrixPlace = place;
            hasRoom = hasRoom || keyName == keys::room;
            hasToken = hasToken || keyName == keys::token;
        }
        readNotifyKey(section, *known, value, placeOf(value, sectionName, place.key));
    }
    if (!hasUrl)
        addIssue(keyPlace, tr("[%1] has no url: add url = \"https://...\"").arg(sectionName));
    // A key of another kind would be silently unused.
    const QString kind = NotifyConfig::kindName(section.config.kind);
    if (hasHeaders && section.config.kind != NotifyConfig::Kind::Webhook)
        addIssue(headersPlace, tr("'headers' is for kind = \"webhook\", not \"%1\": remove it").arg(kind));
    if (hasPing && section.config.kind != NotifyConfig::Kind::Ping)
        addIssue(pingPlace, tr("'%1' is for kind = \"ping\", not \"%2\": remove it")
                                .arg(pingPlace.key.section(QLatin1Char('.'), -1), kind));
    if (hasNtfy && section.config.kind != NotifyConfig::Kind::Ntfy)
        addIssue(ntfyPlace, tr("'%1' is for kind = \"ntfy\", not \"%2\": remove it")
                                .arg(ntfyPlace.key.section(QLatin1Char('.'), -1), kind));
    if (hasMatrix && section.config.kind != NotifyConfig::Kind::Matrix)
        addIssue(matrixPlace, tr("'%1' is for kind = \"matrix\", not \"%2\": remove it")
                                  .arg(matrixPlace.key.section(QLatin1Char('.'), -1), kind));
    // A room or token written but refused has its own issue already.
    if (section.config.kind == NotifyConfig::Kind::Matrix && !hasRoom && !hasToken)
        addIssue(keyPlace, tr("[%1] is kind = \"matrix\": add room = \"!roomid:example.org\" and token = "
                              "\"{secret:NAME}\", the access token stored with larder secret set NAME")
                               .arg(sectionName));
    else if (section.config.kind == NotifyConfig::Kind::Matrix && !hasRoom)
        addIssue(keyPlace, tr("[%1] is kind = \"matrix\": add room = \"!roomid:example.org\" (or "
                              "\"#alias:example.org\")")
                               .arg(sectionName));
    else if (section.config.kind == NotifyConfig::Kind::Matrix && !hasToken)
        addIssue(keyPlace, tr("[%1] is kind = \"matrix\": add token = \"{secret:NAME}\", the access token "
                              "stored with larder secret set NAME")
                               .arg(sectionName));
    // Uptime Kuma's push monitor knows up and down, not "started".
    if (section.config.kind == NotifyConfig::Kind::UptimeKuma &&
        section.config.events.contains(QLatin1String("start")))
        addIssue(onPlace.line > 0 ? onPlace : keyPlace,
                 tr("kind = \"uptime-kuma\" has no start: Uptime Kuma knows only up and down; remove "
                    "\"start\" from on"));
    return section;
}

void ConfigParser::readNotifyKey(NotifySection& section, const ConfigKey& key, const toml::node& value,
                                 const Place& place)
{
    NotifyConfig& config = section.config;
    const QString name = key.keyName();
    if (name == keys::timeout) {
        if (const std::optional<int> seconds = readDuration(value, place, name, QStringLiteral("10 seconds")))
            config.timeoutSeconds = *seconds;
        return;
    }
    switch (key.type) {
    case ConfigKey::Type::Url: {
        const std::optional<QString> text = readString(value, place, false);
        if (!text)
            return;
        if (const QString problem = SecretReference::problem(*text); !problem.isEmpty()) {
            addIssue(place, problem);
            return;
        }
        // {secret:NAME} stays in the url, percent-encoded, until a run sends (NotifyDispatcher).
        static const QRegularExpression reference(QStringLiteral("\\{(secret:[A-Za-z0-9_]+)\\}"));
        // safeUrl() shows scheme, host and port: a secret may stand in the path, query or user info.
        const auto authority = [&text](const QString& standIn) {
            QString probe = text->trimmed();
            probe.replace(reference, standIn);
            const QUrl url(probe, QUrl::TolerantMode);
            return url.scheme() + QLatin1Char('|') + url.host() + QLatin1Char('|') +
                   QString::number(url.port());
        };
        if (authority(QStringLiteral("a")) != authority(QStringLiteral("b"))) {
            addIssue(place, tr("a secret reference may stand in the url's path, query or user info, not in "
                               "its scheme, host or port (which logs show)"));
            return;
        }
        QString encoded = text->trimmed();
        encoded.replace(reference, QStringLiteral("%7B\\1%7D"));
        const QUrl url(encoded, QUrl::StrictMode);
        // Never quote the value: it may hold a token.
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            addIssue(place, tr("not a usable url: write an http:// or https:// address with a host, e.g. "
                               "\"https://hooks.example.com/larder\""));
            return;
        }
        config.url = url;
        return;
    }
    case ConfigKey::Type::NotifyKind: {
        const std::optional<QString> text = readString(value, place, false);
        if (!text)
            return;
        const QStringList kinds = NotifyConfig::kindNames();
        const qsizetype index = kinds.indexOf(text->trimmed().toLower());
        if (index < 0) {
            const QString suggestion = Spelling::closest(*text, kinds);
            addIssue(place,
                     suggestion.isEmpty()
                         ? tr("'%1' is not a notification kind: use %2")
                               .arg(*text, kinds.join(QStringLiteral(", ")))
                         : tr("'%1' is not a notification kind: did you mean '%2'?").arg(*text, suggestion));
            return;
        }
        config.kind = NotifyConfig::Kind(index);
        return;
    }
    case ConfigKey::Type::Events: {
        const std::optional<QStringList> events = readNames(value, place, nullptr);
        if (!events)
            return;
        const QStringList known = NotifyConfig::eventNames();
        bool ok = true;
        for (const QString& event : *events) {
            if (known.contains(event))
                continue;
            ok = false;
            const QString suggestion = Spelling::closest(event, known);
            addIssue(place,
                     suggestion.isEmpty()
                         ? tr("'%1' is not an event: use %2").arg(event, known.join(QStringLiteral(", ")))
                         : tr("'%1' is not an event: did you mean '%2'?").arg(event, suggestion));
        }
        if (ok && events->isEmpty())
            addIssue(place, tr("on = [] sends nothing: list events, or remove the section"));
        else if (ok)
            config.events = *events;
        return;
    }
    case ConfigKey::Type::Names: {
        QList<Place>* places = name == keys::jobs      ? &section.jobPlaces
                               : name == keys::servers ? &section.serverPlaces
                                                       : nullptr;
        if (const std::optional<QStringList> names = readNames(value, place, places)) {
            if (name == keys::jobs)
                config.jobs = *names;
            else if (name == keys::servers)
                config.servers = *names;
            else
                config.tags = *names;
        }
        return;
    }
    case ConfigKey::Type::Headers: {
        const toml::table* table = value.as_table();
        if (!table) {
            addIssue(place, tr("expected a table of headers, got %1: write headers = { Authorization = "
                               "\"Bearer ...\" }")
                                .arg(typeName(value.type())));
            return;
        }
        static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
        for (auto&& [headerKey, headerValue] : *table) {
            const QString header = qstr(headerKey.str());
            const Place headerPlace =
                placeOf(headerValue, place.section, place.key + QLatin1Char('.') + header);
            const toml::value<std::string>* text = headerValue.as_string();
            if (!token.match(header).hasMatch()) {
                addIssue(headerPlace, tr("'%1' is not a header name").arg(header));
                continue;
            }
            // The value may be a secret: neither logged nor quoted in messages.
            if (!text || qstr(text->get()).contains(QLatin1Char('\n'))) {
                addIssue(headerPlace, tr("header %1: expected a string on one line").arg(header));
                continue;
            }
            if (const QString problem = SecretReference::problem(qstr(text->get())); !problem.isEmpty()) {
                addIssue(headerPlace, tr("header %1: %2").arg(header, problem));
                continue;
            }
            config.headers.append({header, qstr(text->get())});
        }
        return;
    }
    case ConfigKey::Type::OptionalString:
    case ConfigKey::Type::String: {
        const std::optional<QString> text =
            readString(value, place, key.type == ConfigKey::Type::OptionalString);
        if (!text)
            return;
        if (name == keys::method) {
            const QString method = text->trimmed().toUpper();
            if (method != QLatin1String("GET") && method != QLatin1String("POST"))
                addIssue(place, tr("'%1' is not a ping method: use \"GET\", or \"POST\" to send the event "
                                   "in words as the body")
                                    .arg(*text));
            else
                config.method = method;
        } else if (name == keys::room) {
            static const QRegularExpression room(QStringLiteral("^[!#][^:\\s]+:\\S+$"));
            if (!room.match(*text).hasMatch())
                addIssue(place, tr("'%1' is not a Matrix room: write its id \"!abc123:example.org\" or an "
                                   "alias \"#ops:example.org\"")
                                    .arg(*text));
            else
                config.room = *text;
        } else if (name == keys::token) {
            // Never quoted: it may be the token itself, written where a reference belongs.
            if (const QString problem = SecretReference::problem(*text); !problem.isEmpty())
                addIssue(place, problem);
            else if (SecretReference::names(*text).isEmpty() || text->contains(QLatin1Char('\n')))
                addIssue(place, tr("token is a credential: store it with larder secret set NAME and write "
                                   "token = \"{secret:NAME}\""));
            else
                config.token = *text;
        } else if (name == keys::startSuffix)
            config.startSuffix = *text;
        else if (name == keys::failSuffix)
            config.failSuffix = *text;
        else if (name == keys::successSuffix)
            config.successSuffix = *text;
        else if (name == keys::priority) {
            static const QStringList priorities = {
                QStringLiteral("min"),  QStringLiteral("low"), QStringLiteral("default"),
                QStringLiteral("high"), QStringLiteral("max"), QStringLiteral("urgent"),
                QStringLiteral("1"),    QStringLiteral("2"),   QStringLiteral("3"),
                QStringLiteral("4"),    QStringLiteral("5")};
            if (!priorities.contains(*text))
                addIssue(
                    place,
                    tr("'%1' is not an ntfy priority: use min, low, default, high, max or 1-5").arg(*text));
            else
                config.priority = *text;
        }
        return;
    }
    default:
        return;
    }
}

std::optional<QStringList> ConfigParser::readNames(const toml::node& node, const Place& place,
                                                   QList<Place>* elementPlaces)
{
    const toml::array* array = node.as_array();
    if (!array) {
        addIssue(place,
                 tr("expected an array of names, got %1: write e.g. [\"app\"]").arg(typeName(node.type())));
        return std::nullopt;
    }
    QStringList names;
    bool ok = true;
    for (size_t i = 0; i < array->size(); ++i) {
        const toml::node& element = *array->get(i);
        const Place elementPlace = placeOf(element, place.section, place.key + QStringLiteral("[%1]").arg(i));
        const toml::value<std::string>* text = element.as_string();
        if (!text || qstr(text->get()).trimmed().isEmpty()) {
            addIssue(elementPlace,
                     tr("expected a name in double quotes, got %1").arg(typeName(element.type())));
            ok = false;
            continue;
        }
        names.append(qstr(text->get()).trimmed());
        if (elementPlaces)
            elementPlaces->append(elementPlace);
    }
    if (!ok)
        return std::nullopt;
    return names;
}

void ConfigParser::checkNotifyFilters(const QList<NotifySection>& sections, const Config& config)
{
    QStringList jobNames;
    for (const JobConfig& job : config.jobs)
        jobNames.append(job.name);
    const QStringList serverNames = config.servers.keys();
    for (const NotifySection& section : sections) {
        for (qsizetype i = 0; i < section.config.jobs.size() && i < section.jobPlaces.size(); ++i) {
            const QString& job = section.config.jobs.at(i);
            // A discovered job (SERVER.DB) exists only once its server is listed: its server must discover.
            const QString server = job.section(QLatin1Char('.'), 0, 0);
            const bool discovered = job.contains(QLatin1Char('.')) && config.servers.contains(server) &&
                                    !config.servers.value(server).discoverPatterns.isEmpty();
            if (jobNames.contains(job) || discovered)
                continue;
            const QString suggestion = Spelling::closest(job, jobNames);
            addIssue(section.jobPlaces.at(i),
                     suggestion.isEmpty()
                         ? tr("'%1' is not a job of this config").arg(job)
                         : tr("'%1' is not a job of this config: did you mean '%2'?").arg(job, suggestion));
        }
        for (qsizetype i = 0; i < section.config.servers.size() && i < section.serverPlaces.size(); ++i) {
            const QString& server = section.config.servers.at(i);
            if (serverNames.contains(server))
                continue;
            const QString suggestion = Spelling::closest(server, serverNames);
            addIssue(
                section.serverPlaces.at(i),
                suggestion.isEmpty()
                    ? tr("'%1' is not a server of this config").arg(server)
                    : tr("'%1' is not a server of this config: did you mean '%2'?").arg(server, suggestion));
        }
    }
}

} // namespace larder
