// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "engine/HashedPrefix.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <sys/stat.h>
#include <thread>

namespace larder {

// Follows what a dump tool writes to its .partial output (a file, or the files of a directory dump)
// while the tool goes on, so that little is left to do once it exits (issue 16). On a thread of its
// own: a congested disk may make a call wait, and neither the event loop nor the tool must.
// - Write-behind: each newly written range of kMinRange or more is handed to the disk's queue (on
//   Linux sync_file_range(SYNC_FILE_RANGE_WRITE), which does not wait; elsewhere an fsync). The final
//   fsync then finds little left to write.
// - Hash-ahead, for output that the tool writes once, front to back (plain scripts, the files of a
//   directory dump; never the custom format, whose table of contents pg_dump rewrites at the start
//   when it ends): what is written is hashed while it is still in the page cache, and dropped from
//   the cache once it is on its way to the disk. The checksum at the end reads only the rest.
class DumpFollower final
{
    Q_DISABLE_COPY_MOVE(DumpFollower)

public:
    // Ranges smaller than this wait for more: one write-back call per few MiB, not per sample.
    static constexpr qint64 kMinRange = 8 * 1024 * 1024;
    static constexpr int kIntervalMs = 250;

    enum class Hashing {
        AtTheEnd,     // the tool may rewrite what it wrote (pg_dump's custom and tar formats)
        WhileWritten, // the tool writes each file once, front to back
    };

    DumpFollower() = default;
    ~DumpFollower();

    // Follows path (which the tool may create later, or create anew) until stop(); forgets what an
    // earlier start() followed.
    void start(const QString& path, Hashing hashing = Hashing::AtTheEnd);
    // Returns once the thread has ended; a chunk being hashed is finished first.
    void stop();
    // Bytes handed to write-back, and bytes hashed ahead, so far (for tests and logs); safe from any
    // thread after stop().
    qint64 handedOver() const { return m_handedOver; }
    qint64 hashedAhead() const { return m_hashedAhead; }
    // After stop(): the hashed prefixes, by path, for DumpFinalizer::finalize(); empty without
    // hash-ahead. Leaves this follower without them.
    HashedPrefixes takeHashedPrefixes();

private:
    struct FollowedFile
    {
        qint64 handedOver = 0; // the start of the range not yet handed to write-back
        qint64 cleanUpTo = 0;  // handed over one sample ago: written by now, or being written
        HashedPrefix prefix;
    };

    void run();
    void followOnce();
    void followFile(const QString& path, const struct stat& byPath);
    void hashAhead(int fd, FollowedFile& file, qint64 size);
    void writeBehind(int fd, FollowedFile& file, qint64 size);

    QString m_path;
    Hashing m_hashing = Hashing::AtTheEnd;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;                // guarded by m_mutex: wakes the thread
    std::atomic_bool m_stopping{false}; // read between hashed chunks
    std::map<QString, FollowedFile> m_files;
    qint64 m_handedOver = 0;
    qint64 m_hashedAhead = 0;
};

} // namespace larder
