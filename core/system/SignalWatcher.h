// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QList>
#include <QObject>

#include <csignal>

class QSocketNotifier;

// Turns signals (by default SIGINT and SIGTERM) into a Qt signal (self-pipe), so that larder run and
// larder-gui can stop their dumps cleanly, and a terminal view can follow SIGWINCH. One per process at
// a time: it owns the handlers of its signals.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QList<int> signalNumbers = {SIGINT, SIGTERM}, QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();

    QList<int> m_signals;
    QSocketNotifier* m_notifier = nullptr;
};
