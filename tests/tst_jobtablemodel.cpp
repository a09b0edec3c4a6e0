// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// JobTableModel over a real RunService (config file, SQLite history with rows written through
// History): states, columns, sorting and filtering. No cluster: nothing is dumped.

#include "BackupFixture.h"
#include "FakePipeline.h"
#include "JobTableModel.h"
#include "RelativeTime.h"
#include "ResultAssert.h"
#include "base/Units.h"
#include "config/Schedule.h"
#include "history/History.h"
#include "live/LiveRun.h"
#include "postgres/PostgresEngine.h"
#include "run/RunService.h"
#include "status/LiveChannelServer.h"
#include "status/LiveRunFeed.h"

#include <QBrush>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>

#include <memory>

using namespace larder;

namespace {

using State = JobTableModel::State;

// Recorded sizes differ in order from their texts ("10.0 MiB" < "2.0 KiB" < "900 bytes").
constexpr qint64 kStaleBytes = 10 * 1024 * 1024;
constexpr qint64 kCurrentBytes = 2 * 1024;
constexpr qint64 kManualBytes = 900;

} // namespace

class TestJobTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void states_followTheNewestAttemptAndTheSchedule();
    void columns_showServerDatabaseScheduleAndRelativeTimes();
    void globalsJob_isMarkedNotEditable();
    void disabledJob_isGreyedAndSaysDisabled();
    void liveEvents_showQueuedAndRunningUntilTheJobEnds();
    void historyWrittenElsewhere_refreshesTheState();
    void staleAndSuspicious_sayWhyInTheirToolTips();
    void sortRole_sortsByRawValuesNotTexts();
    void filter_matchesAnyTextColumn();

private:
    void writeConfig();
    void addAttempt(const QString& job, const QDateTime& startedUtc, AttemptStatus status, qint64 bytes,
                    const QString& error = {}, const QString& warning = {});
    std::unique_ptr<RunService> makeService();
    static QVariant cell(const JobTableModel& model, const QString& job, int column,
                         int role = Qt::DisplayRole);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_history;
    QString m_slot;
    QDateTime m_now;
    std::unique_ptr<History> m_store;
};

void TestJobTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A daily slot about 12 hours away: its latest occurrence is ~12 h ago whenever the test runs,
    // so "an hour ago" is after it (idle) and "three days ago" before it (due).
    m_slot = QTime::currentTime().addSecs(12 * 3600).toString(QStringLiteral("HH:mm"));
}

void TestJobTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    m_history = m_dir->filePath(QStringLiteral("history.sqlite"));
    m_now = QDateTime::currentDateTimeUtc();
    writeConfig();

    auto store = History::open(m_history);
    QVERIFY_RESULT(store);
    m_store = std::move(*store);
    // fresh: nothing. broken: a success, then a failure. stale: a success three days ago.
    // current: a success an hour ago. manual: a success a day ago, manual schedule.
    addAttempt(QStringLiteral("broken"), m_now.addDays(-2), AttemptStatus::Success, 5000);
    addAttempt(QStringLiteral("broken"), m_now.addSecs(-1800), AttemptStatus::Failed, 0,
               QStringLiteral("pg_dump: error: connection failed\nsecond line of the error"));
    addAttempt(QStringLiteral("stale"), m_now.addDays(-3), AttemptStatus::Success, kStaleBytes);
    addAttempt(QStringLiteral("current"), m_now.addSecs(-3600), AttemptStatus::Success, kCurrentBytes);
    addAttempt(QStringLiteral("manual"), m_now.addDays(-1), AttemptStatus::Success, kManualBytes);
}

void TestJobTableModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestJobTableModel::writeConfig()
{
    // Port 1: nothing listens there, so even a run started by mistake dumps nothing.
    const QString text =
        BackupFixture::configHead(m_dir->filePath(QStringLiteral("dumps")), m_history,
                                  QStringLiteral("daily at %1").arg(m_slot), 1, QStringLiteral("backup")) +
        QStringLiteral("dump_globals = true\n"
                       "\n"
                       "[databases.fresh]\n"
                       "server = \"main\"\n"
                       "dbname = \"fresh_db\"\n"
                       "\n"
                       "[databases.broken]\n"
                       "server = \"main\"\n"
                       "\n"
                       "[databases.stale]\n"
                       "server = \"main\"\n"
                       "\n"
                       "[databases.current]\n"
                       "server = \"main\"\n"
                       "\n"
                       "[databases.manual]\n"
                       "server = \"main\"\n"
                       "schedule = \"manual\"\n");
    auto written = BackupFixture::writeFileAtomically(m_config, text.toUtf8());
    QVERIFY_RESULT(written);
}

