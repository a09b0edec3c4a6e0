// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "WatchState.h"

namespace larder {

QList<PlannedJob> WatchState::shownJobs() const
{
    if (filter.isEmpty())
        return jobs;
    QList<PlannedJob> shown;
    for (const PlannedJob& entry : jobs) {
        for (const QString& name : {entry.job.name, entry.job.server.name, entry.job.dbname}) {
            if (name.contains(filter, Qt::CaseInsensitive)) {
                shown.append(entry);
                break;
            }
        }
    }
    return shown;
}

QString WatchState::selectedJob() const
{
    const QList<PlannedJob> shown = shownJobs();
    return shown.isEmpty() ? QString() : shown.value(qBound(0, selected, int(shown.size()) - 1)).job.name;
}

} // namespace larder
