// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RunCommand.h"

#include "ExitCode.h"
#include "LiveRegionView.h"
#include "RestoreChecksJson.h"
#include "base/Units.h"
#include "history/History.h"
#include "history/RunLock.h"
#include "live/LiveRun.h"
#include "plan/DatabaseDiscovery.h"
#include "run/RunPipeline.h"
#include "run/RunPreparation.h"
#include "status/LiveChannelServer.h"
#include "system/CredentialStore.h"
#include "system/SignalWatcher.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <csignal>
#include <unistd.h>

using namespace larder;

namespace {

QString indentContinuation(QString text)
{
    return text.trimmed().replace(QLatin1Char('\n'), QLatin1String("\n    "));
}

QJsonObject toJson(const JobEvent& event)
{
    QJsonObject job;
    job.insert(QStringLiteral("job"), event.job);
    job.insert(QStringLiteral("server"), event.server);
    job.insert(
        QStringLiteral("status"),
        attemptStatusName(event.state == JobState::Failed ? AttemptStatus::Failed : event.outcome.status));
    job.insert(QStringLiteral("started"), event.startedUtc.toString(Qt::ISODate));
    job.insert(QStringLiteral("duration_ms"), event.elapsedMs);
    job.insert(QStringLiteral("bytes"), event.outcome.bytes);
    job.insert(QStringLiteral("path"), event.outcome.path);
    job.insert(QStringLiteral("sha256"), event.outcome.sha256);
    job.insert(QStringLiteral("error"), event.detail);
    // A success that looks wrong (much smaller than usual); null when there is none.
    job.insert(QStringLiteral("warning"),
               event.warning.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(event.warning));
    return job;
}

// The run as live views show it: the status channel publishes it (and the terminal view can share it).
std::unique_ptr<LiveRun> followLive(const Config& config, RunPipeline& pipeline)
{
    auto live = std::make_unique<LiveRun>(config.path, config.maxParallel, LiveRun::EstimateLookup{});
    live->follow(pipeline);
    return live;
}

} // namespace

RunCommand::RunCommand()
    : Command(QStringLiteral("run"), tr("Dump every job that is due now, or the named jobs now.")),
      m_all(QStringLiteral("all"), tr("Dump every configured job now, whatever its schedule.")),
      m_dryRun(QStringLiteral("dry-run"), tr("Print what would be dumped and why; change nothing.")),
      m_json(QStringLiteral("json"), tr("Print a JSON summary of the run on standard output.")),
      m_plain(QStringLiteral("plain"), tr("Print log lines only, even on a terminal (no live view).")),
      m_quiet(QStringList() << QStringLiteral("q") << QStringLiteral("quiet"), // braces here lose lupdate
              tr("Print only failures (for cron: no mail unless something failed).")),
      m_verbose(QStringList() << QStringLiteral("v") << QStringLiteral("verbose"),
                tr("Also print queue waits and pg_dump's activity lines."))
{}

void RunCommand::addOptions(CommandOptions& options)
{
    options.addOptions({m_all, m_dryRun, m_json, m_plain, m_quiet, m_verbose});
    options.addPositionalArgument(QStringLiteral("job"), tr("Jobs to dump now (default: those due)."),
                                  QStringLiteral("[job...]"), CommandOptions::Values::Jobs);
}

