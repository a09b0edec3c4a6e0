// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "CheckCommand.h"

#include "ExitCode.h"
#include "PlanRecords.h"
#include "engine/DatabaseEngine.h"
#include "history/History.h"
#include "history/HistoryAddress.h"
#include "plan/Planner.h"
#include "system/CredentialStore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTimeZone>

using namespace larder;

namespace {

// Where a run would reach each server: the database of its first job, else the maintenance
// database that discovery and restores use.
QString probeDatabase(const Config& config, const QString& serverName)
{
    for (const JobConfig& job : config.jobs) {
        if (job.server.name == serverName)
            return job.dbname;
    }
    const auto server = config.servers.constFind(serverName);
    return maintenanceDatabase(server == config.servers.cend() ? EngineKind::PostgreSQL : server->engine);
}

// A server a run dumps from (a job, discovery or globals) needs a dump tool; one named only as
// restore_server does not.
bool dumpsFrom(const Config& config, const ServerConfig& server)
{
    if (!server.discoverPatterns.isEmpty() || server.dumpGlobals)
        return true;
    return std::any_of(config.jobs.cbegin(), config.jobs.cend(),
                       [&](const JobConfig& job) { return job.server.name == server.name; });
}

} // namespace

CheckCommand::CheckCommand()
    : Command(QStringLiteral("check"), tr("Validate the config; with --connect, reach every server too.")),
      m_connect(
          QStringLiteral("connect"),
          tr("Connect to every server the config names; report its version and the dump tool that "
             "would be used, check that the dump directories and the history are writable, and that every "
             "secret the notifications name can be found.")),
      m_fresh(QStringLiteral("fresh"),
              tr("Exit 1 listing the jobs whose newest successful dump is older than their max_age, with "
                 "its age, the limit and the last error; reads only the config and the history."))
{}

void CheckCommand::addOptions(CommandOptions& options)
{
    options.addOptions({m_connect, m_fresh});
}

int CheckCommand::run(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const std::optional<Config> config = loadConfig(parser);
    if (!config)
        return ExitCode::Config;

    out() << tr("%1: OK, %n job(s)", nullptr, int(config->jobs.size())).arg(config->path)
          << tr(" on %n server(s)", nullptr, int(config->servers.size())) << '\n';
    const int freshCode = parser.isSet(m_fresh) ? checkFresh(*config) : ExitCode::Ok;
    if (!parser.isSet(m_connect))
        return freshCode;

    int failures = 0;
    for (const ServerConfig& server : config->servers)
        failures += checkServer(*config, server) ? 0 : 1;
    failures += checkWritable(*config);
    failures += checkSecrets(*config);
    return failures == 0 ? freshCode : ExitCode::JobFailed;
}

int CheckCommand::checkFresh(const Config& config)
{
    auto recorded = PlanRecords::read(config.historyPath, name(), err());
    if (!recorded)
        return recorded.error();
    const std::unique_ptr<History> history = std::move(recorded->history);
    const PlanHistory& records = recorded->records;
    // Discovered jobs are left out: listing them needs a connection.
    const QList<PlannedJob> plan =
        Planner::plan(config, records, QDateTime::currentDateTimeUtc(), QTimeZone::systemTimeZone());
    int checked = 0;
    int stale = 0;
    for (const PlannedJob& entry : plan) {
        checked += entry.freshness.isChecked() ? 1 : 0;
        if (entry.freshness.isStale()) {
            ++stale;
            printStale(entry, history.get());
        }
    }
    // English plurals in code: "%n job(s)" would need a translation to read well.
    const int unchecked = int(plan.size()) - checked;
    const QString notChecked =
        unchecked == 0 ? QString()
                       : tr(" (%1 not checked: disabled, manual schedule or max_age = off)").arg(unchecked);
    if (stale > 0) {
        out() << (checked == 1 ? tr("1 of 1 job stale") : tr("%1 of %2 jobs stale").arg(stale).arg(checked))
              << notChecked << '\n';
        return ExitCode::Stale;
    }
    out() << (checked == 1 ? tr("all 1 job fresh") : tr("all %1 jobs fresh").arg(checked)) << notChecked
          << '\n';
    return ExitCode::Ok;
}

void CheckCommand::printStale(const PlannedJob& entry, History* history)
{
    out() << tr("stale: %1: %2").arg(entry.job.name, entry.freshness.describe()) << '\n';
    if (!history || entry.failures == 0)
        return;
    if (const std::optional<QString> error = lastError(*history, entry)) {
        QString text = error->trimmed();
        out() << tr("  last error: %1").arg(text.replace(QLatin1Char('\n'), QStringLiteral("\n    ")))
              << '\n';
    }
}

