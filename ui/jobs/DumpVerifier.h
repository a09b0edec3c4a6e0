// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Interrupt.h"
#include "history/HistoryRecord.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace larder {

class DatabaseEngine;

// Runs core's Verifier on one dump on a worker thread, records the result in history through its
// own connection to the same file (History is single-thread; SQLite WAL lets two connections
// share it) and reports back on the thread that owns this object. One dump at a time.
class DumpVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DumpVerifier)

public:
    struct Outcome
    {
        qint64 attemptId = 0;
        QString path;
        QString status;      // "ok", "mismatch", "error" or "pruned" (as Verifier::Finding), or "cancelled"
                             // (stopped by cancel(): nothing recorded)
        QString detail;      // every problem found; empty when ok
        QString recordError; // why history could not record the result; empty when it could
    };

    // Reads dumps through engine, which the worker shares while it runs.
    explicit DumpVerifier(std::shared_ptr<const DatabaseEngine> engine, QObject* parent = nullptr);
    // Stops a verification still running (its pg_restore with it) and waits for it.
    ~DumpVerifier() override;

    bool isRunning() const { return m_thread != nullptr; }
    qint64 runningAttemptId() const { return m_attemptId; }
    // False (and nothing started) while another verification runs.
    bool start(const QString& historyPath, const HistoryRecord& dump);
    // Stops the running verification within a moment: finished() follows with "cancelled", and history
    // records nothing (a verification cut short says nothing about the dump).
    void cancel();

Q_SIGNALS:
    void finished(const larder::DumpVerifier::Outcome& outcome);

private:
    void onThreadFinished();

    std::shared_ptr<const DatabaseEngine> m_engine;
    QThread* m_thread = nullptr;
    qint64 m_attemptId = 0;
    Interrupt m_interrupt;
    Outcome m_outcome; // written by the worker, read after it finished
};

} // namespace larder
