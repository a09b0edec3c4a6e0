// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RestoreCommand.h"

#include "ExitCode.h"
#include "engine/DatabaseEngine.h"
#include "history/History.h"
#include "restore/RestoreSession.h"
#include "restore/Restorer.h"
#include "system/CredentialStore.h"
#include "system/SignalWatcher.h"

#include <QEventLoop>
#include <QFileInfo>

#include <csignal>
#include <memory>

using namespace larder;

RestoreCommand::RestoreCommand()
    : Command(QStringLiteral("restore"), tr("Restore a dump of a job into a database.")),
      m_dump(QStringLiteral("dump"),
             tr("Restore this dump (inside the job's directory) instead of the newest."), tr("path")),
      m_at(QStringLiteral("at"),
           tr("Restore the newest successful dump started at or before this time "
              "(2026-11-20T03:00:00Z, or local 2026-11-20 03:00)."),
           tr("time")),
      m_to(QStringLiteral("to"), tr("Target database (required). Created unless it exists and is empty."),
           tr("dbname")),
      m_server(QStringLiteral("server"), tr("Configured server to restore to (default: the job's server)."),
               tr("name")),
      m_clean(
          QStringLiteral("clean"),
          tr("Restore into a non-empty database, dropping the dump's objects first (not for plain dumps).")),
      m_jobs(QStringLiteral("jobs"), tr("Parallel pg_restore jobs (custom and directory dumps only)."),
             tr("n"), QStringLiteral("1")),
      m_quiet(QStringList() << QStringLiteral("q") << QStringLiteral("quiet"), // braces here lose lupdate
              tr("Print only failures.")),
      m_verbose(QStringList() << QStringLiteral("v") << QStringLiteral("verbose"),
                tr("Print pg_restore's line for every restored item instead of a progress line every 10 %."))
{}

void RestoreCommand::addOptions(CommandOptions& options)
{
    options.addOption(m_dump, CommandOptions::Values::Files);
    options.addOptions({m_at, m_to});
    options.addOption(m_server, CommandOptions::Values::Servers);
    options.addOptions({m_clean, m_jobs, m_quiet, m_verbose});
    options.addPositionalArgument(QStringLiteral("job"), tr("The job whose dump to restore."),
                                  QStringLiteral("JOB"), CommandOptions::Values::Jobs);
}

int RestoreCommand::refuseGlobals(const JobConfig& job, const Config& config)
{
    // Roles and tablespaces belong to a whole server: replaying them is a person's decision, made
    // knowing what it creates.
    if (job.server.engine == EngineKind::MariaDB)
        return usageError(tr("%1 is a globals dump: its users and grants belong to a whole server, not to a "
                             "database that --to could name, so larder does not restore it. Read it, then "
                             "replay it by hand on the server that should get them: mariadb < DUMP (gunzip "
                             "it first if it ends in .gz; see `larder history %1` for the dumps)")
                              .arg(job.name));
    QString what;
    if (const auto history = History::openIfExists(config.historyPath); history && *history) {
        if (const auto dump = Restorer::chooseDump(**history, job.name, QDateTime()))
            what = tr("%1 would create: %2. ").arg(dump->path, engine().globalsSummary(dump->path));
    }
    return usageError(tr("%1 is a globals dump: its roles and tablespaces belong to a whole server, not to a "
                         "database that --to could name, so larder does not restore it. %2Replay it by hand "
                         "on the server that should get them: psql -X -d postgres -f DUMP (see `larder "
                         "history %1` for the dumps)")
                          .arg(job.name, what));
}

void RestoreCommand::note(const QString& text)
{
    if (!m_quietNotes)
        logLine(text);
}

void RestoreCommand::showProgress(int done, int total, const QString& item, bool verbose)
{
    if (done <= 0 || total <= 0)
        return;
    if (verbose) {
        note(QStringLiteral("[%1/%2] %3").arg(done).arg(total).arg(item));
        return;
    }
    // 213 lines for a small database drown what matters; ten say it is moving.
    const int tenth = done * 10 / total;
    if (tenth != (done - 1) * 10 / total)
        note(tr("restored %1 of %n item(s) (%2 %)", nullptr, total).arg(done).arg(tenth * 10));
}

