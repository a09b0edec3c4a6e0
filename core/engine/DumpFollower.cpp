// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "engine/DumpFollower.h"

#include "engine/DumpFinalizer.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <unistd.h>

namespace larder {

namespace {

constexpr qint64 kHashChunk = 1024 * 1024;

} // namespace

DumpFollower::~DumpFollower()
{
    stop();
}

void DumpFollower::start(const QString& path, Hashing hashing)
{
    stop();
    m_path = path;
    m_hashing = hashing;
    m_stop = false;
    m_stopping = false;
    m_files.clear();
    m_handedOver = 0;
    m_hashedAhead = 0;
    m_thread = std::thread([this] { run(); });
}

void DumpFollower::stop()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

HashedPrefixes DumpFollower::takeHashedPrefixes()
{
    HashedPrefixes prefixes;
    for (auto& entry : m_files) {
        if (entry.second.prefix.hash)
            prefixes.emplace(entry.first, std::move(entry.second.prefix));
    }
    m_files.clear();
    return prefixes;
}

void DumpFollower::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(kIntervalMs), [this] { return m_stop; })) {
        lock.unlock();
        followOnce();
        lock.lock();
    }
}

void DumpFollower::followOnce()
{
    // The tool may not have created its output yet, or may have started over with a new one.
    struct stat byPath;
    if (::lstat(QFile::encodeName(m_path).constData(), &byPath) != 0)
        return;
    if (S_ISREG(byPath.st_mode)) {
        followFile(m_path, byPath);
        return;
    }
    if (!S_ISDIR(byPath.st_mode))
        return;
    const QDir dir(m_path);
    for (const QString& name : DumpFinalizer::filesBelow(m_path)) {
        if (m_stopping)
            return;
        const QString path = dir.filePath(name);
        struct stat file;
        if (::lstat(QFile::encodeName(path).constData(), &file) == 0 && S_ISREG(file.st_mode))
            followFile(path, file);
    }
}

void DumpFollower::followFile(const QString& path, const struct stat& byPath)
{
    FollowedFile& file = m_files[path];
    const qint64 size = byPath.st_size;
    // A new file under the name, or the same one cut short: the tool starts over.
    if (file.prefix.file.device != byPath.st_dev || file.prefix.file.inode != byPath.st_ino ||
        size < file.handedOver || size < file.prefix.bytes)
        file = FollowedFile();
    const bool hashing = m_hashing == Hashing::WhileWritten && size > file.prefix.bytes;
    const bool handing = size - file.handedOver >= kMinRange;
    if (!hashing && !handing)
        return;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return;
    const std::optional<HashedPrefix::FileId> opened = HashedPrefix::idOf(fd);
    // Still the file that was stat()ed; and by its birth time, the one followed so far.
    if (opened && opened->device == byPath.st_dev && opened->inode == byPath.st_ino) {
        if (!(file.prefix.file == *opened))
            file = FollowedFile();
        file.prefix.file = *opened;
        if (hashing)
            hashAhead(fd, file, size);
        if (handing)
            writeBehind(fd, file, size);
        // Hashed, and on the disk (or on its way) since the last sample: nothing will read it
        // again, so the databases' pages on this machine need not make room for it. Advice
        // only: pages still dirty or under write-back stay, and finalize() drops them.
        if (m_hashing == Hashing::WhileWritten) {
#if defined(POSIX_FADV_DONTNEED)
            const qint64 clean = qMin(file.prefix.bytes, file.cleanUpTo);
            if (clean > 0)
                (void)::posix_fadvise(fd, 0, off_t(clean), POSIX_FADV_DONTNEED);
#endif
            file.cleanUpTo = file.handedOver;
        }
    }
    ::close(fd);
}

void DumpFollower::hashAhead(int fd, FollowedFile& file, qint64 size)
{
    if (!file.prefix.hash)
        file.prefix.hash = std::make_unique<Sha256>();
    QByteArray buffer(kHashChunk, Qt::Uninitialized);
    while (file.prefix.bytes < size && !m_stopping) {
        const qint64 want = qMin(kHashChunk, size - file.prefix.bytes);
        const ssize_t n = ::pread(fd, buffer.data(), size_t(want), off_t(file.prefix.bytes));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // the checksum at the end reads the rest
        file.prefix.hash->addData(QByteArrayView(buffer.constData(), n));
        file.prefix.bytes += n;
        m_hashedAhead += n;
    }
}

void DumpFollower::writeBehind(int fd, FollowedFile& file, qint64 size)
{
#if defined(Q_OS_LINUX)
    // Not waiting: the pages go to the disk's queue.
    if (::sync_file_range(fd, file.handedOver, size - file.handedOver, SYNC_FILE_RANGE_WRITE) != 0)
        return; // advice only: the final fsync still makes the dump durable
#else
    if (::fsync(fd) != 0)
        return;
#endif
    m_handedOver += size - file.handedOver;
    file.handedOver = size;
}

} // namespace larder
