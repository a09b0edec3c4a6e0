// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "VerifyCommand.h"

#include "ExitCode.h"
#include "RestoreChecksJson.h"
#include "engine/DatabaseEngine.h"
#include "history/RunLock.h"
#include "system/CredentialStore.h"
#include "system/SignalWatcher.h"
#include "verify/TestRestoreQueue.h"
#include "verify/Verifier.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <climits>
#include <csignal>
#include <memory>

using namespace larder;

VerifyCommand::VerifyCommand()
    : Command(QStringLiteral("verify"),
              tr("Check that dumps are intact (checksums, pg_restore); --restore test-restores them.")),
      m_all(QStringLiteral("all"), tr("Check every successful dump still on disk, not only the newest.")),
      m_restore(QStringLiteral("restore"),
                tr("Also restore each job's newest dump into a scratch database on its restore_server, "
                   "compare row counts, and drop it again.")),
      m_json(QStringLiteral("json"), tr("Print the results as JSON on standard output."))
{}

void VerifyCommand::addOptions(CommandOptions& options)
{
    options.addOptions({m_all, m_restore, m_json});
    options.addPositionalArgument(QStringLiteral("job"), tr("Jobs to check (default: every job)."),
                                  QStringLiteral("[job...]"), CommandOptions::Values::Jobs);
}

