// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

namespace larder {

class History;
struct HookResult;

// Keeps a hook's run in history (schema v5) for `larder history --hooks`; a history that cannot take
// it is logged, never fails the dump the hook belongs to.
class HookRunLog final
{
public:
    // attemptId 0 and an empty job: after_run.
    static void save(History& history, const HookResult& result, qint64 attemptId, const QString& job);
};

} // namespace larder
