// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "PlanCommand.h"

#include "ExitCode.h"
#include "PlanRecords.h"
#include "TextTable.h"
#include "base/Units.h"
#include "config/SecretReference.h"
#include "config/keys/ConfigKeyNames.h"
#include "config/keys/ConfigKeyTable.h"
#include "engine/DatabaseEngine.h"
#include "history/History.h"
#include "plan/DatabaseDiscovery.h"
#include "plan/Freshness.h"
#include "plan/Planner.h"
#include "system/CredentialStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <climits>

using namespace larder;

namespace {

QString local(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QStringLiteral("-");
}

QString iso(const QDateTime& utc)
{
    return utc.isValid() ? utc.toString(Qt::ISODate) : QString();
}

// The max_age that applies to job: set, off, or the default from its schedule and how it follows.
QString maxAgeText(const JobConfig& job)
{
    const Freshness limit = Freshness::of(job, QDateTime(), QDateTime(), QDateTime::currentDateTimeUtc());
    if (!limit.isChecked())
        return limit.limitSource();
    const QString duration = ConfigKeyTable::durationText(int(qMin<qint64>(limit.limitSeconds(), INT_MAX)));
    return job.maxAgeSeconds ? duration : QStringLiteral("%1 (%2)").arg(duration, limit.limitSource());
}

} // namespace

PlanCommand::PlanCommand()
    : Command(QStringLiteral("plan"), tr("Show each job's schedule, last success and next due time.")),
      m_json(QStringLiteral("json"), tr("Print JSON instead of a table.")),
      m_explain(QStringLiteral("explain"), tr("Show every effective setting of JOB and where it comes from."),
                QStringLiteral("job"))
{}

void PlanCommand::addOptions(CommandOptions& options)
{
    options.addOption(m_json);
    options.addOption(m_explain, CommandOptions::Values::Jobs);
}