int RunCommand::run(const QCommandLineParser& parser)
{
    QStringList names = parser.positionalArguments();
    names.removeDuplicates();
    const bool all = parser.isSet(m_all);
    const bool dryRun = parser.isSet(m_dryRun);
    const bool quiet = parser.isSet(m_quiet);
    const bool verbose = parser.isSet(m_verbose);
    if (all && !names.isEmpty())
        return usageError(tr("give job names or --all, not both"));
    if (quiet && verbose)
        return usageError(tr("--quiet and --verbose contradict each other"));
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("larder.*.info=true"));

    std::optional<Config> config = loadConfig(parser);
    if (!config)
        return ExitCode::Config;
    // Discovered jobs are known only once discovery has run, after the lock.
    const bool discovery = DatabaseDiscovery::isNeeded(*config);
    if (!discovery) {
        if (const auto unknown = RunPreparation::unknownJob(*config, names, /*withDiscovered=*/false))
            return usageError(*unknown);
    }

    RunLock lock(config->historyPath);
    if (!dryRun) {
        const Result<void> locked = lock.tryLock();
        // A quiet (cron) run overlapping a live one is no failure: say nothing, so cron mails nothing.
        if (!locked && quiet && locked.error().kind == ErrorKind::Busy)
            return ExitCode::Locked;
        if (!locked)
            return lockError(locked.error());
    }

    // A dry run changes nothing: no history file is created just to find it empty.
    std::unique_ptr<History> history;
    if (!dryRun || History::exists(config->historyPath)) {
        Result<std::unique_ptr<History>> opened = History::open(config->historyPath);
        if (!opened) {
            // A history that cannot be created is the same fix as a lock that cannot be: 73. One
            // that exists but cannot be read (damaged, not SQLite, too new) stays a failure: 1.
            // Said plainly for the cron mail: no host dumps what it could not claim in the history.
            logLine(tr("larder run: %1; nothing was dumped").arg(opened.error().message));
            return opened.error().kind == ErrorKind::CannotCreate ? ExitCode::CannotCreate
                                                                  : ExitCode::JobFailed;
        }
        history = std::move(*opened);
    }
    const Trigger trigger = (all || !names.isEmpty()) ? Trigger::Manual : Trigger::Schedule;

    CredentialStore credentials;
    RunPipeline pipeline(engine(), history.get(), [&credentials](const ServerConfig& server) {
        return credentials.readPassword(server);
    });
    const Output output{quiet, verbose, parser.isSet(m_json), dryRun, parser.isSet(m_plain), trigger};
    printEvents(pipeline, output);
    // One live state for the status channel and the terminal view; the channel goes first (declared
    // after it), so its last message is the final state. It opens when dumps start: a run with nothing
    // due (most cron runs) has nothing to show and opens no socket.
    const std::unique_ptr<LiveRun> live = dryRun ? nullptr : followLive(*config, pipeline);
    std::unique_ptr<LiveChannelServer> channel;
    if (live) {
        QObject::connect(&pipeline, &RunPipeline::dumpsStarted, &pipeline,
                         [&channel, &live, historyPath = config->historyPath] {
                             if (!channel)
                                 channel = LiveChannelServer::publish(*live, historyPath);
                         });
    }
    const std::unique_ptr<LiveRegionView> view = live ? liveView(*live, output) : nullptr;

    // SIGINT/SIGTERM stop the run at whatever step it is; SIGWINCH redraws the live view.
    int caughtSignal = 0;
    SignalWatcher signalWatcher(view ? QList<int>{SIGINT, SIGTERM, SIGWINCH} : QList<int>{SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &SignalWatcher::received, &pipeline, [&](int signalNumber) {
        if (signalNumber == SIGWINCH) {
            view->resized();
            return;
        }
        const QString name = signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM");
        if (pipeline.isTestRestoring())
            logLine(tr("received %1: stopping the test-restore").arg(name));
        else if (caughtSignal == 0 && pipeline.isDumping())
            logLine(tr("received %1: stopping the running dumps").arg(name));
        caughtSignal = signalNumber;
        pipeline.cancel();
    });

    RunResult result;
    QEventLoop loop;
    QObject::connect(&pipeline, &RunPipeline::finished, &loop,
                     [&result](const RunResult& finished) { result = finished; });
    // Not before the notifications are out (or given up): the process ends with the loop.
    QObject::connect(&pipeline, &RunPipeline::settled, &loop, &QEventLoop::quit);
    RunRequest request;
    request.config = std::move(*config);
    request.names = names;
    request.all = all;
    request.trigger = trigger;
    request.dryRun = dryRun;
    pipeline.start(std::move(request));
    // settled() may come from start() itself.
    if (!pipeline.isSettled())
        loop.exec();
    if (view) {
        view->finish();
        setLogAround({});
    }
    return report(result, output, caughtSignal);
}

