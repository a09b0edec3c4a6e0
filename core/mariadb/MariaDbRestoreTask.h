// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "base/Interrupt.h"
#include "engine/RestoreRequest.h"
#include "engine/RestoreTask.h"

#include <QElapsedTimer>
#include <QPointer>

class QThread;

namespace larder {

// A restore of a mariadb-dump script (MariaDbRestore) on a worker thread, as a RestoreTask: the
// dump's checksum compared with history first, Larder's lines as activity() while it runs, and
// cancel() stopping the mariadb client. Counts no items (the script has no table of contents).
class MariaDbRestoreTask final : public RestoreTask
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MariaDbRestoreTask)

public:
    explicit MariaDbRestoreTask(RestoreRequest request, QObject* parent = nullptr);
    // Stops the worker's tool and waits for it; no signals.
    ~MariaDbRestoreTask() override;

    void start() override;
    void cancel() override;

private:
    void finish(RestoreOutcome outcome);

    RestoreRequest m_request;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QElapsedTimer m_clock;
    Interrupt m_interrupt = makeInterrupt();
    QPointer<QThread> m_worker;
};

} // namespace larder
