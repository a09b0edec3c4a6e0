// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "BackupFixture.h"
#include "EngineDumps.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "ScratchHistory.h"
#include "TableLock.h"
#include "engine/DumpTask.h"
#include "history/History.h"
#include "postgres/PgConnection.h"
#include "postgres/PostgresEngine.h"
#include "run/RunCoordinator.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace larder;

namespace {

const QString kDb = QStringLiteral("stalldb");
const QString kRole = QStringLiteral("dumper");
const QString kPassword = QStringLiteral("dumper-secret");
const QString kLocker = QStringLiteral("tst-stall-locker");
const QString kWatchApp = QStringLiteral("larder-stall-watch");
// Short, so that a test need not wait the 5 s a run waits before it asks.
constexpr int kStallAfterMs = 300;
constexpr int kWaitMs = 60'000;

// What a task said through stalled(), in order, and how it ended.
struct StallLog
{
    QStringList words;
    std::optional<DumpOutcome> outcome;
    QString last() const { return words.value(words.size() - 1); }
};

} // namespace

// A dump held by a table lock says who holds it, in the words every view shows, and the history
// row of one that times out keeps them. Real cluster, real pg_dump, the real PostgresEngine.
class TestDumpStall final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lockedDumps_sayWhoHoldsTheLockAndShareOneConnection();
    void hiddenBlocker_saysNoPermissionOnce();
    void timedOutWhileLocked_historyRowHasTheWords();

private:
    JobConfig superuserJob(const QString& name) const;
    JobConfig roleJob(const QString& name) const;
    std::unique_ptr<DumpTask> startDump(const JobConfig& job, StallLog& log,
                                        std::optional<QString> password = std::nullopt);
    qint64 lockerPid() const;
    int sessionsNamed(const QString& applicationName) const;

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    PostgresEngine m_engine;
};

void TestDumpStall::initTestCase()
{
    BackupFixture::isolateFromPgEnvironment();
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
        *m_cluster, kRole, kPassword,
        {{kDb, BackupFixture::filledTableSql(QStringLiteral("orders"), 1000)}}));
    m_engine.setStallAfter(kStallAfterMs);
}

void TestDumpStall::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDumpStall::cleanup()
{
    (void)m_cluster->execute(QStringLiteral("postgres"),
                             QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                            "application_name LIKE 'larder%' OR application_name = '%1'")
                                 .arg(kLocker));
    m_dir.reset();
}

JobConfig TestDumpStall::superuserJob(const QString& name) const
{
    return EngineDumps::superuserJob(*m_cluster, name, kDb, DumpFormat::Custom, 0, m_dir->path());
}

JobConfig TestDumpStall::roleJob(const QString& name) const
{
    JobConfig job = superuserJob(name);
    job.server.host = m_cluster->host(); // over TCP, with the role's password
    job.server.user = kRole;
    return job;
}

std::unique_ptr<DumpTask> TestDumpStall::startDump(const JobConfig& job, StallLog& log,
                                                   std::optional<QString> password)
{
    DumpRequest request;
    request.job = job;
    request.password = std::move(password);
    std::unique_ptr<DumpTask> task = m_engine.createDump(request, nullptr);
    connect(task.get(), &DumpTask::stalled, this, [&log](const QString& why) { log.words.append(why); });
    connect(task.get(), &DumpTask::finished, this,
            [&log](const DumpOutcome& outcome) { log.outcome = outcome; });
    task->start();
    return task;
}

