// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QString>

#include <future>
#include <thread>

// A file whose reader waits until the test lets it read: the file is replaced by a FIFO of the same
// name, and a writer thread hands over the old contents on release(). Lets a test act (prune a dump,
// look at a window) while the code under test is provably inside its read.
class HeldFile final
{
public:
    // After watchdogMs the contents are handed over anyway: a test whose thread is stuck (in code that
    // should not have waited for the read) still ends, and fails.
    explicit HeldFile(QString path, int watchdogMs = 10'000);
    // Releases a reader still waiting, or unblocks the writer if none came, and puts the file back.
    ~HeldFile();
    HeldFile(const HeldFile&) = delete;
    HeldFile& operator=(const HeldFile&) = delete;

    // False when the file could not be read or replaced; error() says why.
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // True once a reader has opened the FIFO (and now waits for its contents).
    bool waitUntilOpened(int timeoutMs);
    // Writes the contents to the waiting reader and closes the FIFO.
    void release();
    // After release(): the regular file with its old contents again.
    bool restore();

private:
    QString m_path;
    QByteArray m_contents;
    QString m_error;
    std::promise<void> m_opened;
    std::future<void> m_openedFuture;
    std::promise<void> m_release;
    std::thread m_writer;
    bool m_released = false;
    bool m_openedSeen = false;
};
