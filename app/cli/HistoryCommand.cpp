// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "HistoryCommand.h"

#include "ExitCode.h"
#include "TextTable.h"
#include "base/Units.h"
#include "history/History.h"
#include "history/HistoryAddress.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

using namespace larder;

namespace {

// What read takes from the history at path; T's empty value when nothing was recorded there yet.
template <typename T>
Result<T> readHistory(const QString& path, const std::function<Result<T>(History&)>& read)
{
    const auto history = History::openIfExists(path);
    if (!history)
        return tl::unexpected(history.error());
    if (!*history)
        return T{};
    return read(**history);
}

using AttemptsWithChecks = std::pair<QList<HistoryRecord>, QHash<qint64, RestoreCheck>>;

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0);
}

QString iso(const QDateTime& utc)
{
    return utc.isValid() ? utc.toString(Qt::ISODateWithMs) : QString();
}

// The dump's latest test-restore, or null when it was never test-restored.
QJsonValue toJson(const RestoreCheck* check)
{
    if (check == nullptr)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("started"), iso(check->startedUtc)},
        {QStringLiteral("finished"), iso(check->finishedUtc)},
        {QStringLiteral("status"), check->ok ? QStringLiteral("ok") : QStringLiteral("failed")},
        {QStringLiteral("detail"), check->detail},
        {QStringLiteral("server"), check->server},
        {QStringLiteral("scratch_database"), check->scratchDatabase}};
}

QJsonObject toJson(const HistoryRecord& record, const RestoreCheck* check)
{
    return QJsonObject{{QStringLiteral("id"), record.id},
                       {QStringLiteral("job"), record.job},
                       {QStringLiteral("server"), record.server},
                       {QStringLiteral("database"), record.database},
                       {QStringLiteral("trigger"), triggerName(record.trigger)},
                       {QStringLiteral("started"), iso(record.startedUtc)},
                       {QStringLiteral("finished"), iso(record.finishedUtc)},
                       {QStringLiteral("status"), attemptStatusName(record.status)},
                       {QStringLiteral("bytes"), record.bytes},
                       {QStringLiteral("path"), record.path},
                       {QStringLiteral("sha256"), record.sha256},
                       // The dump tool's --version, whichever engine's; pg_dump_version stays for
                       // scripts written before MariaDB servers.
                       {QStringLiteral("dump_tool_version"), record.pgDumpVersion},
                       {QStringLiteral("pg_dump_version"), record.pgDumpVersion},
                       {QStringLiteral("server_version"), record.serverVersion},
                       {QStringLiteral("error"), record.error},
                       {QStringLiteral("warning"),
                        record.warning.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.warning)},
                       {QStringLiteral("verified"), iso(record.verifiedUtc)},
                       {QStringLiteral("verify_status"), record.verifyStatus},
                       {QStringLiteral("verify_error"), record.verifyError},
                       // null in attempts recorded before hosts were (schema v6)
                       {QStringLiteral("host"),
                        record.host.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.host)},
                       {QStringLiteral("test_restore"), toJson(check)}};
}

