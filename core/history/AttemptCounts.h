// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QtGlobal>

namespace larder {

// How a job's finished attempts ended (History::attemptCounts()). A pruned dump was a success, so it
// counts as one: the numbers only grow while the history lives, as Prometheus counters must.
struct AttemptCounts
{
    qint64 success = 0;
    qint64 failed = 0;
    qint64 interrupted = 0;
    qint64 cancelled = 0;
};

} // namespace larder
