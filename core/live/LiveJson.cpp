// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "live/LiveJson.h"

namespace larder {

void LiveJson::read(const QJsonValue& json, JobState& state)
{
    const QString name = json.toString();
    for (const JobState known : {JobState::Queued, JobState::Running, JobState::Succeeded, JobState::Failed,
                                 JobState::Cancelled, JobState::Skipped}) {
        if (jobStateName(known) == name) {
            state = known;
            return;
        }
    }
}

} // namespace larder
