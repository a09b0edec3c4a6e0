// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "engine/DumpPaths.h"

#include "base/LogCategories.h"
#include "engine/DumpFinalizer.h"
#include "system/PrivateDirectory.h"

#include <QFileInfo>

namespace larder {

DumpPaths DumpPaths::choose(const JobConfig& job, const QDateTime& startedUtc)
{
    const QDateTime started = startedUtc.isValid() ? startedUtc.toUTC() : QDateTime::currentDateTimeUtc();
    const QString stem = job.outputDirectory() + QLatin1Char('/') + job.name + QLatin1Char('_') +
                         started.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    DumpPaths paths;
    for (int attempt = 1;; ++attempt) {
        paths.finalPath =
            stem + (attempt == 1 ? QString() : QStringLiteral("-%1").arg(attempt)) + job.fileExtension();
        paths.partialPath = paths.finalPath + QStringLiteral(".partial");
        const QFileInfo final(paths.finalPath);
        if ((!final.exists() && !final.isSymLink()) || attempt >= 100)
            break;
    }
    return paths;
}

Message DumpPaths::prepare(const JobConfig& job) const
{
    if (auto made = PrivateDirectory::makeOwned(job.outputDirectory()); !made)
        return Message("DumpPaths", QT_TR_NOOP("cannot dump %1: %2, or change dump_dir"))
            .arg(job.name)
            .arg(made.error().neutral());
    const QFileInfo existing(finalPath);
    if (existing.exists() || existing.isSymLink())
        return Message("DumpPaths", QT_TR_NOOP("cannot dump %1: %2 already exists; larder never overwrites a "
                                               "dump: move it away and run the job again"))
            .arg(job.name)
            .arg(finalPath);
    // Only a leftover of our own, by its name: pg_dump -Fd refuses a non-empty directory.
    if (const Message problem = removePartial(); !problem.isEmpty())
        return Message("DumpPaths", QT_TR_NOOP("cannot dump %1: %2")).arg(job.name).arg(problem);
    return Message();
}

Message DumpPaths::removePartial() const
{
    const auto removed = DumpFinalizer::removeDumpPath(partialPath);
    if (removed)
        return Message();
    qCWarning(lcEngine) << removed.error().message;
    return removed.error().neutral();
}

} // namespace larder
