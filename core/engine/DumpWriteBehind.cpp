#include "engine/DumpWriteBehind.h"

#include <QFile>

#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace larder {

DumpWriteBehind::~DumpWriteBehind()
{
    stop();
}

void DumpWriteBehind::start(const QString& path)
{
    stop();
    m_path = QFile::encodeName(path);
    m_stop = false;
    m_written = 0;
    m_handedOver = 0;
    m_thread = std::thread([this] { run(); });
}

void DumpWriteBehind::stop()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    closeFile();
}

void DumpWriteBehind::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(kIntervalMs), [this] { return m_stop; })) {
        lock.unlock();
        flushOnce();
        lock.lock();
    }
}

void DumpWriteBehind::flushOnce()
{
    // The tool may not have created the file yet, or may have started over with a new one.
    struct stat byPath;
    if (::stat(m_path.constData(), &byPath) != 0 || !S_ISREG(byPath.st_mode)) {
        closeFile();
        return;
    }
    if (m_fd < 0 || byPath.st_dev != m_device || byPath.st_ino != m_inode) {
        closeFile();
        m_fd = ::open(m_path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (m_fd < 0)
            return;
        m_device = byPath.st_dev;
        m_inode = byPath.st_ino;
        m_written = 0;
    }
    struct stat st;
    if (::fstat(m_fd, &st) != 0)
        return;
    const qint64 size = st.st_size;
    if (size < m_written)
        m_written = 0; // truncated: the tool starts over in the same file
    if (size - m_written < kMinRange)
        return;
#if defined(Q_OS_LINUX)
    // Not waiting: the pages go to the disk's queue, and stay cached for the checksum at the end.
    if (::sync_file_range(m_fd, m_written, size - m_written, SYNC_FILE_RANGE_WRITE) != 0)
        return; // advice only: the final fsync still makes the dump durable
#else
    if (::fsync(m_fd) != 0)
        return;
#endif
    m_handedOver += size - m_written;
    m_written = size;
}

void DumpWriteBehind::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace larder
