// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbRestoreTask.h"

#include "engine/DumpChecksum.h"
#include "mariadb/MariaDbRestore.h"

#include <QThread>

#include <memory>

namespace larder {

namespace {

// The whole restore, on the worker: what the task reports when the thread ends.
RestoreOutcome restore(const RestoreRequest& request, const Interrupt& interrupt,
                       const MariaDbRestore::Note& note)
{
    RestoreOutcome outcome;
    if (!request.expectedSha256.isEmpty()) {
        if (auto same = DumpChecksum::check(request.dumpPath, request.expectedSha256); !same) {
            outcome.error = same.error().message;
            return outcome;
        }
        note(MariaDbRestoreTask::tr("checksum of %1 matches history").arg(request.dumpPath));
    }
    MariaDbRestore::Request restore;
    restore.dumpPath = request.dumpPath;
    restore.server = request.server;
    restore.targetDatabase = request.targetDatabase;
    restore.password = request.password;
    restore.clean = request.clean;
    restore.jobs = request.jobs;
    const MariaDbRestore::Outcome done = MariaDbRestore::run(restore, interrupt, note);
    outcome.ok = !done.error;
    outcome.targetTouched = done.targetTouched;
    outcome.targetDropped = done.targetDropped;
    outcome.toolVersion = done.toolVersion;
    if (done.error)
        outcome.error = done.error->message;
    return outcome;
}

} // namespace

MariaDbRestoreTask::MariaDbRestoreTask(RestoreRequest request, QObject* parent)
    : RestoreTask(parent), m_request(std::move(request))
{}

MariaDbRestoreTask::~MariaDbRestoreTask()
{
    m_interrupt->store(true);
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
    }
}

void MariaDbRestoreTask::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (m_cancelled) {
        RestoreOutcome outcome;
        outcome.cancelled = true;
        outcome.error = tr("restore into \"%1\" was cancelled").arg(m_request.targetDatabase);
        finish(outcome);
        return;
    }
    auto outcome = std::make_shared<RestoreOutcome>();
    // Larder's lines reach activity() as they happen, from the worker through the event loop.
    const MariaDbRestore::Note note = [this](const QString& line) {
        QMetaObject::invokeMethod(
            this, [this, line] { Q_EMIT activity(line); }, Qt::QueuedConnection);
    };
    QThread* thread = QThread::create([outcome, request = m_request, note, interrupt = m_interrupt] {
        *outcome = restore(request, interrupt, note);
    });
    connect(thread, &QThread::finished, this, [this, outcome] {
        RestoreOutcome result = *outcome;
        if (m_cancelled) {
            result.ok = false;
            result.cancelled = true;
            result.error = tr("restore into \"%1\" was cancelled").arg(m_request.targetDatabase);
        }
        finish(result);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_worker = thread;
    thread->start();
}

void MariaDbRestoreTask::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    if (!m_started) {
        RestoreOutcome outcome;
        outcome.cancelled = true;
        outcome.error = tr("restore into \"%1\" was cancelled").arg(m_request.targetDatabase);
        finish(outcome);
        return;
    }
    m_interrupt->store(true); // the client in progress stops; the thread's end reports it
}

void MariaDbRestoreTask::finish(RestoreOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    outcome.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    // Always later, never from inside start() or cancel(): callers may connect after calling them.
    QMetaObject::invokeMethod(
        this, [this, outcome = std::move(outcome)] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}

} // namespace larder
