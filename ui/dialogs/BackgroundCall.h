// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QObject>

#include <functional>

namespace larder {

// Runs a blocking piece of work (a client connecting, a tool's --version) on a thread of its own and
// then its completion on this object's thread. Dropping the call (cancel(), or this object deleted
// with its dialog) abandons the completion: the thread ends on its own and cleans up after itself,
// so the work must own (or share) everything it touches. At quit, the application waits for it.
class BackgroundCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundCall)

public:
    explicit BackgroundCall(QObject* parent = nullptr);
    ~BackgroundCall() override;

    bool isRunning() const { return m_current != 0; }
    // False (nothing started) while a call runs.
    bool start(std::function<void()> work, std::function<void()> done);
    // Stops waiting for the current call; its completion is dropped.
    void cancel();

private:
    // Which call's completion is awaited (0: none). An id, not the thread: the finished thread may
    // be deleted before its queued completion arrives here.
    quint64 m_current = 0;
    quint64 m_last = 0;
};

} // namespace larder
