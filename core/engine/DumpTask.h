// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "engine/DumpOutcome.h"

#include <QObject>
#include <QString>

namespace larder {

// One running dump. Asynchronous: start() returns at once; finished() is emitted exactly once.
class DumpTask : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DumpTask)

public:
    using QObject::QObject;
    ~DumpTask() override = default;

    virtual void start() = 0;
    // Stops the dump, removes what it wrote, and finishes with status Cancelled.
    virtual void cancel() = 0;
    // Where the dump is written while it runs, and where it lands on success.
    virtual QString partialPath() const = 0;
    virtual QString finalPath() const = 0;

Q_SIGNALS:
    void progress(qint64 bytesWritten);
    void activity(const QString& line); // pg_dump --verbose lines
    // What the user should read even without --verbose (a choice Larder made for them).
    void notice(const QString& line);
    // The dump has written nothing for a while, and why, in words a user reads ("waiting for a lock
    // on public.orders held by pid 4242 (...)"); emitted again when the words change, and with an
    // empty string once it grows again. An engine that cannot tell says nothing.
    void stalled(const QString& why);
    void finished(const larder::DumpOutcome& outcome);
};

} // namespace larder
