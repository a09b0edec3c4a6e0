// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "retention/Pruner.h"

#include "base/LogCategories.h"
#include "history/History.h"
#include "retention/RetentionPolicy.h"
#include "system/HostIdentity.h"
#include "system/JobDirectory.h"

#include <QDir>
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

namespace {

void fail(Pruner::Entry& entry, const QString& error)
{
    entry.action = Pruner::Action::Failed;
    entry.error = error;
    qCDebug(lcRunner) << "prune:" << error;
}

} // namespace

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
    // Opened once: every deletion below is relative to this very directory.
    const OpenedDirectory directory = JobDirectory::open(job.outputDirectory());
    for (const RetentionPolicy::Decision& decision : policy.decide(*attempts, nowUtc)) {
        Entry entry;
        entry.record = decision.record;
        entry.reasons = decision.reasons;
        if (!decision.keep)
            remove(job, directory, entry, dryRun);
        report.entries.append(entry);
    }
    return report;
}

void Pruner::remove(const JobConfig& job, const OpenedDirectory& directory, Entry& entry, bool dryRun)
{
    const HistoryRecord& record = entry.record;
    // Its file is on that host's disk: here it would look "already gone" and be marked pruned while
    // it stays there for good.
    if (m_history.isShared() && !record.host.isEmpty() && record.host != HostIdentity::current()) {
        entry.action = Action::OnAnotherHost;
        return;
    }
    const QString what = tr("the dump of job %1 started %2 (history id %3)")
                             .arg(job.name, record.startedUtc.toString(Qt::ISODate))
                             .arg(record.id);

    if (record.path.isEmpty() || !QDir::isAbsolutePath(record.path)) {
        fail(entry, tr("%1: history records no absolute path ('%2'), so nothing was deleted; delete that "
                       "dump by hand if it still exists")
                        .arg(what, record.path));
        return;
    }
    const QString path = QDir::cleanPath(record.path);
    const QString name = JobDirectory::nameInside(job.outputDirectory(), path);
    // Larder writes each dump directly into <dump_dir>/<job> as <job>_<stamp>...: anything else is
    // not ours to delete.
    const bool own = !name.isEmpty() && name.startsWith(job.name + QLatin1Char('_'));
    if (own ? !removeOwn(directory, name, what, entry, dryRun) : !leaveForeign(job, path, name, what, entry))
        return;
    if (dryRun)
        return;

    const Result<void> marked = m_history.markPruned(record.id);
    if (!marked) {
        const QString error = tr("%1: its files are gone, but history could not record that: %2")
                                  .arg(what, marked.error().message);
        fail(entry, entry.error.isEmpty() ? error : entry.error + QLatin1Char('\n') + error);
    }
}

bool Pruner::leaveForeign(const JobConfig& job, const QString& path, const QString& name, const QString& what,
                          Entry& entry)
{
    const QString jobDirectory = QDir::cleanPath(job.outputDirectory());
    // Only looked at, never deleted: following a link here harms nothing.
    const QFileInfo info(path);
    if (!info.isSymLink() && !info.exists()) {
        entry.action = Action::AlreadyMissing;
        entry.note = name.isEmpty()
                         ? tr("already gone from %1 (outside the job's directory %2)").arg(path, jobDirectory)
                         : tr("already gone from %1").arg(path);
        return true;
    }
    if (name.isEmpty()) {
        fail(entry, tr("%1: %2 is not directly inside the job's directory %3, so it was not deleted; move it "
                       "there or delete it by hand")
                        .arg(what, path, jobDirectory));
    } else {
        fail(entry, tr("%1: %2 is not named like a dump of job %3 (%3_...), so it was not deleted; delete it "
                       "by hand if it is not needed")
                        .arg(what, path, job.name));
    }
    return false;
}

bool Pruner::removeOwn(const OpenedDirectory& directory, const QString& name, const QString& what,
                       Entry& entry, bool dryRun)
{
    if (!directory) {
        fail(entry, tr("%1: %2, so nothing was deleted").arg(what, directory.error().message));
        return false;
    }
    const JobDirectory& jobDirectory = **directory;
    const QString path = jobDirectory.path() + QLatin1Char('/') + name;
    const QString sidecarName = name + QStringLiteral(".sha256");
    const QString sidecar = path + QStringLiteral(".sha256");
    const Result<JobDirectory::Kind> kind = jobDirectory.kindOf(name);
    const Result<JobDirectory::Kind> sidecarKind = jobDirectory.kindOf(sidecarName);
    if (!kind || !sidecarKind) {
        fail(entry,
             tr("%1: %2, so nothing was deleted").arg(what, (kind ? sidecarKind : kind).error().message));
        return false;
    }

    if (*kind == JobDirectory::Kind::SymLink) {
        fail(entry, tr("%1: %2 is a symbolic link; Larder never deletes through one. Delete it by hand if it "
                       "is not needed")
                        .arg(what, path));
        return false;
    }
    if (*kind == JobDirectory::Kind::Other) {
        fail(entry, tr("%1: %2 is neither a file nor a directory, so it was not deleted; delete it by hand")
                        .arg(what, path));
        return false;
    }
    if (*sidecarKind != JobDirectory::Kind::Missing && *sidecarKind != JobDirectory::Kind::File) {
        fail(entry,
             tr("%1: its checksum file %2 is not a regular file, so nothing was deleted; delete both by "
                "hand if they are not needed")
                 .arg(what, sidecar));
        return false;
    }
    const bool present = *kind != JobDirectory::Kind::Missing;
    const bool sidecarPresent = *sidecarKind == JobDirectory::Kind::File;
    if (present) {
        entry.action = Action::Deleted;
        entry.deletedPaths.append(path);
    } else {
        entry.action = Action::AlreadyMissing;
        entry.note = tr("already gone from %1").arg(path);
    }
    if (sidecarPresent)
        entry.deletedPaths.append(sidecar);
    if (dryRun)
        return true;

    if (present) {
        if (const Result<void> removed = jobDirectory.remove(name, *kind); !removed) {
            entry.deletedPaths.clear();
            fail(entry, tr("%1: %2 (retention tries again after the next successful dump)")
                            .arg(what, removed.error().message));
            return false;
        }
        qCInfo(lcRunner) << "deleted" << path;
    }
    if (sidecarPresent) {
        if (const Result<void> removed = jobDirectory.remove(sidecarName, *sidecarKind); !removed) {
            entry.deletedPaths.removeAll(sidecar);
            // The dump is gone: the row must say so even though the sidecar is left.
            fail(entry,
                 tr("%1: the dump was deleted but its checksum file could not be: %2; delete it by hand")
                     .arg(what, removed.error().message));
        } else {
            qCInfo(lcRunner) << "deleted" << sidecar;
        }
    }
    return true;
}

} // namespace larder