// The latest `larder verify` of a dump: "ok 2026-11-20 03:00", "mismatch ...", or "-".
QString verifiedText(const HistoryRecord& record)
{
    if (!record.verifiedUtc.isValid() || record.verifyStatus.isEmpty())
        return QStringLiteral("-");
    return record.verifyStatus + QLatin1Char(' ') +
           record.verifiedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The latest test-restore of a dump: "ok 2026-11-20 03:00", "FAILED 2026-11-20 03:05", or "-".
QString testRestoreText(const RestoreCheck* check)
{
    if (check == nullptr)
        return QStringLiteral("-");
    const QDateTime at = check->finishedUtc.isValid() ? check->finishedUtc : check->startedUtc;
    return (check->ok ? QStringLiteral("ok ") : QStringLiteral("FAILED ")) +
           at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

HistoryCommand::HistoryCommand()
    : Command(QStringLiteral("history"), tr("List past dump attempts, newest first.")),
      m_limit(QStringLiteral("limit"), tr("Show at most N attempts (default 20; 0: all)."),
              QStringLiteral("N"), QStringLiteral("20")),
      m_json(QStringLiteral("json"), tr("Print JSON instead of a table.")),
      m_notifications(QStringLiteral("notifications"),
                      tr("List the deliveries of notifications ([notify.NAME]) instead of dumps.")),
      m_hooks(QStringLiteral("hooks"),
              tr("List the runs of hooks (before_dump, after_dump, on_failure, after_run) instead of dumps; "
                 "with --json, each with its output."))
{}

void HistoryCommand::addOptions(CommandOptions& options)
{
    options.addOptions({m_limit, m_json, m_notifications, m_hooks});
    options.addPositionalArgument(QStringLiteral("job"), tr("Only this job's attempts."),
                                  QStringLiteral("[job]"), CommandOptions::Values::Jobs);
}

int HistoryCommand::run(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(tr("give at most one job name"));
    bool ok = false;
    const int limit = parser.value(m_limit).toInt(&ok);
    if (!ok || limit < 0)
        return usageError(
            tr("--limit takes a whole number of 0 or more, not '%1'").arg(parser.value(m_limit)));

    const std::optional<Config> config = loadConfig(parser);
    if (!config)
        return ExitCode::Config;
    const QString job = positional.value(0);
    if (parser.isSet(m_notifications) && parser.isSet(m_hooks))
        return usageError(tr("give --notifications or --hooks, not both"));
    if (parser.isSet(m_notifications)) {
        if (!job.isEmpty())
            return usageError(tr("--notifications lists every job's: give no job name"));
        return listNotifications(config->historyPath, limit, parser.isSet(m_json));
    }
    if (parser.isSet(m_hooks))
        return listHookRuns(config->historyPath, job, limit, parser.isSet(m_json));

    // Each listed dump with its latest test-restore.
    const auto read = readHistory<AttemptsWithChecks>(
        config->historyPath, [&job, limit](History& history) -> Result<AttemptsWithChecks> {
            auto attempts = history.attempts(job, limit);
            if (!attempts)
                return tl::unexpected(attempts.error());
            QList<qint64> ids;
            ids.reserve(attempts->size());
            for (const HistoryRecord& record : std::as_const(*attempts))
                ids.append(record.id);
            auto checks = history.latestRestoreChecks(ids);
            if (!checks)
                return tl::unexpected(checks.error());
            return AttemptsWithChecks(std::move(*attempts), std::move(*checks));
        });
    if (!read)
        return readFailed(read.error());
    const QList<HistoryRecord>& records = read->first;
    const QHash<qint64, RestoreCheck>& restoreChecks = read->second;
    const auto checkOf = [&restoreChecks](const HistoryRecord& record) -> const RestoreCheck* {
        const auto found = restoreChecks.constFind(record.id);
        return found != restoreChecks.cend() ? &*found : nullptr;
    };

    if (parser.isSet(m_json)) {
        QJsonArray array;
        for (const HistoryRecord& record : std::as_const(records))
            array.append(toJson(record, checkOf(record)));
        out() << QJsonDocument(array).toJson();
        return ExitCode::Ok;
    }
    if (records.isEmpty()) {
        out() << (job.isEmpty() ? tr("No dumps recorded yet in %1.").arg(config->historyPath)
                                : tr("No dumps of %1 recorded yet.").arg(job))
              << '\n';
        return ExitCode::Ok;
    }
    // Which host made each attempt matters only where several share the history.
    const bool shared = HistoryAddress::isUrl(config->historyPath);
    QStringList header = {tr("STARTED"),  tr("JOB"),  tr("SERVER"),   tr("TRIGGER"),      tr("STATUS"),
                          tr("DURATION"), tr("SIZE"), tr("VERIFIED"), tr("TEST-RESTORE"), tr("PATH / ERROR")};
    if (shared)
        header.insert(1, tr("HOST"));
    TextTable table(header);
    for (const HistoryRecord& record : std::as_const(records)) {
        // A pruned dump was a success: where it was still matters (which dump a restore had).
        const bool success =
            record.status == AttemptStatus::Success || record.status == AttemptStatus::Pruned;
        const RestoreCheck* check = checkOf(record);
        QString pathOrError = success ? record.path : firstLine(record.error);
        // A dump with a warning is shown as a failure is: why, beside where it is.
        if (!record.warning.isEmpty())
            pathOrError = tr("%1; WARNING: %2").arg(pathOrError, firstLine(record.warning));
        // A failed test-restore is the error of a dump that was made: why, beside where it is.
        if (check != nullptr && !check->ok)
            pathOrError = tr("%1; test-restore: %2").arg(pathOrError, firstLine(check->detail.trimmed()));
        QStringList row = {record.startedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                           record.job,
                           record.server,
                           triggerName(record.trigger),
                           attemptStatusName(record.status),
                           record.finishedUtc.isValid() ? Units::duration(record.durationMs())
                                                        : QStringLiteral("-"),
                           success ? Units::bytes(record.bytes) : QStringLiteral("-"),
                           verifiedText(record),
                           testRestoreText(check),
                           pathOrError};
        if (shared)
            row.insert(1, record.host.isEmpty() ? QStringLiteral("-") : record.host);
        table.addRow(row);
    }
    table.print(out());
    return ExitCode::Ok;
}

int HistoryCommand::listNotifications(const QString& historyPath, int limit, bool json)
{
    const auto read = readHistory<QList<NotificationRecord>>(
        historyPath, [limit](History& history) { return history.notifications(limit); });
    if (!read)
        return readFailed(read.error());
    const QList<NotificationRecord>& records = *read;
    if (json) {
        QJsonArray array;
        for (const NotificationRecord& record : std::as_const(records)) {
            array.append(
                QJsonObject{{QStringLiteral("notify"), record.notify},
                            {QStringLiteral("kind"), record.kind},
                            {QStringLiteral("event"), record.event},
                            {QStringLiteral("job"), record.job},
                            {QStringLiteral("server"), record.server},
                            {QStringLiteral("delivered"), record.delivered},
                            {QStringLiteral("http_status"), record.httpStatus},
                            {QStringLiteral("error"), record.error.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(record.error)},
                            {QStringLiteral("attempts"), record.attempts},
                            {QStringLiteral("finished"), iso(record.finishedUtc)}});
        }
        out() << QJsonDocument(array).toJson();
        return ExitCode::Ok;
    }
    if (records.isEmpty()) {
        out() << tr("No notifications recorded yet in %1.").arg(historyPath) << '\n';
        return ExitCode::Ok;
    }
    TextTable table({tr("FINISHED"), tr("NOTIFY"), tr("KIND"), tr("EVENT"), tr("JOB"), tr("STATUS"),
                     tr("ATTEMPTS"), tr("HTTP / ERROR")});
    for (const NotificationRecord& record : std::as_const(records)) {
        const QString http =
            record.httpStatus != 0 ? QString::number(record.httpStatus) : QStringLiteral("-");
        table.addRow({record.finishedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      record.notify, record.kind, record.event, record.job,
                      record.delivered ? tr("delivered") : tr("FAILED"), QString::number(record.attempts),
                      record.error.isEmpty() ? http : record.error});
    }
    table.print(out());
    return ExitCode::Ok;
}

int HistoryCommand::listHookRuns(const QString& historyPath, const QString& job, int limit, bool json)
{
    const auto read = readHistory<QList<HookRunRecord>>(
        historyPath, [&job, limit](History& history) { return history.hookRuns(job, limit); });
    if (!read)
        return readFailed(read.error());
    const QList<HookRunRecord>& records = *read;
    if (json) {
        QJsonArray array;
        for (const HookRunRecord& record : std::as_const(records)) {
            array.append(QJsonObject{
                {QStringLiteral("hook"), record.hook},
                {QStringLiteral("job"),
                 record.job.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.job)},
                {QStringLiteral("attempt_id"),
                 record.attemptId > 0 ? QJsonValue(record.attemptId) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("started"), iso(record.startedUtc)},
                {QStringLiteral("duration_ms"), record.elapsedMs},
                {QStringLiteral("ok"), record.ok},
                {QStringLiteral("timed_out"), record.timedOut},
                {QStringLiteral("exit_code"), record.exitCode},
                {QStringLiteral("error"),
                 record.ok ? QJsonValue(QJsonValue::Null) : QJsonValue(record.error)},
                {QStringLiteral("output"), record.output},
                {QStringLiteral("output_truncated"), record.truncated}});
        }
        out() << QJsonDocument(array).toJson();
        return ExitCode::Ok;
    }
    if (records.isEmpty()) {
        out() << (job.isEmpty() ? tr("No hook runs recorded yet in %1.").arg(historyPath)
                                : tr("No hook runs of %1 recorded yet.").arg(job))
              << '\n';
        return ExitCode::Ok;
    }
    TextTable table(
        {tr("STARTED"), tr("JOB"), tr("HOOK"), tr("STATUS"), tr("DURATION"), tr("OUTPUT / ERROR")});
    for (const HookRunRecord& record : std::as_const(records)) {
        const QString status = record.ok ? tr("ok") : (record.timedOut ? tr("TIMED OUT") : tr("FAILED"));
        // A failure's reason already ends with the hook's last line; a success shows that line.
        const QString said = record.ok ? record.output.trimmed().section(QLatin1Char('\n'), -1).trimmed()
                                       : firstLine(record.error);
        table.addRow({record.startedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      record.job.isEmpty() ? QStringLiteral("-") : record.job, record.hook, status,
                      Units::duration(record.elapsedMs), said});
    }
    table.print(out());
    return ExitCode::Ok;
}

int HistoryCommand::readFailed(const Error& error)
{
    err() << "larder history: " << error.message << '\n';
    return ExitCode::JobFailed;
}