std::unique_ptr<LiveRegionView> RunCommand::liveView(const LiveRun& live, const Output& output)
{
    if (output.quiet || output.json || output.dryRun || output.plain || qgetenv("TERM") == "dumb")
        return nullptr;
    // The process's own standard output only: a test's stream is no terminal, whatever fd 1 is.
    const auto* file = qobject_cast<const QFile*>(out().device());
    const int fd = file ? file->handle() : -1;
    if (fd < 0 || ::isatty(fd) == 0)
        return nullptr;
    Result<Terminfo> terminfo = Terminfo::load(fd);
    if (!terminfo)
        return nullptr;
    const bool colour = qEnvironmentVariableIsEmpty("NO_COLOR");
    auto view = std::make_unique<LiveRegionView>(live, std::move(*terminfo), fd, colour,
                                                 [this](const QByteArray& bytes) {
                                                     out() << QString::fromUtf8(bytes);
                                                     out().flush();
                                                 });
    setLogAround([view = view.get()](const std::function<void()>& write) { view->around(write); });
    view->start();
    return view;
}

void RunCommand::printEvents(RunPipeline& pipeline, const Output& output)
{
    const bool quiet = output.quiet;
    const bool verbose = output.verbose;
    // What an earlier run left is repaired and recorded in history; the jobs it missed are due
    // again, so a quiet run mails only if they fail now.
    QObject::connect(&pipeline, &RunPipeline::recovered, &pipeline, [this, quiet](const QStringList& lines) {
        if (!quiet) {
            for (const QString& line : lines)
                logLine(line);
        }
    });
    QObject::connect(&pipeline, &RunPipeline::notice, &pipeline,
                     [this, quiet](const QString& message, bool isError) {
                         if (isError || !quiet)
                             logLine(tr("larder run: %1").arg(message));
                     });
    if (output.dryRun) {
        QObject::connect(&pipeline, &RunPipeline::planned, &pipeline,
                         [this, trigger = output.trigger](const QList<PlannedJob>& plan,
                                                          const QList<PlannedJob>& selected) {
                             printDryRun(plan, selected, trigger);
                         });
    }
    QObject::connect(&pipeline, &RunPipeline::jobChanged, &pipeline,
                     [this, quiet, verbose](const JobEvent& event) { printJobEvent(event, quiet, verbose); });
    QObject::connect(&pipeline, &RunPipeline::jobActivity, &pipeline,
                     [this, quiet, verbose](const QString& job, const QString& line, bool notice) {
                         if (verbose || (notice && !quiet))
                             logLine(tr("%1: %2").arg(job, line));
                     });
    QObject::connect(
        &pipeline, &RunPipeline::jobPruned, &pipeline,
        [this, quiet, verbose](const QString& job, const QStringList& deletedPaths, const QString& error) {
            if (!deletedPaths.isEmpty() && (!quiet || !error.isEmpty()))
                logLine(tr("%1: pruned %n old dump(s)", nullptr, int(deletedPaths.size())).arg(job));
            if (verbose) {
                for (const QString& path : deletedPaths)
                    logLine(tr("%1: deleted %2").arg(job, path));
            }
            if (!error.isEmpty())
                logLine(tr("%1: retention could not finish: %2").arg(job, indentContinuation(error)));
        });
    QObject::connect(&pipeline, &RunPipeline::testRestoreLog, &pipeline,
                     [this, quiet](const QString& line, bool failure) {
                         if (failure || !quiet)
                             logLine(line);
                     });
}

void RunCommand::printJobEvent(const JobEvent& event, bool quiet, bool verbose)
{
    const QString who = tr("%1 (server %2)").arg(event.job, event.server);
    switch (event.state) {
    case JobState::Queued:
        if (verbose && !event.detail.isEmpty())
            logLine(tr("%1: %2").arg(who, event.detail));
        break;
    case JobState::Running:
        if (!quiet)
            logLine(tr("%1: dump started").arg(who));
        break;
    case JobState::Succeeded:
        if (!quiet)
            logLine(tr("%1: done, %2 in %3 (%4) -> %5")
                        .arg(who, Units::bytes(event.outcome.bytes), Units::duration(event.elapsedMs),
                             Units::rate(event.outcome.bytes, event.elapsedMs), event.outcome.path));
        // Shown like a failure, --quiet too: cron mails it.
        if (!event.warning.isEmpty())
            logLine(tr("%1: WARNING: %2").arg(who, event.warning));
        break;
    case JobState::Failed:
        logLine(tr("%1: FAILED after %2: %3")
                    .arg(who, Units::duration(event.elapsedMs), indentContinuation(event.detail)));
        break;
    case JobState::Cancelled:
        logLine(tr("%1: cancelled").arg(who));
        break;
    case JobState::Skipped:
        if (!quiet)
            logLine(tr("%1: skipped: %2").arg(who, event.detail));
        break;
    }
}

