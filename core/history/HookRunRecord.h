// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDateTime>
#include <QString>

namespace larder {

// One hook command's run as history keeps it (schema v5): which hook, for which attempt (none for
// after_run), how it ended and the end of what it wrote. storedError is language-neutral
// (Message::serialize) as attempts' errors are.
struct HookRunRecord
{
    qint64 id = 0;
    qint64 attemptId = 0; // 0: not tied to a dump (after_run)
    QString hook;         // before_dump, after_dump, on_failure, after_run
    QString job;          // empty for after_run
    QDateTime startedUtc;
    qint64 elapsedMs = 0;
    bool ok = false;
    bool timedOut = false;
    int exitCode = -1;
    QString storedError; // empty when ok
    QString error;       // storedError in the reader's language (filled when read)
    QString output;      // the hook's last 64 KiB, stdout and stderr together
    bool truncated = false;
};

} // namespace larder
