#include "TestFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <functional>

namespace TestFiles {

namespace {

QStringList entriesUnder(const QString& dir, QDir::Filters filters,
                         const std::function<bool(const QString&)>& wanted)
{
    QStringList found;
    QDirIterator it(dir, filters | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (wanted(path))
            found.append(path);
    }
    found.sort();
    return found;
}

} // namespace

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    file.close();
    return QFile::setPermissions(path, permissions);
}

bool writePrivateFile(const QString& path, const QByteArray& content)
{
    return writeFile(path, content, QFile::ReadOwner | QFile::WriteOwner);
}

QStringList filesUnder(const QString& dir)
{
    QStringList files = entriesUnder(dir, QDir::Files, [](const QString&) { return true; });
    for (QString& file : files)
        file = QDir(dir).relativeFilePath(file);
    files.sort();
    return files;
}

QStringList partialsUnder(const QString& dir)
{
    return entriesUnder(dir, QDir::AllEntries | QDir::NoDotAndDotDot,
                        [](const QString& path) { return path.endsWith(QLatin1String(".partial")); });
}

QStringList finalDumpsUnder(const QString& dir)
{
    return entriesUnder(dir, QDir::Files, [](const QString& path) {
        return !path.endsWith(QLatin1String(".partial")) && !path.endsWith(QLatin1String(".sha256"));
    });
}

QStringList jobDumps(const QString& dumpDir, const QString& job)
{
    const QDir dir(dumpDir + QLatin1Char('/') + job);
    QStringList dumps;
    for (const QString& entry : dir.entryList(QDir::Files, QDir::Name)) {
        if (entry.startsWith(job + QLatin1Char('_')) && !entry.endsWith(QLatin1String(".sha256")))
            dumps.append(dir.filePath(entry));
    }
    return dumps;
}

} // namespace TestFiles