void TestJobTableModel::addAttempt(const QString& job, const QDateTime& startedUtc, AttemptStatus status,
                                   qint64 bytes, const QString& error, const QString& warning)
{
    HistoryRecord record;
    record.job = job;
    record.server = QStringLiteral("main");
    record.database = job;
    record.startedUtc = startedUtc;
    const auto id = m_store->beginAttempt(record);
    QVERIFY_RESULT(id);
    record.id = *id;
    record.status = status;
    record.finishedUtc = startedUtc.addSecs(42);
    record.bytes = bytes;
    record.error = error;
    record.warning = warning;
    if (status == AttemptStatus::Success)
        record.path = m_dir->filePath(QStringLiteral("dumps/%1/%1.dump").arg(job));
    const auto finished = m_store->finishAttempt(record);
    QVERIFY_RESULT(finished);
}

std::unique_ptr<RunService> TestJobTableModel::makeService()
{
    auto service = std::make_unique<RunService>(m_config, std::make_unique<PostgresEngine>(),
                                                [](const ServerConfig&) { return std::optional<QString>(); });
    // Due jobs exist on purpose; nothing may start them behind the test's back.
    service->setScheduling(false);
    return service;
}

QVariant TestJobTableModel::cell(const JobTableModel& model, const QString& job, int column, int role)
{
    const int row = model.rowOf(job);
    if (row < 0)
        return {};
    return model.index(row, column).data(role);
}

