#include "CheckCommand.h"

#include "CredentialStore.h"
#include "ExitCode.h"
#include "PgDumpLocator.h"
#include "PostgresEngine.h"

using namespace larder;

CheckCommand::CheckCommand()
    : Command(QStringLiteral("check"), tr("Validate the config; with --connect, reach every server too.")),
      m_connect(QStringLiteral("connect"),
                tr("Connect to every server in use; report its version and the pg_dump that would be used."))
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

    // Only servers that some job uses: those are the ones a run would reach.
    QMap<QString, const JobConfig*> firstJobOfServer;
    for (const JobConfig& job : config->jobs) {
        if (!firstJobOfServer.contains(job.server.name))
            firstJobOfServer.insert(job.server.name, &job);
    }
    out() << tr("%1: OK, %n job(s)", nullptr, int(config->jobs.size())).arg(config->path)
          << tr(" on %n server(s)", nullptr, int(firstJobOfServer.size())) << '\n';
    if (!parser.isSet(m_connect))
        return ExitCode::Ok;

    PostgresEngine engine;
    CredentialStore credentials;
    int failures = 0;
    for (auto it = firstJobOfServer.cbegin(); it != firstJobOfServer.cend(); ++it) {
        const JobConfig& job = **it;
        const auto info = engine.probe(job.server, job.dbname, credentials.readPassword(job.server));
        if (!info) {
            ++failures;
            out() << tr("server %1: FAILED: %2").arg(job.server.name, info.error().message) << '\n';
            continue;
        }
        const auto pgDump = PgDumpLocator::locate(job.server.pgDump, info->majorVersion());
        if (!pgDump) {
            ++failures;
            out() << tr("server %1: PostgreSQL %2, but: %3")
                         .arg(job.server.name, info->versionString, pgDump.error().message)
                  << '\n';
            continue;
        }
        out() << tr("server %1: PostgreSQL %2 at %3:%4; pg_dump %5 (%6)")
                     .arg(job.server.name, info->versionString,
                          job.server.host.isEmpty() ? QStringLiteral("(default)") : job.server.host)
                     .arg(job.server.port)
                     .arg(pgDump->path, pgDump->versionText)
              << '\n';
    }
    return failures == 0 ? ExitCode::Ok : ExitCode::JobFailed;
}
