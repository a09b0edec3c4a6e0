// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The History tab's model over a real RunService and a real SQLite history (issue 18, scale): the
// newest page first, older pages on demand (canFetchMore / fetchMore) in order without gaps or
// duplicates, a reload after a new attempt that keeps the depth already read, and fetchUntil's bound.
// No cluster: nothing is dumped.

#include "BackupFixture.h"
#include "HistoryModel.h"
#include "ResultAssert.h"
#include "history/History.h"
#include "postgres/PostgresEngine.h"
#include "run/RunService.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace larder;

class TestHistoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstPage_isTheNewestAndMoreCanBeFetched();
    void fetchMore_appendsOlderPagesInOrderUntilTheEnd();
    void fetchMore_exactlyOnePage_addsNothingAndEnds();
    void reload_afterANewAttempt_keepsTheDepthRead();
    void setJob_anotherJob_startsAtItsFirstPage();
    void fetchUntil_readsDownToTheAttemptButNoFurtherThanTheBound();

private:
    // count attempts of job, a minute apart, recorded oldest first; returns their ids newest first.
    QList<qint64> addAttempts(const QString& job, int count, const QDateTime& newestUtc);
    std::unique_ptr<RunService> makeService() const;
    static QList<qint64> idsOf(const QList<HistoryRecord>& records);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_store;
    QString m_config;
    QDateTime m_now;
};

void TestHistoryModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    const QString history = m_dir->filePath(QStringLiteral("history.sqlite"));
    m_now = QDateTime::currentDateTimeUtc();
    // Port 1: nothing listens there, so even a run started by mistake dumps nothing.
    const QString text =
        BackupFixture::defaultsSection(m_dir->filePath(QStringLiteral("dumps")), history,
                                       QStringLiteral("manual")) +
        QStringLiteral("\n[servers.alpha]\nhost = \"127.0.0.1\"\nport = 1\nuser = \"backup\"\n"
                       "\n[databases.a1]\nserver = \"alpha\"\n"
                       "\n[databases.a2]\nserver = \"alpha\"\n");
    QVERIFY_RESULT(BackupFixture::writeFileAtomically(m_config, text.toUtf8()));
    auto store = History::open(history);
    QVERIFY_RESULT(store);
    m_store = std::move(*store);
}

void TestHistoryModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QList<qint64> TestHistoryModel::addAttempts(const QString& job, int count, const QDateTime& newestUtc)
{
    QList<qint64> ids;
    for (int i = count - 1; i >= 0; --i) {
        HistoryRecord record;
        record.job = job;
        record.server = QStringLiteral("alpha");
        record.database = job;
        record.startedUtc = newestUtc.addSecs(-60 * i);
        const auto id = m_store->beginAttempt(record);
        if (!id)
            return {};
        record.id = *id;
        // Failures: the retention dry run has no dumps to look at, so no file is needed.
        record.status = AttemptStatus::Failed;
        record.finishedUtc = record.startedUtc.addSecs(5);
        record.error = QStringLiteral("connection refused");
        if (!m_store->finishAttempt(record))
            return {};
        ids.prepend(*id);
    }
    return ids;
}

std::unique_ptr<RunService> TestHistoryModel::makeService() const
{
    auto service = std::make_unique<RunService>(m_config, std::make_unique<PostgresEngine>(),
                                                [](const ServerConfig&) { return std::optional<QString>(); });
    service->setScheduling(false);
    return service;
}

QList<qint64> TestHistoryModel::idsOf(const QList<HistoryRecord>& records)
{
    QList<qint64> ids;
    for (const HistoryRecord& record : records)
        ids.append(record.id);
    return ids;
}

void TestHistoryModel::firstPage_isTheNewestAndMoreCanBeFetched()
{
    const QList<qint64> ids =
        addAttempts(QStringLiteral("a1"), HistoryModel::kPageSize + 1, m_now.addDays(-1));
    QCOMPARE(ids.size(), HistoryModel::kPageSize + 1);
    auto service = makeService();
    HistoryModel model(*service);
    QVERIFY(!model.canFetchMore({})); // no job yet
    model.setJob(QStringLiteral("a1"));
    QVERIFY2(model.loadError().isEmpty(), qPrintable(model.loadError()));
    QCOMPARE(model.rowCount(), HistoryModel::kPageSize);
    QCOMPARE(idsOf(model.records()), ids.mid(0, HistoryModel::kPageSize));
    QVERIFY(model.canFetchMore({}));
    // A table has no children: nothing to fetch below a row.
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
}

