// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "engine/DumpFinalizer.h"

#include "base/LogCategories.h"
#include "base/Message.h"
#include "base/Sha256.h"
#include "system/JobDirectory.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace larder {

namespace {

constexpr qint64 kChunkSize = 1024 * 1024;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray nativePath(const QString& path)
{
    return QFile::encodeName(path);
}

// DumpFinalizer's text, kept language-neutral: its errors end up in the history, which a reader may
// see in another language. The source through QT_TRANSLATE_NOOP("DumpFinalizer", ...).
Message neutral(const char* source)
{
    return Message("DumpFinalizer", source);
}

// fsync(). On macOS that only hands the data to the drive, whose own cache a power cut may empty:
// F_FULLFSYNC also has the drive write it out, and where a file system refuses it (SMB, some
// external disks) plain fsync() is what there is.
int flushToDisk(int fd)
{
#if defined(F_FULLFSYNC)
    if (::fcntl(fd, F_FULLFSYNC) == 0)
        return 0;
#endif
    return ::fsync(fd);
}

// Regular files below dir, as sorted paths relative to it; symlinks are neither listed nor followed.
QStringList filesBelow(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    const QDir base(dir);
    while (it.hasNext())
        files << base.relativeFilePath(it.next());
    files.sort();
    return files;
}

QStringList dirsBelow(const QString& dir)
{
    QStringList dirs;
    QDirIterator it(dir, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        dirs << it.next();
    return dirs;
}

// rename() that fails instead of replacing an existing target, atomically where the OS can.
Result<void> renameNoReplace(const QString& from, const QString& to)
{
    const QByteArray src = nativePath(from);
    const QByteArray dst = nativePath(to);
    const auto renameError = [&](int error) {
        return makeError(
            neutral(QT_TRANSLATE_NOOP("DumpFinalizer",
                                      "could not rename %1 to %2: %3: check the permissions of %4"))
                .arg(from)
                .arg(to)
                .arg(errnoText(error))
                .arg(QFileInfo(to).absolutePath()));
    };
    const auto existsError = [&] {
        return makeError(neutral(QT_TRANSLATE_NOOP("DumpFinalizer", "%1 already exists; larder never "
                                                                    "overwrites a dump: move it away "
                                                                    "and run the job again"))
                             .arg(to));
    };
#if defined(Q_OS_LINUX) && defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, src.constData(), AT_FDCWD, dst.constData(), RENAME_NOREPLACE) == 0)
        return {};
    if (errno == EEXIST)
        return existsError();
    // Some file systems lack RENAME_NOREPLACE: fall back to check-then-rename below.
    if (errno != EINVAL && errno != ENOSYS)
        return renameError(errno);
#endif
    struct stat st;
    if (::lstat(dst.constData(), &st) == 0)
        return existsError();
    if (::rename(src.constData(), dst.constData()) != 0)
        return renameError(errno);
    return {};
}

// fsync of every file and directory of a dump (a file, or a directory dump's tree), the top last.
Result<void> syncTree(const QString& path)
{
    if (QFileInfo(path).isDir()) {
        for (const QString& file : filesBelow(path)) {
            if (auto synced = DumpFinalizer::syncPath(QDir(path).filePath(file)); !synced)
                return synced;
        }
        for (const QString& dir : dirsBelow(path)) {
            if (auto synced = DumpFinalizer::syncPath(dir); !synced)
                return synced;
        }
    }
    return DumpFinalizer::syncPath(path);
}

// Advice only: a file that cannot be opened or advised keeps its pages, nothing else changes.
void dropFileFromPageCache(const QString& path)
{
    const int fd = ::open(nativePath(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return;
#if defined(POSIX_FADV_DONTNEED) // Linux; macOS has no such advice
    (void)::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
#endif
    ::close(fd);
}

void dropFromPageCache(const QString& path)
{
    if (!QFileInfo(path).isDir()) {
        dropFileFromPageCache(path);
        return;
    }
    for (const QString& file : filesBelow(path))
        dropFileFromPageCache(QDir(path).filePath(file));
}

} // namespace

QStringList DumpFinalizer::filesBelow(const QString& dir)
{
    return larder::filesBelow(dir);
}

Result<void> DumpFinalizer::syncPath(const QString& path)
{
    const int fd = ::open(nativePath(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        const int error = errno;
        return makeError(
            neutral(QT_TRANSLATE_NOOP("DumpFinalizer", "could not open %1 to flush it to disk: %2"))
                .arg(path)
                .arg(errnoText(error)));
    }
    const int rc = flushToDisk(fd);
    const int error = errno;
    ::close(fd);
    // Directories on some file systems refuse fsync; the data itself was synced.
    if (rc != 0 && !(error == EINVAL && QFileInfo(path).isDir()))
        return makeError(
            neutral(QT_TRANSLATE_NOOP("DumpFinalizer",
                                      "could not flush %1 to disk: %2: check the disk and its free space"))
                .arg(path)
                .arg(errnoText(error)));
    return {};
}

Result<QString> DumpFinalizer::sha256OfFile(const QString& path, const std::atomic_bool* interrupt,
                                            HashedPrefix* prefix)
{
    QFile file(path);
    const auto readError = [&] {
        return makeError(neutral(QT_TRANSLATE_NOOP("DumpFinalizer", "could not read %1 to checksum it: %2"))
                             .arg(path)
                             .arg(file.errorString()));
    };
    if (!file.open(QIODevice::ReadOnly))
        return readError();
    Sha256 fresh;
    Sha256* hashing = &fresh;
    std::unique_ptr<Sha256> goingOn;
    if (prefix && prefix->continuesInto(file.handle())) {
        if (!file.seek(prefix->bytes))
            return readError();
        goingOn = std::move(prefix->hash);
        hashing = goingOn.get();
    }
    Sha256& hash = *hashing;
    QByteArray buffer(kChunkSize, Qt::Uninitialized);
    for (;;) {
        if (interrupt && interrupt->load())
            return makeError(
                neutral(QT_TRANSLATE_NOOP("DumpFinalizer", "checksumming %1 was stopped")).arg(path));
        const qint64 n = file.read(buffer.data(), kChunkSize);
        if (n < 0)
            return readError();
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<void> DumpFinalizer::writeFileAtomically(const QString& path, const QByteArray& content, int mode)
{
    const QString temp = path + QStringLiteral(".partial");
    const int fd = ::open(nativePath(temp).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW,
                          mode_t(mode));
    if (fd < 0) {
        const int error = errno;
        return makeError(neutral(QT_TRANSLATE_NOOP("DumpFinalizer",
                                                   "could not create %1: %2: check the permissions of %3"))
                             .arg(temp)
                             .arg(errnoText(error))
                             .arg(QFileInfo(temp).absolutePath()));
    }
    qint64 written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(nativePath(temp).constData());
            return makeError(
                neutral(QT_TRANSLATE_NOOP("DumpFinalizer",
                                          "could not write %1: %2: check the disk and its free space"))
                    .arg(temp)
                    .arg(errnoText(error)));
        }
        written += n;
    }
    // A leftover .partial keeps its old mode through O_TRUNC, and the umask may have narrowed it.
    (void)::fchmod(fd, mode_t(mode));
    if (flushToDisk(fd) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(nativePath(temp).constData());
        return makeError(
            neutral(QT_TRANSLATE_NOOP("DumpFinalizer", "could not flush %1 to disk: %2: check the disk"))
                .arg(temp)
                .arg(errnoText(error)));
    }
    ::close(fd);
    if (::rename(nativePath(temp).constData(), nativePath(path).constData()) != 0) {
        const int error = errno;
        ::unlink(nativePath(temp).constData());
        return makeError(neutral(QT_TRANSLATE_NOOP("DumpFinalizer", "could not rename %1 to %2: %3"))
                             .arg(temp)
                             .arg(path)
                             .arg(errnoText(error)));
    }
    return syncPath(QFileInfo(path).absolutePath());
}

qint64 DumpFinalizer::sizeOnDisk(const QString& path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return 0;
    if (info.isFile())
        return info.size();
    if (!info.isDir())
        return 0;
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

Result<void> DumpFinalizer::removeDumpPath(const QString& path)
{
    // Relative to the directory it lies in, held open: nothing swapped in on the way is followed.
    const QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    const auto cannotRemove = [&path](const Error& error) {
        return makeError(neutral(QT_TRANSLATE_NOOP("DumpFinalizer", "could not remove %1: %2"))
                             .arg(path)
                             .arg(error.neutral()));
    };
    const auto parent = JobDirectory::open(info.path());
    if (!parent)
        return cannotRemove(parent.error());
    const Result<JobDirectory::Kind> kind = (*parent)->kindOf(info.fileName());
    if (!kind)
        return cannotRemove(kind.error());
    const Result<void> removed = (*parent)->remove(info.fileName(), *kind);
    if (!removed)
        return makeError(neutral(QT_TRANSLATE_NOOP("DumpFinalizer", "%1; remove %2 by hand"))
                             .arg(removed.error().neutral())
                             .arg(path));
    return {};
}

Result<QByteArray> DumpFinalizer::sidecarContent(const QString& dataPath, const QString& finalName,
                                                 QString* sha256, const std::atomic_bool* interrupt,
                                                 HashedPrefixes* ahead)
{
    const auto prefixOf = [ahead](const QString& path) -> HashedPrefix* {
        if (!ahead)
            return nullptr;
        const auto found = ahead->find(path);
        return found == ahead->end() ? nullptr : &found->second;
    };
    QByteArray sidecar;
    if (QFileInfo(dataPath).isDir()) {
        const QStringList files = filesBelow(dataPath);
        for (const QString& file : files) {
            const QString path = QDir(dataPath).filePath(file);
            const auto hash = sha256OfFile(path, interrupt, prefixOf(path));
            if (!hash)
                return tl::unexpected(hash.error());
            sidecar +=
                hash->toLatin1() + "  " + QFile::encodeName(finalName + QLatin1Char('/') + file) + '\n';
        }
        if (sha256)
            *sha256 = QString::fromLatin1(Sha256::hash(sidecar).toHex());
    } else {
        const auto hash = sha256OfFile(dataPath, interrupt, prefixOf(dataPath));
        if (!hash)
            return tl::unexpected(hash.error());
        if (sha256)
            *sha256 = *hash;
        sidecar = hash->toLatin1() + "  " + QFile::encodeName(finalName) + '\n';
    }
    return sidecar;
}

Result<FinalizedDump> DumpFinalizer::finalize(const QString& partialPath, const QString& finalPath,
                                              const std::atomic_bool* interrupt, HashedPrefixes* ahead)
{
    const QFileInfo partial(partialPath);
    if (partial.isSymLink() || !partial.exists())
        return makeError(neutral(QT_TRANSLATE_NOOP("DumpFinalizer",
                                                   "pg_dump reported success but left no output at %1: check "
                                                   "the dump directory and its free space"))
                             .arg(partialPath));

    // The flush is I/O and the checksum is CPU: side by side, the hash reads what pg_dump just wrote
    // while it is still in the page cache, and the fsync writes it out meanwhile (issue 16).
    QElapsedTimer clock;
    clock.start();
    Result<void> synced;
    qint64 flushMs = 0;
    std::thread flusher([&synced, &partialPath, &flushMs, &clock] {
        synced = syncTree(partialPath);
        flushMs = clock.elapsed();
    });
    // The checksum is written before the rename, and the rename comes last: whenever a dump stands
    // under its final name, its sidecar is already there, even if larder is killed at any point.
    FinalizedDump result;
    result.path = finalPath;
    result.sidecarPath = sidecarPath(finalPath);
    const auto sidecar =
        sidecarContent(partialPath, QFileInfo(finalPath).fileName(), &result.sha256, interrupt, ahead);
    const qint64 hashMs = clock.elapsed();
    flusher.join();
    if (!synced)
        return tl::unexpected(synced.error());
    if (!sidecar)
        return tl::unexpected(sidecar.error());
    if (ahead) {
        for (const auto& entry : *ahead)
            result.hashedWhileWritten += entry.second.hash ? 0 : entry.second.bytes; // spent: used
    }
    // Hashed and on disk: a night of large dumps need not push the databases' hot pages out of
    // memory on this machine.
    dropFromPageCache(partialPath);
    if (auto written = writeFileAtomically(result.sidecarPath, *sidecar); !written)
        return tl::unexpected(written.error());
    result.bytes = sizeOnDisk(partialPath);

    const auto fail = [&](const Error& error) -> Result<FinalizedDump> {
        (void)removeDumpPath(result.sidecarPath);
        return tl::unexpected(error);
    };
    if (interrupt && interrupt->load())
        return fail(
            makeError(
                neutral(QT_TRANSLATE_NOOP("DumpFinalizer", "stopped before %1 was stored")).arg(finalPath))
                .value());
    if (auto renamed = renameNoReplace(partialPath, finalPath); !renamed)
        return fail(renamed.error());
    if (auto synced = syncPath(QFileInfo(finalPath).absolutePath()); !synced) {
        (void)removeDumpPath(finalPath);
        return fail(synced.error());
    }
    qCDebug(lcEngine).noquote() << "finalized" << finalPath << result.bytes << "bytes in" << clock.elapsed()
                                << "ms: checksum" << hashMs << "ms (" << result.hashedWhileWritten
                                << "bytes hashed while written), flush" << flushMs << "ms beside it";
    return result;
}

} // namespace larder
