// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/keys/ConfigKeyTable.h"

#include "config/ConfigDefaults.h"
#include "config/EngineKind.h"
#include "config/JobConfig.h"
#include "config/NotifyConfig.h"
#include "config/keys/ConfigKeyNames.h"
#include "config/toml/ConfigLoader.h"

#include <QStandardPaths>

#include <algorithm>

namespace larder {

namespace {

using Role = ConfigKey::Role;
using Type = ConfigKey::Type;

QVariant none(bool)
{
    return {};
}

QList<ConfigKey> buildTable()
{
    // Job keys first, then connection, server and run keys: the order in "the keys allowed in ...".
    return {
        {keys::dumpDir.data(), Role::Job, Type::Path, 0, 0,
         [](bool) { return QVariant(ConfigLoader::defaultDumpDir()); },
         QT_TRANSLATE_NOOP("ConfigKey", "directory that holds one subdirectory of dumps per job")},
        {keys::schedule.data(), Role::Job, Type::Schedule, 0, 0,
         [](bool) { return QVariant(QLatin1String(ConfigDefaults::kSchedule)); },
         QT_TRANSLATE_NOOP("ConfigKey", "when `larder run` dumps the job")},
        {keys::format.data(), Role::Job, Type::Format, 0, 0,
         [](bool) { return QVariant(dumpFormatName(ConfigDefaults::kFormat)); },
         QT_TRANSLATE_NOOP(
             "ConfigKey",
             "PostgreSQL's dump format: custom, directory, plain or tar (MariaDB's is always plain SQL)")},
        {keys::compression.data(), Role::Job, Type::Integer, 0, 9,
         [](bool) { return QVariant(qint64(ConfigDefaults::kCompression)); },
         QT_TRANSLATE_NOOP("ConfigKey",
                           "compression level 0-9: pg_dump -Z (tar cannot be compressed), gzip for MariaDB")},
        {keys::timeout.data(), Role::Job, Type::Duration, 0, 0,
         [](bool) { return QVariant(ConfigKeyTable::durationText(ConfigDefaults::kTimeoutSeconds)); },
         QT_TRANSLATE_NOOP("ConfigKey", "a dump running longer is stopped and recorded as failed; in "
                                        "[notify.NAME]: one request's limit, 10 seconds if not set"),
         "6 hours"},
        {keys::pgDumpArgs.data(), Role::Job, Type::Arguments, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "PostgreSQL only: further pg_dump options, e.g. [\"--no-owner\"]")},
        {keys::mariadbDumpArgs.data(), Role::Job, Type::MariaDbArguments, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey",
                           "MariaDB only: further mariadb-dump options, e.g. [\"--skip-lock-tables\"]")},
        {keys::keepLast.data(), Role::Job, Type::Count, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "keep the N most recent successful dumps")},
        {keys::keepDaily.data(), Role::Job, Type::Count, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "keep the newest successful dump of each of the last N days")},
        {keys::keepWeekly.data(), Role::Job, Type::Count, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "keep the newest successful dump of each of the last N weeks")},
        {keys::keepMonthly.data(), Role::Job, Type::Count, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "keep the newest successful dump of each of the last N months")},
        {keys::keepWithin.data(), Role::Job, Type::Duration, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "keep every successful dump younger than this"), "14 days"},
        {keys::testRestore.data(), Role::Job, Type::Schedule, 0, 0,
         [](bool) { return QVariant(QLatin1String(ConfigDefaults::kTestRestore)); },
         QT_TRANSLATE_NOOP("ConfigKey", "when `larder run` test-restores the newest dump")},
        {keys::restoreServer.data(), Role::Job, Type::String, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "server for test-restores (default: the job's own server)")},
        {keys::retry.data(), Role::Job, Type::Retry, 0, 0,
         [](bool) { return QVariant(ConfigKeyTable::durationText(ConfigDefaults::kRetrySeconds)); },
         QT_TRANSLATE_NOOP("ConfigKey",
                           "first wait after a failure, doubled per failure in a row; \"off\": none"),
         "15 minutes"},
        {keys::enabled.data(), Role::Job, Type::Boolean, 0, 0,
         [](bool) { return QVariant(ConfigDefaults::kEnabled); },
         QT_TRANSLATE_NOOP("ConfigKey", "false: never dumped on schedule; `larder run JOB` still dumps it")},
        {keys::maxAge.data(), Role::Job, Type::Retry, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "a job whose newest successful dump is older is stale (default: 2 "
                                        "schedule periods + 1 hour); \"off\": never"),
         "36 hours"},
        {keys::minSizeRatio.data(), Role::Job, Type::Ratio, 0, 0,
         [](bool) { return QVariant(ConfigDefaults::kMinSizeRatio); },
         QT_TRANSLATE_NOOP("ConfigKey",
                           "a dump smaller than this fraction of the median of the last 5 successful ones "
                           "gets a warning; 0: off")},
        {keys::beforeDump.data(), Role::Job, Type::Command, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey",
                           "a command run before each dump, e.g. [\"/usr/local/bin/check\", "
                           "\"--quiet\"] (no shell); failing fails the job, no dump is started")},
        {keys::afterDump.data(), Role::Job, Type::Command, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "a command run after each successful dump (LARDER_DUMP_PATH, "
                                        "LARDER_SHA256); failing adds a warning, the dump is kept")},
        {keys::onFailure.data(), Role::Job, Type::Command, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "a command run after a job fails (LARDER_ERROR)")},
        {keys::hookTimeout.data(), Role::Job, Type::Duration, 0, 0,
         [](bool) { return QVariant(ConfigKeyTable::durationText(ConfigDefaults::kHookTimeoutSeconds)); },
         QT_TRANSLATE_NOOP("ConfigKey", "a hook command running longer is killed (with its children) and "
                                        "counts as failed"),
         "5 minutes"},
        {keys::engine.data(), Role::Connection, Type::Engine, 0, 0,
         [](bool) { return QVariant(engineKindName(EngineKind::PostgreSQL)); },
         QT_TRANSLATE_NOOP("ConfigKey", "the server's kind: postgresql, or mariadb (also for MySQL)")},
        {keys::host.data(), Role::Connection, Type::OptionalString, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "server host name, IP address or unix-socket directory")},
        {keys::port.data(), Role::Connection, Type::Integer, 1, 65535,
         [](bool) { return QVariant(qint64(ConfigDefaults::kPort)); },
         QT_TRANSLATE_NOOP("ConfigKey",
                           "server port; the built-in is the engine's: 5432, or 3306 for MariaDB")},
        {keys::user.data(), Role::Connection, Type::OptionalString, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "role or user to connect as (default: your login name)")},
        {keys::sslmode.data(), Role::Connection, Type::SslMode, 0, 0,
         [](bool) { return QVariant(QLatin1String(ConfigDefaults::kSslMode)); },
         QT_TRANSLATE_NOOP(
             "ConfigKey",
             "PostgreSQL only: libpq's sslmode, from disable to verify-full (MariaDB: ~/.my.cnf)")},
        {keys::pgDump.data(), Role::Connection, Type::String, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey",
                           "PostgreSQL only: pg_dump to use (default: chosen by server version)")},
        {keys::connectTimeout.data(), Role::Connection, Type::Integer, 1, 3600,
         [](bool) { return QVariant(qint64(ConfigDefaults::kConnectTimeoutSeconds)); },
         QT_TRANSLATE_NOOP("ConfigKey", "seconds to wait for a connection")},
        {keys::dumpGlobals.data(), Role::ServerJobs, Type::Boolean, 0, 0,
         [](bool) { return QVariant(ConfigDefaults::kDumpGlobals); },
         QT_TRANSLATE_NOOP(
             "ConfigKey",
             "true: also dump the server's roles and tablespaces, or users and grants (job SERVER.globals)")},
        {keys::databases.data(), Role::ServerJobs, Type::Patterns, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey",
                           "\"all\" or name patterns: dump every matching database (job SERVER.DB)")},
        {keys::exclude.data(), Role::ServerJobs, Type::Patterns, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "name patterns left out of databases")},
        {keys::maxParallel.data(), Role::Parallelism, Type::Integer, 1, 64,
         [](bool serverSection) {
             return QVariant(qint64(serverSection ? ConfigDefaults::kServerMaxParallel
                                                  : ConfigDefaults::kRunMaxParallel));
         },
         QT_TRANSLATE_NOOP("ConfigKey", "dumps at once: in [defaults] for the whole run, else per server")},
        {keys::history.data(), Role::DefaultsOnly, Type::Path, 0, 0,
         [](bool) { return QVariant(ConfigLoader::defaultHistoryPath()); },
         QT_TRANSLATE_NOOP("ConfigKey",
                           "the history database file, or postgresql://USER@HOST:PORT/DATABASE: a "
                           "database a fleet of hosts shares (each due dump is claimed by one of "
                           "them; the password in ~/.pgpass)")},
        {keys::hostId.data(), Role::DefaultsOnly, Type::String, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "this host's name in a shared history (default: the machine's host "
                                        "name): recorded on each dump; give every host its own")},
        {keys::metricsFile.data(), Role::DefaultsOnly, Type::OptionalPath, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "Prometheus metrics, rewritten after every run for node_exporter's "
                                        "textfile collector (a file ending in .prom); unset or \"\": none")},
        {keys::afterRun.data(), Role::DefaultsOnly, Type::Command, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "a command run once at the end of every run that dumped something "
                                        "(LARDER_STATUS ok or failed, counts)")},
        {keys::server.data(), Role::DatabaseOnly, Type::String, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "the [servers.NAME] this database is on")},
        {keys::dbname.data(), Role::DatabaseOnly, Type::String, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "the database's name on the server (default: the section name)")},
        {keys::url.data(), Role::Notify, Type::Url, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "required: where the notification goes, http:// or https://")},
        {keys::kind.data(), Role::Notify, Type::NotifyKind, 0, 0,
         [](bool) { return QVariant(NotifyConfig::kindName(NotifyConfig::Kind::Webhook)); },
         QT_TRANSLATE_NOOP("ConfigKey", "webhook (JSON POST), ping (healthchecks.io and other ping urls), "
                                        "uptime-kuma, ntfy, slack, discord or matrix")},
        {keys::on.data(), Role::Notify, Type::Events, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "the events sent: failure, stale, warning, success, start (default: "
                                        "[\"failure\", \"stale\", \"warning\"])")},
        {keys::jobs.data(), Role::Notify, Type::Names, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "only these jobs (default: every job)")},
        {keys::servers.data(), Role::Notify, Type::Names, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "only the jobs of these servers (default: every server)")},
        {keys::headers.data(), Role::Notify, Type::Headers, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "webhook only: further request headers, e.g. { Authorization = "
                                        "\"Bearer ...\" }")},
        {keys::startSuffix.data(), Role::Notify, Type::OptionalString, 0, 0,
         [](bool) { return QVariant(NotifyConfig().startSuffix); },
         QT_TRANSLATE_NOOP("ConfigKey", "ping only: appended to url for start")},
        {keys::failSuffix.data(), Role::Notify, Type::OptionalString, 0, 0,
         [](bool) { return QVariant(NotifyConfig().failSuffix); },
         QT_TRANSLATE_NOOP("ConfigKey", "ping only: appended to url for failure, warning and stale")},
        {keys::successSuffix.data(), Role::Notify, Type::OptionalString, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "ping only: appended to url for success")},
        {keys::priority.data(), Role::Notify, Type::String, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "ntfy only: min, low, default, high, max (or 1-5)")},
        {keys::tags.data(), Role::Notify, Type::Names, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "ntfy only: tags (emoji short codes), e.g. [\"floppy_disk\"]")},
        {keys::method.data(), Role::Notify, Type::String, 0, 0,
         [](bool) { return QVariant(NotifyConfig().method); },
         QT_TRANSLATE_NOOP("ConfigKey", "ping only: GET, or POST to send the event in words as the body "
                                        "(healthchecks.io keeps it as the ping's log)")},
        {keys::room.data(), Role::Notify, Type::String, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "matrix only, required: the room, \"!id:server\" or "
                                        "\"#alias:server\"")},
        {keys::token.data(), Role::Notify, Type::String, 0, 0, none,
         QT_TRANSLATE_NOOP("ConfigKey", "matrix only, required: the access token as a secret, "
                                        "\"{secret:NAME}\" (larder secret set NAME)")},
    };
}

} // namespace

