// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// FinishedModel and ActivityView over a real LiveRunFeed: a run in another process (as cron's) is
// published on the real status channel of the service's history, its events driven here as its
// coordinator would send them. A success with a warning (a suspiciously small dump, a failed
// after_dump hook) is shown as a warning, not as a plain success.

#include "ActivityView.h"
#include "FakePipeline.h"
#include "FinishedModel.h"
#include "ResultAssert.h"
#include "StateColours.h"
#include "live/LiveRun.h"
#include "postgres/PostgresEngine.h"
#include "run/RunService.h"
#include "status/LiveChannelServer.h"
#include "status/LiveRunFeed.h"

#include <QApplication>
#include <QBrush>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace larder;

namespace {

const QString kWarning = QStringLiteral("dump is 120 bytes, 4 % of the median of the last 5 (3.0 KiB)\nmore");

} // namespace

class tst_FinishedModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void endedJobs_warningShownAsWarning_failureAsFailure_rowsStayUntilNextRun();
    void resultText_saysWarningInWords();

private:
    std::unique_ptr<RunService> makeService();
    // Running, then ended as `state`, through the fake coordinator.
    static void finish(FakePipeline& pipeline, const QString& job, JobState state, const QString& warning,
                       const QString& error);
    QColor foreground(const FinishedModel& model, int row) const;

    QTemporaryDir m_dir;
    QString m_config;
};

void tst_FinishedModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_FinishedModel::init()
{
    m_config = m_dir.filePath(QStringLiteral("%1.toml").arg(QTest::currentTestFunction()));
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("[defaults]\n"
                              "dump_dir = \"%1/dumps\"\n"
                              "history = \"%1/%2.sqlite\"\n"
                              "schedule = \"manual\"\n"
                              "\n"
                              "[servers.main]\nhost = \"127.0.0.1\"\n"
                              "\n"
                              "[databases.small]\nserver = \"main\"\n"
                              "[databases.plain]\nserver = \"main\"\n"
                              "[databases.broken]\nserver = \"main\"\n")
                   .arg(m_dir.path(), QString::fromLatin1(QTest::currentTestFunction()))
                   .toUtf8());
}

std::unique_ptr<RunService> tst_FinishedModel::makeService()
{
    auto service = std::make_unique<RunService>(m_config, std::make_unique<PostgresEngine>(),
                                                [](const ServerConfig&) { return std::optional<QString>(); });
    service->setScheduling(false);
    return service;
}

void tst_FinishedModel::finish(FakePipeline& pipeline, const QString& job, JobState state,
                               const QString& warning, const QString& error)
{
    JobEvent event;
    event.job = job;
    event.server = QStringLiteral("main");
    event.state = JobState::Running;
    event.startedUtc = QDateTime::currentDateTimeUtc();
    Q_EMIT pipeline.jobChanged(event);
    event.state = state;
    event.warning = warning;
    event.detail = error;
    event.elapsedMs = 1500;
    if (state == JobState::Succeeded) {
        event.outcome.path = QStringLiteral("/srv/dumps/%1/%1.dump").arg(job);
        event.outcome.bytes = 120;
    }
    Q_EMIT pipeline.jobChanged(event);
}

QColor tst_FinishedModel::foreground(const FinishedModel& model, int row) const
{
    return model.index(row, FinishedModel::ResultColumn).data(Qt::ForegroundRole).value<QBrush>().color();
}

