// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "config/Config.h"
#include "config/JobConfig.h"
#include "config/PasswordLookup.h"
#include "history/HistoryRecord.h"
#include "history/RestoreCheck.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace larder {

class DatabaseEngine;
class History;
class TestRestoreTask;

// Scheduled and requested test-restores, shared by `larder run`, `larder verify --restore` and the
// desktop app: which are due, and running a list of them one after the other (never beside each other
// or beside dumps), each check recorded in history. Asynchronous on top of the engine's test-restore
// tasks (TestRestoreTask): start()
// returns at once; checkFinished() follows each job that was restored or failed, finished() the list.
// Main thread only (the password lookup may be the keychain).
class TestRestoreQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestRestoreQueue)

public:
    // engine makes each job's test-restore (EngineSet: the one of the job's server).
    explicit TestRestoreQueue(DatabaseEngine& engine, QObject* parent = nullptr);
    // A running restore's scratch database is dropped before returning (blocking); no signals.
    ~TestRestoreQueue() override;

    // Jobs among scope (all jobs when empty) whose test_restore schedule is due at now.
    static Result<QList<JobConfig>> due(const Config& config, const QStringList& scope, History& history,
                                        const QDateTime& now);

    // Test-restores the newest successful dump of each job, one after the other, and records each
    // check in history (which must outlive the run). A job without a successful dump is skipped, or
    // with requireDump reported as a failed check (not recorded). Signals start from the event loop,
    // so an empty list still ends in finished(). One run at a time.
    void start(const QList<JobConfig>& jobs, History& history, PasswordLookup passwords, bool requireDump);
    // Stops the running restore (its scratch database is still dropped, and its check recorded) and
    // skips the rest; finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // A line for a person, in `larder run`'s wording; isFailure: a failed check or a problem.
    void log(const QString& line, bool isFailure);
    void checkStarted(const QString& job, const QString& scratchDatabase);
    void checkFinished(const larder::RestoreCheck& check);
    void finished(const QList<larder::RestoreCheck>& checks);

private:
    // Starts the next job that needs a restore; finishes the run when none is left.
    void next();
    void onRestoreFinished(const RestoreCheck& done);
    void finish();
    DatabaseEngine& m_engine;
    QList<JobConfig> m_jobs;
    History* m_history = nullptr;
    PasswordLookup m_passwords;
    bool m_requireDump = false;
    bool m_running = false;
    bool m_cancelled = false;
    QList<RestoreCheck> m_checks;
    QPointer<TestRestoreTask> m_restore;
};

} // namespace larder
