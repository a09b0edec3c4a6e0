#include "RunRecovery.h"

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
    if (info.isSymLink()) {
        QFile::remove(path);
        return;
    }
    if (info.isDir())
        QDir(path).removeRecursively();
    else if (info.exists())
        QFile::remove(path);
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
        record.status = AttemptStatus::Interrupted;
        record.finishedUtc = QDateTime::currentDateTimeUtc();
        record.error = tr("the larder run that made this attempt (pid %1) was killed or crashed; "
                          "its partial dump was removed")
                           .arg(record.pid);
        const auto saved = history.finishAttempt(record);
        if (!saved)
            return makeError(saved.error().message);
        qCInfo(lcRunner) << "marked" << record.job << "attempt" << record.id << "interrupted";
        repaired.append(record);
    }
    return repaired;
}

} // namespace larder
