// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "metrics/MetricsText.h"

#include "metrics/MetricsSnapshot.h"

#include <functional>
#include <optional>

namespace larder {

namespace {

using Job = MetricsSnapshot::Job;
// A job's value of one metric; nullopt: the job has no sample of it (no dump, no attempt yet).
using JobValue = std::function<std::optional<QString>(const Job&)>;

QString seconds(const QDateTime& utc)
{
    return QString::number(utc.toSecsSinceEpoch());
}

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}

QString labels(const Job& job, const QString& extra = QString())
{
    QString text =
        QStringLiteral("job_name=\"%1\",server=\"%2\",engine=\"%3\"")
            .arg(MetricsText::escapeLabelValue(job.name), MetricsText::escapeLabelValue(job.server),
                 MetricsText::escapeLabelValue(job.engine));
    if (!extra.isEmpty())
        text += QLatin1Char(',') + extra;
    return QLatin1Char('{') + text + QLatin1Char('}');
}

void header(QString& out, const char* name, const char* type, const char* help)
{
    out += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n")
               .arg(QLatin1String(name), QLatin1String(help), QLatin1String(type));
}

void perJob(QString& out, const MetricsSnapshot& snapshot, const char* name, const char* help,
            const JobValue& value)
{
    header(out, name, "gauge", help);
    for (const Job& job : snapshot.jobs) {
        if (const std::optional<QString> v = value(job))
            out += QLatin1String(name) + labels(job) + QLatin1Char(' ') + *v + QLatin1Char('\n');
    }
}

} // namespace

QString MetricsText::escapeLabelValue(const QString& value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            escaped += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            escaped += QLatin1String("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QByteArray MetricsText::render(const MetricsSnapshot& snapshot)
{
    // HELP texts are English on purpose: they are read by Prometheus, not shown in Larder.
    QString out;
    const auto ifSucceeded = [](const Job& job, const QString& value) -> std::optional<QString> {
        return job.lastSuccessUtc.isValid() ? std::optional<QString>(value) : std::nullopt;
    };
    perJob(out, snapshot, "larder_job_last_success_timestamp_seconds",
           "Start of the newest successful dump of the job (its data is as of then), in Unix time.",
           [&](const Job& job) { return ifSucceeded(job, seconds(job.lastSuccessUtc)); });
    perJob(out, snapshot, "larder_job_last_dump_size_bytes", "Size of the newest successful dump of the job.",
           [&](const Job& job) { return ifSucceeded(job, QString::number(job.lastDumpBytes)); });
    perJob(out, snapshot, "larder_job_last_dump_duration_seconds",
           "How long the newest successful dump of the job took.", [&](const Job& job) {
               return ifSucceeded(job, QString::number(job.lastDumpMs / 1000.0, 'f', 3));
           });
    perJob(
        out, snapshot, "larder_job_last_dump_warning",
        "1 if the newest successful dump of the job got a warning (much smaller than usual: min_size_ratio).",
        [&](const Job& job) { return ifSucceeded(job, flag(job.lastDumpWarning)); });
    perJob(out, snapshot, "larder_job_last_attempt_timestamp_seconds",
           "Start of the newest finished attempt to dump the job, in Unix time.",
           [](const Job& job) -> std::optional<QString> {
               if (!job.lastAttemptUtc.isValid())
                   return std::nullopt;
               return seconds(job.lastAttemptUtc);
           });
    perJob(out, snapshot, "larder_job_last_attempt_success",
           "1 if the newest finished attempt to dump the job succeeded, 0 if it failed or was stopped.",
           [](const Job& job) -> std::optional<QString> {
               if (!job.lastAttemptUtc.isValid())
                   return std::nullopt;
               return flag(job.lastAttemptSucceeded);
           });
    perJob(out, snapshot, "larder_job_consecutive_failures",
           "Failed attempts to dump the job since its newest successful dump (interrupted and cancelled "
           "ones not counted), as the retry backoff counts them.",
           [](const Job& job) { return std::optional<QString>(QString::number(job.consecutiveFailures)); });
    perJob(out, snapshot, "larder_job_stale",
           "1 if the newest successful dump of the job is older than its max_age (larder check --fresh).",
           [](const Job& job) { return std::optional<QString>(flag(job.stale)); });
    perJob(out, snapshot, "larder_job_max_age_seconds",
           "The max_age the job is checked against; 0: not checked (disabled, manual, off, or not in the "
           "config).",
           [](const Job& job) { return std::optional<QString>(QString::number(job.maxAgeSeconds)); });

    header(out, "larder_job_attempts_total", "counter",
           "Finished attempts to dump the job recorded in the history, by how they ended.");
    for (const Job& job : snapshot.jobs) {
        const std::pair<const char*, qint64> byStatus[] = {
            {"success", job.attempts.success},
            {"failed", job.attempts.failed},
            {"interrupted", job.attempts.interrupted},
            {"cancelled", job.attempts.cancelled},
        };
        for (const auto& [status, count] : byStatus) {
            // One arg() call: a label value holding "%2" must not be substituted again.
            out += QStringLiteral("larder_job_attempts_total%1 %2\n")
                       .arg(labels(job, QStringLiteral("status=\"%1\"").arg(QLatin1String(status))),
                            QString::number(count));
        }
    }

    header(out, "larder_last_attempt_timestamp_seconds", "gauge",
           "Start of the newest finished attempt of any job, in Unix time.");
    if (snapshot.lastAttemptUtc.isValid())
        out += QStringLiteral("larder_last_attempt_timestamp_seconds %1\n")
                   .arg(seconds(snapshot.lastAttemptUtc));

    // The last run that made attempts: a run with nothing due leaves the previous one's numbers.
    const MetricsSnapshot::Run& run = snapshot.lastRun;
    header(out, "larder_run_last_duration_seconds", "gauge",
           "The last run that dumped anything: from the start of its first dump to the end of its last.");
    if (run.startedUtc.isValid()) {
        out += QStringLiteral("larder_run_last_duration_seconds %1\n")
                   .arg(QString::number(run.startedUtc.msecsTo(run.finishedUtc) / 1000.0, 'f', 3));
    }
    header(out, "larder_run_last_jobs", "gauge",
           "The dumps of the last run that dumped anything, by how they ended.");
    if (run.startedUtc.isValid()) {
        const std::pair<const char*, qint64> byStatus[] = {
            {"success", run.jobs.success},
            {"failed", run.jobs.failed},
            {"interrupted", run.jobs.interrupted},
            {"cancelled", run.jobs.cancelled},
        };
        for (const auto& [status, count] : byStatus) {
            out += QStringLiteral("larder_run_last_jobs{status=\"%1\"} %2\n")
                       .arg(QLatin1String(status), QString::number(count));
        }
    }
    header(out, "larder_run_last_warnings", "gauge",
           "The successful dumps of the last run that dumped anything that got a warning (min_size_ratio).");
    if (run.startedUtc.isValid())
        out += QStringLiteral("larder_run_last_warnings %1\n").arg(run.warnings);

    header(out, "larder_build_info", "gauge", "Always 1, labelled with the version of Larder that wrote it.");
    out += QStringLiteral("larder_build_info{version=\"%1\"} 1\n").arg(escapeLabelValue(snapshot.version));
    return out.toUtf8();
}

} // namespace larder
