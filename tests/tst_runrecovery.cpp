// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ResultAssert.h"
#include "ScratchHistory.h"
#include "config/Config.h"
#include "engine/DumpFinalizer.h"
#include "history/History.h"
#include "run/RunRecovery.h"
#include "system/JobDirectory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

class TestRunRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY_RESULT(m_scratch.emplace().open());
        QVERIFY(QDir().mkpath(jobDir()));
        m_config = Config();
        JobConfig app;
        app.name = QStringLiteral("app");
        app.server.name = QStringLiteral("main");
        app.dumpDir = dumpDir();
        m_config.jobs.append(app);
        m_config.servers.insert(QStringLiteral("main"), app.server);
    }
    void cleanup()
    {
        JobDirectory::s_beforeRemoveForTests = nullptr;
        m_scratch.reset();
    }

    void killedWhileDumping_becomesInterruptedAndLosesItsPartial()
    {
        const qint64 id = begin(QStringLiteral("app_20261126T010000Z.dump"));
        writeFile(partialOf(id), "half a dump");
        writeFile(DumpFinalizer::sidecarPath(finalOf(id)) + QStringLiteral(".partial"), "half a sidecar");

        const auto repaired = RunRecovery::recover(m_scratch->history(), m_config);
        QVERIFY_RESULT(repaired);
        QCOMPARE(repaired->size(), 1);
        QCOMPARE(repaired->first().status, AttemptStatus::Interrupted);
        QCOMPARE(m_scratch->history().attempt(id)->status, AttemptStatus::Interrupted);
        QVERIFY(!QFileInfo::exists(partialOf(id)));
        QVERIFY(!QFileInfo::exists(DumpFinalizer::sidecarPath(finalOf(id)) + QStringLiteral(".partial")));
    }

    void killedBetweenSidecarAndRename_removesTheOrphanSidecar()
    {
        const qint64 id = begin(QStringLiteral("app_20261126T020000Z.dump"));
        writeFile(partialOf(id), "a whole dump");
        writeFile(DumpFinalizer::sidecarPath(finalOf(id)), "0000  app_20261126T020000Z.dump\n");

        QVERIFY_RESULT(RunRecovery::recover(m_scratch->history(), m_config));
        QCOMPARE(m_scratch->history().attempt(id)->status, AttemptStatus::Interrupted);
        QVERIFY(!QFileInfo::exists(DumpFinalizer::sidecarPath(finalOf(id))));
        QVERIFY(!QFileInfo::exists(partialOf(id)));
    }

    void killedAfterTheRename_recordsTheCompleteDumpAsSuccess()
    {
        const qint64 id = begin(QStringLiteral("app_20261126T030000Z.dump"));
        writeFile(partialOf(id), "a complete dump");
        const auto finalized = DumpFinalizer::finalize(partialOf(id), finalOf(id));
        QVERIFY_RESULT(finalized);

        QVERIFY_RESULT(RunRecovery::recover(m_scratch->history(), m_config));
        const auto row = m_scratch->history().attempt(id);
        QVERIFY_RESULT(row);
        QCOMPARE(row->status, AttemptStatus::Success);
        QCOMPARE(row->sha256, finalized->sha256);
        QCOMPARE(row->bytes, qint64(QByteArray("a complete dump").size()));
        QVERIFY(QFileInfo::exists(finalOf(id)));
    }

    void completeDumpWithAWrongSidecar_isNotTakenForASuccess()
    {
        const qint64 id = begin(QStringLiteral("app_20261126T040000Z.dump"));
        writeFile(partialOf(id), "a complete dump");
        QVERIFY_RESULT(DumpFinalizer::finalize(partialOf(id), finalOf(id)));
        writeFile(finalOf(id), "changed after its checksum was written");

        QVERIFY_RESULT(RunRecovery::recover(m_scratch->history(), m_config));
        QCOMPARE(m_scratch->history().attempt(id)->status, AttemptStatus::Interrupted);
        QVERIFY(QFileInfo::exists(finalOf(id))); // never deleted: only partials are
    }

    // History is not trusted: a row naming paths outside the job's directory (or in it but not
    // named like the job's files) gets nothing deleted, and says what it left.
    void tamperedRow_deletesNothingAndIsStillInterrupted_data()
    {
        // The row's path, relative to the test's root; its partial and sidecars are named from it.
        QTest::addColumn<QString>("relativeStem");
        QTest::addColumn<bool>("outside"); // else: in the job's directory, but not named like app's
        QTest::newRow("elsewhere") << QStringLiteral("xyz/victim") << true;
        QTest::newRow("other job") << QStringLiteral("dumps/app/../other_job/app_x") << true;
        QTest::newRow("nested") << QStringLiteral("dumps/app/sub/app_x") << true;
        QTest::newRow("not named like app's") << QStringLiteral("dumps/app/victim") << false;
    }

    void tamperedRow_deletesNothingAndIsStillInterrupted()
    {
        QFETCH(QString, relativeStem);
        QFETCH(bool, outside);
        const QString stem = m_scratch->path() + QLatin1Char('/') + relativeStem;
        const QString why = outside ? "outside the job's directory " + jobDir()
                                    : QStringLiteral("not named like one of job app");
        const QString clean = QDir::cleanPath(stem);
        const QStringList victims = {clean + ".partial", clean + ".sha256.partial", clean + ".sha256"};
        for (const QString& victim : victims)
            writeFileIn(victim, "victim");
        const qint64 id = beginRow(QStringLiteral("app"), stem, stem + QStringLiteral(".partial"));

        const auto repaired = RunRecovery::recover(m_scratch->history(), m_config);
        QVERIFY_RESULT(repaired);
        const auto row = m_scratch->history().attempt(id);
        QCOMPARE(row->status, AttemptStatus::Interrupted);
        for (const QString& victim : victims)
            QVERIFY2(QFileInfo::exists(victim), qPrintable(victim));
        QVERIFY2(
            row->error.contains("the leftover at " + stem + ".partial was not deleted because it is " + why),
            qPrintable(row->error));
        QVERIFY2(row->error.contains("the leftover at " + stem + ".sha256 was not deleted"),
                 qPrintable(row->error));
    }

    void jobNoLongerConfigured_deletesNothingAndIsStillInterrupted()
    {
        const QString stem = dumpDir() + QStringLiteral("/gone/gone_20261126T010000Z.dump");
        writeFileIn(stem + QStringLiteral(".partial"), "half a dump");
        const qint64 id = beginRow(QStringLiteral("gone"), stem, stem + QStringLiteral(".partial"));

        QVERIFY_RESULT(RunRecovery::recover(m_scratch->history(), m_config));
        const auto row = m_scratch->history().attempt(id);
        QCOMPARE(row->status, AttemptStatus::Interrupted);
        QVERIFY(QFileInfo::exists(stem + QStringLiteral(".partial")));
        QVERIFY2(
            row->error.contains("the leftover at " + stem +
                                ".partial was not deleted because it is outside the job's directory: job "
                                "gone is no longer in the configuration"),
            qPrintable(row->error));
    }

    void discoveredJob_isFoundThroughItsServer()
    {
        // Discovery runs after recovery: the job is not in config.jobs, its server's template says where.
        JobConfig templ;
        templ.dumpDir = dumpDir();
        m_config.serverTemplates.insert(QStringLiteral("main"), templ);
        m_config.servers[QStringLiteral("main")].discoverPatterns = QStringList{QStringLiteral("*")};
        const QString stem = dumpDir() + QStringLiteral("/main.shop/main.shop_20261126T010000Z.dump");
        writeFileIn(stem + QStringLiteral(".partial"), "half a dump");
        const qint64 id = beginRow(QStringLiteral("main.shop"), stem, stem + QStringLiteral(".partial"));

        QVERIFY_RESULT(RunRecovery::recover(m_scratch->history(), m_config));
        QCOMPARE(m_scratch->history().attempt(id)->status, AttemptStatus::Interrupted);
        QVERIFY(!QFileInfo::exists(stem + QStringLiteral(".partial")));
    }

    // Between the decision and the deletion (JobDirectory's test hook), a directory-format partial
    // is replaced by a link to a directory outside the dump directory: nothing there is touched.
    void partialSwappedForALink_followsNothing()
    {
        const QString stem = jobDir() + QStringLiteral("/app_20261126T050000Z");
        const QString partial = stem + QStringLiteral(".partial");
        writeFileIn(partial + QStringLiteral("/toc.dat"), "toc");
        const QString canary = m_scratch->filePath(QStringLiteral("elsewhere/canary.txt"));
        writeFileIn(canary, "canary");
        const qint64 id = beginRow(QStringLiteral("app"), stem, partial);
        JobDirectory::s_beforeRemoveForTests = [&](const QString& name) {
            QCOMPARE(name, QFileInfo(partial).fileName());
            QVERIFY(QDir(partial).removeRecursively());
            QVERIFY(QFile::link(QFileInfo(canary).path(), partial));
        };

        QVERIFY_RESULT(RunRecovery::recover(m_scratch->history(), m_config));
        const auto row = m_scratch->history().attempt(id);
        QCOMPARE(row->status, AttemptStatus::Interrupted);
        QFile kept(canary);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("canary"));
        QVERIFY2(row->error.contains("the leftover at " + partial + " could not be deleted: " + partial +
                                     " was replaced by a symbolic link"),
                 qPrintable(row->error));
    }