QList<RestoreCheck> VerifyCommand::runTestRestores(const QList<JobConfig>& jobs, History& history,
                                                   const std::function<void(const QString& line)>& log,
                                                   SignalWatcher& watcher, int& caughtSignal)
{
    TestRestoreQueue queue(engine());
    QList<RestoreCheck> checks;
    QEventLoop loop;
    QObject::connect(&queue, &TestRestoreQueue::log, &loop, [&log](const QString& line) { log(line); });
    QObject::connect(&queue, &TestRestoreQueue::finished, &loop, [&](const QList<RestoreCheck>& done) {
        checks = done;
        loop.quit();
    });
    QObject::connect(&watcher, &SignalWatcher::received, &queue, [&](int signalNumber) {
        caughtSignal = signalNumber;
        log(tr("received %1: stopping the test-restore")
                .arg(signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM")));
        queue.cancel();
    });
    const CredentialStore credentials;
    queue.start(
        jobs, history,
        [&credentials](const ServerConfig& server) { return credentials.readPassword(server); },
        /*requireDump=*/true);
    loop.exec();
    return checks;
}

Verifier::Finding VerifyCommand::verifyInBackground(const DatabaseEngine& engines, const HistoryRecord& dump,
                                                    const Verifier::Limits& limits)
{
    // Off the main thread, so that its event loop sees the signals that set limits.interrupt.
    Verifier::Finding finding;
    QEventLoop loop;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { finding = Verifier::verify(engines, dump, limits); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return finding;
}

void VerifyCommand::printLines(QList<std::pair<QString, QString>>& lines)
{
    for (const auto& [job, line] : std::as_const(lines))
        out() << line << '\n';
    out().flush();
    lines.clear();
}

void VerifyCommand::addTestRestores(QList<std::pair<QString, QString>>& lines,
                                    const QList<RestoreCheck>& checks)
{
    // The test-restore belongs on the line of the job's newest dump (its first), so that no line says
    // "ok" about a dump whose test-restore failed.
    for (const RestoreCheck& check : checks) {
        const QString outcome =
            check.ok ? tr("test-restore ok") : tr("test-restore FAILED: %1").arg(check.detail);
        const auto first =
            std::find_if(lines.begin(), lines.end(),
                         [&](const std::pair<QString, QString>& line) { return line.first == check.job; });
        if (first != lines.end())
            first->second += QStringLiteral("; ") + outcome;
        else
            lines.append({check.job, tr("%1: %2").arg(check.job, outcome)});
    }
}

int VerifyCommand::run(const QCommandLineParser& parser)
{
    const bool json = parser.isSet(m_json);
    const auto named = loadNamedJobs(parser);
    if (!named)
        return named.error();
    const Config& config = named->config;
    const QList<JobConfig>& jobs = named->jobs;
    const QStringList& names = named->names;
    if (parser.isSet(m_restore)) {
        for (const JobConfig& job : std::as_const(jobs)) {
            if (job.kind == JobKind::Globals && names.contains(job.name))
                return usageError(
                    tr("%1 is a globals dump (roles, tablespaces): it is never test-restored, as "
                       "its statements act on the whole server. Verify it without --restore; replay it "
                       "by hand with `psql -X -d postgres -f DUMP` if you mean to")
                        .arg(job.name));
        }
    }

    // Test-restores create and drop databases and record their checks: under the run lock, like
    // `larder run`. Verifying checksums alone takes none (see Verifier::verifyAndRecord).
    RunLock lock(config.historyPath);
    if (parser.isSet(m_restore)) {
        if (const Result<void> locked = lock.tryLock(); !locked)
            return lockError(locked.error());
    }

    // Reading only: no run lock, and no history file is created just to find it empty.
    if (!History::exists(config.historyPath)) {
        if (json)
            out() << QJsonDocument(QJsonObject{{QStringLiteral("dumps"), QJsonArray{}},
                                               {QStringLiteral("test_restores"), QJsonArray{}}})
                         .toJson();
        else
            out() << tr("no history at %1 yet: nothing has been dumped, so nothing to verify")
                         .arg(config.historyPath)
                  << '\n';
        return parser.isSet(m_restore) ? ExitCode::JobFailed : ExitCode::Ok;
    }
    auto opened = History::open(config.historyPath);
    if (!opened) {
        logLine(tr("larder verify: %1").arg(opened.error().message));
        return ExitCode::JobFailed;
    }
    History& history = **opened;

    // SIGINT/SIGTERM stop a verification in progress (its pg_restore with it) within a moment.
    int caughtSignal = 0;
    bool testRestoring = false; // runTestRestores says it itself then
    const Interrupt interrupt = makeInterrupt();
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::received, &watcher, [&](int signalNumber) {
        if (caughtSignal == 0 && !testRestoring)
            logLine(tr("received %1: stopping")
                        .arg(signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM")));
        caughtSignal = signalNumber;
        interrupt->store(true);
    });

    int failures = 0;
    QJsonArray dumpsJson;
    QList<std::pair<QString, QString>> lines; // job, what its dump's line says
    for (const JobConfig& job : std::as_const(jobs)) {
        if (caughtSignal != 0)
            break;
        const auto dumps = history.successfulAttempts(job.name);
        if (!dumps) {
            logLine(tr("larder verify: %1").arg(dumps.error().message));
            return ExitCode::JobFailed;
        }
        if (dumps->isEmpty() && !json)
            lines.append({job.name, tr("%1: no successful dump to verify").arg(job.name)});
        const QList<HistoryRecord> selected = parser.isSet(m_all) ? *dumps : dumps->mid(0, 1);
        for (const HistoryRecord& dump : selected) {
            const Verifier::Limits limits{qMin(job.timeoutSeconds, INT_MAX / 1000) * 1000, interrupt};
            const Verifier::Finding found = verifyInBackground(engine(), dump, limits);
            if (caughtSignal != 0)
                break;
            const Verifier::Recorded verified = Verifier::record(history, dump, found);
            const Verifier::Finding& finding = verified.finding;
            if (!verified.recordError.isEmpty())
                logLine(tr("larder verify: %1").arg(verified.recordError));
            // A dump pruned under verify is no damage.
            const bool pruned = finding.status == QLatin1String("pruned");
            failures += finding.ok() || pruned ? 0 : 1;
            if (json) {
                dumpsJson.append(QJsonObject{{QStringLiteral("job"), job.name},
                                             {QStringLiteral("attempt"), dump.id},
                                             {QStringLiteral("path"), dump.path},
                                             {QStringLiteral("status"), finding.status},
                                             {QStringLiteral("detail"), finding.detail}});
            } else if (pruned) {
                lines.append({job.name, tr("%1: %2").arg(job.name, finding.detail)});
            } else if (finding.ok()) {
                lines.append({job.name, tr("%1: ok %2").arg(job.name, dump.path)});
            } else {
                lines.append(
                    {job.name,
                     tr("%1: %2 %3: %4").arg(job.name, finding.status.toUpper(), dump.path, finding.detail)});
            }
        }
        // Without --restore each job's lines are final at once; with it they wait for its test-restore.
        if (!parser.isSet(m_restore))
            printLines(lines);
    }

    QList<RestoreCheck> checks;
    if (parser.isSet(m_restore) && caughtSignal == 0) {
        testRestoring = true;
        checks = runTestRestores(
            jobs, history, [this](const QString& line) { logLine(line); }, watcher, caughtSignal);
        for (const RestoreCheck& check : std::as_const(checks))
            failures += check.ok ? 0 : 1;
    }
    if (!json && parser.isSet(m_restore)) {
        addTestRestores(lines, checks);
        printLines(lines);
    }
    if (json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("dumps"), dumpsJson},
                                           {QStringLiteral("test_restores"), restoreChecksJson(checks)}})
                     .toJson();
    if (caughtSignal == SIGINT)
        return ExitCode::Interrupted;
    if (caughtSignal == SIGTERM)
        return ExitCode::Terminated;
    return failures > 0 ? ExitCode::JobFailed : ExitCode::Ok;
}
