#pragma once

#include "history/RestoreCheck.h"

#include <QObject>
#include <QString>

namespace larder {

// One test-restore, whichever engine's: a dump restored into a scratch database on the job's
// restore_server, checked, and the scratch database dropped again, also on failure or cancel.
// start() returns at once; finished() is emitted exactly once. TestRestoreQueue holds them as this.
class TestRestoreTask : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestRestoreTask)

public:
    using QObject::QObject;
    ~TestRestoreTask() override = default;

    virtual void start() = 0;
    // Stops the restore; the scratch database is still dropped before finished().
    virtual void cancel() = 0;
    virtual QString scratchDatabase() const = 0;

Q_SIGNALS:
    void finished(const larder::RestoreCheck& check);
};

} // namespace larder
