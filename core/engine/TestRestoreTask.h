// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/JobConfig.h"
#include "engine/TestRestoreRequest.h"
#include "history/RestoreCheck.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

namespace larder {

// One test-restore, whichever engine's: a dump restored into a scratch database on the job's
// restore_server, checked, and the scratch database dropped again, also on failure or cancel.
// start() returns at once; finished() is emitted exactly once. TestRestoreQueue holds them as this.
class TestRestoreTask : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestRestoreTask)

public:
    explicit TestRestoreTask(QObject* parent = nullptr);
    ~TestRestoreTask() override = default;

    virtual void start() = 0;
    // Stops the restore; the scratch database is still dropped before finished().
    virtual void cancel() = 0;
    virtual QString scratchDatabase() const = 0;

Q_SIGNALS:
    void finished(const larder::RestoreCheck& check);

protected:
    // An engine's rule for naming its scratch database.
    using ScratchName = QString (*)(const QString& job, const QDateTime& startedUtc);

    // The check a test-restore of request starts with. request.startedUtc becomes now where it is
    // unset, first: it names the scratch database, so the check and the name agree.
    static RestoreCheck beginCheck(TestRestoreRequest& request, ScratchName scratchName);
    // The job's timeout bounds the whole test-restore (creating, restoring, counting): onTimeout()
    // once it has passed, unless stopTimeout() came first. A timeout of 0 never fires.
    void startTimeout(const JobConfig& job);
    void stopTimeout() { m_timeout.stop(); }
    // Stops the test-restore, saying why in the engine's own words (its tr() context).
    virtual void onTimeout() = 0;

private:
    QTimer m_timeout;
};

} // namespace larder
