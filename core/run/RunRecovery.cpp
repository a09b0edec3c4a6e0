// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "run/RunRecovery.h"

#include "base/LogCategories.h"
#include "base/Message.h"
#include "config/Config.h"
#include "config/toml/ConfigLoader.h"
#include "engine/DumpFinalizer.h"
#include "history/FleetClaims.h"
#include "history/History.h"
#include "system/HostIdentity.h"
#include "system/JobDirectory.h"
#include "system/SecretFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <memory>

namespace larder {

namespace {

// Where config puts the job's files; empty when it does not know the job. Discovered jobs
// (SERVER.DB) are not in config.jobs until discovery has run, which is after recovery: their
// directory follows from their server's template.
QString jobDirectoryOf(const Config& config, const HistoryRecord& record)
{
    if (const JobConfig* job = config.job(record.job))
        return QDir::cleanPath(job->outputDirectory());
    const auto server = config.servers.constFind(record.server);
    const auto templ = config.serverTemplates.constFind(record.server);
    if (server == config.servers.cend() || templ == config.serverTemplates.cend() ||
        server->discoverPatterns.isEmpty() || !record.job.startsWith(record.server + QLatin1Char('.')) ||
        !ConfigLoader::isValidName(record.job))
        return QString();
    return QDir::cleanPath(templ->dumpDir + QLatin1Char('/') + record.job);
}

// Only looked at (lstat), never followed into or deleted.
bool entryExists(const QString& path)
{
    const QFileInfo info(path);
    return info.isSymLink() || info.exists();
}

// One row's leftovers: deleted only directly inside its job's directory, held open.
struct RowCleanup
{
    const HistoryRecord& record;
    QString jobDirectory; // empty: the config does not know the job
    Result<std::unique_ptr<JobDirectory>> directory;
    QStringList notes; // what was left, and why

    RowCleanup(const HistoryRecord& row, const Config& config)
        : record(row), jobDirectory(jobDirectoryOf(config, row)),
          directory(jobDirectory.isEmpty() ? Result<std::unique_ptr<JobDirectory>>(makeError(QString()))
                                           : JobDirectory::open(jobDirectory))
    {}

    // The name of path in the job's directory if it is one of this job's (<job>_...suffix).
    QString ownName(const QString& path, const QString& suffix) const
    {
        if (jobDirectory.isEmpty() || !path.endsWith(suffix))
            return QString();
        const QString name = JobDirectory::nameInside(jobDirectory, path);
        return name.startsWith(record.job + QLatin1Char('_')) ? name : QString();
    }

    void leave(const QString& why)
    {
        qCWarning(lcRunner).noquote()
            << QStringLiteral("%1 (history id %2): %3").arg(record.job).arg(record.id).arg(why);
        notes.append(why);
    }

    void leaveForeign(const QString& path, const QString& suffix)
    {
        if (!entryExists(path))
            return;
        if (jobDirectory.isEmpty())
            leave(RunRecovery::tr("the leftover at %1 was not deleted because it is outside the job's "
                                  "directory: job %2 is no longer in the configuration; delete it by "
                                  "hand if it is not needed")
                      .arg(path, record.job));
        else if (QFileInfo(QDir::cleanPath(path)).path() != jobDirectory)
            leave(RunRecovery::tr("the leftover at %1 was not deleted because it is outside the job's "
                                  "directory %2; delete it by hand if it is not needed")
                      .arg(path, jobDirectory));
        else
            leave(RunRecovery::tr("the leftover at %1 was not deleted because it is not named like one "
                                  "of job %2 (%2_<time>%3); delete it by hand if it is not needed")
                      .arg(path, record.job, suffix));
    }

    // Deletes path if it is this job's and named with suffix; anything else is only reported.
    // filesOnly: a sidecar is a regular file, nothing else under its name is Larder's.
    void remove(const QString& path, const QString& suffix, bool filesOnly = false)
    {
        if (path.isEmpty())
            return;
        const QString name = ownName(path, suffix);
        if (name.isEmpty())
            return leaveForeign(path, suffix);
        if (!directory)
            return leave(RunRecovery::tr("the leftover at %1 was not deleted: %2")
                             .arg(path, directory.error().message));
        const Result<JobDirectory::Kind> kind = (*directory)->kindOf(name);
        if (!kind)
            return leave(
                RunRecovery::tr("the leftover at %1 was not deleted: %2").arg(path, kind.error().message));
        if (*kind == JobDirectory::Kind::Missing || (filesOnly && *kind != JobDirectory::Kind::File))
            return;
        if (const Result<void> removed = (*directory)->remove(name, *kind); !removed)
            return leave(RunRecovery::tr("the leftover at %1 could not be deleted: %2")
                             .arg(path, removed.error().message));
        qCInfo(lcRunner) << "removed the leftover" << path;
    }

    JobDirectory::Kind dumpKind() const
    {
        const QString name = ownName(record.path, QString());
        if (name.isEmpty() || !directory)
            return JobDirectory::Kind::Other;
        const auto kind = (*directory)->kindOf(name);
        return kind ? *kind : JobDirectory::Kind::Other;
    }

