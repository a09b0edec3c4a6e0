// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "status/LiveChannelServer.h"

#include "base/LogCategories.h"
#include "live/LiveRun.h"
#include "status/LiveChannel.h"
#include "system/PeerUser.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>

#include <algorithm>
#include <utility>

namespace larder {

LiveChannelServer::LiveChannelServer(const LiveRun& run, QString historyPath, QObject* parent)
    : QObject(parent), m_run(run), m_historyPath(std::move(historyPath))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(LiveChannel::kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &LiveChannelServer::broadcast);
    connect(&run, &LiveRun::changed, this, &LiveChannelServer::onRunChanged);
}

LiveChannelServer::~LiveChannelServer()
{
    finish();
}

Result<void> LiveChannelServer::listen()
{
    Result<QString> path = LiveChannel::socketPath(m_historyPath);
    if (!path)
        return tl::unexpected(path.error());
    m_socketPath = *path;
    // The caller holds the run lock: a socket file here is a killed run's.
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &LiveChannelServer::onNewConnection);
    if (!m_server->listen(m_socketPath)) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return makeError(tr("cannot open the status channel %1: %2").arg(m_socketPath, reason));
    }
    // Qt makes it 0700; a socket needs no execute bit, and 0600 is what the history has.
    QFile::setPermissions(m_socketPath, QFile::ReadOwner | QFile::WriteOwner);
    qCInfo(lcStatus) << "status channel open at" << m_socketPath;
    return {};
}

std::unique_ptr<LiveChannelServer> LiveChannelServer::publish(const LiveRun& run, const QString& historyPath)
{
    auto server = std::make_unique<LiveChannelServer>(run, historyPath);
    if (Result<void> listening = server->listen(); !listening) {
        qCWarning(lcStatus).noquote()
            << listening.error().message << "(the run goes on; no one can watch it)";
        return nullptr;
    }
    return server;
}

void LiveChannelServer::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        if (m_finished || !PeerUser::isOwn(int(socket->socketDescriptor()))) {
            const std::optional<unsigned> uid = PeerUser::uidOf(int(socket->socketDescriptor()));
            qCWarning(lcStatus) << "status channel" << m_socketPath << "refused a watcher of uid"
                                << (uid ? qint64(*uid) : qint64(-1)) << "(only the run's own user may watch)";
            ++m_refused;
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        // Watchers are read-only: whatever one sends is discarded.
        connect(socket, &QLocalSocket::readyRead, socket, [socket] { socket->readAll(); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] { forget(socket); });
        m_watchers.append(Watcher{socket, 0});
        send(m_watchers.last(), LiveChannel::frame(m_run.state()));
    }
}

void LiveChannelServer::onRunChanged()
{
    if (!m_coalesce.isActive() && !m_finished)
        m_coalesce.start();
}

void LiveChannelServer::broadcast()
{
    if (m_watchers.isEmpty())
        return;
    const QByteArray frame = LiveChannel::frame(m_run.state());
    // send() may disconnect a stuck watcher, which forget()s it: iterate over a copy of the sockets.
    const QList<Watcher> watchers = m_watchers;
    for (const Watcher& watcher : watchers) {
        const auto found = std::find_if(m_watchers.begin(), m_watchers.end(),
                                        [&watcher](const Watcher& w) { return w.socket == watcher.socket; });
        if (found != m_watchers.end())
            send(*found, frame);
    }
}

void LiveChannelServer::send(Watcher& watcher, const QByteArray& frame)
{
    QLocalSocket* socket = watcher.socket;
    // A frame always fits an empty buffer, so a large state still reaches a watcher that reads.
    const qint64 queued = socket->bytesToWrite();
    if (queued > 0 && queued + frame.size() > kMaxBufferedBytes) {
        ++m_dropped;
        if (++watcher.drops > kStuckDrops) {
            qCInfo(lcStatus) << "status channel: disconnecting a watcher that has read nothing for"
                             << kStuckDrops << "frames";
            socket->abort();
        }
        return;
    }
    watcher.drops = 0;
    socket->write(frame);
    m_maxBuffered = std::max(m_maxBuffered, socket->bytesToWrite());
}

void LiveChannelServer::forget(QLocalSocket* socket)
{
    m_watchers.removeIf([socket](const Watcher& watcher) { return watcher.socket == socket; });
    socket->deleteLater();
}

void LiveChannelServer::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_coalesce.stop();
    const QByteArray frame = LiveChannel::frame(m_run.state());
    const QList<Watcher> watchers = std::exchange(m_watchers, {});
    for (Watcher watcher : watchers) {
        QLocalSocket* socket = watcher.socket;
        socket->disconnect(this);
        send(watcher, frame);
        // Hands what the kernel takes now to it, without waiting for a watcher that does not read.
        socket->flush();
        socket->abort();
        socket->deleteLater();
    }
    if (m_server) {
        m_server->close(); // removes the socket file
        delete m_server;
        m_server = nullptr;
    }
}

} // namespace larder