int PlanCommand::run(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    std::optional<Config> config = loadConfig(parser);
    if (!config)
        return ExitCode::Config;
    if (parser.isSet(m_explain) && config->job(parser.value(m_explain)))
        return explain(*config, parser.value(m_explain));

    auto recorded = PlanRecords::read(config->historyPath, name(), err());
    if (!recorded)
        return recorded.error();
    const std::unique_ptr<History> history = std::move(recorded->history);
    const PlanHistory& records = recorded->records;

    // Connects only when some server discovers databases: a plan of configured jobs stays offline.
    DatabaseDiscovery::Outcome found;
    if (DatabaseDiscovery::isNeeded(*config)) {
        const CredentialStore credentials;
        found = DatabaseDiscovery::expand(
            *config, engine(),
            [&credentials](const ServerConfig& server) { return credentials.readPassword(server); },
            records.lastSuccesses.keys());
        DatabaseDiscovery::apply(*config, found.jobs);
    }
    const QStringList problems = found.errors + found.warnings;
    const int okCode = found.errors.isEmpty() ? ExitCode::Ok : ExitCode::JobFailed;
    const auto printProblems = [&] {
        for (const QString& problem : problems)
            err() << "larder plan: " << problem << '\n';
    };
    if (parser.isSet(m_explain)) {
        printProblems();
        const int code = explain(*config, parser.value(m_explain));
        return code == ExitCode::Ok ? okCode : code;
    }

    QList<KnownJobs::HistoryJob> orphans;
    if (history) {
        auto historyOnly = KnownJobs::historyOnly(*config, *history);
        if (!historyOnly) {
            err() << "larder plan: " << historyOnly.error().message << '\n';
            return ExitCode::JobFailed;
        }
        // A server that could not be listed may still have the database: its jobs are not orphans.
        for (const KnownJobs::HistoryJob& entry : std::as_const(*historyOnly)) {
            const bool unlisted = !found.errors.isEmpty() && entry.known.serverConfigured &&
                                  !entry.known.job.server.discoverPatterns.isEmpty();
            if (!unlisted)
                orphans.append(entry);
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<PlannedJob> plan = Planner::plan(*config, records, now, QTimeZone::systemTimeZone());

    if (parser.isSet(m_json)) {
        QJsonArray jobs;
        for (const PlannedJob& entry : plan) {
            jobs.append(QJsonObject{{QStringLiteral("job"), entry.job.name},
                                    {QStringLiteral("server"), entry.job.server.name},
                                    {QStringLiteral("database"), entry.job.dbname},
                                    {QStringLiteral("schedule"), entry.job.schedule.text()},
                                    {QStringLiteral("format"), dumpFormatName(entry.job.format)},
                                    {QStringLiteral("directory"), entry.job.outputDirectory()},
                                    {QStringLiteral("last_success"), iso(entry.lastSuccessUtc)},
                                    {QStringLiteral("last_bytes"), entry.lastBytes},
                                    // As the table's "now": a due job is due at once, not at its next slot.
                                    {QStringLiteral("next_due"), iso(entry.due ? now : entry.nextDueUtc)},
                                    {QStringLiteral("due"), entry.due},
                                    {QStringLiteral("enabled"), entry.job.enabled},
                                    {QStringLiteral("failures"), entry.failures},
                                    {QStringLiteral("last_failure"), iso(entry.lastFailureUtc)},
                                    {QStringLiteral("retry_at"), iso(entry.retryUtc)},
                                    {QStringLiteral("reason"), entry.reason},
                                    {QStringLiteral("stale"), entry.freshness.isStale()},
                                    {QStringLiteral("max_age"), entry.freshness.limitSeconds()},
                                    {QStringLiteral("max_age_from"), entry.freshness.limitSource()},
                                    {QStringLiteral("age"), entry.freshness.ageSeconds()},
                                    {QStringLiteral("kind"), entry.job.kind == JobKind::Globals
                                                                 ? QStringLiteral("globals")
                                                                 : QStringLiteral("database")},
                                    {QStringLiteral("discovered"), entry.job.discovered}});
        }
        out() << QJsonDocument(
                     QJsonObject{{QStringLiteral("config"), config->path},
                                 {QStringLiteral("history"), config->historyPath},
                                 {QStringLiteral("jobs"), jobs},
                                 {QStringLiteral("orphans"), orphansJson(orphans)},
                                 {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}})
                     .toJson();
        printProblems();
        return okCode;
    }

    if (plan.isEmpty()) {
        out() << tr("No jobs in %1: add a [databases.NAME] section.").arg(config->path) << '\n';
        printOrphans(orphans);
        printProblems();
        return okCode;
    }
    TextTable table({tr("JOB"), tr("SERVER"), tr("DATABASE"), tr("SCHEDULE"), tr("LAST SUCCESS"), tr("SIZE"),
                     tr("NEXT DUE"), tr("DUE")});
    for (const PlannedJob& entry : plan) {
        const QString next = entry.due                    ? tr("now")
                             : !entry.job.enabled         ? tr("disabled")
                             : entry.nextDueUtc.isValid() ? local(entry.nextDueUtc)
                                                          : entry.job.schedule.describe();
        // Not due for the usual reason (next slot) needs no words; held back or disabled does.
        const QString dueText = entry.due ? tr("yes: %1").arg(entry.reason)
                                : (entry.retryUtc.isValid() || !entry.job.enabled)
                                    ? tr("no: %1").arg(entry.reason)
                                    : tr("no");
        const QString database = entry.job.kind == JobKind::Globals ? tr("(globals)")
                                 : entry.job.discovered ? tr("%1 (discovered)").arg(entry.job.dbname)
                                                        : entry.job.dbname;
        // A stale job says so where its last success is: that is what is too old.
        const QString lastSuccess = !entry.freshness.isStale() ? local(entry.lastSuccessUtc)
                                    : entry.lastSuccessUtc.isValid()
                                        ? tr("%1 (stale)").arg(local(entry.lastSuccessUtc))
                                        : tr("never (stale)");
        table.addRow({entry.job.name, entry.job.server.name, database, entry.job.schedule.describe(),
                      lastSuccess,
                      entry.lastSuccessUtc.isValid() ? Units::bytes(entry.lastBytes) : QStringLiteral("-"),
                      next, dueText});
    }
    table.print(out());
    printOrphans(orphans);
    out().flush();
    printProblems();
    return okCode;
}

QJsonArray PlanCommand::orphansJson(const QList<KnownJobs::HistoryJob>& orphans)
{
    QJsonArray array;
    for (const KnownJobs::HistoryJob& entry : orphans) {
        array.append(QJsonObject{{QStringLiteral("job"), entry.known.job.name},
                                 {QStringLiteral("server"), entry.known.job.server.name},
                                 {QStringLiteral("server_configured"), entry.known.serverConfigured},
                                 {QStringLiteral("database"), entry.known.job.dbname},
                                 {QStringLiteral("directory"), entry.known.job.outputDirectory()},
                                 {QStringLiteral("kept_dumps"), entry.keptDumps},
                                 {QStringLiteral("newest_dump"), iso(entry.newestUtc)},
                                 {QStringLiteral("due"), false}});
    }
    return array;
}

void PlanCommand::printOrphans(const QList<KnownJobs::HistoryJob>& orphans)
{
    if (orphans.isEmpty())
        return;
    out() << '\n'
          << tr("Orphaned jobs (known only to history: never due; their dumps are kept until `larder prune "
                "JOB` names them):")
          << '\n';
    TextTable table(
        {tr("JOB"), tr("SERVER"), tr("DATABASE"), tr("KEPT DUMPS"), tr("NEWEST DUMP"), tr("DIRECTORY")});
    for (const KnownJobs::HistoryJob& entry : orphans) {
        const QString server = entry.known.serverConfigured
                                   ? entry.known.job.server.name
                                   : tr("%1 (not configured)").arg(entry.known.job.server.name);
        table.addRow({entry.known.job.name, server, entry.known.job.dbname, QString::number(entry.keptDumps),
                      local(entry.newestUtc), entry.known.job.outputDirectory()});
    }
    table.print(out());
}

int PlanCommand::explain(const Config& config, const QString& name)
{
    // Discovered jobs are in config by now; an orphan is explained with its last known settings.
    const auto found = findJobs(config, {name});
    if (!found)
        return found.error();
    const KnownJobs::Known& known = found->first();
    const JobConfig* job = &known.job;
    // An absent keep_* rule is not the same as 0, which keeps nothing by that rule.
    const auto count = [](const std::optional<int>& value) {
        return value ? QString::number(*value) : tr("(not set)");
    };
    // In the units a retention window is written in ("14 days"), not as a run time ("336 h").
    const auto within = [](const std::optional<qint64>& seconds) {
        if (!seconds)
            return tr("(not set)");
        const qint64 s = *seconds;
        if (s % 86400 == 0)
            return s == 86400 ? tr("1 day") : tr("%1 days").arg(s / 86400);
        if (s % 3600 == 0)
            return s == 3600 ? tr("1 hour") : tr("%1 hours").arg(s / 3600);
        return s == 1 ? tr("1 second") : tr("%1 seconds").arg(s);
    };
    // A hook's argv as the config writes it, so that spaces inside an argument stay visible.
    const auto command = [](const QStringList& argv) {
        if (argv.isEmpty())
            return tr("(none)");
        QStringList quoted;
        for (const QString& arg : argv)
            quoted << QLatin1Char('"') + arg + QLatin1Char('"');
        return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
    };
    const QList<QPair<QString, QString>> values = {
        {keys::server, job->server.name},
        {keys::engine, engineKindName(job->server.engine)},
        {keys::dbname, job->dbname},
        {keys::host, job->server.host.isEmpty() ? tr("(the client's default)") : job->server.host},
        {keys::port, QString::number(job->server.port)},
        {keys::user, job->server.user.isEmpty() ? tr("(the client's default)") : job->server.user},
        {keys::sslmode, job->server.sslmode},
        {keys::connectTimeout, QString::number(job->server.connectTimeoutSeconds)},
        {keys::maxParallel, QString::number(job->server.maxParallel)},
        {keys::pgDump, job->server.pgDump.isEmpty() ? tr("(chosen by server version)") : job->server.pgDump},
        {keys::schedule, QStringLiteral("%1 (%2)").arg(job->schedule.text(), job->schedule.describe())},
        {keys::format, dumpFormatName(job->format)},
        {keys::compression, QString::number(job->compression)},
        {keys::dumpDir, job->dumpDir},
        {keys::timeout, Units::duration(qint64(job->timeoutSeconds) * 1000)},
        {keys::enabled, job->enabled ? tr("true") : tr("false")},
        {keys::maxAge, maxAgeText(*job)},
        {keys::retry, job->retrySeconds == 0
                          ? tr("off (due at every run until it succeeds)")
                          : tr("%1 after a failure, doubled after each further one, at most %2")
                                .arg(Units::duration(qint64(job->retrySeconds) * 1000),
                                     Units::duration(Planner::backoffCapSeconds(job->schedule) * 1000))},
        {keys::minSizeRatio, job->minSizeRatio > 0.0 ? QString::number(job->minSizeRatio) : tr("0 (off)")},
        {keys::beforeDump, command(job->beforeDump)},
        {keys::afterDump, command(job->afterDump)},
        {keys::onFailure, command(job->onFailure)},
        {keys::hookTimeout, Units::duration(qint64(job->hookTimeoutSeconds) * 1000)},
        {keys::pgDumpArgs, job->pgDumpArgs.join(QLatin1Char(' '))},
        {keys::mariadbDumpArgs, job->mariadbDumpArgs.join(QLatin1Char(' '))},
        {keys::keepLast, count(job->retention.keepLast)},
        {keys::keepDaily, count(job->retention.keepDaily)},
        {keys::keepWeekly, count(job->retention.keepWeekly)},
        {keys::keepMonthly, count(job->retention.keepMonthly)},
        {keys::keepWithin, within(job->retention.keepWithinSeconds)},
        {keys::testRestore,
         QStringLiteral("%1 (%2)").arg(job->testRestore.text(), job->testRestore.describe())},
        {keys::restoreServer, job->restoreServer.name},
        {keys::dumpGlobals, job->server.dumpGlobals ? tr("true") : tr("false")},
        {keys::databases, job->server.discoverPatterns.isEmpty()
                              ? tr("(no discovery)")
                              : job->server.discoverPatterns.join(QStringLiteral(", "))},
        {keys::exclude, job->server.excludePatterns.join(QStringLiteral(", "))},
    };
    out() << tr("Job %1 in %2; dumps go to %3").arg(job->name, config.path, job->outputDirectory()) << '\n';
    if (!known.configured)
        out() << tr("%1 is an orphaned job, known only to history: the settings of %2, with the server, "
                    "database and place of its newest dump")
                     .arg(job->name, known.settingsFrom)
              << '\n';
    TextTable table({tr("KEY"), tr("VALUE"), tr("FROM")});
    for (const auto& [key, value] : values) {
        // The other engine's keys mean nothing for this job.
        const std::optional<EngineKind> only = ConfigKeyTable::engineOnly(key);
        if (only && *only != job->server.engine)
            continue;
        table.addRow({key, value, job->origins.value(key, tr("built-in"))});
    }
    table.print(out());
    explainNotifications(config, *job);
    return ExitCode::Ok;
}

void PlanCommand::explainNotifications(const Config& config, const JobConfig& job)
{
    // The sections that hear of this job, with the secrets they name: references, never values, and
    // of a url no more than NotifyConfig::safeUrl shows.
    TextTable table({tr("NOTIFY"), tr("KIND"), tr("URL"), tr("EVENTS"), tr("SECRETS")});
    int rows = 0;
    for (const NotifyConfig& target : config.notify) {
        if ((!target.jobs.isEmpty() && !target.jobs.contains(job.name)) ||
            (!target.servers.isEmpty() && !target.servers.contains(job.server.name)))
            continue;
        QStringList secrets;
        for (const QString& name : SecretReference::names(QString::fromLatin1(target.url.toEncoded())))
            secrets << QStringLiteral("{secret:%1} (url)").arg(name);
        for (const auto& header : target.headers) {
            for (const QString& name : SecretReference::names(header.second))
                secrets << QStringLiteral("{secret:%1} (%2)").arg(name, header.first);
        }
        for (const QString& name : SecretReference::names(target.token))
            secrets << QStringLiteral("{secret:%1} (token)").arg(name);
        table.addRow({QStringLiteral("notify.") + target.name, NotifyConfig::kindName(target.kind),
                      target.safeUrl(), target.events.join(QStringLiteral(", ")),
                      secrets.isEmpty() ? tr("(none)") : secrets.join(QStringLiteral(", "))});
        ++rows;
    }
    if (rows == 0)
        return;
    out() << '\n'
          << tr("Notifications about %1 ([notify.NAME]; secrets are resolved only when a run sends):")
                 .arg(job.name)
          << '\n';
    table.print(out());
}