void TestHistoryModel::fetchMore_appendsOlderPagesInOrderUntilTheEnd()
{
    constexpr int kRows = 2 * HistoryModel::kPageSize + 37;
    const QList<qint64> ids = addAttempts(QStringLiteral("a1"), kRows, m_now.addDays(-1));
    QCOMPARE(ids.size(), kRows);
    // Another job's attempts interleaved in time must not show up.
    QCOMPARE(addAttempts(QStringLiteral("a2"), 50, m_now.addDays(-1).addSecs(30)).size(), 50);
    auto service = makeService();
    HistoryModel model(*service);
    model.setJob(QStringLiteral("a1"));
    QCOMPARE(model.rowCount(), HistoryModel::kPageSize);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * HistoryModel::kPageSize);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), HistoryModel::kPageSize);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2 * HistoryModel::kPageSize - 1);
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2 * HistoryModel::kPageSize);
    QCOMPARE(inserted.at(1).at(2).toInt(), kRows - 1);
    QVERIFY(!model.canFetchMore({}));
    // Every attempt once, newest first: no gap, no duplicate at the page seams.
    QCOMPARE(idsOf(model.records()), ids);
    QCOMPARE(model.rowOf(ids.last()), kRows - 1);
    QCOMPARE(model.index(kRows - 1, 0).data(HistoryModel::AttemptIdRole).toLongLong(), ids.last());

    model.fetchMore({}); // at the end: nothing
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestHistoryModel::fetchMore_exactlyOnePage_addsNothingAndEnds()
{
    const QList<qint64> ids = addAttempts(QStringLiteral("a1"), HistoryModel::kPageSize, m_now.addDays(-1));
    QCOMPARE(ids.size(), HistoryModel::kPageSize);
    auto service = makeService();
    HistoryModel model(*service);
    model.setJob(QStringLiteral("a1"));
    QCOMPARE(model.rowCount(), HistoryModel::kPageSize);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // A full page may have more behind it; one read finds there is none.
    model.fetchMore({});
    QCOMPARE(model.rowCount(), HistoryModel::kPageSize);
    QCOMPARE(inserted.size(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(idsOf(model.records()), ids);
}

void TestHistoryModel::reload_afterANewAttempt_keepsTheDepthRead()
{
    constexpr int kRows = 3 * HistoryModel::kPageSize + 5;
    const QList<qint64> ids = addAttempts(QStringLiteral("a1"), kRows, m_now.addDays(-1));
    QCOMPARE(ids.size(), kRows);
    auto service = makeService();
    HistoryModel model(*service);
    model.setJob(QStringLiteral("a1"));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * HistoryModel::kPageSize);

    // Written by another connection, as cron would: the service notices the file and says so.
    QSignalSpy changed(service.get(), &RunService::historyChanged);
    const QList<qint64> added = addAttempts(QStringLiteral("a1"), 1, m_now.addSecs(-60));
    QCOMPARE(added.size(), 1);
    QTRY_VERIFY(changed.size() > 0);
    QTRY_COMPARE(model.index(0, 0).data(HistoryModel::AttemptIdRole).toLongLong(), added.first());
    // As deep as before, not back to one page: the new one on top, one old one fewer at the bottom.
    QCOMPARE(model.rowCount(), 2 * HistoryModel::kPageSize);
    QCOMPARE(idsOf(model.records()), added + ids.mid(0, 2 * HistoryModel::kPageSize - 1));
    QVERIFY(model.canFetchMore({}));
    // Paging on from there still meets every row once.
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(idsOf(model.records()), added + ids);
}

void TestHistoryModel::setJob_anotherJob_startsAtItsFirstPage()
{
    QCOMPARE(addAttempts(QStringLiteral("a1"), 2 * HistoryModel::kPageSize + 1, m_now.addDays(-1)).size(),
             2 * HistoryModel::kPageSize + 1);
    const QList<qint64> a2 =
        addAttempts(QStringLiteral("a2"), HistoryModel::kPageSize + 3, m_now.addDays(-2));
    QCOMPARE(a2.size(), HistoryModel::kPageSize + 3);
    auto service = makeService();
    HistoryModel model(*service);
    model.setJob(QStringLiteral("a1"));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * HistoryModel::kPageSize);
    model.setJob(QStringLiteral("a2"));
    QCOMPARE(model.rowCount(), HistoryModel::kPageSize);
    QCOMPARE(idsOf(model.records()), a2.mid(0, HistoryModel::kPageSize));
    QVERIFY(model.canFetchMore({}));
    model.setJob(QString());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestHistoryModel::fetchUntil_readsDownToTheAttemptButNoFurtherThanTheBound()
{
    constexpr int kRows = 4 * HistoryModel::kPageSize;
    const QList<qint64> ids = addAttempts(QStringLiteral("a1"), kRows, m_now.addDays(-1));
    QCOMPARE(ids.size(), kRows);
    const QList<qint64> other = addAttempts(QStringLiteral("a2"), 1, m_now.addDays(-3));
    QCOMPARE(other.size(), 1);
    auto service = makeService();
    HistoryModel model(*service);
    model.setJob(QStringLiteral("a1"));

    // Already listed: no read.
    QCOMPARE(model.fetchUntil(ids.at(10), kRows), 10);
    QCOMPARE(model.rowCount(), HistoryModel::kPageSize);
    // On the second page: read down to it, a page at a time.
    const int deep = HistoryModel::kPageSize + 17;
    QCOMPARE(model.fetchUntil(ids.at(deep), kRows), deep);
    QCOMPARE(model.rowCount(), 2 * HistoryModel::kPageSize);
    // Below the bound: the bound's pages are read, then it gives up.
    QCOMPARE(model.fetchUntil(ids.last(), 3 * HistoryModel::kPageSize), -1);
    QCOMPARE(model.rowCount(), 3 * HistoryModel::kPageSize);
    // Not this job's: read to the end, not found.
    QCOMPARE(model.fetchUntil(other.first(), 10 * kRows), -1);
    QCOMPARE(model.rowCount(), kRows);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