const QList<ConfigKey>& ConfigKeyTable::keys()
{
    static const QList<ConfigKey> table = buildTable();
    return table;
}

const ConfigKey* ConfigKeyTable::find(const QString& name)
{
    const QList<ConfigKey>& all = keys();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [&name](const ConfigKey& key) { return name == QLatin1String(key.name); });
    return it == all.cend() ? nullptr : &*it;
}

QStringList ConfigKeyTable::names(ConfigKey::Scope scope)
{
    QStringList result;
    for (const ConfigKey& key : keys()) {
        if (key.allowedIn(scope))
            result.append(key.keyName());
    }
    return result;
}

QVariant ConfigKeyTable::builtIn(const QString& name, bool serverSection)
{
    const ConfigKey* key = find(name);
    return key ? key->builtIn(serverSection) : QVariant();
}

QString ConfigKeyTable::builtInText(const QString& name, bool serverSection)
{
    const QVariant value = builtIn(name, serverSection);
    if (!value.isValid())
        return QString();
    if (value.typeId() == QMetaType::QString) {
        const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        return QLatin1Char('"') + value.toString().replace(dataHome, QStringLiteral("$XDG_DATA_HOME")) +
               QLatin1Char('"');
    }
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

std::optional<EngineKind> ConfigKeyTable::engineOnly(const QString& name)
{
    if (name == keys::pgDumpArgs || name == keys::pgDump || name == keys::sslmode)
        return EngineKind::PostgreSQL;
    if (name == keys::mariadbDumpArgs)
        return EngineKind::MariaDB;
    return std::nullopt;
}

QString ConfigKeyTable::sectionName(ConfigKey::Scope scope)
{
    switch (scope) {
    case ConfigKey::Scope::Defaults:
        return QStringLiteral("[defaults]");
    case ConfigKey::Scope::Server:
        return QStringLiteral("[servers.NAME]");
    case ConfigKey::Scope::Database:
        return QStringLiteral("[databases.NAME]");
    case ConfigKey::Scope::Notify:
        return QStringLiteral("[notify.NAME]");
    }
    return QString();
}

QString ConfigKeyTable::durationText(int seconds)
{
    const std::pair<int, const char*> units[] = {
        {7 * 86400, "week"}, {86400, "day"}, {3600, "hour"}, {60, "minute"}, {1, "second"}};
    for (const auto& [size, unit] : units) {
        if (seconds % size != 0)
            continue;
        const int count = seconds / size;
        return QStringLiteral("%1 %2%3").arg(count).arg(QLatin1String(unit)).arg(count == 1 ? "" : "s");
    }
    return QString::number(seconds);
}

} // namespace larder
