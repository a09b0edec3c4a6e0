#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <condition_variable>
#include <mutex>
#include <sys/types.h>
#include <thread>

namespace larder {

// Starts the write-back of what a dump tool has already written to its .partial file while the tool
// goes on (issue 16): on Linux sync_file_range(SYNC_FILE_RANGE_WRITE) of each newly written range,
// which queues the pages for the disk without waiting for them, elsewhere an fsync. The final fsync
// then finds little left to write. On a thread of its own: a congested disk may make the call wait,
// and neither the event loop nor the tool must. Only a single-file dump is followed; a directory
// dump (pg_dump -Fd) keeps its whole flush for the end.
class DumpWriteBehind final
{
    Q_DISABLE_COPY_MOVE(DumpWriteBehind)

public:
    // Ranges smaller than this wait for more: one call per few MiB, not per sample.
    static constexpr qint64 kMinRange = 8 * 1024 * 1024;
    static constexpr int kIntervalMs = 250;

    DumpWriteBehind() = default;
    ~DumpWriteBehind();

    // Follows path (which the tool may create later, or create anew) until stop().
    void start(const QString& path);
    // Returns once the thread has ended; a call in progress finishes first.
    void stop();
    // Bytes handed to write-back so far (for tests and logs); safe from any thread after stop().
    qint64 handedOver() const { return m_handedOver; }

private:
    void run();
    void flushOnce();
    void closeFile();

    QByteArray m_path;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_fd = -1;
    dev_t m_device = 0;
    ino_t m_inode = 0;
    qint64 m_written = 0; // the start of the range not yet handed over
    qint64 m_handedOver = 0;
};

} // namespace larder
