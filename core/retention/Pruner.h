// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "config/JobConfig.h"
#include "history/HistoryRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace larder {

class History;
class JobDirectory;

// Applies a job's retention rules to its successful dumps: deletes what the policy lets go and
// marks those rows pruned. It deletes only what history records Larder produced for that job (the
// row's path and its .sha256 sidecar), only directly inside the job's own directory and named like
// its dumps (<job>_...), and never through a symlink, even one swapped in meanwhile (JobDirectory).
// Run it only after a successful dump, with the run lock held.
class Pruner final
{
    Q_DECLARE_TR_FUNCTIONS(Pruner)
    Q_DISABLE_COPY_MOVE(Pruner)

public:
    enum class Action {
        Kept,
        Deleted,        // (dry run: would be deleted)
        AlreadyMissing, // nothing on disk any more; the row is (would be) marked pruned anyway
        Failed,         // to be deleted, but it could not be; error says why and what to do
        OnAnotherHost,  // a shared history's dump made by another host: left for that host to prune
    };

    struct Entry
    {
        HistoryRecord record;
        Action action = Action::Kept;
        QStringList reasons;      // why it is kept
        QStringList deletedPaths; // the dump and its sidecar, as far as they existed
        QString error;            // Failed: what went wrong and how to fix it
        QString note;             // AlreadyMissing: what was found instead
    };

    struct Report
    {
        QString job;
        bool dryRun = false;
        QList<Entry> entries; // newest first

        QStringList deletedPaths() const; // dumps and their sidecars
        QStringList deletedDumps() const; // the dumps' paths only, one per Deleted entry
        int prunedCount() const;          // Deleted + AlreadyMissing
        QStringList errors() const;       // one line per Failed entry
    };

    Pruner(History& history, QTimeZone zone);

    // Reads the job's successful attempts from history and applies job.retention as of nowUtc.
    // An error only if history cannot be read; each dump's own trouble is an entry.
    Result<Report> prune(const JobConfig& job, const QDateTime& nowUtc, bool dryRun = false);

private:
    using OpenedDirectory = Result<std::unique_ptr<JobDirectory>>;

    void remove(const JobConfig& job, const OpenedDirectory& directory, Entry& entry, bool dryRun);
    // The dump is named inside the job's directory: false when the row must not be marked pruned.
    static bool removeOwn(const OpenedDirectory& directory, const QString& name, const QString& what,
                          Entry& entry, bool dryRun);
    // The row names something that is not Larder's to delete: false when it is still there.
    static bool leaveForeign(const JobConfig& job, const QString& path, const QString& name,
                             const QString& what, Entry& entry);

    History& m_history;
    QTimeZone m_zone;
};

} // namespace larder