void RunCommand::printDryRun(const QList<PlannedJob>& plan, const QList<PlannedJob>& selected,
                             Trigger trigger)
{
    for (const PlannedJob& entry : plan) {
        const bool chosen = std::any_of(selected.cbegin(), selected.cend(),
                                        [&](const PlannedJob& s) { return s.job.name == entry.job.name; });
        const QString why = trigger == Trigger::Manual && chosen ? tr("requested now") : entry.reason;
        out() << (chosen ? tr("would dump %1 (server %2, database %3): %4")
                         : tr("would skip %1 (server %2, database %3): %4"))
                     .arg(entry.job.name, entry.job.server.name, entry.job.dbname, why)
              << '\n';
    }
}

int RunCommand::report(const RunResult& result, const Output& output, int caughtSignal)
{
    // A server that cannot be listed fails the run (exit 1), while every other job still runs.
    const int okCode = result.discoveryFailed ? ExitCode::JobFailed : ExitCode::Ok;
    switch (result.ending) {
    case RunResult::Ending::UnknownJob:
        return usageError(result.error);
    case RunResult::Ending::Failed:
        logLine(tr("larder run: %1").arg(result.error));
        return ExitCode::JobFailed;
    case RunResult::Ending::Planned:
        return okCode;
    case RunResult::Ending::NothingDue:
        if (output.verbose)
            logLine(tr("nothing is due"));
        if (output.json)
            out() << QJsonDocument(QJsonObject{{QStringLiteral("jobs"), QJsonArray{}},
                                               {QStringLiteral("problems"),
                                                QJsonArray::fromStringList(result.problems)}})
                         .toJson();
        return okCode;
    case RunResult::Ending::Stopped:
    case RunResult::Ending::Ran:
        break;
    }

    const RunSummary summary = result.dumps.value_or(RunSummary());
    if (output.json && result.ending == RunResult::Ending::Ran) {
        QJsonArray array;
        for (const JobEvent& event : std::as_const(summary.jobs))
            array.append(toJson(event));
        out() << QJsonDocument(
                     QJsonObject{
                         {QStringLiteral("started"), result.startedUtc.toString(Qt::ISODate)},
                         {QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {QStringLiteral("cancelled"), summary.cancelled},
                         {QStringLiteral("succeeded"), summary.succeeded()},
                         {QStringLiteral("failed"), summary.failed()},
                         {QStringLiteral("warnings"), summary.warned()},
                         {QStringLiteral("skipped"), summary.skipped()},
                         {QStringLiteral("test_restores"), restoreChecksJson(result.restoreChecks)},
                         {QStringLiteral("jobs"), array},
                         {QStringLiteral("problems"), QJsonArray::fromStringList(result.problems)}})
                     .toJson();
    }
    if (caughtSignal == SIGINT)
        return ExitCode::Interrupted;
    if (caughtSignal == SIGTERM)
        return ExitCode::Terminated;
    const auto failedRestores = std::count_if(result.restoreChecks.cbegin(), result.restoreChecks.cend(),
                                              [](const RestoreCheck& check) { return !check.ok; });
    if (failedRestores > 0) {
        logLine(tr("%n test-restore(s) failed", nullptr, int(failedRestores)));
        if (summary.failed() == 0)
            return ExitCode::JobFailed;
    }
    if (summary.skipped() > 0 && !output.quiet)
        logLine(
            tr("%n job(s) left to other hosts sharing the history (see above)", nullptr, summary.skipped()));
    // A dump with a warning is still a good dump: the run exits 0 for it, but says so at the end.
    if (summary.warned() > 0)
        logLine(tr("%1 of %2 dumps succeeded with a warning (see above)")
                    .arg(summary.warned())
                    .arg(summary.jobs.size()));
    if (summary.failed() > 0) {
        // Counted by the total: the noun follows it ("1 of 2 jobs failed").
        logLine(tr("%1 of %n job(s) failed", nullptr, int(summary.jobs.size())).arg(summary.failed()));
        return ExitCode::JobFailed;
    }
    if (result.discoveryFailed)
        logLine(tr("discovery failed on at least one server (see above); the other jobs ran"));
    return okCode;
}
