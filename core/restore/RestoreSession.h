// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "config/JobConfig.h"
#include "config/PasswordLookup.h"
#include "config/ServerConfig.h"
#include "engine/RestorableDump.h"
#include "engine/RestoreOutcome.h"
#include "engine/RestoreRequest.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace larder {

class DatabaseEngine;
class Restorer;
class RunLock;

// One restore as `larder restore` and the desktop app's Restore dialog both run it: under the run
// lock (no run prunes the dump meanwhile, no test-restore meets it), the dump chosen from history
// (newest, or the newest started at or before a time) or given and checked to lie inside the job's
// directory with its checksum from history, the target engine's checks, then Restorer. The lock is
// released when finished() is emitted.
class RestoreSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreSession)

public:
    // What a person asks for.
    struct Choice
    {
        JobConfig job;
        ServerConfig server; // where to restore: the job's, or another configured one
        QString targetDatabase;
        QString dumpPath; // empty: chosen from history
        QDateTime atUtc;  // with no dumpPath: the newest dump started at or before it (invalid: any)
        bool clean = false;
        int jobs = 1;
    };

    // engine must outlive this.
    RestoreSession(DatabaseEngine& engine, QString historyPath, PasswordLookup passwords,
                   QObject* parent = nullptr);
    ~RestoreSession() override;

    // Takes the lock (Busy when a run or another restore holds it), chooses and checks the dump, and
    // starts the restore; activity() tells the choice first. An error means nothing started (kind
    // BadRequest: the choice cannot be done as asked; the lock is free again). Once only.
    Result<void> start(const Choice& choice);
    // Stops the restore; finished() follows, a database it created dropped again.
    void cancel();
    bool isRunning() const { return m_restorer != nullptr && !m_finished; }
    // After a successful start: what is restored where.
    const RestoreRequest& request() const { return m_request; }
    const RestorableDump& restorable() const { return m_restorable; }

Q_SIGNALS:
    void activity(const QString& line);
    void detail(const QString& line);
    void progress(int done, int total, const QString& item);
    void finished(const larder::RestoreOutcome& outcome);

private:
    Result<void> choose(const Choice& choice);

    DatabaseEngine& m_engine;
    QString m_historyPath;
    PasswordLookup m_passwords;
    std::unique_ptr<RunLock> m_lock;
    std::unique_ptr<Restorer> m_restorer;
    RestoreRequest m_request;
    RestorableDump m_restorable;
    bool m_finished = false;
};

} // namespace larder
