#include "RunCommand.h"

#include "ExitCode.h"
#include "VerifyCommand.h"
#include "base/Units.h"
#include "history/History.h"
#include "history/RunLock.h"
#include "plan/DatabaseDiscovery.h"
#include "plan/Planner.h"
#include "postgres/PostgresEngine.h"
#include "run/RunCoordinator.h"
#include "run/RunPreparation.h"
#include "system/CredentialStore.h"
#include "system/SignalWatcher.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>
#include <csignal>

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
    return job;
}

} // namespace

RunCommand::RunCommand()
    : Command(QStringLiteral("run"), tr("Dump every job that is due now, or the named jobs now.")),
      m_all(QStringLiteral("all"), tr("Dump every configured job now, whatever its schedule.")),
      m_dryRun(QStringLiteral("dry-run"), tr("Print what would be dumped and why; change nothing.")),
      m_json(QStringLiteral("json"), tr("Print a JSON summary of the run on standard output.")),
      m_quiet(QStringList() << QStringLiteral("q") << QStringLiteral("quiet"), // braces here lose lupdate
              tr("Print only failures (for cron: no mail unless something failed).")),
      m_verbose(QStringList() << QStringLiteral("v") << QStringLiteral("verbose"),
                tr("Also print queue waits and pg_dump's activity lines."))
{}

void RunCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_all, m_dryRun, m_json, m_quiet, m_verbose});
    parser.addPositionalArgument(QStringLiteral("job"), tr("Jobs to dump now (default: those due)."),
                                 QStringLiteral("[job...]"));
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
    PlanHistory records;
    if (!dryRun || QFileInfo::exists(config->historyPath)) {
        Result<std::unique_ptr<History>> opened = History::open(config->historyPath);
        if (!opened) {
            // A history that cannot be created is the same fix as a lock that cannot be: 73. One
            // that exists but cannot be read (damaged, not SQLite, too new) stays a failure: 1.
            logLine(tr("larder run: %1").arg(opened.error().message));
            return opened.error().kind == ErrorKind::CannotCreate ? ExitCode::CannotCreate
                                                                  : ExitCode::JobFailed;
        }
        history = std::move(*opened);
    }
    if (history && !dryRun) {
        const auto repaired = RunPreparation::recover(*history, *config);
        if (!repaired) {
            logLine(tr("larder run: %1").arg(repaired.error().message));
            return ExitCode::JobFailed;
        }
        // What an earlier run left is repaired and recorded in history; the jobs it missed are due
        // again, so a quiet run mails only if they fail now.
        if (!quiet) {
            for (const QString& line : *repaired)
                logLine(line);
        }
    }
    if (history) {
        auto read = history->planHistory();
        if (!read) {
            logLine(tr("larder run: %1").arg(read.error().message));
            return ExitCode::JobFailed;
        }
        records = std::move(*read);
    }

    PostgresEngine engine;
    CredentialStore credentials;
    const auto passwordLookup = [&credentials](const ServerConfig& server) {
        return credentials.readPassword(server);
    };
    // A server that cannot be listed fails the run (exit 1), while every other job still runs.
    bool discoveryFailed = false;
    QStringList problems; // for --json, as `plan --json` names them
    if (discovery) {
        const DatabaseDiscovery::Outcome found =
            DatabaseDiscovery::expand(*config, engine, passwordLookup, records.lastSuccesses.keys());
        for (const QString& error : found.errors)
            logLine(tr("larder run: %1").arg(error));
        if (!quiet) {
            for (const QString& warning : found.warnings)
                logLine(tr("larder run: %1").arg(warning));
        }
        discoveryFailed = !found.errors.isEmpty();
        problems = found.errors + found.warnings;
        DatabaseDiscovery::apply(*config, found.jobs);
        if (const auto unknown = RunPreparation::unknownJob(*config, names, /*withDiscovered=*/true))
            return usageError(*unknown);
    }
    const int okCode = discoveryFailed ? ExitCode::JobFailed : ExitCode::Ok;

    const QList<PlannedJob> plan =
        Planner::plan(*config, records, QDateTime::currentDateTimeUtc(), QTimeZone::systemTimeZone());
    const QList<PlannedJob> selected = RunPreparation::select(plan, names, all);
    if (!quiet) {
        for (const QString& note : RunPreparation::disabledSkipped(plan, all))
            logLine(tr("larder run: %1").arg(note));
    }
    const Trigger trigger = (all || !names.isEmpty()) ? Trigger::Manual : Trigger::Schedule;

    if (dryRun) {
        for (const PlannedJob& entry : plan) {
            const bool chosen = std::any_of(selected.cbegin(), selected.cend(), [&](const PlannedJob& s) {
                return s.job.name == entry.job.name;
            });
            const QString why = trigger == Trigger::Manual && chosen ? tr("requested now") : entry.reason;
            out() << (chosen ? tr("would dump %1 (server %2, database %3): %4")
                             : tr("would skip %1 (server %2, database %3): %4"))
                         .arg(entry.job.name, entry.job.server.name, entry.job.dbname, why)
                  << '\n';
        }
        return okCode;
    }

    // Test-restores due now among the jobs this run covers; they run after the dumps.
    QList<JobConfig> dueRestores;
    if (auto due = VerifyCommand::dueTestRestores(*config, all ? QStringList() : names, *history,
                                                  QDateTime::currentDateTimeUtc());
        due) {
        dueRestores = *due;
    } else {
        logLine(tr("larder run: %1").arg(due.error().message));
        return ExitCode::JobFailed;
    }

    if (selected.isEmpty() && dueRestores.isEmpty()) {
        if (verbose)
            logLine(tr("nothing is due"));
        if (parser.isSet(m_json))
            out() << QJsonDocument(
                         QJsonObject{{QStringLiteral("jobs"), QJsonArray{}},
                                     {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}})
                         .toJson();
        return okCode;
    }

    const QList<JobConfig> jobs = RunPreparation::jobsOf(selected);

    RunCoordinator coordinator(engine, *history, passwordLookup);
    QEventLoop loop;
    RunSummary summary;
    int caughtSignal = 0;

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::received, &coordinator, [&](int signalNumber) {
        // Once the dumps are over, the test-restores that follow say it themselves.
        if (caughtSignal == 0 && coordinator.isRunning())
            logLine(tr("received %1: stopping the running dumps")
                        .arg(signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM")));
        caughtSignal = signalNumber;
        coordinator.cancel();
    });
    QObject::connect(&coordinator, &RunCoordinator::jobChanged, &coordinator, [&](const JobEvent& event) {
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
            break;
        case JobState::Failed:
            logLine(tr("%1: FAILED after %2: %3")
                        .arg(who, Units::duration(event.elapsedMs), indentContinuation(event.detail)));
            break;
        case JobState::Cancelled:
            logLine(tr("%1: cancelled").arg(who));
            break;
        }
    });
    QObject::connect(&coordinator, &RunCoordinator::jobActivity, &coordinator,
                     [&](const QString& job, const QString& line, bool notice) {
                         if (verbose || (notice && !quiet))
                             logLine(tr("%1: %2").arg(job, line));
                     });
    QObject::connect(
        &coordinator, &RunCoordinator::jobPruned, &coordinator,
        [&](const QString& job, const QStringList& deletedPaths, const QString& error) {
            if (!deletedPaths.isEmpty() && (!quiet || !error.isEmpty()))
                logLine(tr("%1: pruned %2 old dump(s)").arg(job).arg(deletedPaths.size()));
            if (verbose) {
                for (const QString& path : deletedPaths)
                    logLine(tr("%1: deleted %2").arg(job, path));
            }
            if (!error.isEmpty())
                logLine(tr("%1: retention could not finish: %2").arg(job, indentContinuation(error)));
        });
    QObject::connect(&coordinator, &RunCoordinator::runFinished, &loop, [&](const RunSummary& finished) {
        summary = finished;
        loop.quit();
    });

    const QDateTime runStarted = QDateTime::currentDateTimeUtc();
    coordinator.start(jobs, trigger, config->maxParallel);
    loop.exec();
    // One at a time after the dumps, so that they never compete with them; a failure fails the run.
    const QList<RestoreCheck> restoreChecks = VerifyCommand::runTestRestores(
        dueRestores, *history,
        [&](const QString& line, bool failure) {
            if (failure || !quiet)
                logLine(line);
        },
        /*requireDump=*/false, &signalWatcher, &caughtSignal);
    const auto failedRestores = std::count_if(restoreChecks.cbegin(), restoreChecks.cend(),
                                              [](const RestoreCheck& check) { return !check.ok; });

    if (parser.isSet(m_json)) {
        QJsonArray array;
        for (const JobEvent& event : std::as_const(summary.jobs))
            array.append(toJson(event));
        out() << QJsonDocument(
                     QJsonObject{
                         {QStringLiteral("started"), runStarted.toString(Qt::ISODate)},
                         {QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {QStringLiteral("cancelled"), summary.cancelled},
                         {QStringLiteral("succeeded"), summary.succeeded()},
                         {QStringLiteral("failed"), summary.failed()},
                         {QStringLiteral("test_restores"), VerifyCommand::toJson(restoreChecks)},
                         {QStringLiteral("jobs"), array},
                         {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}})
                     .toJson();
    }
    if (caughtSignal == SIGINT)
        return ExitCode::Interrupted;
    if (caughtSignal == SIGTERM)
        return ExitCode::Terminated;
    if (failedRestores > 0) {
        logLine(tr("%n test-restore(s) failed", nullptr, int(failedRestores)));
        if (summary.failed() == 0)
            return ExitCode::JobFailed;
    }
    if (summary.failed() > 0) {
        // Counted by the total: the noun follows it ("1 of 2 jobs failed").
        logLine(tr("%1 of %n job(s) failed", nullptr, int(summary.jobs.size())).arg(summary.failed()));
        return ExitCode::JobFailed;
    }
    if (discoveryFailed)
        logLine(tr("discovery failed on at least one server (see above); the other jobs ran"));
    return okCode;
}
