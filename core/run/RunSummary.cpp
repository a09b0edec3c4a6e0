// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "run/RunSummary.h"

#include <algorithm>

namespace larder {

int RunSummary::succeeded() const
{
    return int(std::count_if(jobs.cbegin(), jobs.cend(),
                             [](const JobEvent& event) { return event.state == JobState::Succeeded; }));
}

int RunSummary::failed() const
{
    return int(std::count_if(jobs.cbegin(), jobs.cend(),
                             [](const JobEvent& event) { return event.state == JobState::Failed; }));
}

int RunSummary::skipped() const
{
    return int(std::count_if(jobs.cbegin(), jobs.cend(),
                             [](const JobEvent& event) { return event.state == JobState::Skipped; }));
}

int RunSummary::warned() const
{
    return int(std::count_if(jobs.cbegin(), jobs.cend(), [](const JobEvent& event) {
        return event.state == JobState::Succeeded && !event.warning.isEmpty();
    }));
}

} // namespace larder
