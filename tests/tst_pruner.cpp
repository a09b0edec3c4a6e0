// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Retention applied to a real history store and real files: exactly what the policy lets go is
// deleted (with its sidecar) and marked pruned; look-alikes, foreign paths, symlinks and failed
// attempts are never touched. The last two tests run the coordinator against a real cluster:
// a successful dump prunes, a failed one does not.
#include "BackupFixture.h"
#include "FileTree.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "history/History.h"
#include "postgres/PostgresEngine.h"
#include "retention/Pruner.h"
#include "run/RunCoordinator.h"
#include "system/JobDirectory.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace larder;
using FileTree::treeOf;
using FileTree::writeFile;

namespace {

const QDateTime kNow(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc());

} // namespace

class TestPruner final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;

    QString root() const { return m_dir->path(); }
    QString dumpDir() const { return root() + QStringLiteral("/dumps"); }

    JobConfig job(const QString& name, const QString& rules) const
    {
        JobConfig config;
        config.name = name;
        config.server.name = QStringLiteral("main");
        config.dbname = name;
        config.dumpDir = dumpDir();
        for (const QString& item : rules.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString key = item.section(QLatin1Char('='), 0, 0);
            const int value = item.section(QLatin1Char('='), 1).toInt();
            if (key == QLatin1String("keep_last"))
                config.retention.keepLast = value;
            else if (key == QLatin1String("keep_daily"))
                config.retention.keepDaily = value;
            else
                qFatal("unknown rule in test: %s", qPrintable(item));
        }
        return config;
    }

    // A finished attempt in history; status Success by default.
    qint64 record(const QString& jobName, const QDateTime& startedUtc, const QString& path,
                  AttemptStatus status = AttemptStatus::Success)
    {
        HistoryRecord row;
        row.job = jobName;
        row.server = QStringLiteral("main");
        row.database = jobName;
        row.trigger = Trigger::Manual;
        row.startedUtc = startedUtc;
        row.path = path;
        row.partialPath = path + QStringLiteral(".partial");
        const Result<qint64> id = m_history->beginAttempt(row);
        if (!id)
            qFatal("beginAttempt: %s", qPrintable(id.error().message));
        row.id = *id;
        row.status = status;
        row.finishedUtc = startedUtc.addSecs(30);
        row.bytes = 10;
        const Result<void> done = m_history->finishAttempt(row);
        if (!done)
            qFatal("finishAttempt: %s", qPrintable(done.error().message));
        return row.id;
    }

    // A dump file of job `jobName` on disk with its sidecar, recorded in history.
    qint64 plantDump(const QString& jobName, const QDateTime& startedUtc,
                     AttemptStatus status = AttemptStatus::Success)
    {
        const QString path =
            QStringLiteral("%1/%2/%2_%3.dump")
                .arg(dumpDir(), jobName, startedUtc.toString(QStringLiteral("yyyyMMddTHHmmssZ")));
        if (!writeFile(path, "PGDMP") || !writeFile(path + QStringLiteral(".sha256"), "abc  x\n"))
            qFatal("cannot plant %s", qPrintable(path));
        return record(jobName, startedUtc, path, status);
    }

    AttemptStatus statusOf(qint64 id) const
    {
        const Result<HistoryRecord> row = m_history->attempt(id);
        if (!row)
            qFatal("attempt %lld: %s", id, qPrintable(row.error().message));
        return row->status;
    }

    QString pathOf(qint64 id) const { return m_history->attempt(id)->path; }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = History::open(root() + QStringLiteral("/history.sqlite"));
        QVERIFY_RESULT(opened);
        m_history = std::move(*opened);
    }

    void cleanup()
    {
        m_history.reset();
        m_dir.reset();
    }

    void prune_deletesExactlyWhatThePolicyLetsGoWithSidecars()
    {
        QList<qint64> ids;
        for (int day = 0; day < 4; ++day)
            ids.append(plantDump(QStringLiteral("app"), kNow.addDays(-10 + day)));
        const QStringList before = treeOf(root());

        Pruner pruner(*m_history, QTimeZone("Europe/Berlin"));
        const Result<Pruner::Report> report = pruner.prune(job(QStringLiteral("app"), "keep_last=2"), kNow);
        QVERIFY_RESULT(report);

        QVERIFY2(report->errors().isEmpty(), qPrintable(report->errors().join('\n')));
        QCOMPARE(report->entries.size(), 4);
        QCOMPARE(report->prunedCount(), 2);
        const QStringList gone = {pathOf(ids[1]), pathOf(ids[1]) + ".sha256", pathOf(ids[0]),
                                  pathOf(ids[0]) + ".sha256"};
        QCOMPARE(report->deletedPaths(), gone);
        QCOMPARE(report->deletedDumps(), (QStringList{pathOf(ids[1]), pathOf(ids[0])}));
        QCOMPARE(report->entries[0].action, Pruner::Action::Kept);
        QCOMPARE(report->entries[0].reasons, QStringList{"last 2"});

        QStringList expected = before;
        for (const QString& path : gone)
            expected.removeAll(QDir(root()).relativeFilePath(path));
        QCOMPARE(treeOf(root()), expected);
        QCOMPARE(statusOf(ids[0]), AttemptStatus::Pruned);
        QCOMPARE(statusOf(ids[1]), AttemptStatus::Pruned);
        QCOMPARE(statusOf(ids[2]), AttemptStatus::Success);
        QCOMPARE(statusOf(ids[3]), AttemptStatus::Success);

        // Pruned rows are no longer candidates: a second pass has nothing to do.
        const Result<Pruner::Report> again = pruner.prune(job(QStringLiteral("app"), "keep_last=2"), kNow);
        QVERIFY(again);
        QCOMPARE(again->entries.size(), 2);
        QCOMPARE(again->prunedCount(), 0);
        QCOMPARE(treeOf(root()), expected);
    }

    void prune_dryRunReportsTheSameAndChangesNothing()
    {
        QList<qint64> ids;
        for (int day = 0; day < 3; ++day)
            ids.append(plantDump(QStringLiteral("app"), kNow.addDays(-10 + day)));
        const QStringList before = treeOf(root());

        Pruner pruner(*m_history, QTimeZone("Europe/Berlin"));
        const Result<Pruner::Report> report =
            pruner.prune(job(QStringLiteral("app"), "keep_last=1"), kNow, /*dryRun=*/true);
        QVERIFY(report);
        QVERIFY(report->dryRun);
        QCOMPARE(report->prunedCount(), 2);
        QCOMPARE(report->deletedDumps(), (QStringList{pathOf(ids[1]), pathOf(ids[0])}));
        QCOMPARE(treeOf(root()), before);
        for (const qint64 id : ids)
            QCOMPARE(statusOf(id), AttemptStatus::Success);
    }

    void prune_neverTouchesLookAlikesForeignPathsOrSymlinks()
    {
        const QString appDir = dumpDir() + QStringLiteral("/app");
        // Another job whose name starts like this one, with a file named like this job's dumps.
        plantDump(QStringLiteral("app-old"), kNow.addDays(-300));
        QVERIFY(writeFile(dumpDir() + QStringLiteral("/app-old/app_20200101T000000Z.dump"), "other"));
        // An untracked file in app's own directory, named like an old dump of app.
        QVERIFY(writeFile(appDir + QStringLiteral("/app_20200101T000000Z.dump"), "untracked"));
        QVERIFY(writeFile(appDir + QStringLiteral("/app_20200101T000000Z.dump.sha256"), "untracked"));
        // History rows of app that point elsewhere.
        const QString foreign = dumpDir() + QStringLiteral("/app-old/app_20200102T000000Z.dump");
        QVERIFY(writeFile(foreign, "foreign"));
        QVERIFY(writeFile(foreign + QStringLiteral(".sha256"), "foreign"));
        const qint64 outside = record(QStringLiteral("app"), kNow.addDays(-200), foreign);
        const qint64 dotDot = record(QStringLiteral("app"), kNow.addDays(-199),
                                     appDir + QStringLiteral("/../app-old/app_20200101T000000Z.dump"));
        const qint64 isJobDir = record(QStringLiteral("app"), kNow.addDays(-198), appDir);
        const qint64 nested =
            record(QStringLiteral("app"), kNow.addDays(-197), appDir + QStringLiteral("/sub/x.dump"));
        QVERIFY(writeFile(appDir + QStringLiteral("/sub/x.dump"), "nested"));
        const qint64 relative =
            record(QStringLiteral("app"), kNow.addDays(-196), QStringLiteral("app/x.dump"));
        // In app's directory, but not named like its dumps (app_...).
        const QString misnamed = appDir + QStringLiteral("/notes.txt");
        QVERIFY(writeFile(misnamed, "notes"));
        const qint64 foreignName = record(QStringLiteral("app"), kNow.addDays(-194), misnamed);
        // A symlink where a dump should be, pointing at a precious file.
        const QString precious = root() + QStringLiteral("/precious.txt");
        QVERIFY(writeFile(precious, "precious"));
        const QString link = appDir + QStringLiteral("/app_20200103T000000Z.dump");
        QVERIFY(QFile::link(precious, link));
        QVERIFY(writeFile(link + QStringLiteral(".sha256"), "sidecar of a link"));
        const qint64 symlinked = record(QStringLiteral("app"), kNow.addDays(-195), link);
        // A real old dump (to prove pruning did run) and the newest one.
        const qint64 old = plantDump(QStringLiteral("app"), kNow.addDays(-100));
        const qint64 newest = plantDump(QStringLiteral("app"), kNow.addDays(-1));
        const QStringList before = treeOf(root());

        Pruner pruner(*m_history, QTimeZone("Europe/Berlin"));
        const Result<Pruner::Report> report = pruner.prune(job(QStringLiteral("app"), "keep_last=1"), kNow);
        QVERIFY(report);

        QCOMPARE(report->deletedDumps(), QStringList{pathOf(old)});
        QStringList expected = before;
        expected.removeAll(QDir(root()).relativeFilePath(pathOf(old)));
        expected.removeAll(QDir(root()).relativeFilePath(pathOf(old) + ".sha256"));
        QCOMPARE(treeOf(root()), expected);
        QVERIFY(QFileInfo(link).isSymLink());
        QFile preciousFile(precious);
        QVERIFY(preciousFile.open(QIODevice::ReadOnly));
        QCOMPARE(preciousFile.readAll(), QByteArray("precious"));

        const QStringList errors = report->errors();
        QCOMPARE(errors.size(), 7);
        const QString all = errors.join('\n');
        QVERIFY2(all.contains(foreign) && all.contains("not directly inside the job's directory " + appDir),
                 qPrintable(all));
        QVERIFY2(all.contains(link + " is a symbolic link"), qPrintable(all));
        QVERIFY2(all.contains("no absolute path ('app/x.dump')"), qPrintable(all));
        QVERIFY2(all.contains(misnamed + " is not named like a dump of job app"), qPrintable(all));
        for (const qint64 id : {outside, dotDot, isJobDir, nested, relative, symlinked, foreignName})
            QCOMPARE(statusOf(id), AttemptStatus::Success);
        QCOMPARE(statusOf(old), AttemptStatus::Pruned);
        QCOMPARE(statusOf(newest), AttemptStatus::Success);
    }

    void prune_directoryDumpIsRemovedWithoutFollowingLinksInside()
    {
        const QString appDir = dumpDir() + QStringLiteral("/app");
        const QString dumpPath = appDir + QStringLiteral("/app_20261101T000000Z");
        QVERIFY(writeFile(dumpPath + QStringLiteral("/toc.dat"), "toc"));
        QVERIFY(writeFile(dumpPath + QStringLiteral("/3001.dat.gz"), "data"));
        QVERIFY(writeFile(dumpPath + QStringLiteral(".sha256"), "manifest"));
        const QString outsideDir = root() + QStringLiteral("/elsewhere");
        QVERIFY(writeFile(outsideDir + QStringLiteral("/keep.txt"), "keep"));
        QVERIFY(QFile::link(outsideDir, dumpPath + QStringLiteral("/linked-dir")));
        const qint64 old = record(QStringLiteral("app"), kNow.addDays(-20), dumpPath);
        const qint64 newest = plantDump(QStringLiteral("app"), kNow.addDays(-1));

        Pruner pruner(*m_history, QTimeZone("Europe/Berlin"));
        const Result<Pruner::Report> report = pruner.prune(job(QStringLiteral("app"), "keep_last=1"), kNow);
        QVERIFY(report);
        QVERIFY2(report->errors().isEmpty(), qPrintable(report->errors().join('\n')));
        QCOMPARE(report->deletedPaths(), (QStringList{dumpPath, dumpPath + ".sha256"}));
        QVERIFY(!QFileInfo::exists(dumpPath));
        QVERIFY(!QFileInfo::exists(dumpPath + ".sha256"));
        QVERIFY(QFileInfo::exists(outsideDir + QStringLiteral("/keep.txt")));
        QCOMPARE(statusOf(old), AttemptStatus::Pruned);
        QCOMPARE(statusOf(newest), AttemptStatus::Success);
    }

    // Between the decision and the deletion (JobDirectory's test hook), the directory dump is
    // replaced by a link to a directory outside the dump directory: nothing there is touched.
    void prune_directoryDumpSwappedForALink_failsAndFollowsNothing()
    {
        const QString dumpPath = dumpDir() + QStringLiteral("/app/app_20261101T000000Z");
        QVERIFY(writeFile(dumpPath + QStringLiteral("/toc.dat"), "toc"));
        QVERIFY(writeFile(dumpPath + QStringLiteral(".sha256"), "manifest"));
        const QString canary = root() + QStringLiteral("/elsewhere/canary.txt");
        QVERIFY(writeFile(canary, "canary"));
        const qint64 old = record(QStringLiteral("app"), kNow.addDays(-20), dumpPath);
        const qint64 newest = plantDump(QStringLiteral("app"), kNow.addDays(-1));
        QStringList swapped;
        JobDirectory::s_beforeRemoveForTests = [&](const QString& name) {
            swapped.append(name);
            QVERIFY(QDir(dumpPath).removeRecursively());
            QVERIFY(QFile::link(QFileInfo(canary).path(), dumpPath));
        };
        Pruner pruner(*m_history, QTimeZone("Europe/Berlin"));
        const Result<Pruner::Report> report = pruner.prune(job(QStringLiteral("app"), "keep_last=1"), kNow);
        JobDirectory::s_beforeRemoveForTests = nullptr;
        QVERIFY(report);

        QCOMPARE(swapped, QStringList{"app_20261101T000000Z"});
        QCOMPARE(report->entries[1].action, Pruner::Action::Failed);
        const QString error = report->entries[1].error;
        QVERIFY2(error.contains(dumpPath + " was replaced by a symbolic link"), qPrintable(error));
        QVERIFY2(error.contains("retention tries again"), qPrintable(error));
        QVERIFY(report->deletedPaths().isEmpty());
        QCOMPARE(treeOf(QFileInfo(canary).path()), QStringList{"canary.txt"});
        QVERIFY(QFileInfo(dumpPath).isSymLink());
        QVERIFY(QFileInfo::exists(dumpPath + ".sha256"));
        QCOMPARE(statusOf(old), AttemptStatus::Success);
        QCOMPARE(statusOf(newest), AttemptStatus::Success);
    }

    // The same for a dump file: unlinkat removes the link that was swapped in, never its target.
    void prune_fileDumpSwappedForALink_removesOnlyTheLink()
    {
        const qint64 old = plantDump(QStringLiteral("app"), kNow.addDays(-20));
        plantDump(QStringLiteral("app"), kNow.addDays(-1));
        const QString canary = root() + QStringLiteral("/elsewhere/canary.txt");
        QVERIFY(writeFile(canary, "canary"));
        JobDirectory::s_beforeRemoveForTests = [&](const QString& name) {
            if (!name.endsWith(QLatin1String(".dump")))
                return;
            QVERIFY(QFile::remove(pathOf(old)));
            QVERIFY(QFile::link(canary, pathOf(old)));
        };
        Pruner pruner(*m_history, QTimeZone("Europe/Berlin"));
        const Result<Pruner::Report> report = pruner.prune(job(QStringLiteral("app"), "keep_last=1"), kNow);
        JobDirectory::s_beforeRemoveForTests = nullptr;
        QVERIFY(report);

        QVERIFY2(report->errors().isEmpty(), qPrintable(report->errors().join('\n')));
        QCOMPARE(report->deletedPaths(), (QStringList{pathOf(old), pathOf(old) + ".sha256"}));
        QVERIFY(!QFileInfo(pathOf(old)).isSymLink());
        QFile canaryFile(canary);
        QVERIFY(canaryFile.open(QIODevice::ReadOnly));
        QCOMPARE(canaryFile.readAll(), QByteArray("canary"));
        QCOMPARE(statusOf(old), AttemptStatus::Pruned);
    }

    void prune_missingDumpIsMarkedPrunedWithANote()
    {
        const qint64 gone = plantDump(QStringLiteral("app"), kNow.addDays(-20));
        QVERIFY(QFile::remove(pathOf(gone)));
        const qint64 goneOutside =
            record(QStringLiteral("app"), kNow.addDays(-21), root() + QStringLiteral("/moved/app_x.dump"));
        plantDump(QStringLiteral("app"), kNow.addDays(-1));

        Pruner pruner(*m_history, QTimeZone("Europe/Berlin"));
        const Result<Pruner::Report> report = pruner.prune(job(QStringLiteral("app"), "keep_last=1"), kNow);
        QVERIFY(report);
        QVERIFY2(report->errors().isEmpty(), qPrintable(report->errors().join('\n')));
        QCOMPARE(report->entries.size(), 3);
        for (int i : {1, 2}) {
            QCOMPARE(report->entries[i].action, Pruner::Action::AlreadyMissing);
            QVERIFY(report->entries[i].note.contains("already gone"));
        }
        // The orphaned sidecar goes with its row.
        QCOMPARE(report->deletedPaths(), QStringList{pathOf(gone) + ".sha256"});
        QVERIFY(!QFileInfo::exists(pathOf(gone) + ".sha256"));
        QVERIFY(report->deletedDumps().isEmpty());
        QCOMPARE(statusOf(gone), AttemptStatus::Pruned);
        QCOMPARE(statusOf(goneOutside), AttemptStatus::Pruned);
    }

    void prune_onlySuccessesAreCandidates_data()
    {
        QTest::addColumn<AttemptStatus>("status");
        QTest::newRow("failed") << AttemptStatus::Failed;
        QTest::newRow("cancelled") << AttemptStatus::Cancelled;
        QTest::newRow("interrupted") << AttemptStatus::Interrupted;
    }

    void prune_onlySuccessesAreCandidates()
    {
        QFETCH(AttemptStatus, status);
        const qint64 other = plantDump(QStringLiteral("app"), kNow.addDays(-30), status);
        const qint64 newest = plantDump(QStringLiteral("app"), kNow.addDays(-1));
        const QStringList before = treeOf(root());

        Pruner pruner(*m_history, QTimeZone("Europe/Berlin"));
        const Result<Pruner::Report> report = pruner.prune(job(QStringLiteral("app"), "keep_last=0"), kNow);
        QVERIFY(report);
        QCOMPARE(report->entries.size(), 1);
        QCOMPARE(report->entries[0].record.id, newest);
        QCOMPARE(report->entries[0].reasons, QStringList{"newest"});
        QCOMPARE(treeOf(root()), before);
        QCOMPARE(statusOf(other), status);
    }

    void prune_withoutRulesKeepsEverything()
    {
        for (int day = 0; day < 3; ++day)
            plantDump(QStringLiteral("app"), kNow.addDays(-400 + day));
        const QStringList before = treeOf(root());
        Pruner pruner(*m_history, QTimeZone("Europe/Berlin"));
        const Result<Pruner::Report> report = pruner.prune(job(QStringLiteral("app"), ""), kNow);
        QVERIFY(report);
        QCOMPARE(report->prunedCount(), 0);
        for (const Pruner::Entry& entry : report->entries)
            QCOMPARE(entry.reasons, QStringList{"no retention rules"});
        QCOMPARE(treeOf(root()), before);
    }

    // The coordinator prunes after a good dump, against a real cluster.
    void coordinator_successfulDumpPrunesOlderDumps()
    {
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        auto cluster = PgCluster::start();
        QVERIFY_RESULT(cluster);
        const QString password = QStringLiteral("pruner-test-secret");
        QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(**cluster, QStringLiteral("backup"), password,
                                                              {{QStringLiteral("app"), QString()}}));

        JobConfig config = job(QStringLiteral("app"), "keep_last=1");
        config.server.host = (*cluster)->host();
        config.server.port = (*cluster)->port();
        config.server.user = QStringLiteral("backup");
        config.server.sslmode = QStringLiteral("disable");
        config.server.connectTimeoutSeconds = 5;
        config.timeoutSeconds = 120;
        const qint64 old1 = plantDump(QStringLiteral("app"), QDateTime::currentDateTimeUtc().addDays(-3));
        const qint64 old2 = plantDump(QStringLiteral("app"), QDateTime::currentDateTimeUtc().addDays(-2));
        const QStringList oldPaths = {pathOf(old2), pathOf(old1)};

        PostgresEngine engine;
        RunCoordinator coordinator(engine, *m_history, [&](const ServerConfig&) { return password; });
        QSignalSpy pruned(&coordinator, &RunCoordinator::jobPruned);
        QSignalSpy finished(&coordinator, &RunCoordinator::runFinished);
        coordinator.start({config}, Trigger::Manual, 1);
        QVERIFY(finished.wait(120'000));
        const RunSummary summary = finished.at(0).at(0).value<RunSummary>();
        QCOMPARE(summary.succeeded(), 1);

        QCOMPARE(pruned.size(), 1);
        QCOMPARE(pruned.at(0).at(0).toString(), QStringLiteral("app"));
        QCOMPARE(pruned.at(0).at(1).toStringList(), oldPaths);
        QCOMPARE(pruned.at(0).at(2).toString(), QString());
        for (const QString& path : oldPaths) {
            QVERIFY(!QFileInfo::exists(path));
            QVERIFY(!QFileInfo::exists(path + ".sha256"));
        }
        QCOMPARE(statusOf(old1), AttemptStatus::Pruned);
        QCOMPARE(statusOf(old2), AttemptStatus::Pruned);
        const QString fresh = summary.jobs.first().outcome.path;
        QVERIFY2(QFileInfo(fresh).isFile(), qPrintable(fresh));
        QVERIFY(QFileInfo::exists(fresh + ".sha256"));
    }

    void coordinator_failedDumpNeverPrunes()
    {
        // A port nobody listens on: the dump fails at connect.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close();

        JobConfig config = job(QStringLiteral("app"), "keep_last=0");
        config.server.host = QStringLiteral("127.0.0.1");
        config.server.port = port;
        config.server.user = QStringLiteral("backup");
        config.server.sslmode = QStringLiteral("disable");
        config.server.connectTimeoutSeconds = 2;
        config.timeoutSeconds = 60;
        const qint64 old1 = plantDump(QStringLiteral("app"), QDateTime::currentDateTimeUtc().addDays(-3));
        const qint64 old2 = plantDump(QStringLiteral("app"), QDateTime::currentDateTimeUtc().addDays(-2));
        const QStringList before = treeOf(root());

        PostgresEngine engine;
        RunCoordinator coordinator(engine, *m_history, [](const ServerConfig&) { return std::nullopt; });
        QSignalSpy pruned(&coordinator, &RunCoordinator::jobPruned);
        QSignalSpy finished(&coordinator, &RunCoordinator::runFinished);
        coordinator.start({config}, Trigger::Manual, 1);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.at(0).at(0).value<RunSummary>().failed(), 1);

        QCOMPARE(pruned.size(), 0);
        QCOMPARE(treeOf(root()), before);
        QCOMPARE(statusOf(old1), AttemptStatus::Success);
        QCOMPARE(statusOf(old2), AttemptStatus::Success);
    }
};

QTEST_GUILESS_MAIN(TestPruner)
#include "tst_pruner.moc"