qint64 TestDumpStall::lockerPid() const
{
    const auto pid = m_cluster->query(
        QStringLiteral("postgres"),
        QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = '%1'").arg(kLocker));
    return pid ? pid->trimmed().toLongLong() : -1;
}

int TestDumpStall::sessionsNamed(const QString& applicationName) const
{
    const auto count =
        m_cluster->query(QStringLiteral("postgres"),
                         QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = '%1'")
                             .arg(applicationName));
    return count ? count->trimmed().toInt() : -1;
}

void TestDumpStall::lockedDumps_sayWhoHoldsTheLockAndShareOneConnection()
{
    TableLock lock(*m_cluster, kDb, QStringLiteral("public.orders"), kLocker);
    QTRY_VERIFY2_WITH_TIMEOUT(lock.isHeld(), qPrintable(lock.output()), kWaitMs);
    const QString held =
        QStringLiteral("waiting for a lock on public.orders held by pid %1 (active for ").arg(lockerPid());

    StallLog shopLog;
    StallLog blogLog;
    const std::unique_ptr<DumpTask> shop = startDump(superuserJob(QStringLiteral("shop")), shopLog);
    const std::unique_ptr<DumpTask> blog = startDump(superuserJob(QStringLiteral("blog")), blogLog);
    QTRY_VERIFY2_WITH_TIMEOUT(shopLog.last().startsWith(held), qPrintable(shopLog.last()), kWaitMs);
    QVERIFY2(shopLog.last().endsWith(QStringLiteral(", user postgres)")), qPrintable(shopLog.last()));
    QTRY_VERIFY2_WITH_TIMEOUT(blogLog.last().startsWith(held), qPrintable(blogLog.last()), kWaitMs);

    // The server knows each dump by its job; both ask through one connection.
    QCOMPARE(sessionsNamed(PgConnection::applicationNameOf(QStringLiteral("shop"))), 1);
    QCOMPARE(sessionsNamed(QStringLiteral("larder:blog")), 1);
    QCOMPARE(sessionsNamed(kWatchApp), 1);

    // The lock goes: the dumps write, the words clear, and so does the connection that asked.
    lock.release();
    QTRY_COMPARE_WITH_TIMEOUT(shopLog.last(), QString(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(shopLog.outcome && blogLog.outcome, kWaitMs);
    QVERIFY2(shopLog.outcome->status == AttemptStatus::Success, qPrintable(shopLog.outcome->error));
    QVERIFY2(blogLog.outcome->status == AttemptStatus::Success, qPrintable(blogLog.outcome->error));
    QTRY_COMPARE_WITH_TIMEOUT(sessionsNamed(kWatchApp), 0, kWaitMs);
}

void TestDumpStall::hiddenBlocker_saysNoPermissionOnce()
{
    TableLock lock(*m_cluster, kDb, QStringLiteral("public.orders"), kLocker);
    QTRY_VERIFY2_WITH_TIMEOUT(lock.isHeld(), qPrintable(lock.output()), kWaitMs);

    // The role sees its own session and the lock, not what the superuser's session does.
    StallLog log;
    const std::unique_ptr<DumpTask> task = startDump(roleJob(QStringLiteral("hidden")), log, kPassword);
    const QString hidden =
        QStringLiteral("waiting for a lock on public.orders held by pid %1 (no permission to "
                       "see what that session does: grant larder's role pg_read_all_stats "
                       "to see it)")
            .arg(lockerPid());
    QTRY_COMPARE_WITH_TIMEOUT(log.last(), hidden, kWaitMs);
    // It keeps asking while stalled, and says it once.
    QTest::qWait(4 * kStallAfterMs);
    QCOMPARE(log.words.count(hidden), 1);
    QCOMPARE(log.last(), hidden);
    task->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(log.outcome, kWaitMs);
    QCOMPARE(log.outcome->status, AttemptStatus::Cancelled);
}

void TestDumpStall::timedOutWhileLocked_historyRowHasTheWords()
{
    TableLock lock(*m_cluster, kDb, QStringLiteral("public.orders"), kLocker);
    QTRY_VERIFY2_WITH_TIMEOUT(lock.isHeld(), qPrintable(lock.output()), kWaitMs);
    ScratchHistory scratch;
    QVERIFY_RESULT(scratch.open());

    JobConfig job = superuserJob(QStringLiteral("late"));
    job.timeoutSeconds = 3;
    RunCoordinator coordinator(m_engine, scratch.history(), {});
    QStringList said;
    connect(
        &coordinator, &RunCoordinator::jobStalled, this,
        [&said](const QString& name, const QString& why) { said.append(name + QStringLiteral(": ") + why); });
    bool finished = false;
    connect(&coordinator, &RunCoordinator::runFinished, this, [&finished] { finished = true; });
    coordinator.start({job}, Trigger::Manual, 1);
    QTRY_VERIFY_WITH_TIMEOUT(finished, kWaitMs);

    const QString words =
        QStringLiteral("waiting for a lock on public.orders held by pid %1").arg(lockerPid());
    QVERIFY2(!said.isEmpty() && said.first().startsWith(QStringLiteral("late: ") + words),
             qPrintable(said.join(QLatin1Char('\n'))));
    const auto attempts = scratch.history().attempts(job.name, 1);
    QVERIFY_RESULT(attempts);
    QCOMPARE(attempts->size(), 1);
    const HistoryRecord& row = attempts->first();
    QCOMPARE(row.status, AttemptStatus::Failed);
    QVERIFY2(row.error.contains(QStringLiteral("timed out after 3 s")), qPrintable(row.error));
    QVERIFY2(row.error.contains(QStringLiteral("; when stopped, it was ") + words +
                                QStringLiteral(" (active for ")),
             qPrintable(row.error));
}

QTEST_GUILESS_MAIN(TestDumpStall)
#include "tst_dumpstall.moc"
