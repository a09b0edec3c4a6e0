// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "run/HookRunLog.h"

#include "base/LogCategories.h"
#include "history/History.h"
#include "hooks/HookResult.h"

namespace larder {

void HookRunLog::save(History& history, const HookResult& result, qint64 attemptId, const QString& job)
{
    HookRunRecord record;
    record.attemptId = attemptId;
    record.hook = result.hook;
    record.job = job;
    record.startedUtc = result.startedUtc;
    record.elapsedMs = result.elapsedMs;
    record.ok = result.ok;
    record.timedOut = result.timedOut;
    record.exitCode = result.exitCode;
    record.storedError = result.ok ? QString() : result.message.serialize();
    record.output = result.output;
    record.truncated = result.truncated;
    if (const Result<qint64> saved = history.recordHookRun(record); !saved)
        qCWarning(lcHooks).noquote() << saved.error().message;
}

} // namespace larder
