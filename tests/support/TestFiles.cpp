// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "TestFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <fcntl.h>
#include <functional>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#ifdef Q_OS_LINUX
#include <linux/magic.h>
#include <sys/statfs.h>
#else
#include <cstring>
#include <sys/mount.h>
#include <sys/param.h>
#endif

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

double residentShare(const QString& path, qint64 bytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st;
    if (::fstat(fd, &st) != 0 || st.st_size == 0) {
        ::close(fd);
        return -1;
    }
    const size_t length = size_t(bytes < 0 ? st.st_size : qMin<qint64>(bytes, st.st_size));
    void* map = ::mmap(nullptr, length, PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED)
        return -1;
    const long page = ::sysconf(_SC_PAGESIZE);
    const size_t pages = (length + size_t(page) - 1) / size_t(page);
    std::vector<unsigned char> resident(pages);
    const bool ok = ::mincore(map, length, resident.data()) == 0;
    ::munmap(map, length);
    if (!ok)
        return -1;
    size_t count = 0;
    for (const unsigned char bit : resident)
        count += bit & 1U;
    return double(count) / double(pages);
}

bool onTmpfs(const QString& path)
{
    struct statfs fs;
    if (::statfs(QFile::encodeName(path).constData(), &fs) != 0)
        return false;
#ifdef Q_OS_LINUX
    return fs.f_type == TMPFS_MAGIC;
#else
    return std::strcmp(fs.f_fstypename, "tmpfs") == 0;
#endif
}

} // namespace TestFiles
