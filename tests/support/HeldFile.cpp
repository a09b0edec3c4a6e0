// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "HeldFile.h"

#include <QFile>
#include <QFileInfo>

#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

HeldFile::HeldFile(QString path, int watchdogMs)
    : m_path(std::move(path)), m_openedFuture(m_opened.get_future())
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        return;
    }
    m_contents = file.readAll();
    file.close();
    if (!QFile::remove(m_path) || ::mkfifo(QFile::encodeName(m_path).constData(), 0600) != 0) {
        m_error = QStringLiteral("cannot replace %1 by a FIFO").arg(m_path);
        return;
    }
    m_writer = std::thread([this, watchdogMs, release = m_release.get_future()] {
        QFile fifo(m_path);
        const bool open = fifo.open(QIODevice::WriteOnly); // returns once a reader has opened it
        m_opened.set_value();
        release.wait_for(std::chrono::milliseconds(watchdogMs));
        if (open)
            fifo.write(m_contents);
    });
}

HeldFile::~HeldFile()
{
    if (!isValid())
        return;
    if (!m_openedSeen && m_openedFuture.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        // Nobody came to read: a reader of our own lets the writer's open() return.
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NONBLOCK);
        m_openedFuture.wait();
        release();
        if (fd >= 0)
            ::close(fd);
    }
    release();
    (void)restore();
}

bool HeldFile::waitUntilOpened(int timeoutMs)
{
    if (!isValid())
        return false;
    m_openedSeen = m_openedFuture.wait_for(std::chrono::milliseconds(timeoutMs)) == std::future_status::ready;
    return m_openedSeen;
}

void HeldFile::release()
{
    if (!isValid() || std::exchange(m_released, true))
        return;
    m_release.set_value();
    m_writer.join();
}

bool HeldFile::restore()
{
    if (!isValid() || !m_released)
        return false;
    const QFileInfo info(m_path);
    if (info.isFile())
        return true; // put back already
    if (info.exists() && !QFile::remove(m_path))
        return false;
    QFile file(m_path);
    return file.open(QIODevice::WriteOnly) && file.write(m_contents) == m_contents.size();
}
