// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "verify/TestRestoreQueue.h"

#include "base/LogCategories.h"
#include "engine/DatabaseEngine.h"
#include "engine/TestRestoreRequest.h"
#include "engine/TestRestoreTask.h"
#include "history/History.h"
#include "history/HistoryRecord.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QTimer>

// The log lines are `larder run`'s and `larder verify --restore`'s, in the translation context they
// have always had (VerifyCommand), so that they read the same in every language.

namespace larder {

TestRestoreQueue::TestRestoreQueue(DatabaseEngine& engine, QObject* parent)
    : QObject(parent), m_engine(engine)
{}

TestRestoreQueue::~TestRestoreQueue()
{
    if (m_restore) {
        m_restore->disconnect(this);
        delete m_restore.data(); // drops its scratch database
    }
}

Result<QList<JobConfig>> TestRestoreQueue::due(const Config& config, const QStringList& scope,
                                               History& history, const QDateTime& now)
{
    const auto lastGood = history.lastGoodRestoreChecks();
    if (!lastGood)
        return tl::unexpected(lastGood.error());
    QList<JobConfig> due;
    for (const JobConfig& job : config.jobs) {
        if (!scope.isEmpty() && !scope.contains(job.name))
            continue;
        const QDateTime last = lastGood->value(job.name).startedUtc;
        if (job.testRestore.isDue(last, now, QTimeZone::systemTimeZone()))
            due.append(job);
    }
    return due;
}

void TestRestoreQueue::start(const QList<JobConfig>& jobs, History& history, PasswordLookup passwords,
                             bool requireDump)
{
    Q_ASSERT(!m_running);
    m_jobs = jobs;
    m_history = &history;
    m_passwords = std::move(passwords);
    m_requireDump = requireDump;
    m_running = true;
    m_cancelled = false;
    m_checks.clear();
    QTimer::singleShot(0, this, &TestRestoreQueue::next);
}

void TestRestoreQueue::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_restore)
        m_restore->cancel();
}

void TestRestoreQueue::next()
{
    while (!m_jobs.isEmpty() && !m_cancelled) {
        const JobConfig job = m_jobs.takeFirst();
        if (job.kind == JobKind::Globals) {
            // Roles and tablespaces are the whole server's: a scratch database cannot hold them, and
            // replaying them would change the restore server itself.
            Q_EMIT log(QCoreApplication::translate("VerifyCommand",
                                                   "%1: not test-restored: a globals dump creates roles and "
                                                   "tablespaces for the whole server")
                           .arg(job.name),
                       false);
            continue;
        }
        RestoreCheck failed;
        failed.job = job.name;
        failed.server = job.restoreServer.name;
        failed.startedUtc = failed.finishedUtc = QDateTime::currentDateTimeUtc();
        const auto dumps = m_history->successfulAttempts(job.name);
        if (!dumps || dumps->isEmpty()) {
            const QString why =
                dumps ? QCoreApplication::translate(
                            "VerifyCommand", "no successful dump to test-restore; run `larder run %1` first")
                            .arg(job.name)
                      : dumps.error().message;
            if (m_requireDump || !dumps) {
                failed.detail = why;
                m_checks.append(failed);
                Q_EMIT log(QCoreApplication::translate("VerifyCommand", "%1: test-restore FAILED: %2")
                               .arg(job.name, why),
                           true);
                Q_EMIT checkFinished(failed);
            } else {
                Q_EMIT log(QCoreApplication::translate("VerifyCommand", "%1: %2").arg(job.name, why), false);
            }
            continue;
        }
        TestRestoreRequest request;
        request.job = job;
        request.dump = dumps->first();
        const auto counts = m_history->tableCounts(request.dump.id);
        if (counts)
            request.expectedCounts = *counts;
        else
            Q_EMIT log(
                QCoreApplication::translate("VerifyCommand", "%1: %2; restoring without comparing rows")
                    .arg(job.name, counts.error().message),
                false);
        // The keychain may spin a local event loop: cancel() during it skips this job too.
        request.password = m_passwords ? m_passwords(job.restoreServer) : std::nullopt;
        if (m_cancelled)
            break;
        request.startedUtc = QDateTime::currentDateTimeUtc();

        TestRestoreTask* restore = m_engine.createTestRestore(request, this).release();
        if (!restore) {
            failed.attemptId = request.dump.id;
            failed.detail = QCoreApplication::translate(
                                "VerifyCommand", "server %1 is a %2 server, which this build of Larder "
                                                 "cannot reach")
                                .arg(job.server.name, engineKindTitle(job.server.engine));
            m_checks.append(failed);
            Q_EMIT log(QCoreApplication::translate("VerifyCommand", "%1: test-restore FAILED: %2")
                           .arg(job.name, failed.detail),
                       true);
            Q_EMIT checkFinished(failed);
            continue;
        }
        m_restore = restore;
        connect(restore, &TestRestoreTask::finished, this, &TestRestoreQueue::onRestoreFinished);
        Q_EMIT log(
            QCoreApplication::translate("VerifyCommand", "%1 (server %2): test-restore of %3 into %4 started")
                .arg(job.name, job.restoreServer.name, request.dump.path, restore->scratchDatabase()),
            false);
        Q_EMIT checkStarted(job.name, restore->scratchDatabase());
        restore->start();
        return;
    }
    finish();
}

void TestRestoreQueue::onRestoreFinished(const RestoreCheck& done)
{
    // Called from the restore's own signal: it may only be deleted once that returns.
    m_restore->deleteLater();
    m_restore = nullptr;
    RestoreCheck check = done;
    if (auto recorded = m_history->recordRestoreCheck(check); recorded) {
        check.id = *recorded;
    } else {
        check.ok = false;
        check.detail += QStringLiteral("; ") + recorded.error().message;
        qCWarning(lcEngine) << "cannot record the test-restore of" << check.job << ":"
                            << recorded.error().message;
    }
    Q_EMIT log(check.ok ? QCoreApplication::translate("VerifyCommand", "%1: test-restore ok: %2")
                              .arg(check.job, check.detail)
                        : QCoreApplication::translate("VerifyCommand", "%1: test-restore FAILED: %2")
                              .arg(check.job, check.detail),
               !check.ok);
    m_checks.append(check);
    Q_EMIT checkFinished(check);
    next();
}

void TestRestoreQueue::finish()
{
    m_running = false;
    m_jobs.clear();
    m_history = nullptr;
    m_passwords = nullptr;
    const QList<RestoreCheck> checks = std::exchange(m_checks, {});
    Q_EMIT finished(checks);
}

} // namespace larder