int RestoreCommand::run(const QCommandLineParser& parser)
{
    m_quietNotes = parser.isSet(m_quiet);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("give exactly one job name"));
    const QString jobName = positional.first();
    if (parser.isSet(m_dump) && parser.isSet(m_at))
        return usageError(tr("give --dump or --at, not both"));
    const QString target = parser.value(m_to);
    if (target.isEmpty())
        return usageError(tr("--to DBNAME is required: name the database to restore into"));
    bool jobsOk = false;
    const int jobs = parser.value(m_jobs).toInt(&jobsOk);
    if (!jobsOk || jobs < 1)
        return usageError(
            tr("--jobs must be a whole number of 1 or more, not '%1'").arg(parser.value(m_jobs)));
    QDateTime at;
    if (parser.isSet(m_at)) {
        const auto parsed = Restorer::parseTime(parser.value(m_at));
        if (!parsed)
            return usageError(parsed.error().message);
        at = *parsed;
    }

    const std::optional<Config> config = loadConfig(parser);
    if (!config)
        return ExitCode::Config;
    const auto found = findJobs(*config, {jobName});
    if (!found)
        return found.error();
    const KnownJobs::Known& known = found->first();
    const JobConfig* job = &known.job;
    if (!known.serverConfigured && !parser.isSet(m_server))
        return usageError(tr("the server '%1' of job %2 is no longer in %3: name a configured server to "
                             "restore to with --server NAME (configured servers: %4)")
                              .arg(job->server.name, job->name, config->path,
                                   config->servers.isEmpty()
                                       ? tr("none")
                                       : config->servers.keys().join(QLatin1String(", "))));
    if (job->kind == JobKind::Globals)
        return refuseGlobals(*job, *config);
    ServerConfig server = job->server;
    if (parser.isSet(m_server)) {
        const auto found = config->servers.constFind(parser.value(m_server));
        if (found == config->servers.cend())
            return usageError(tr("no server named '%1' in %2; configured servers: %3")
                                  .arg(parser.value(m_server), config->path,
                                       config->servers.keys().join(QLatin1String(", "))));
        server = *found;
    }

    RestoreSession session(engine(), config->historyPath,
                           [](const ServerConfig& server) { return CredentialStore().readPassword(server); });
    QEventLoop loop;
    RestoreOutcome outcome;
    int caughtSignal = 0;
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::received, &session, [&](int signalNumber) {
        if (caughtSignal == 0)
            logLine(tr("received %1: stopping the restore")
                        .arg(signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM")));
        caughtSignal = signalNumber;
        session.cancel();
    });
    QObject::connect(&session, &RestoreSession::activity, &session,
                     [this](const QString& line) { note(line); });
    const bool verbose = parser.isSet(m_verbose);
    if (verbose)
        QObject::connect(&session, &RestoreSession::detail, &session,
                         [this](const QString& line) { note(line); });
    QObject::connect(&session, &RestoreSession::progress, &session,
                     [this, verbose](int done, int total, const QString& item) {
                         showProgress(done, total, item, verbose);
                     });
    QObject::connect(&session, &RestoreSession::finished, &session, [&](const RestoreOutcome& result) {
        outcome = result;
        loop.quit();
    });

    RestoreSession::Choice choice;
    choice.job = *job;
    choice.server = server;
    choice.targetDatabase = target;
    choice.dumpPath = parser.value(m_dump);
    choice.atUtc = at;
    choice.clean = parser.isSet(m_clean);
    choice.jobs = jobs;
    if (const Result<void> started = session.start(choice); !started) {
        switch (started.error().kind) {
        case ErrorKind::Busy:
        case ErrorKind::CannotCreate:
            return lockError(started.error());
        case ErrorKind::BadRequest:
            return usageError(started.error().message);
        case ErrorKind::Other:
            break;
        }
        logLine(tr("larder restore: %1").arg(started.error().message));
        return ExitCode::JobFailed;
    }
    loop.exec();
    const RestoreRequest& request = session.request();
    const RestorableDump& restorable = session.restorable();

    const QString seconds = QString::number(double(outcome.durationMs) / 1000.0, 'f', 1);
    const QString where = tr("\"%1\" on %2").arg(target, server.displayName());
    if (outcome.ok) {
        note(tr("restored %1 into %2 in %3 s").arg(request.dumpPath, where, seconds));
        return ExitCode::Ok;
    }
    logLine(tr("larder restore: %1").arg(outcome.error));
    if (outcome.targetTouched)
        // --clean is refused where the format cannot take it: only dropping the database starts over.
        logLine((!restorable.cleanable
                     ? tr("database %1 is left partly restored: drop it (DROP DATABASE) and restore again")
                     : tr("database %1 is left partly restored: drop it (DROP DATABASE) or restore again "
                          "with --clean"))
                    .arg(where));
    if (outcome.cancelled || caughtSignal != 0)
        return caughtSignal == SIGINT ? ExitCode::Interrupted : ExitCode::Terminated;
    return ExitCode::JobFailed;
}
