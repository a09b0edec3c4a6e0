#include "RunRecovery.h"

#include "DumpFinalizer.h"
#include "History.h"
#include "LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace larder {

namespace {

// Only what this run's rows name, only ".partial" names, never through a symlink.
void removePartial(const QString& path)
{
    if (path.isEmpty() || !path.endsWith(QLatin1String(".partial")))
        return;
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isDir())
        QFile::remove(path);
    else
        QDir(path).removeRecursively();
}

// A run killed between the rename and its history update leaves a complete dump whose sidecar
// was written before the rename: recheck it, and record it as the success it was.
bool completeDump(HistoryRecord& record)
{
    const QFileInfo final(record.path);
    const QString sidecarPath = DumpFinalizer::sidecarPath(record.path);
    if (record.path.isEmpty() || !final.exists() || final.isSymLink() || !QFileInfo::exists(sidecarPath))
        return false;
    QFile sidecar(sidecarPath);
    if (!sidecar.open(QIODevice::ReadOnly))
        return false;
    QString sha256;
    const auto expected = DumpFinalizer::sidecarContent(record.path, final.fileName(), &sha256);
    if (!expected || *expected != sidecar.readAll())
        return false;
    record.sha256 = sha256;
    record.bytes = DumpFinalizer::sizeOnDisk(record.path);
    return true;
}

} // namespace

Result<QList<HistoryRecord>> RunRecovery::recover(History& history)
{
    auto running = history.runningAttempts();
    if (!running)
        return makeError(running.error().message);
    QList<HistoryRecord> repaired;
    for (HistoryRecord record : std::as_const(*running)) {
        removePartial(record.partialPath);
        if (!record.path.isEmpty())
            removePartial(DumpFinalizer::sidecarPath(record.path) + QStringLiteral(".partial"));
        record.finishedUtc = QDateTime::currentDateTimeUtc();
        if (completeDump(record)) {
            record.status = AttemptStatus::Success;
            record.error.clear();
        } else {
            // A sidecar without its dump (killed between the two) would describe nothing.
            if (!record.path.isEmpty() && !QFileInfo::exists(record.path))
                QFile::remove(DumpFinalizer::sidecarPath(record.path));
            record.status = AttemptStatus::Interrupted;
            record.error = tr("the larder run that made this attempt (pid %1) was killed or crashed; "
                              "its partial dump was removed")
                               .arg(record.pid);
        }
        const auto saved = history.finishAttempt(record);
        if (!saved)
            return makeError(saved.error().message);
        qCInfo(lcRunner) << "recovered" << record.job << "attempt" << record.id << "as"
                         << attemptStatusName(record.status);
        repaired.append(record);
    }
    return repaired;
}

} // namespace larder
