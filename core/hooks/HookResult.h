// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"

#include <QDateTime>
#include <QString>

namespace larder {

// How one hook command ended. ok: it ran and exited 0. Otherwise message says why (did not start,
// exit code, killed by a signal, timed out), language-neutral for history; error is it in the
// reader's language. output keeps the end of what the hook wrote (stdout and stderr together), for
// history and the activity lines.
struct HookResult
{
    QString hook; // before_dump, after_dump, on_failure, after_run
    bool ok = false;
    bool timedOut = false;
    int exitCode = -1;
    Message message;
    QString error;          // message.toString()
    QString output;         // the last HookRunner::kOutputLimit bytes, decoded as UTF-8
    bool truncated = false; // output lost its beginning
    QDateTime startedUtc;
    qint64 elapsedMs = 0;
};

} // namespace larder
