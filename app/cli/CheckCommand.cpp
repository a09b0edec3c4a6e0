#include "CheckCommand.h"

#include "ExitCode.h"
#include "engine/DatabaseEngine.h"
#include "system/CredentialStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

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
      m_connect(QStringLiteral("connect"),
                tr("Connect to every server the config names; report its version and the dump tool that "
                   "would be used, and check that the dump directories and the history are writable."))
{}

void CheckCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_connect);
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
    if (!parser.isSet(m_connect))
        return ExitCode::Ok;

    int failures = 0;
    for (const ServerConfig& server : config->servers)
        failures += checkServer(*config, server) ? 0 : 1;
    failures += checkWritable(*config);
    return failures == 0 ? ExitCode::Ok : ExitCode::JobFailed;
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
    const QFileInfo history(config.historyPath);
    const std::optional<QString> problem =
        history.exists()
            ? (history.isWritable() ? std::nullopt : std::optional<QString>(tr("the file is not writable")))
            : unwritableReason(history.absolutePath());
    if (problem) {
        out() << tr("history %1: FAILED: %2").arg(config.historyPath, *problem) << '\n';
        ++failures;
    }
    return failures;
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