void tst_FinishedModel::endedJobs_warningShownAsWarning_failureAsFailure_rowsStayUntilNextRun()
{
    auto service = makeService();
    QVERIFY(service->hasConfig());
    LiveRunFeed feed(*service);
    FinishedModel model(feed);
    ActivityView activity(feed);
    QCOMPARE(model.rowCount(), 0);

    auto pipeline = std::make_unique<FakePipeline>();
    auto live = std::make_unique<LiveRun>(service->configPath(), 1, LiveRun::EstimateLookup{});
    live->follow(*pipeline);
    auto channel = std::make_unique<LiveChannelServer>(*live, service->config().historyPath);
    QVERIFY_RESULT(channel->listen());

    const QString small = QStringLiteral("small");
    finish(*pipeline, small, JobState::Succeeded, kWarning, QString());
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, FinishedModel::JobColumn).data().toString(), small);
    QCOMPARE(model.index(0, FinishedModel::ResultColumn).data().toString(),
             QStringLiteral("succeeded, warning"));
    QCOMPARE(model.index(0, FinishedModel::DetailColumn).data().toString(),
             kWarning.section(QLatin1Char('\n'), 0, 0));
    QCOMPARE(model.index(0, FinishedModel::JobColumn).data(FinishedModel::WarningRole).toString(), kWarning);
    QVERIFY2(model.index(0, FinishedModel::JobColumn).data(Qt::ToolTipRole).toString().contains(kWarning),
             qPrintable(model.index(0, FinishedModel::JobColumn).data(Qt::ToolTipRole).toString()));
    const QPalette palette = QGuiApplication::palette();
    QCOMPARE(foreground(model, 0), StateColours::warning(palette));
    QCOMPARE(model.warnings(), 1);
    // The job's activity ends with how it ended, warning and all.
    QTRY_COMPARE(activity.lines(small).value(activity.lines(small).size() - 1),
                 QStringLiteral("--- succeeded with a warning: %1 ---")
                     .arg(kWarning.section(QLatin1Char('\n'), 0, 0)));

    finish(*pipeline, QStringLiteral("plain"), JobState::Succeeded, QString(), QString());
    finish(*pipeline, QStringLiteral("broken"), JobState::Failed, QString(),
           QStringLiteral("pg_dump: error: connection failed\ndetail"));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, FinishedModel::ResultColumn).data().toString(), QStringLiteral("succeeded"));
    QVERIFY(!model.index(1, FinishedModel::ResultColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, FinishedModel::DetailColumn).data().toString(),
             QStringLiteral("/srv/dumps/plain/plain.dump"));
    QCOMPARE(model.index(2, FinishedModel::ResultColumn).data().toString(), QStringLiteral("failed"));
    QCOMPARE(foreground(model, 2), StateColours::failure(palette));
    QCOMPARE(model.index(2, FinishedModel::DetailColumn).data().toString(),
             QStringLiteral("pg_dump: error: connection failed"));
    QCOMPARE(model.warnings(), 1);
    QTRY_COMPARE(
        activity.lines(QStringLiteral("plain")).value(activity.lines(QStringLiteral("plain")).size() - 1),
        QStringLiteral("--- succeeded: 120 bytes ---"));
    QTRY_COMPARE(
        activity.lines(QStringLiteral("broken")).value(activity.lines(QStringLiteral("broken")).size() - 1),
        QStringLiteral("--- failed: pg_dump: error: connection failed ---"));
    // Each ending is told once, however often the state changes afterwards.
    QCOMPARE(activity.lines(small).count(QStringLiteral("--- succeeded with a warning: %1 ---")
                                             .arg(kWarning.section(QLatin1Char('\n'), 0, 0))),
             1);

    // The run's process goes away: the feed goes blank, the ended jobs stay to be read.
    channel->finish();
    channel.reset();
    QTRY_VERIFY(feed.state().finished.isEmpty());
    QCOMPARE(model.rowCount(), 3);

    // The next run starts afresh.
    auto nextPipeline = std::make_unique<FakePipeline>();
    LiveRun nextLive(service->configPath(), 1, LiveRun::EstimateLookup{});
    nextLive.follow(*nextPipeline);
    LiveChannelServer nextChannel(nextLive, service->config().historyPath);
    QVERIFY_RESULT(nextChannel.listen());
    JobEvent running;
    running.job = QStringLiteral("plain");
    running.server = QStringLiteral("main");
    running.state = JobState::Running;
    running.startedUtc = QDateTime::currentDateTimeUtc();
    Q_EMIT nextPipeline->jobChanged(running);
    QTRY_COMPARE(model.rowCount(), 0);
    nextChannel.finish();
}

void tst_FinishedModel::resultText_saysWarningInWords()
{
    LiveFinished job;
    job.state = JobState::Succeeded;
    QCOMPARE(FinishedModel::resultText(job), QStringLiteral("succeeded"));
    job.warning = QStringLiteral("after_dump failed: exit code 3");
    QCOMPARE(FinishedModel::resultText(job), QStringLiteral("succeeded, warning"));
    job.state = JobState::Cancelled;
    QCOMPARE(FinishedModel::resultText(job), QStringLiteral("cancelled"));
    job.state = JobState::Failed;
    QCOMPARE(FinishedModel::resultText(job), QStringLiteral("failed"));
}

QTEST_MAIN(tst_FinishedModel)
#include "tst_finishedmodel.moc"
