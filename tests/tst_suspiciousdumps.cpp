// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Suspicious dumps end to end (issue #15): the real larder binary dumps a real cluster a few times,
// most of a big table is deleted, and the next dump is a success with a warning: in the run's
// lines, its JSON and exit code, in `larder history` (text and --json), and retention with
// keep_last = 1 keeps the last normal dump beside it. A job with min_size_ratio = 0 says nothing.
#include "BackupFixture.h"
#include "CliRunner.h"
#include "FileTree.h"
#include "PgCluster.h"
#include "ResultAssert.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

namespace {

constexpr int kLarderTimeoutMs = 120'000;
constexpr int kRows = 20000;

} // namespace

class TestSuspiciousDumps final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString dumpDir() const { return path(QStringLiteral("dumps")); }

    CliResult larder(const QStringList& arguments) const
    {
        CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
        runner.setEnvironment(CliRunner::hermeticEnvironment(m_dir->path(), path(QStringLiteral("pgpass"))));
        runner.setWorkingDirectory(m_dir->path());
        return runner.run(
            QStringList{arguments.value(0), QStringLiteral("--config"), path(QStringLiteral("larder.toml"))} +
                arguments.mid(1),
            {}, kLarderTimeoutMs);
    }

    QStringList dumpsOf(const QString& job) const
    {
        QStringList files =
            QDir(dumpDir() + QLatin1Char('/') + job).entryList({"*.dump"}, QDir::Files, QDir::Name);
        for (QString& file : files)
            file = dumpDir() + QLatin1Char('/') + job + QLatin1Char('/') + file;
        return files;
    }

    // The newest attempt of job in `larder history --json`.
    QJsonObject newestAttempt(const QString& job) const
    {
        const CliResult history = larder({QStringLiteral("history"), QStringLiteral("--json"), job});
        if (history.exitCode != 0)
            qFatal("larder history failed: %s", qPrintable(history.describe()));
        return QJsonDocument::fromJson(history.out).array().first().toObject();
    }

private Q_SLOTS:
    void init()
    {
        m_dir =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-suspicious-XXXXXX"));
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void aMuchSmallerDumpIsASuccessWithAWarningAndKeepsItsPredecessor()
    {
        auto cluster = PgCluster::start();
        QVERIFY_RESULT(cluster);
        const QString password = QStringLiteral("suspicious-secret");
        QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
            **cluster, QStringLiteral("backup"), password,
            {{QStringLiteral("app"), BackupFixture::filledTableSql(QStringLiteral("big"), kRows)}}));
        QVERIFY_RESULT(BackupFixture::writePassFile(path(QStringLiteral("pgpass")), **cluster,
                                                    QStringLiteral("backup"), password));
        // app: the built-in min_size_ratio (0.5); quiet: the same database with the check off.
        const QString config =
            BackupFixture::configHead(dumpDir(), path(QStringLiteral("history.sqlite")),
                                      QStringLiteral("manual"), (*cluster)->port(),
                                      QStringLiteral("backup")) +
            QStringLiteral("\n[databases.app]\nserver = \"main\"\ncompression = 0\nkeep_last = 1\n"
                           "\n[databases.quiet]\nserver = \"main\"\ndbname = \"app\"\ncompression = 0\n"
                           "keep_last = 1\nmin_size_ratio = 0\n");
        QVERIFY(FileTree::writeFile(path(QStringLiteral("larder.toml")), config.toUtf8()));

        // Three dumps of the full table: enough to judge the next one by.
        for (int i = 0; i < 3; ++i) {
            const CliResult run = larder({QStringLiteral("run"), QStringLiteral("--all")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QVERIFY2(!run.errText().contains(QStringLiteral("WARNING")), qPrintable(run.describe()));
            QVERIFY(newestAttempt(QStringLiteral("app")).value(QStringLiteral("warning")).isNull());
        }
        const QStringList normal = dumpsOf(QStringLiteral("app"));
        QCOMPARE(normal.size(), 1); // keep_last = 1 pruned the others

        QVERIFY_RESULT((*cluster)->execute(QStringLiteral("app"),
                                           QStringLiteral("DELETE FROM big WHERE id > %1").arg(kRows / 10)));

        const CliResult run =
            larder({QStringLiteral("run"), QStringLiteral("--all"), QStringLiteral("--json")});
        // A warning is not a failure: exit 0, succeeded, and said on stderr as a failure is.
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("app (server main): WARNING: dump is ")),
                 qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(
                     QStringLiteral("of the last 3 successful dumps: check that no data was lost")),
                 qPrintable(run.describe()));
        QVERIFY2(!run.errText().contains(QStringLiteral("quiet (server main): WARNING")),
                 qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("1 of 2 dumps succeeded with a warning")),
                 qPrintable(run.describe()));
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("succeeded")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("warnings")).toInt(), 1);
        for (const QJsonValue& job : summary.value(QStringLiteral("jobs")).toArray()) {
            const QJsonObject object = job.toObject();
            QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
            const bool isApp = object.value(QStringLiteral("job")).toString() == QLatin1String("app");
            QCOMPARE(object.value(QStringLiteral("warning")).isString(), isApp);
        }

        // History keeps it: --json's warning field, and the table's last column.
        const QJsonObject newest = newestAttempt(QStringLiteral("app"));
        QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        const QString warning = newest.value(QStringLiteral("warning")).toString();
        QVERIFY2(warning.startsWith(QStringLiteral("dump is ")) &&
                     warning.contains(QStringLiteral(" % of the median ")),
                 qPrintable(warning));
        QVERIFY(newestAttempt(QStringLiteral("quiet")).value(QStringLiteral("warning")).isNull());
        const CliResult table = larder({QStringLiteral("history"), QStringLiteral("app")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        QVERIFY2(table.outText().contains(QStringLiteral("; WARNING: ") + warning),
                 qPrintable(table.describe()));

        // keep_last = 1, yet the last normal dump is still on disk beside the suspicious one.
        const QStringList after = dumpsOf(QStringLiteral("app"));
        QCOMPARE(after.size(), 2);
        // By name the two need not sort by time: dumps in the same second get "-2" before ".dump".
        QVERIFY2(after.contains(normal.first()), qPrintable(after.join(u' ')));
        const QString suspicious = after.at(after.indexOf(normal.first()) == 0 ? 1 : 0);
        QVERIFY(QFileInfo(suspicious).size() * 2 < QFileInfo(normal.first()).size());
        QCOMPARE(dumpsOf(QStringLiteral("quiet")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSuspiciousDumps)
#include "tst_suspiciousdumps.moc"
