// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "live/LiveRunState.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QLocalSocket;

namespace larder {

// Watches the status channel of the runs that use one history: connects when a run publishes
// (trying every kRetryMs while none does, so a run that starts is seen within a second), emits each
// state it sends, and notices when it goes away. Read-only; only a publisher of this process's own
// user is believed.
class LiveChannelWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveChannelWatcher)

public:
    static constexpr int kRetryMs = 500;

    explicit LiveChannelWatcher(QString historyPath, QObject* parent = nullptr);
    ~LiveChannelWatcher() override;

    // Starts connecting (and reconnecting after each run) until stop().
    void start();
    void stop();
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void connected();
    void stateReceived(const larder::LiveRunState& state);
    // The publisher went away (its run ended, or it was killed): no run is live now.
    void disconnected();
    // A message this Larder cannot read (another version): the connection is dropped, and tried
    // again later, when the run may be another Larder's.
    void failed(const QString& message);

private:
    void tryConnect();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    // Ends the connection, says why if message is not empty, and tries again later.
    void drop(const QString& message);
    void closeSocket();

    QString m_historyPath;
    QLocalSocket* m_socket = nullptr;
    QTimer m_retry;
    QByteArray m_pending; // a partial line
    bool m_connected = false;
    bool m_running = false;
};

} // namespace larder
