// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "engine/TestRestoreTask.h"

#include <QtGlobal>

#include <chrono>
#include <climits>

namespace larder {

TestRestoreTask::TestRestoreTask(QObject* parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &TestRestoreTask::onTimeout);
}

RestoreCheck TestRestoreTask::beginCheck(TestRestoreRequest& request, ScratchName scratchName)
{
    if (!request.startedUtc.isValid())
        request.startedUtc = QDateTime::currentDateTimeUtc();
    RestoreCheck check;
    check.attemptId = request.dump.id;
    check.job = request.job.name;
    check.server = request.job.restoreServer.name;
    check.scratchDatabase = scratchName(request.job.name, request.startedUtc);
    check.startedUtc = request.startedUtc.toUTC();
    return check;
}

void TestRestoreTask::startTimeout(const JobConfig& job)
{
    // QTimer counts in int milliseconds.
    if (job.timeoutSeconds > 0)
        m_timeout.start(std::chrono::seconds(qMin(job.timeoutSeconds, INT_MAX / 1000)));
}

} // namespace larder
