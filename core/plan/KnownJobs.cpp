// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "plan/KnownJobs.h"

#include "config/keys/ConfigKeyNames.h"
#include "history/History.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace larder {

namespace {

DumpFormat formatOfDump(const QString& path)
{
    if (QFileInfo(path).isDir())
        return DumpFormat::Directory;
    if (path.endsWith(QLatin1String(".sql")) || path.endsWith(QLatin1String(".sql.gz")))
        return DumpFormat::Plain;
    if (path.endsWith(QLatin1String(".tar")))
        return DumpFormat::Tar;
    return DumpFormat::Custom;
}

} // namespace

Result<std::optional<KnownJobs::Known>> KnownJobs::find(const Config& config, History* history,
                                                        const QString& name)
{
    if (const JobConfig* job = config.job(name))
        return Known{*job, true, true, QString()};
    if (!history)
        return std::nullopt;
    // The newest kept dump says where the job's files are; without one, its newest attempt.
    auto attempts = history->successfulAttempts(name);
    if (!attempts)
        return tl::unexpected(attempts.error());
    if (attempts->isEmpty()) {
        attempts = history->attempts(name, 1);
        if (!attempts)
            return tl::unexpected(attempts.error());
        if (attempts->isEmpty())
            return std::nullopt;
    }
    const HistoryRecord& newest = attempts->first();

    Known known;
    const auto templ = config.serverTemplates.constFind(newest.server);
    known.serverConfigured = templ != config.serverTemplates.cend();
    known.job = known.serverConfigured ? *templ : config.defaultsTemplate;
    known.settingsFrom = known.serverConfigured ? tr("server %1").arg(newest.server) : tr("[defaults]");
    JobConfig& job = known.job;
    job.name = name;
    job.dbname = newest.database;
    if (!known.serverConfigured)
        job.server.name = newest.server;
    if (name == newest.server + QLatin1String(".globals"))
        job.kind = JobKind::Globals;
    const QString fromHistory = tr("history (its newest dump)");
    for (const QLatin1StringView key : {keys::server, keys::dbname})
        job.origins.insert(key, fromHistory);
    if (!newest.path.isEmpty()) {
        // Dumps are written to <dump_dir>/<job>/.
        const QDir jobDirectory = QFileInfo(newest.path).absoluteDir();
        if (jobDirectory.dirName() == name) {
            job.dumpDir = QDir::cleanPath(jobDirectory.absoluteFilePath(QStringLiteral("..")));
            job.origins.insert(keys::dumpDir, fromHistory);
        }
        job.format = formatOfDump(newest.path);
        job.origins.insert(keys::format, fromHistory);
    }
    return known;
}

Result<QList<KnownJobs::HistoryJob>> KnownJobs::historyOnly(const Config& config, History& history)
{
    const auto last = history.lastSuccesses();
    if (!last)
        return tl::unexpected(last.error());
    QStringList names;
    for (auto it = last->cbegin(); it != last->cend(); ++it) {
        if (!config.job(it.key()))
            names.append(it.key());
    }
    names.sort();
    QList<HistoryJob> jobs;
    for (const QString& name : std::as_const(names)) {
        const auto known = find(config, &history, name);
        if (!known)
            return tl::unexpected(known.error());
        const auto kept = history.successfulAttempts(name);
        if (!kept)
            return tl::unexpected(kept.error());
        if (!*known || kept->isEmpty())
            continue;
        jobs.append(HistoryJob{**known, int(kept->size()), kept->first().startedUtc});
    }
    return jobs;
}

} // namespace larder