void TestJobTableModel::states_followTheNewestAttemptAndTheSchedule()
{
    auto service = makeService();
    QVERIFY(service->hasConfig());
    LiveRunFeed feed(*service);
    JobTableModel model(*service, feed);
    QCOMPARE(model.rowCount(), 6); // five databases and main.globals

    const QList<QPair<QString, State>> expected = {
        {QStringLiteral("fresh"), State::NeverRun}, {QStringLiteral("broken"), State::Failed},
        {QStringLiteral("stale"), State::Stale},    {QStringLiteral("current"), State::Idle},
        {QStringLiteral("manual"), State::Idle},    {QStringLiteral("main.globals"), State::NeverRun},
    };
    for (const auto& [job, state] : expected) {
        QVERIFY2(model.rowOf(job) >= 0, qPrintable(job));
        QCOMPARE(model.state(job), state);
        QCOMPARE(cell(model, job, JobTableModel::StateColumn, JobTableModel::StateRole).toInt(), int(state));
        QCOMPARE(cell(model, job, JobTableModel::StateColumn).toString(), JobTableModel::stateName(state));
    }
    QCOMPARE(cell(model, QStringLiteral("broken"), JobTableModel::StateColumn).toString(),
             QStringLiteral("failed"));
    QCOMPARE(cell(model, QStringLiteral("fresh"), JobTableModel::StateColumn).toString(),
             QStringLiteral("never run"));
    // The failure's first line explains the state.
    QCOMPARE(cell(model, QStringLiteral("broken"), JobTableModel::StateColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("pg_dump: error: connection failed"));
}

void TestJobTableModel::columns_showServerDatabaseScheduleAndRelativeTimes()
{
    auto service = makeService();
    LiveRunFeed feed(*service);
    JobTableModel model(*service, feed);
    const QString fresh = QStringLiteral("fresh");
    const QString current = QStringLiteral("current");

    QCOMPARE(model.columnCount(), int(JobTableModel::ColumnCount));
    QCOMPARE(model.headerData(JobTableModel::LastSuccessColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last success"));
    QCOMPARE(cell(model, fresh, JobTableModel::NameColumn).toString(), fresh);
    QCOMPARE(cell(model, fresh, JobTableModel::ServerColumn).toString(), QStringLiteral("main"));
    QCOMPARE(cell(model, fresh, JobTableModel::DatabaseColumn).toString(), QStringLiteral("fresh_db"));
    QCOMPARE(cell(model, current, JobTableModel::DatabaseColumn).toString(), current);
    const auto daily = Schedule::parse(QStringLiteral("daily at ") + m_slot);
    QVERIFY(daily);
    QCOMPARE(cell(model, fresh, JobTableModel::ScheduleColumn).toString(), daily->describe());
    QCOMPARE(cell(model, QStringLiteral("manual"), JobTableModel::ScheduleColumn).toString(),
             Schedule::parse(QStringLiteral("manual"))->describe());

    // Last success: relative, the exact local time in the tooltip; never for a job without one.
    QCOMPARE(cell(model, current, JobTableModel::LastSuccessColumn).toString(), QStringLiteral("1 h ago"));
    QCOMPARE(cell(model, current, JobTableModel::LastSuccessColumn, Qt::ToolTipRole).toString(),
             m_now.addSecs(-3600).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(cell(model, fresh, JobTableModel::LastSuccessColumn).toString(), QStringLiteral("never"));
    QCOMPARE(cell(model, current, JobTableModel::LastSizeColumn).toString(), Units::bytes(kCurrentBytes));
    QCOMPARE(cell(model, fresh, JobTableModel::LastSizeColumn).toString(), QString());
    // The failed job keeps its last success: 2 days ago, with its size.
    QCOMPARE(cell(model, QStringLiteral("broken"), JobTableModel::LastSizeColumn).toString(),
             Units::bytes(5000));

    // Next due: "now" when due, "in ..." before the next slot, "manual" without slots.
    QCOMPARE(cell(model, QStringLiteral("stale"), JobTableModel::NextDueColumn).toString(),
             QStringLiteral("now"));
    const QString next = cell(model, current, JobTableModel::NextDueColumn).toString();
    QVERIFY2(next.startsWith(QLatin1String("in ")), qPrintable(next));
    QVERIFY2(next.contains(QLatin1String(" h ")), qPrintable(next)); // about 12 hours away
    QVERIFY(!cell(model, current, JobTableModel::NextDueColumn, Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(cell(model, QStringLiteral("manual"), JobTableModel::NextDueColumn).toString(),
             QStringLiteral("manual"));
}

void TestJobTableModel::globalsJob_isMarkedNotEditable()
{
    auto service = makeService();
    LiveRunFeed feed(*service);
    JobTableModel model(*service, feed);
    const QString globals = QStringLiteral("main.globals");
    QCOMPARE(cell(model, globals, 0, JobTableModel::EditableRole).toBool(), false);
    QCOMPARE(cell(model, globals, JobTableModel::NameColumn, Qt::FontRole).value<QFont>().italic(), true);
    QVERIFY(cell(model, globals, JobTableModel::NameColumn, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("dump_globals")));
    QCOMPARE(cell(model, QStringLiteral("stale"), 0, JobTableModel::EditableRole).toBool(), true);
    QCOMPARE(
        cell(model, QStringLiteral("stale"), JobTableModel::NameColumn, Qt::FontRole).value<QFont>().italic(),
        false);
}

void TestJobTableModel::disabledJob_isGreyedAndSaysDisabled()
{
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll() + "\n[databases.paused]\nserver = \"main\"\nenabled = false\n";
    file.close();
    auto written = BackupFixture::writeFileAtomically(m_config, text);
    QVERIFY_RESULT(written);

    auto service = makeService();
    QVERIFY(service->hasConfig());
    LiveRunFeed feed(*service);
    JobTableModel model(*service, feed);
    const QString paused = QStringLiteral("paused");
    QVERIFY(model.rowOf(paused) >= 0);
    const QColor grey = QPalette().color(QPalette::Disabled, QPalette::Text);
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        QCOMPARE(cell(model, paused, column, Qt::ForegroundRole).value<QBrush>().color(), grey);
        QVERIFY(!cell(model, QStringLiteral("fresh"), column, Qt::ForegroundRole).isValid());
    }
    QCOMPARE(cell(model, paused, JobTableModel::StateColumn).toString(), QStringLiteral("disabled"));
    QVERIFY2(cell(model, paused, JobTableModel::StateColumn, Qt::ToolTipRole)
                 .toString()
                 .contains(QLatin1String("enabled = false")),
             qPrintable(cell(model, paused, JobTableModel::StateColumn, Qt::ToolTipRole).toString()));
}

void TestJobTableModel::liveEvents_showQueuedAndRunningUntilTheJobEnds()
{
    auto service = makeService();
    LiveRunFeed feed(*service);
    JobTableModel model(*service, feed);
    const QString job = QStringLiteral("stale");
    QCOMPARE(model.state(job), State::Stale);

    // A run in another process (as cron's), published on the real status channel of the service's
    // history; its events are driven here, as its coordinator would send them.
    FakePipeline pipeline;
    LiveRun live(service->configPath(), 1, {});
    live.follow(pipeline);
    LiveChannelServer channel(live, service->config().historyPath);
    QVERIFY_RESULT(channel.listen());

    JobEvent event;
    event.job = job;
    event.server = QStringLiteral("main");
    event.state = JobState::Queued;
    event.detail = QStringLiteral("waiting: server main is at its limit of 1 dump at once");
    Q_EMIT pipeline.jobChanged(event);
    QTRY_COMPARE(model.state(job), State::Queued);
    QCOMPARE(cell(model, job, JobTableModel::StateColumn).toString(), QStringLiteral("queued"));

    event.state = JobState::Running;
    event.startedUtc = QDateTime::currentDateTimeUtc();
    Q_EMIT pipeline.jobChanged(event);
    QTRY_COMPARE(model.state(job), State::Running);
    QCOMPARE(cell(model, job, JobTableModel::StateColumn).toString(), QStringLiteral("running"));

    // The end hands the state back to history, which (here) still says stale.
    event.state = JobState::Cancelled;
    Q_EMIT pipeline.jobChanged(event);
    channel.finish();
    QTRY_COMPARE(model.state(job), State::Stale);
}

void TestJobTableModel::historyWrittenElsewhere_refreshesTheState()
{
    auto service = makeService();
    LiveRunFeed feed(*service);
    JobTableModel model(*service, feed);
    const QString job = QStringLiteral("current");
    QCOMPARE(model.state(job), State::Idle);
    // Another process (cron) records a failure: the service notices the file, the model follows.
    addAttempt(job, QDateTime::currentDateTimeUtc(), AttemptStatus::Failed, 0, QStringLiteral("disk full"));
    QTRY_COMPARE_WITH_TIMEOUT(model.state(job), State::Failed, 15'000);
    QCOMPARE(cell(model, job, JobTableModel::StateColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("disk full"));
}

void TestJobTableModel::staleAndSuspicious_sayWhyInTheirToolTips()
{
    // stale: its newest success is three days old, beyond the default limit of a daily job
    // (core's Freshness, as `larder check --fresh` judges it).
    addAttempt(QStringLiteral("current"), m_now.addSecs(-60), AttemptStatus::Success, 1024, {},
               QStringLiteral("1 KiB is less than half the median of the last 5 dumps"));
    auto service = makeService();
    LiveRunFeed feed(*service);
    JobTableModel model(*service, feed);
    QCOMPARE(model.state(QStringLiteral("stale")), State::Stale);
    QCOMPARE(cell(model, QStringLiteral("stale"), JobTableModel::StateColumn).toString(),
             QStringLiteral("stale"));
    const QString why =
        cell(model, QStringLiteral("stale"), JobTableModel::StateColumn, Qt::ToolTipRole).toString();
    QVERIFY2(why.contains(QLatin1String("older than")), qPrintable(why));
    QVERIFY(
        cell(model, QStringLiteral("stale"), JobTableModel::StateColumn, Qt::FontRole).value<QFont>().bold());

    QCOMPARE(model.state(QStringLiteral("current")), State::Suspicious);
    QCOMPARE(cell(model, QStringLiteral("current"), JobTableModel::StateColumn).toString(),
             QStringLiteral("suspicious"));
    QCOMPARE(cell(model, QStringLiteral("current"), JobTableModel::StateColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("1 KiB is less than half the median of the last 5 dumps"));
    // Failures need more attention than either, and sort after them.
    QVERIFY(int(State::Failed) > int(State::Stale) && int(State::Stale) > int(State::Suspicious));
}

void TestJobTableModel::sortRole_sortsByRawValuesNotTexts()
{
    auto service = makeService();
    LiveRunFeed feed(*service);
    JobTableModel model(*service, feed);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(JobTableModel::SortRole);
    const auto column = [&proxy](int col) {
        QStringList jobs;
        for (int row = 0; row < proxy.rowCount(); ++row)
            jobs << proxy.index(row, col).data(JobTableModel::JobNameRole).toString();
        return jobs;
    };

    // Sizes: numeric order; jobs without a success (no size) first.
    proxy.sort(JobTableModel::LastSizeColumn, Qt::AscendingOrder);
    QStringList bySize = column(JobTableModel::LastSizeColumn);
    QCOMPARE(bySize.mid(2), (QStringList{QStringLiteral("manual"), QStringLiteral("current"),
                                         QStringLiteral("broken"), QStringLiteral("stale")}));
    QCOMPARE(QSet<QString>(bySize.cbegin(), bySize.cbegin() + 2),
             (QSet<QString>{QStringLiteral("fresh"), QStringLiteral("main.globals")}));

    // Last success: by time, newest first when descending, "never" last.
    proxy.sort(JobTableModel::LastSuccessColumn, Qt::DescendingOrder);
    const QStringList bySuccess = column(JobTableModel::LastSuccessColumn);
    QCOMPARE(bySuccess.mid(0, 4), (QStringList{QStringLiteral("current"), QStringLiteral("manual"),
                                               QStringLiteral("broken"), QStringLiteral("stale")}));

    // Next due: due now first, manual last.
    proxy.sort(JobTableModel::NextDueColumn, Qt::AscendingOrder);
    const QStringList byNext = column(JobTableModel::NextDueColumn);
    QCOMPARE(byNext.last(), QStringLiteral("manual"));
    QVERIFY(byNext.indexOf(QStringLiteral("stale")) < byNext.indexOf(QStringLiteral("current")));

    // State: failed needs the most attention, so it sorts last ascending; the window sorts
    // descending, failed and then stale first.
    proxy.sort(JobTableModel::StateColumn, Qt::AscendingOrder);
    QCOMPARE(column(JobTableModel::StateColumn).last(), QStringLiteral("broken"));
    proxy.sort(JobTableModel::StateColumn, Qt::DescendingOrder);
    QCOMPARE(column(JobTableModel::StateColumn).mid(0, 2),
             (QStringList{QStringLiteral("broken"), QStringLiteral("stale")}));

    // Each state's word comes with its picture (StateIcons: never colour alone).
    const QPalette palette = QGuiApplication::palette();
    for (const auto& [job, look] : {std::pair{QStringLiteral("broken"), StateIcons::Look::Failed},
                                    std::pair{QStringLiteral("stale"), StateIcons::Look::Warning},
                                    std::pair{QStringLiteral("fresh"), StateIcons::Look::NeverRun}}) {
        const QIcon icon = cell(model, job, JobTableModel::StateColumn, Qt::DecorationRole).value<QIcon>();
        QVERIFY2(!icon.isNull(), qPrintable(job));
        QCOMPARE(icon.pixmap(16).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 StateIcons::image(look, palette, 16));
    }
    QVERIFY(cell(model, QStringLiteral("broken"), JobTableModel::NameColumn, Qt::DecorationRole).isNull());
}

void TestJobTableModel::filter_matchesAnyTextColumn()
{
    auto service = makeService();
    LiveRunFeed feed(*service);
    JobTableModel model(*service, feed);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    const auto visible = [&proxy] {
        QStringList jobs;
        for (int row = 0; row < proxy.rowCount(); ++row)
            jobs << proxy.index(row, 0).data(JobTableModel::JobNameRole).toString();
        jobs.sort();
        return jobs;
    };

    proxy.setFilterFixedString(QStringLiteral("STALE")); // the name, any case
    QCOMPARE(visible(), QStringList{QStringLiteral("stale")});
    proxy.setFilterFixedString(QStringLiteral("fresh_db")); // the database column
    QCOMPARE(visible(), QStringList{QStringLiteral("fresh")});
    proxy.setFilterFixedString(QStringLiteral("failed")); // the state column
    QCOMPARE(visible(), QStringList{QStringLiteral("broken")});
    proxy.setFilterFixedString(QStringLiteral("never run"));
    QCOMPARE(visible(), (QStringList{QStringLiteral("fresh"), QStringLiteral("main.globals")}));
    proxy.setFilterFixedString(QStringLiteral("main")); // the server column: every job
    QCOMPARE(proxy.rowCount(), model.rowCount());
    proxy.setFilterFixedString(QStringLiteral("no such job"));
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
