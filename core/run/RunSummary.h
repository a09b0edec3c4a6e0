// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "run/JobEvent.h"

#include <QList>

namespace larder {

struct RunSummary
{
    QList<JobEvent> jobs; // final events, in finishing order
    bool cancelled = false;
    int succeeded() const;
    int failed() const;
    // Succeeded with a warning (JobEvent::warning): counted in succeeded() too; never a failure.
    int warned() const;
    // Left to the other hosts sharing the history (JobState::Skipped).
    int skipped() const;
};

} // namespace larder
