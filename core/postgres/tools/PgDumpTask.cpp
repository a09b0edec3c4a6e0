// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/tools/PgDumpTask.h"

#include "base/LogCategories.h"

#include <utility>

namespace larder {

namespace {

QString formatFlag(DumpFormat format)
{
    switch (format) {
    case DumpFormat::Custom:
        return QStringLiteral("--format=c");
    case DumpFormat::Directory:
        return QStringLiteral("--format=d");
    case DumpFormat::Plain:
        return QStringLiteral("--format=p");
    case DumpFormat::Tar:
        return QStringLiteral("--format=t");
    }
    return QStringLiteral("--format=c");
}

} // namespace

PgDumpTask::PgDumpTask(DumpRequest request, QObject* parent)
    : PgToolTask(std::move(request), QStringLiteral("pg_dump"), parent)
{}

QStringList PgDumpTask::pgDumpArguments(const JobConfig& job, const QString& outputPath)
{
    QStringList args{QStringLiteral("--verbose"), formatFlag(job.format)};
    // pg_dump cannot compress tar; plain without compression is the default.
    const bool compress =
        job.format != DumpFormat::Tar && !(job.format == DumpFormat::Plain && job.compression == 0);
    if (compress)
        args << QStringLiteral("--compress=%1").arg(job.compression);
    args << QStringLiteral("--file=") + outputPath << QStringLiteral("--no-password");
    args << job.pgDumpArgs;
    return args;
}

PgToolTask::ToolLocator PgDumpTask::toolLocator() const
{
    return [pgDump = request().job.server.pgDump](const ServerInfo& server) {
        return PgDumpLocator::locate(pgDump, server.majorVersion());
    };
}

QStringList PgDumpTask::toolArguments() const
{
    QStringList arguments = pgDumpArguments(request().job, partialPath());
    // Larder flushes the dump itself, beside its checksum, after handing it to the disk while it was
    // written (DumpFinalizer, DumpFollower): pg_dump's own flush would only come first, alone, and
    // make the end of every large dump wait for the disk twice (issue 16). pg_dump before 10 lacks
    // the option; a tool started before the locator answered has no known version yet, and is the
    // newest installed one.
    const int major = binary().majorVersion;
    if (major == 0 || major >= 10)
        arguments << QStringLiteral("--no-sync");
    if (!m_snapshot.isEmpty())
        arguments << QStringLiteral("--snapshot=") + m_snapshot;
    return arguments;
}

DumpFollower::Hashing PgDumpTask::outputHashing() const
{
    // A plain script and each file of a directory dump are written front to back and never again;
    // the custom format rewrites its table of contents at the start when it ends, and tar's
    // writer is not followed (it is seldom used, and its behaviour not checked).
    const DumpFormat format = request().job.format;
    return format == DumpFormat::Plain || format == DumpFormat::Directory
               ? DumpFollower::Hashing::WhileWritten
               : DumpFollower::Hashing::AtTheEnd;
}

void PgDumpTask::onReady()
{
    const JobConfig& job = request().job;
    if (!job.recordsRowCounts()) {
        startProcess();
        return;
    }
    m_counter = new SnapshotCounter(this);
    connect(m_counter, &SnapshotCounter::snapshotReady, this, &PgDumpTask::onSnapshotReady);
    connect(m_counter, &SnapshotCounter::finished, this, &PgDumpTask::onCountsFinished);
    m_counter->start(job.server, job.dbname, request().password);
    // pg_dump starts once the snapshot is exported
}

void PgDumpTask::onToolExited()
{
    if (m_counter)
        m_counter->release(); // pg_dump no longer needs the snapshot
}

bool PgDumpTask::holdOutcome(DumpOutcome& outcome)
{
    if (m_counter && !m_countsDone) {
        m_pendingOutcome = outcome;
        return true;
    }
    outcome.tableCounts = m_counts;
    return false;
}

void PgDumpTask::onFinishing()
{
    if (m_counter)
        m_counter->cancel(); // no-op once it has finished
}

void PgDumpTask::stopFinishing(const QString& why)
{
    if (!m_counter || m_countsDone)
        return;
    m_countsStopped = why;
    m_counter->cancel(); // finished() follows at once, with an error
}

void PgDumpTask::onSnapshotReady(const QString& snapshotId)
{
    if (!isPreparing())
        return;
    m_snapshot = snapshotId;
    startProcess();
}

void PgDumpTask::onCountsFinished(const QList<TableCount>& counts, const QString& error)
{
    m_countsDone = true;
    if (error.isEmpty())
        m_counts = counts;
    else if (!m_countsStopped.isEmpty()) {
        const QString note = tr("counting the rows of %1 for its test-restore was stopped (%2); the dump is "
                                "complete and kept without counts")
                                 .arg(request().job.name, m_countsStopped);
        qCWarning(lcEngine).noquote() << note;
        Q_EMIT activity(note);
    } else if (!isDone())
        qCWarning(lcEngine).noquote() << tr("could not count the rows of %1 for its test-restore; the dump "
                                            "goes on without counts: %2")
                                             .arg(request().job.name, error);
    if (m_pendingOutcome) {
        DumpOutcome outcome = *std::exchange(m_pendingOutcome, std::nullopt);
        outcome.tableCounts = m_counts;
        finish(outcome);
    }
}

} // namespace larder