private:
    QString dumpDir() const { return m_scratch->filePath(QStringLiteral("dumps")); }
    QString jobDir() const { return m_scratch->filePath(QStringLiteral("dumps/app")); }
    QString finalOf(qint64 id) const { return m_finals.value(id); }
    QString partialOf(qint64 id) const { return m_finals.value(id) + QStringLiteral(".partial"); }

    qint64 begin(const QString& name)
    {
        const QString path = jobDir() + QLatin1Char('/') + name;
        return beginRow(QStringLiteral("app"), path, path + QStringLiteral(".partial"));
    }
    // A running attempt of job as a killed run leaves it.
    qint64 beginRow(const QString& job, const QString& path, const QString& partialPath)
    {
        HistoryRecord record;
        record.job = job;
        record.server = QStringLiteral("main");
        record.database = job;
        record.startedUtc = QDateTime::currentDateTimeUtc();
        record.path = path;
        record.partialPath = partialPath;
        record.pid = 999999;
        const auto id = m_scratch->history().beginAttempt(record);
        if (!id)
            return 0;
        m_finals.insert(*id, record.path);
        return *id;
    }
    static void writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    static void writeFileIn(const QString& path, const QByteArray& content)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        writeFile(path, content);
    }

    std::optional<ScratchHistory> m_scratch;
    Config m_config;
    QHash<qint64, QString> m_finals;
};

QTEST_GUILESS_MAIN(TestRunRecovery)
#include "tst_runrecovery.moc"
