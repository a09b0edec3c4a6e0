#include "Pruner.h"

#include "History.h"
#include "LogCategories.h"
#include "RetentionPolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace larder {

QStringList Pruner::Report::deletedPaths() const
{
    QStringList paths;
    for (const Entry& entry : entries)
        paths += entry.deletedPaths;
    return paths;
}

QStringList Pruner::Report::deletedDumps() const
{
    QStringList paths;
    for (const Entry& entry : entries) {
        if (entry.action == Action::Deleted)
            paths.append(entry.record.path);
    }
    return paths;
}

int Pruner::Report::prunedCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const Entry& entry) {
        return entry.action == Action::Deleted || entry.action == Action::AlreadyMissing;
    }));
}

QStringList Pruner::Report::errors() const
{
    QStringList lines;
    for (const Entry& entry : entries) {
        if (entry.action == Action::Failed)
            lines.append(entry.error);
    }
    return lines;
}

Pruner::Pruner(History& history, QTimeZone zone) : m_history(history), m_zone(std::move(zone)) {}

Result<Pruner::Report> Pruner::prune(const JobConfig& job, const QDateTime& nowUtc, bool dryRun)
{
    const Result<QList<HistoryRecord>> attempts = m_history.successfulAttempts(job.name);
    if (!attempts)
        return makeError(tr("cannot apply retention to job %1: %2").arg(job.name, attempts.error().message));

    Report report;
    report.job = job.name;
    report.dryRun = dryRun;
    const RetentionPolicy policy(job.retention, m_zone);
    for (const RetentionPolicy::Decision& decision : policy.decide(*attempts, nowUtc)) {
        Entry entry;
        entry.record = decision.record;
        entry.reasons = decision.reasons;
        if (!decision.keep)
            remove(job, entry, dryRun);
        report.entries.append(entry);
    }
    return report;
}

void Pruner::remove(const JobConfig& job, Entry& entry, bool dryRun)
{
    const HistoryRecord& record = entry.record;
    const QString jobDirectory = QDir::cleanPath(job.outputDirectory());
    const QString what = tr("the dump of job %1 started %2 (history id %3)")
                             .arg(job.name, record.startedUtc.toString(Qt::ISODate))
                             .arg(record.id);
    const auto fail = [&entry](const QString& error) {
        entry.action = Action::Failed;
        entry.error = error;
        qCDebug(lcRunner) << "prune:" << error;
    };

    if (record.path.isEmpty() || !QDir::isAbsolutePath(record.path)) {
        fail(tr("%1: history records no absolute path ('%2'), so nothing was deleted; delete that dump "
                "by hand if it still exists")
                 .arg(what, record.path));
        return;
    }
    const QString path = QDir::cleanPath(record.path);
    const QString sidecar = path + QStringLiteral(".sha256");
    const QFileInfo info(path);
    const bool present = info.isSymLink() || info.exists();

    // Larder writes each dump directly into <dump_dir>/<job>: anything else is not ours to delete,
    // whatever its name.
    if (QFileInfo(path).path() != jobDirectory || path == jobDirectory) {
        if (!present) {
            entry.action = Action::AlreadyMissing;
            entry.note = tr("already gone from %1 (outside the job's directory %2)").arg(path, jobDirectory);
        } else {
            fail(tr("%1: %2 is not directly inside the job's directory %3, so it was not deleted; move it "
                    "there or delete it by hand")
                     .arg(what, path, jobDirectory));
            return;
        }
    } else {
        if (info.isSymLink()) {
            fail(tr("%1: %2 is a symbolic link; Larder never deletes through one. Delete it by hand if it "
                    "is not needed")
                     .arg(what, path));
            return;
        }
        if (present && !info.isFile() && !info.isDir()) {
            fail(tr("%1: %2 is neither a file nor a directory, so it was not deleted; delete it by hand")
                     .arg(what, path));
            return;
        }
        const QFileInfo sidecarInfo(sidecar);
        if (sidecarInfo.isSymLink() || (sidecarInfo.exists() && !sidecarInfo.isFile())) {
            fail(tr("%1: its checksum file %2 is not a regular file, so nothing was deleted; delete both by "
                    "hand if they are not needed")
                     .arg(what, sidecar));
            return;
        }
        if (present) {
            entry.action = Action::Deleted;
            entry.deletedPaths.append(path);
        } else {
            entry.action = Action::AlreadyMissing;
            entry.note = tr("already gone from %1").arg(path);
        }
        if (sidecarInfo.exists())
            entry.deletedPaths.append(sidecar);
        if (dryRun)
            return;

        if (present) {
            const bool removed = info.isDir() ? QDir(path).removeRecursively() : QFile::remove(path);
            if (!removed) {
                entry.deletedPaths.clear();
                fail(tr("%1: could not delete %2; check its permissions and those of %3 (retention tries "
                        "again after the next successful dump)")
                         .arg(what, path, jobDirectory));
                return;
            }
            qCInfo(lcRunner) << "deleted" << path;
        }
        if (sidecarInfo.exists()) {
            if (!QFile::remove(sidecar)) {
                entry.deletedPaths.removeAll(sidecar);
                fail(tr("%1: the dump was deleted but its checksum file %2 could not be; delete it by hand")
                         .arg(what, sidecar));
                // The dump is gone: the row must say so even though the sidecar is left.
            } else {
                qCInfo(lcRunner) << "deleted" << sidecar;
            }
        }
    }
    if (dryRun)
        return;

    const Result<void> marked = m_history.markPruned(record.id);
    if (!marked) {
        const QString error = tr("%1: its files are gone, but history could not record that: %2")
                                  .arg(what, marked.error().message);
        fail(entry.error.isEmpty() ? error : entry.error + QLatin1Char('\n') + error);
    }
}

} // namespace larder
