// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "plan/DatabaseDiscovery.h"

#include "base/LogCategories.h"
#include "config/keys/ConfigKeyNames.h"
#include "config/toml/ConfigLoader.h"

#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace larder {

bool DatabaseDiscovery::isNeeded(const Config& config)
{
    return std::any_of(config.servers.cbegin(), config.servers.cend(),
                       [](const ServerConfig& server) { return !server.discoverPatterns.isEmpty(); });
}

DatabaseDiscovery::Outcome DatabaseDiscovery::expand(const Config& config, DatabaseEngine& engine,
                                                     const PasswordLookup& passwords,
                                                     const QStringList& historyJobs)
{
    Outcome outcome;
    QSet<QString> configuredNames;
    // Dump directories are compared case-insensitively, as the config check does.
    QSet<QString> takenDirectories;
    for (const JobConfig& job : config.jobs) {
        configuredNames.insert(job.name);
        takenDirectories.insert(QDir::cleanPath(job.outputDirectory()).toLower());
    }
    QHash<QString, QSet<QString>> listedServers; // server -> its databases

    for (auto it = config.servers.cbegin(); it != config.servers.cend(); ++it) {
        const ServerConfig& server = it.value();
        if (server.discoverPatterns.isEmpty())
            continue;
        const auto templ = config.serverTemplates.constFind(it.key());
        if (templ == config.serverTemplates.cend())
            continue; // its settings had errors; the config would not have loaded
        const std::optional<QString> password = passwords ? passwords(server) : std::nullopt;
        const Result<QStringList> databases = engine.listDatabases(server, password);
        if (!databases) {
            outcome.errors.append(tr("discovery on server %1 failed, so its discovered databases are not "
                                     "dumped in this run: %2")
                                      .arg(server.name, databases.error().message));
            continue;
        }
        listedServers.insert(server.name, QSet<QString>(databases->cbegin(), databases->cend()));
        for (const QString& dbname : *databases) {
            if (!server.discovers(dbname))
                continue;
            const bool explicitlyDumped =
                std::any_of(config.jobs.cbegin(), config.jobs.cend(), [&](const JobConfig& job) {
                    return job.kind == JobKind::Database && job.server.name == server.name &&
                           job.dbname == dbname;
                });
            if (explicitlyDumped)
                continue;
            const QString name = server.name + QLatin1Char('.') + dbname;
            if (!ConfigLoader::isValidName(name)) {
                outcome.errors.append(
                    tr("database \"%1\" on server %2 is not dumped: its name cannot be part "
                       "of a job name (only letters, digits, '-', '_' and '.'); add a "
                       "[databases.NAME] section with dbname = \"%1\" to dump it, or "
                       "exclude it")
                        .arg(dbname, server.name));
                continue;
            }
            if (configuredNames.contains(name)) {
                outcome.errors.append(
                    tr("database %1 on server %2 is not dumped: it would be the job %3, but a "
                       "configured job has that name; rename that section or exclude the database")
                        .arg(dbname, server.name, name));
                continue;
            }
            JobConfig job = *templ;
            job.name = name;
            job.dbname = dbname;
            job.discovered = true;
            job.origins.insert(keys::dbname, tr("discovered on server %1").arg(server.name));
            const QString directory = QDir::cleanPath(job.outputDirectory()).toLower();
            if (takenDirectories.contains(directory)) {
                outcome.errors.append(tr("database %1 on server %2 is not dumped: another job already writes "
                                         "to %3 (paths are compared case-insensitively); add a "
                                         "[databases.NAME] section for it with its own name")
                                          .arg(dbname, server.name, job.outputDirectory()));
                continue;
            }
            takenDirectories.insert(directory);
            outcome.jobs.append(job);
        }
    }

    // Jobs of discovered databases that are gone: their dumps stay, retention no longer runs on them.
    QSet<QString> current = configuredNames;
    for (const JobConfig& job : std::as_const(outcome.jobs))
        current.insert(job.name);
    QStringList gone;
    for (const QString& jobName : historyJobs) {
        if (current.contains(jobName))
            continue;
        // The longest server name that prefixes the job: server names may contain dots.
        QString owner;
        for (auto listed = listedServers.cbegin(); listed != listedServers.cend(); ++listed) {
            const QString& serverName = listed.key();
            if (jobName.startsWith(serverName + QLatin1Char('.')) && serverName.size() > owner.size())
                owner = serverName;
        }
        if (owner.isEmpty())
            continue;
        const QString dbname = jobName.mid(owner.size() + 1);
        // A globals job turned off is not a database.
        if (dbname == QLatin1String("globals"))
            continue;
        // Still there but no longer selected (exclude, patterns): a decision, not news.
        if (listedServers.value(owner).contains(dbname))
            continue;
        gone.append(
            tr("%1: database %2 is no longer on server %3; its dumps are kept").arg(jobName, dbname, owner));
    }
    gone.sort();
    outcome.warnings.append(gone);

    std::sort(outcome.jobs.begin(), outcome.jobs.end(),
              [](const JobConfig& a, const JobConfig& b) { return a.name < b.name; });
    qCDebug(lcConfig) << "discovered" << outcome.jobs.size() << "job(s)," << outcome.errors.size()
                      << "error(s)," << outcome.warnings.size() << "warning(s)";
    return outcome;
}

void DatabaseDiscovery::apply(Config& config, const QList<JobConfig>& discovered)
{
    config.jobs.append(discovered);
    std::stable_sort(config.jobs.begin(), config.jobs.end(),
                     [](const JobConfig& a, const JobConfig& b) { return a.name < b.name; });
}

} // namespace larder
