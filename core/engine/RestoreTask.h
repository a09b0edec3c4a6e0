// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "engine/RestoreOutcome.h"

#include <QObject>
#include <QString>

namespace larder {

// One restore of a dump into a database, whichever engine's: the dump's checksum compared with
// history, the target created (or an existing empty one accepted, or a non-empty one cleaned where
// asked and possible), then the engine's tool fed the dump. start() returns at once; finished() is
// emitted exactly once, never from inside start() or cancel().
class RestoreTask : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreTask)

public:
    using QObject::QObject;
    ~RestoreTask() override = default;

    virtual void start() = 0;
    // Stops the restore (SIGTERM to the tool's process group, SIGKILL after a grace period).
    virtual void cancel() = 0;

Q_SIGNALS:
    // What a user should read: Larder's notes, the tool's warnings and errors.
    void activity(const QString& line);
    // The tool's narration of its work that progress() does not count.
    void detail(const QString& line);
    // One per item restored, with the tool's line for it: the details a listener shows in full or
    // only counts. Not repeated as activity(). First (0, total, "").
    void progress(int done, int total, const QString& item);
    void finished(const larder::RestoreOutcome& outcome);
};

} // namespace larder
