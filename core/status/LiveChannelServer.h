// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace larder {

class LiveRun;

// Publishes a LiveRun on the run's status channel (LiveChannel: the socket, the messages) to any
// number of watchers of the same user: a snapshot on connecting, coalesced snapshots while the run
// changes, a last one on finish(), then it closes. Writes never wait for a watcher: each has a
// bounded buffer, and a frame that finds it full is dropped for that watcher (the next snapshot
// says everything anyway); one that stays stuck past kStuckDrops frames is disconnected. Start it
// only while holding the run lock: a socket file left by a killed run is removed on listen().
class LiveChannelServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveChannelServer)

public:
    // Per watcher, beyond the kernel's: a frame is dropped rather than queued past it (one frame
    // larger than this is queued alone).
    static constexpr qint64 kMaxBufferedBytes = 256 * 1024;
    static constexpr int kStuckDrops = 240; // a minute of frames at four a second

    LiveChannelServer(const LiveRun& run, QString historyPath, QObject* parent = nullptr);
    ~LiveChannelServer() override;

    // Opens the socket (mode 0600). A failure leaves the run alone: it only has no watchers.
    Result<void> listen();
    // A listening server for run, or none (the failure logged): how runs publish themselves.
    static std::unique_ptr<LiveChannelServer> publish(const LiveRun& run, const QString& historyPath);
    QString socketPath() const { return m_socketPath; }
    // Sends the final state to every watcher, then closes them and the socket.
    void finish();

    // Accounting, for tests and logs.
    int watcherCount() const { return int(m_watchers.size()); }
    qint64 maxBufferedBytes() const { return m_maxBuffered; } // the most any watcher had queued
    qint64 droppedFrames() const { return m_dropped; }
    int refusedWatchers() const { return m_refused; }

private:
    struct Watcher
    {
        QLocalSocket* socket = nullptr;
        int drops = 0; // frames dropped in a row
    };

    void onNewConnection();
    void onRunChanged();
    void broadcast();
    void send(Watcher& watcher, const QByteArray& frame);
    void forget(QLocalSocket* socket);

    const LiveRun& m_run;
    QString m_historyPath;
    QString m_socketPath;
    QLocalServer* m_server = nullptr;
    QList<Watcher> m_watchers;
    QTimer m_coalesce;
    bool m_finished = false;
    qint64 m_maxBuffered = 0;
    qint64 m_dropped = 0;
    int m_refused = 0;
};

} // namespace larder
