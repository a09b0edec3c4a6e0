// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "restore/Restorer.h"

#include "engine/DatabaseEngine.h"
#include "history/History.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace larder {

Restorer::Restorer(DatabaseEngine& engine, RestoreRequest request, QObject* parent)
    : QObject(parent), m_engine(engine), m_request(std::move(request))
{}

Restorer::~Restorer() = default;

Result<RestorableDump> Restorer::check(DatabaseEngine& engine, const RestoreRequest& request)
{
    return engine.checkRestore(request);
}

Result<QString> Restorer::checkDumpPath(const JobConfig& job, const QString& dumpPath)
{
    const QFileInfo info(dumpPath);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return makeError(tr("dump %1 does not exist: give a dump of job %2 from %3")
                             .arg(dumpPath, job.name, job.outputDirectory()));
    const QString jobDir = QFileInfo(job.outputDirectory()).canonicalFilePath();
    if (jobDir.isEmpty() || !canonical.startsWith(jobDir + QLatin1Char('/')))
        return makeError(tr("dump %1 is not inside the directory of job %2 (%3): larder restores only the "
                            "job's own dumps; give a path below %3")
                             .arg(dumpPath, job.name, job.outputDirectory()));
    return canonical;
}

Result<HistoryRecord> Restorer::chooseDump(const History& history, const QString& job, const QDateTime& atUtc)
{
    const auto attempts = history.attempts(job, 0);
    if (!attempts)
        return makeError(attempts.error().message);
    QStringList missing;
    for (const HistoryRecord& record : *attempts) {
        if (record.status != AttemptStatus::Success)
            continue;
        if (atUtc.isValid() && record.startedUtc > atUtc)
            continue;
        if (!QFileInfo::exists(record.path)) {
            missing << record.path;
            continue;
        }
        return record;
    }
    QString message = atUtc.isValid()
                          ? tr("job %1 has no successful dump that started at or before %2")
                                .arg(job, atUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                          : tr("job %1 has no successful dump").arg(job);
    if (!missing.isEmpty())
        message += tr(" still on disk (missing: %1)").arg(missing.join(QLatin1String(", ")));
    return makeError(message + tr(": see `larder history %1`").arg(job));
}

std::optional<HistoryRecord> Restorer::findRecord(const History& history, const QString& job,
                                                  const QString& canonicalPath)
{
    const auto attempts = history.attempts(job, 0);
    if (!attempts)
        return std::nullopt;
    for (const HistoryRecord& record : *attempts) {
        if (!record.path.isEmpty() && QFileInfo(record.path).canonicalFilePath() == canonicalPath)
            return record;
    }
    return std::nullopt;
}

Result<QDateTime> Restorer::parseTime(const QString& text)
{
    QString iso = text.trimmed();
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (shape.match(iso).hasMatch()) {
        iso.replace(10, 1, QLatin1Char('T'));
        const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODate);
        if (parsed.isValid())
            return parsed.toUTC();
    }
    return makeError(tr("cannot read the time '%1': write 2026-11-20T03:00:00Z (UTC), "
                        "2026-11-20T03:00:00+01:00, or 2026-11-20 03:00 (local time)")
                         .arg(text));
}

void Restorer::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_finished)
        return; // cancelled before
    if (auto checked = check(m_engine, m_request); !checked) {
        RestoreOutcome outcome;
        outcome.error = checked.error().message;
        finishEarly(outcome);
        return;
    }
    m_task = m_engine.createRestore(m_request, this);
    connect(m_task.get(), &RestoreTask::activity, this, &Restorer::activity);
    connect(m_task.get(), &RestoreTask::detail, this, &Restorer::detail);
    connect(m_task.get(), &RestoreTask::progress, this, &Restorer::progress);
    connect(m_task.get(), &RestoreTask::finished, this, [this](const RestoreOutcome& outcome) {
        m_finished = true;
        Q_EMIT finished(outcome);
    });
    m_task->start();
}

void Restorer::cancel()
{
    if (m_task) {
        m_task->cancel();
        return;
    }
    RestoreOutcome outcome;
    outcome.cancelled = true;
    outcome.error = tr("restore into \"%1\" was cancelled").arg(m_request.targetDatabase);
    finishEarly(outcome);
}

void Restorer::finishEarly(RestoreOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    // Always later, never from inside start() or cancel(): callers may connect after calling them.
    QMetaObject::invokeMethod(
        this, [this, outcome = std::move(outcome)] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}

} // namespace larder