std::optional<QString> CheckCommand::lastError(History& history, const PlannedJob& entry)
{
    // Newest first; interrupted and cancelled attempts may lie between, so look a little further.
    constexpr int kAttemptsToRead = 50;
    const auto attempts = history.attempts(entry.job.name, kAttemptsToRead);
    if (!attempts)
        return std::nullopt;
    for (const HistoryRecord& attempt : *attempts) {
        if (entry.lastSuccessUtc.isValid() && attempt.startedUtc <= entry.lastSuccessUtc)
            break;
        if (attempt.status == AttemptStatus::Failed && !attempt.error.isEmpty())
            return attempt.error;
    }
    return std::nullopt;
}

bool CheckCommand::checkServer(const Config& config, const ServerConfig& server)
{
    CredentialStore credentials;
    const auto info =
        engine().probe(server, probeDatabase(config, server.name), credentials.readPassword(server));
    if (!info) {
        out() << tr("server %1: FAILED: %2").arg(server.name, info.error().message) << '\n';
        return false;
    }
    const QString where = tr("server %1: %2 %3 at %4:%5")
                              .arg(server.name, engineKindTitle(server.engine), info->versionString,
                                   server.host.isEmpty() ? QStringLiteral("(default)") : server.host)
                              .arg(server.port);
    if (!dumpsFrom(config, server)) {
        out() << tr("%1; used for restores only").arg(where) << '\n';
        return true;
    }
    const auto tool = engine().dumpTool(server, *info);
    if (!tool) {
        out() << tr("%1, but: %2").arg(where, tool.error().message) << '\n';
        return false;
    }
    out() << tr("%1; dumps with %2").arg(where, *tool) << '\n';
    return true;
}

int CheckCommand::checkSecrets(const Config& config)
{
    QStringList names;
    QHash<QString, QStringList> users; // secret -> the sections that name it
    for (const NotifyConfig& target : config.notify) {
        for (const QString& name : target.secretNames()) {
            if (!users.contains(name))
                names.append(name);
            users[name].append(QStringLiteral("notify.") + target.name);
        }
    }
    const CredentialStore store;
    int failures = 0;
    for (const QString& name : std::as_const(names)) {
        const QString sections = users.value(name).join(QStringLiteral(", "));
        const Result<QString> value = store.readSecret(name);
        if (value) {
            out() << tr("secret %1 (%2): OK").arg(name, sections) << '\n';
        } else {
            out() << tr("secret %1 (%2): FAILED: %3").arg(name, sections, value.error().message) << '\n';
            ++failures;
        }
    }
    return failures;
}

int CheckCommand::checkWritable(const Config& config)
{
    QStringList dumpDirs;
    for (const JobConfig& job : config.jobs)
        dumpDirs.append(job.dumpDir);
    // Discovered jobs are not known without connecting again; their dump_dir is their server's.
    for (const JobConfig& templ : config.serverTemplates) {
        if (!templ.server.discoverPatterns.isEmpty())
            dumpDirs.append(templ.dumpDir);
    }
    dumpDirs.removeDuplicates();
    int failures = 0;
    for (const QString& dir : std::as_const(dumpDirs)) {
        if (const std::optional<QString> problem = unwritableReason(dir)) {
            out() << tr("dump_dir %1: FAILED: %2").arg(dir, *problem) << '\n';
            ++failures;
        }
    }
    const std::optional<QString> problem = historyProblem(config.historyPath);
    if (problem) {
        out() << tr("history %1: FAILED: %2").arg(config.historyPath, *problem) << '\n';
        ++failures;
    }
    return failures;
}

std::optional<QString> CheckCommand::historyProblem(const QString& history)
{
    // A shared history: reached, and its schema made or current, as a run would need it.
    if (HistoryAddress::isUrl(history)) {
        const auto opened = History::open(history);
        return opened ? std::nullopt : std::optional<QString>(opened.error().message);
    }
    const QFileInfo file(history);
    if (!file.exists())
        return unwritableReason(file.absolutePath());
    return file.isWritable() ? std::nullopt : std::optional<QString>(tr("the file is not writable"));
}

std::optional<QString> CheckCommand::unwritableReason(const QString& directory)
{
    // A run creates the missing part below the nearest existing ancestor: that one decides.
    QFileInfo existing(QDir::cleanPath(directory));
    while (!existing.exists() && !existing.isSymLink() && !existing.isRoot())
        existing = QFileInfo(existing.absolutePath());
    if (!existing.isDir())
        return tr("%1 is not a directory, so nothing can be created under it").arg(existing.filePath());
    if (!existing.isWritable())
        return tr("%1 is not writable for this user").arg(existing.filePath());
    return std::nullopt;
}
