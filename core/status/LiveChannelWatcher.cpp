// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "status/LiveChannelWatcher.h"

#include "base/LogCategories.h"
#include "status/LiveChannel.h"
#include "system/PeerUser.h"

#include <QLocalSocket>

#include <utility>

namespace larder {

LiveChannelWatcher::LiveChannelWatcher(QString historyPath, QObject* parent)
    : QObject(parent), m_historyPath(std::move(historyPath))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &LiveChannelWatcher::tryConnect);
}

LiveChannelWatcher::~LiveChannelWatcher()
{
    stop();
}

void LiveChannelWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    tryConnect();
}

void LiveChannelWatcher::stop()
{
    m_running = false;
    m_retry.stop();
    closeSocket();
    m_connected = false;
}

void LiveChannelWatcher::closeSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_pending.clear();
}

void LiveChannelWatcher::tryConnect()
{
    if (!m_running || m_socket)
        return;
    const Result<QString> path = LiveChannel::socketPath(m_historyPath);
    if (!path) {
        qCWarning(lcStatus) << "cannot watch runs:" << path.error().message;
        m_retry.start();
        return;
    }
    m_socket = new QLocalSocket(this);
    connect(m_socket, &QLocalSocket::connected, this, &LiveChannelWatcher::onConnected);
    connect(m_socket, &QLocalSocket::readyRead, this, &LiveChannelWatcher::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, &LiveChannelWatcher::onDisconnected);
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        // No run publishes (no socket, or a killed run's): try again shortly.
        if (!m_connected)
            drop(QString());
    });
    m_socket->connectToServer(*path, QIODevice::ReadOnly);
}

void LiveChannelWatcher::onConnected()
{
    if (!PeerUser::isOwn(int(m_socket->socketDescriptor()))) {
        drop(tr("the status channel of %1 belongs to another user; not watching it").arg(m_historyPath));
        return;
    }
    m_connected = true;
    Q_EMIT connected();
}

void LiveChannelWatcher::onReadyRead()
{
    if (!m_connected)
        return;
    m_pending += m_socket->readAll();
    int newline = -1;
    while ((newline = int(m_pending.indexOf('\n'))) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        Result<LiveRunState> state = LiveChannel::read(line);
        if (!state) {
            drop(state.error().message);
            return;
        }
        Q_EMIT stateReceived(*state);
    }
    if (m_pending.size() > LiveChannel::kMaxLineBytes)
        drop(tr("the status channel sent a line longer than %1 bytes").arg(LiveChannel::kMaxLineBytes));
}

void LiveChannelWatcher::onDisconnected()
{
    // What came with the last frame before the close is still to be read.
    if (m_socket && m_connected && m_socket->bytesAvailable() > 0)
        onReadyRead();
    drop(QString());
}

void LiveChannelWatcher::drop(const QString& message)
{
    closeSocket();
    const bool wasConnected = std::exchange(m_connected, false);
    if (!message.isEmpty()) {
        qCWarning(lcStatus) << message;
        Q_EMIT failed(message);
    }
    if (wasConnected)
        Q_EMIT disconnected();
    if (m_running)
        m_retry.start();
}

} // namespace larder
