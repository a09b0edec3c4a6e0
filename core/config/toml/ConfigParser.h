// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/NotifyConfig.h"
#include "config/keys/ConfigKey.h"
#include "config/toml/ConfigLoader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <toml++/toml.h>

#include <optional>

namespace larder {

// Turns TOML text into a validated Config, collecting every issue. Private to ConfigLoader.
class ConfigParser final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigParser)
    Q_DISABLE_COPY_MOVE(ConfigParser)

public:
    ConfigParser(QString displayPath, QString baseDir);

    ConfigLoader::LoadResult parse(const QByteArray& utf8);

private:
    enum class SectionKind { Defaults, Server, Database };

    // Where a value was set, for origins and for issues found after inheritance.
    struct Place
    {
        QString section; // "defaults", "servers.main", "databases.app"
        QString key;     // dotted
        int line = 0;
        int column = 0;
    };

    template <typename T>
    struct Field
    {
        std::optional<T> value;
        Place place;
    };

    struct Layer
    {
        Place header;
        Field<QString> host, user, sslmode, pgDump, dumpDir, history, hostId, metricsFile, server, dbname,
            restoreServer;
        Field<int> port, connectTimeout, maxParallel, compression, timeout, retry, maxAge, hookTimeout;
        Field<int> keepLast, keepDaily, keepWeekly, keepMonthly, keepWithin;
        Field<Schedule> schedule, testRestore;
        Field<DumpFormat> format;
        Field<EngineKind> engine;
        Field<QStringList> pgDumpArgs, mariadbDumpArgs, discoverPatterns, excludePatterns;
        Field<QStringList> beforeDump, afterDump, onFailure, afterRun; // hooks: argv, program resolved
        Field<bool> dumpGlobals, enabled;
        Field<double> minSizeRatio;
        QList<Place> pgDumpArgPlaces;      // one per element
        QList<Place> mariadbDumpArgPlaces; // one per element
    };

    struct ResolvedServer
    {
        ServerConfig config;
        QMap<QString, QString> origins;
    };

    // What resolving a job's keys needs beyond its own chain of layers.
    struct JobScope
    {
        const QMap<QString, Layer>& servers;
        const Layer& defaults;
        bool implicitAllowed;
        const ResolvedServer& implicitServer;
        Config& config; // gains the implicit server when restore_server names it
    };

    // A [notify.NAME] section as read, with where its jobs and servers filters name each entry.
    struct NotifySection
    {
        NotifyConfig config;
        QList<Place> jobPlaces;
        QList<Place> serverPlaces;
    };

    // The sections as written, before inheritance.
    struct Sections
    {
        Layer defaults;
        QMap<QString, Layer> servers;
        QMap<QString, Layer> databases;
        QList<NotifySection> notify; // by name
    };

    // A job in Config::jobs (by index, before sorting) and where its dump_dir was set, for the
    // directory checks.
    struct PlacedJob
    {
        qsizetype index;
        Place dumpDir;
    };

    std::optional<toml::table> parseToml(const QByteArray& utf8);
    Sections readSections(const toml::table& root);
    void readSectionGroup(const QString& name, const toml::node& node, QMap<QString, Layer>& into);
    void reportUnknownTable(const QString& name, const Place& keyPlace);
    // [notify.NAME]: read on their own, they inherit nothing.
    void readNotifyGroup(const toml::node& node, QList<NotifySection>& into);
    std::optional<NotifySection> readNotifySection(const QString& name, const toml::node& node,
                                                   const Place& keyPlace);
    void readNotifyKey(NotifySection& section, const ConfigKey& key, const toml::node& value,
                       const Place& place);
    std::optional<QStringList> readNames(const toml::node& node, const Place& place,
                                         QList<Place>* elementPlaces);
    // The jobs and servers filters name jobs and servers of this config (a discovered job: its server's).
    void checkNotifyFilters(const QList<NotifySection>& sections, const Config& config);
    Config resolve(const Sections& sections);
    void checkRestoreServers(const Sections& sections, bool implicitAllowed);
    void resolveDatabaseJob(const QString& name, const Layer& db, const JobScope& scope,
                            QList<PlacedJob>& placed);
    // The server of [databases.name]: false (reported) when it names none or none can be implied.
    bool findJobServer(const QString& name, const Layer& db, const JobScope& scope, const Layer*& serverLayer,
                       ResolvedServer& server, QString& origin);
    // The template of a server's discovered jobs, and its globals job if dump_globals is on.
    void resolveServerJobs(const QString& serverName, const Sections& sections, const JobScope& scope,
                           QList<PlacedJob>& placed);
    void addGlobalsJob(const QString& serverName, const JobConfig& templ, const Layer* serverLayer,
                       const Sections& sections, const Place& dumpDirPlace, QList<PlacedJob>& placed,
                       Config& config);
    void resolveDefaultsTemplate(const Layer& defaults, const JobScope& scope);
    void reportUselessExcludes(const Sections& sections, const Config& config);
    void checkJobDirectories(const Config& config, const QList<PlacedJob>& placed);
    void reportNestedDirectory(const Config& config, const QList<PlacedJob>& placed, const QStringList& dirs,
                               const QHash<QString, qsizetype>& owners, qsizetype j);

    void scanPasswords(const toml::table& table, const QString& prefix);
    std::optional<Layer> readSection(SectionKind kind, const QString& section, const toml::node& node,
                                     const Place& keyPlace);
    void readKey(SectionKind kind, Layer& layer, const QString& key, const toml::node& value,
                 const Place& keyPlace);
    QString misplacedKeyMessage(SectionKind kind, const QString& key) const;
    static ConfigKey::Scope scopeOf(SectionKind kind);

    // The key's value, read by its type in ConfigKeyTable into its field of layer.
    void readValue(const ConfigKey& key, Layer& layer, const toml::node& value, const Place& place);
    template <typename T>
    using Member = Field<T> Layer::*;
    static Member<QString> stringField(const QString& key);
    static Member<int> intField(const QString& key);
    static Member<bool> boolField(const QString& key);
    static Member<QStringList> listField(const QString& key);
    template <typename T>
    static void assign(Field<T>& field, const std::optional<T>& parsed, const Place& place);

    std::optional<QString> readString(const toml::node& node, const Place& place, bool allowEmpty);
    std::optional<int> readInt(const toml::node& node, const Place& place, int min, int max);
    std::optional<int> readDuration(const toml::node& node, const Place& place, const QString& key,
                                    const QString& example);
    // A duration, or "off" / 0 for no backoff (returned as 0).
    std::optional<int> readRetry(const toml::node& node, const Place& place, const QString& key,
                                 const QString& example);
    std::optional<QString> readPath(const toml::node& node, const Place& place); // resolveUserPath'd
    // A history file (as readPath) or a shared history's postgresql:// URL, checked, kept as written.
    std::optional<QString> readHistory(const toml::node& node, const Place& place);
    void checkHostId(const Field<QString>& field);
    // As readPath, but "" is kept (a key turned off).
    std::optional<QString> readOptionalPath(const toml::node& node, const Place& place);
    // metrics_file: a file that node_exporter's textfile collector reads, and not the history.
    void checkMetricsFile(const Field<QString>& field, const QString& historyPath);
    std::optional<QString> readSslMode(const toml::node& node, const Place& place);
    std::optional<DumpFormat> readFormat(const toml::node& node, const Place& place);
    std::optional<Schedule> readSchedule(const toml::node& node, const Place& place);
    std::optional<EngineKind> readEngine(const toml::node& node, const Place& place);
    // pg_dump_args or mariadb_dump_args, checked by the engine's allow-list, with a place per element.
    void readDumpArgsInto(EngineKind engine, Layer& layer, const toml::node& node, const Place& place);
    std::optional<int> readCount(const toml::node& node, const Place& place, const QString& key);
    std::optional<bool> readBool(const toml::node& node, const Place& place, const QString& key);
    // A number from 0 to 1 (an integer 0 or 1 too).
    std::optional<double> readRatio(const toml::node& node, const Place& place, const QString& key);
    std::optional<QStringList> readPatterns(const toml::node& node, const Place& place, const QString& key);
    // A hook's argv: strings, the program an absolute path or found on PATH now (replaced by its
    // absolute path); [] for none.
    std::optional<QStringList> readCommand(const toml::node& node, const Place& place, const QString& key);
    std::optional<QStringList> readDumpArgs(EngineKind engine, const toml::node& node, const Place& place,
                                            QList<Place>& elementPlaces);

    ResolvedServer resolveServer(const QString& name, const Layer* server, const Layer& defaults) const;
    // The job keys (schedule, format, dump_dir, keep_*, restore_server, ...) of job along chain, for
    // a [databases.NAME] section (database -> server -> defaults) and for a server's template
    // (server -> defaults). *dumpDirPlace becomes where dump_dir was set, if it was. checkArgs: report
    // pg_dump_args that do not fit the job's format (PgDumpOptions::checkForFormat) and a
    // restore_server of another engine. The other engine's keys are dropped (applyEngine). False when
    // restore_server names no server (reported where it is written).
    bool resolveJobSettings(JobConfig& job, std::initializer_list<const Layer*> chain, const JobScope& scope,
                            Place* dumpDirPlace, bool checkArgs);
    // job.restoreServer from restore_server along chain; false when it names no server.
    bool resolveRestoreServer(JobConfig& job, std::initializer_list<const Layer*> chain,
                              const JobScope& scope);
    // The engine's own rules for the job: a MariaDB job is plain SQL and takes mariadb_dump_args, a
    // PostgreSQL job pg_dump_args; the other engine's keys, inherited from [defaults], are not used.
    void applyEngine(JobConfig& job);
    // A job's restore_server must be a server of the job's own engine.
    void checkRestoreEngine(const JobConfig& job, std::initializer_list<const Layer*> chain);
    // Keys written in a server's or database's section that the server's engine does not take.
    // `where` says whose section it is, e.g. "server 'maria' is MariaDB".
    void checkEngineKeys(const Layer& layer, EngineKind engine, const QString& where);
    // Issues for pg_dump_args that do not fit the job's format (PgDumpOptions::checkForFormat).
    void checkArgsForFormat(const JobConfig& job, std::initializer_list<const Layer*> chain,
                            const Place& argsPlace);
    // Config issues for sections whose name hides a database that discovery would dump.
    void reportShadowedDiscoveries(const Config& config, const QMap<QString, Layer>& databases);
    QString resolveUserPath(const QString& value) const;
    QString originText(const Place& place) const;

    template <typename T>
    T pick(const QString& key, Field<T> Layer::*member, std::initializer_list<const Layer*> layers, T builtin,
           QMap<QString, QString>& origins, Place* chosen = nullptr) const;
    template <typename T>
    std::optional<T> pickOptional(const QString& key, Field<T> Layer::*member,
                                  std::initializer_list<const Layer*> layers, QMap<QString, QString>& origins,
                                  Place* chosen = nullptr) const;

    Place placeOf(const toml::node& node, const QString& section, const QString& key) const;
    Place placeOfKey(const toml::key& tomlKey, const QString& section, const QString& key) const;
    void addIssue(const Place& place, const QString& message);
    void addIssue(int line, int column, const QString& key, const QString& message);
    // For a check made per job of a key written once (in [defaults] or a server's section).
    void addIssueOnce(const Place& place, const QString& message);

    QString m_file;
    QString m_fileName;
    QString m_baseDir;
    QList<ConfigIssue> m_issues;
    // Some engine value could not be read (reported): the engine checks would judge servers by a
    // guessed engine, so they wait until it is fixed.
    bool m_unreadableEngine = false;
};

} // namespace larder
