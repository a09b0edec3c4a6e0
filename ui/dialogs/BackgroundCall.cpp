// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "BackgroundCall.h"

#include <QCoreApplication>
#include <QThread>

namespace larder {

BackgroundCall::BackgroundCall(QObject* parent) : QObject(parent) {}

BackgroundCall::~BackgroundCall()
{
    cancel();
}

bool BackgroundCall::start(std::function<void()> work, std::function<void()> done)
{
    if (m_current != 0)
        return false;
    QThread* thread = QThread::create(std::move(work));
    const quint64 call = ++m_last;
    m_current = call;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, call, done = std::move(done)] {
        if (m_current != call)
            return;
        m_current = 0;
        done();
    });
    // A QThread destroyed while running aborts the process: at quit, wait for an abandoned call
    // (bounded by what it does, e.g. the server's connect_timeout).
    if (QCoreApplication* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, thread, [thread] { thread->wait(); });
    thread->start();
    return true;
}

void BackgroundCall::cancel()
{
    // The completion above checks the id, so the abandoned thread reports nothing.
    m_current = 0;
}

} // namespace larder
