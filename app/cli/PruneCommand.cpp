// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "PruneCommand.h"

#include "ExitCode.h"
#include "history/History.h"
#include "history/RunLock.h"
#include "retention/Pruner.h"

#include <QTimeZone>

using namespace larder;

PruneCommand::PruneCommand()
    : Command(QStringLiteral("prune"), tr("Delete old dumps now, as each job's keep_* rules say.")),
      m_dryRun(QStringLiteral("dry-run"), tr("Print what would be kept and deleted; change nothing."))
{}

void PruneCommand::addOptions(CommandOptions& options)
{
    options.addOption(m_dryRun);
    options.addPositionalArgument(QStringLiteral("job"), tr("Jobs to prune (default: every job)."),
                                  QStringLiteral("[job...]"), CommandOptions::Values::Jobs);
}

int PruneCommand::run(const QCommandLineParser& parser)
{
    const bool dryRun = parser.isSet(m_dryRun);
    // Only jobs named here can be history's alone: a prune of every job leaves orphaned dumps be.
    const auto named = loadNamedJobs(parser);
    if (!named)
        return named.error();
    const Config& config = named->config;
    for (const KnownJobs::Known& known : named->known) {
        if (!known.configured)
            out() << tr("%1 is not in the config: its dumps are pruned by the keep_* rules of %2")
                         .arg(known.job.name, known.settingsFrom)
                  << '\n';
    }

    // Like `larder run`: a dry run changes nothing, so it needs no lock.
    RunLock lock(config.historyPath);
    if (!dryRun) {
        const Result<void> locked = lock.tryLock();
        if (!locked)
            return lockError(locked.error());
    }
    if (!History::exists(config.historyPath)) {
        out() << tr("no history at %1 yet: nothing to prune").arg(config.historyPath) << '\n';
        return ExitCode::Ok;
    }
    Result<std::unique_ptr<History>> history = History::open(config.historyPath);
    if (!history) {
        err() << "larder prune: " << history.error().message << '\n';
        return ExitCode::JobFailed;
    }

    Pruner pruner(**history, QTimeZone::systemTimeZone());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool failed = false;
    for (const JobConfig& job : named->jobs) {
        const Result<Pruner::Report> report = pruner.prune(job, now, dryRun);
        if (!report) {
            err() << "larder prune: " << report.error().message << '\n';
            failed = true;
            continue;
        }
        if (report->entries.isEmpty()) {
            out() << tr("%1: no successful dumps").arg(job.name) << '\n';
            continue;
        }
        int kept = 0;
        for (const Pruner::Entry& entry : report->entries) {
            const QString path = entry.record.path;
            switch (entry.action) {
            case Pruner::Action::Kept:
                ++kept;
                out() << (dryRun ? tr("%1: would keep %2 (%3)") : tr("%1: kept %2 (%3)"))
                             .arg(job.name, path, entry.reasons.join(QLatin1String(", ")))
                      << '\n';
                break;
            case Pruner::Action::Deleted:
                out() << (dryRun ? tr("%1: would delete %2") : tr("%1: deleted %2")).arg(job.name, path)
                      << '\n';
                break;
            case Pruner::Action::AlreadyMissing:
                out() << (dryRun ? tr("%1: would mark pruned: %2") : tr("%1: marked pruned: %2"))
                             .arg(job.name, entry.note)
                      << '\n';
                break;
            case Pruner::Action::OnAnotherHost:
                out() << (dryRun ? tr("%1: would leave %2 to host %3, which holds it")
                                 : tr("%1: left %2 to host %3, which holds it"))
                             .arg(job.name, path, entry.record.host)
                      << '\n';
                break;
            case Pruner::Action::Failed:
                failed = true;
                err() << "larder prune: " << entry.error << '\n';
                break;
            }
        }
        const int pruned = report->prunedCount();
        out() << (dryRun ? tr("%1: %n dump(s) would be pruned, %2 kept", nullptr, pruned)
                         : tr("%1: %n dump(s) pruned, %2 kept", nullptr, pruned))
                     .arg(job.name)
                     .arg(kept)
              << '\n';
    }
    return failed ? ExitCode::JobFailed : ExitCode::Ok;
}