    bool dumpMissing() const
    {
        if (ownName(record.path, QString()).isEmpty())
            return !entryExists(record.path);
        return dumpKind() == JobDirectory::Kind::Missing;
    }
};

// A run killed between the rename and its history update leaves a complete dump whose sidecar
// was written before the rename: recheck it, and record it as the success it was. Only a dump in
// the job's own directory, not a link.
bool completeDump(const RowCleanup& cleanup, HistoryRecord& record)
{
    const JobDirectory::Kind kind = cleanup.dumpKind();
    if (kind != JobDirectory::Kind::File && kind != JobDirectory::Kind::Directory)
        return false;
    const QString sidecarPath = DumpFinalizer::sidecarPath(record.path);
    const auto sidecarKind = (*cleanup.directory)->kindOf(QFileInfo(sidecarPath).fileName());
    if (!sidecarKind || *sidecarKind != JobDirectory::Kind::File)
        return false;
    QFile sidecar(sidecarPath);
    if (!sidecar.open(QIODevice::ReadOnly))
        return false;
    QString sha256;
    const auto expected =
        DumpFinalizer::sidecarContent(record.path, QFileInfo(record.path).fileName(), &sha256);
    if (!expected || *expected != sidecar.readAll())
        return false;
    record.sha256 = sha256;
    record.bytes = DumpFinalizer::sizeOnDisk(record.path);
    return true;
}

void recoverRow(HistoryRecord& record, const Config& config)
{
    RowCleanup cleanup(record, config);
    const QString partialSuffix = QStringLiteral(".partial");
    cleanup.remove(record.partialPath, partialSuffix);
    if (!record.path.isEmpty())
        cleanup.remove(DumpFinalizer::sidecarPath(record.path) + partialSuffix, partialSuffix);
    record.finishedUtc = QDateTime::currentDateTimeUtc();
    if (completeDump(cleanup, record)) {
        record.status = AttemptStatus::Success;
        record.error.clear();
        record.storedError.clear();
        return;
    }
    // A sidecar without its dump (killed between the two) would describe nothing.
    if (!record.path.isEmpty() && cleanup.dumpMissing())
        cleanup.remove(DumpFinalizer::sidecarPath(record.path), QStringLiteral(".sha256"),
                       /*filesOnly=*/true);
    record.status = AttemptStatus::Interrupted;
    // Stored language-neutral: whoever reads the history later may use another language.
    const Message why =
        cleanup.notes.isEmpty()
            ? Message("RunRecovery",
                      QT_TRANSLATE_NOOP("RunRecovery", "the larder run that made this attempt (pid %1) was "
                                                       "killed or crashed; its partial dump was removed"))
                  .arg(record.pid)
            : Message("RunRecovery",
                      QT_TRANSLATE_NOOP(
                          "RunRecovery",
                          "the larder run that made this attempt (pid %1) was killed or crashed; %2"))
                  .arg(record.pid)
                  .arg(cleanup.notes.join(QStringLiteral("; ")));
    record.error = why.toString();
    record.storedError = why.serialize();
}

// Another host's attempt whose claim lapsed: it ends as interrupted, and the slot is due again.
// Its files, if any, are on that host: nothing here is touched.
void recordLapsed(HistoryRecord& record)
{
    record.finishedUtc = QDateTime::currentDateTimeUtc();
    record.status = AttemptStatus::Interrupted;
    const Message why =
        Message("RunRecovery",
                QT_TRANSLATE_NOOP("RunRecovery",
                                  "host %1 stopped renewing its claim on this dump until its "
                                  "lease ran out: it was killed, switched off or cut off; what it "
                                  "left is on that host"))
            .arg(record.host);
    record.error = why.toString();
    record.storedError = why.serialize();
}

} // namespace

Result<QList<HistoryRecord>> RunRecovery::recover(History& history, const Config& config)
{
    // Passwords a killed run left for its client tools (MariaDB option files), whoever's run it was.
    SecretFile::sweepOrphans();
    auto running = history.runningAttempts();
    if (!running)
        return makeError(running.error().message);
    FleetClaims claims(history);
    QSet<qint64> lapsed;
    if (history.isShared()) {
        auto found = claims.lapsedAttempts();
        if (!found)
            return makeError(found.error().message);
        lapsed = *found;
    }
    QList<HistoryRecord> repaired;
    for (HistoryRecord record : std::as_const(*running)) {
        const bool mine =
            !history.isShared() || record.host.isEmpty() || record.host == HostIdentity::current();
        // Another host's dump may be running now; its files are on that host in any case.
        if (!mine && !lapsed.contains(record.id))
            continue;
        if (mine)
            recoverRow(record, config);
        else
            recordLapsed(record);
        const auto saved = history.finishAttempt(record);
        if (!saved)
            return makeError(saved.error().message);
        if (const auto released = claims.releaseAttempt(record.id, record.status); !released)
            return makeError(released.error().message);
        qCInfo(lcRunner) << "recovered" << record.job << "attempt" << record.id << "as"
                         << attemptStatusName(record.status);
        repaired.append(record);
    }
    return repaired;
}

} // namespace larder
