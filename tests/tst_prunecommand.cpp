// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// `larder prune` and the pruning that follows `larder run`, through the real larder binary.
// Dumps are planted (history rows plus files) except in the last test, which dumps a real cluster.
#include "BackupFixture.h"
#include "CliRunner.h"
#include "FileTree.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "history/History.h"
#include "history/RunLock.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using FileTree::writeFile;

namespace {

constexpr int kLarderTimeoutMs = 120'000;

// The tree without the history and its journal files, which every larder run may touch.
QStringList treeOf(const QString& dir)
{
    QStringList entries = FileTree::treeOf(dir);
    entries.removeIf([](const QString& entry) { return entry.startsWith(QLatin1String("history.sqlite")); });
    return entries;
}

} // namespace

class TestPruneCommand final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString dumpDir() const { return path(QStringLiteral("dumps")); }
    QString historyPath() const { return path(QStringLiteral("history.sqlite")); }
    QString configPath() const { return path(QStringLiteral("larder.toml")); }

    // Jobs app (keep_last = 1) and shop (no rules) on a server that is never contacted.
    void writeConfig(const QString& extra = QString(), int port = 9)
    {
        const QString text = QStringLiteral("[defaults]\n"
                                            "dump_dir = \"%1\"\n"
                                            "history = \"%2\"\n"
                                            "schedule = \"manual\"\n"
                                            "host = \"127.0.0.1\"\n"
                                            "port = %3\n"
                                            "user = \"backup\"\n"
                                            "connect_timeout = 5\n"
                                            "\n"
                                            "[databases.app]\n"
                                            "keep_last = 1\n"
                                            "\n"
                                            "[databases.shop]\n")
                                 .arg(dumpDir(), historyPath())
                                 .arg(port) +
                             extra;
        QVERIFY(writeFile(configPath(), text.toUtf8()));
    }

    // Dumps of job, a day apart, ending `daysAgo` days ago; returns their paths, oldest first.
    QStringList plant(const QString& job, int count, int daysAgo = 1)
    {
        auto history = History::open(historyPath());
        if (!history)
            qFatal("%s", qPrintable(history.error().message));
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            const QDateTime started = QDateTime::currentDateTimeUtc().addDays(-daysAgo - (count - 1 - i));
            const QString file =
                QStringLiteral("%1/%2/%2_%3.dump")
                    .arg(dumpDir(), job, started.toString(QStringLiteral("yyyyMMddTHHmmssZ")));
            if (!writeFile(file, "PGDMP") || !writeFile(file + QStringLiteral(".sha256"), "x  y\n"))
                qFatal("cannot plant %s", qPrintable(file));
            HistoryRecord row;
            row.job = job;
            row.server = QStringLiteral("default");
            row.database = job;
            row.startedUtc = started;
            row.path = file;
            row.id = *(*history)->beginAttempt(row);
            row.status = AttemptStatus::Success;
            row.finishedUtc = started.addSecs(10);
            if (!(*history)->finishAttempt(row))
                qFatal("cannot finish attempt");
            paths.append(file);
        }
        return paths;
    }

    // Status of the attempt whose dump is at path.
    AttemptStatus statusOf(const QString& dumpPath) const
    {
        auto history = History::open(historyPath());
        if (!history)
            qFatal("%s", qPrintable(history.error().message));
        // Held in a local: a range-for over *temporary would read the list after it was destroyed.
        const auto attempts = (*history)->attempts(QString(), 0);
        if (!attempts)
            qFatal("%s", qPrintable(attempts.error().message));
        for (const HistoryRecord& row : *attempts) {
            if (row.path == dumpPath)
                return row.status;
        }
        qFatal("no attempt with path %s", qPrintable(dumpPath));
        return AttemptStatus::Failed;
    }

    CliResult larder(const QStringList& arguments) const
    {
        CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
        runner.setEnvironment(CliRunner::hermeticEnvironment(m_dir->path(), path(QStringLiteral("pgpass"))));
        runner.setWorkingDirectory(m_dir->path());
        return runner.run(QStringList{arguments.value(0), QStringLiteral("--config"), configPath()} +
                              arguments.mid(1),
                          {}, kLarderTimeoutMs);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-prune-XXXXXX"));
        QVERIFY(m_dir->isValid());
        writeConfig();
    }

    void cleanup() { m_dir.reset(); }

    void prune_dryRunShowsThePlanThenPruneDeletesIt()
    {
        const QStringList app = plant(QStringLiteral("app"), 3);
        const QStringList shop = plant(QStringLiteral("shop"), 2);
        const QStringList before = treeOf(m_dir->path());

        const CliResult dry = larder({QStringLiteral("prune"), QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        const QString plan = dry.outText();
        QVERIFY2(plan.contains(QStringLiteral("app: would keep %1 (last 1)").arg(app[2])), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("app: would delete %1").arg(app[1])), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("app: would delete %1").arg(app[0])), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("shop: would keep %1 (no retention rules)").arg(shop[0])),
                 qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("app: 2 dumps would be pruned, 1 kept")), qPrintable(plan));
        QCOMPARE(treeOf(m_dir->path()), before);
        for (const QString& dump : app)
            QCOMPARE(statusOf(dump), AttemptStatus::Success);

        const CliResult pruned = larder({QStringLiteral("prune"), QStringLiteral("app")});
        QVERIFY2(pruned.exitCode == 0, qPrintable(pruned.describe()));
        QVERIFY2(pruned.outText().contains(QStringLiteral("app: deleted %1").arg(app[0])),
                 qPrintable(pruned.describe()));
        QVERIFY2(pruned.outText().contains(QStringLiteral("app: kept %1 (last 1)").arg(app[2])),
                 qPrintable(pruned.describe()));
        QVERIFY2(!pruned.outText().contains(QStringLiteral("shop")), qPrintable(pruned.describe()));
        QStringList expected = before;
        for (const QString& dump : {app[0], app[1]}) {
            expected.removeAll(QDir(m_dir->path()).relativeFilePath(dump));
            expected.removeAll(QDir(m_dir->path()).relativeFilePath(dump + QStringLiteral(".sha256")));
            QCOMPARE(statusOf(dump), AttemptStatus::Pruned);
        }
        QCOMPARE(treeOf(m_dir->path()), expected);
        QCOMPARE(statusOf(app[2]), AttemptStatus::Success);
        // history still names the pruned dumps: which dump existed when matters.
        const CliResult shown = larder({QStringLiteral("history"), QStringLiteral("app")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        for (const QString& dump : {app[0], app[1]})
            QVERIFY2(shown.outText().contains(QRegularExpression(
                         QStringLiteral("pruned .*%1").arg(QRegularExpression::escape(dump)))),
                     qPrintable(shown.describe()));

        // Again, for every job: nothing left to do.
        const CliResult again = larder({QStringLiteral("prune")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY2(again.outText().contains(QStringLiteral("app: 0 dumps pruned, 1 kept")),
                 qPrintable(again.describe()));
        QVERIFY2(again.outText().contains(QStringLiteral("shop: 0 dumps pruned, 2 kept")),
                 qPrintable(again.describe()));
        QCOMPARE(treeOf(m_dir->path()), expected);
    }

    void prune_unknownJobIsAUsageError()
    {
        plant(QStringLiteral("app"), 2);
        const QStringList before = treeOf(m_dir->path());
        const CliResult result =
            larder({QStringLiteral("prune"), QStringLiteral("app"), QStringLiteral("nosuch")});
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.errText().contains(QStringLiteral("no job named 'nosuch'")),
                 qPrintable(result.describe()));
        QCOMPARE(treeOf(m_dir->path()), before);
    }

    void prune_configErrorChangesNothing()
    {
        plant(QStringLiteral("app"), 2);
        writeConfig(QStringLiteral("keep_last = \"many\"\n"));
        const QStringList before = treeOf(m_dir->path());
        const CliResult result = larder({QStringLiteral("prune")});
        QCOMPARE(result.exitCode, 78);
        QVERIFY2(result.errText().contains(QStringLiteral("keep_last")), qPrintable(result.describe()));
        QCOMPARE(treeOf(m_dir->path()), before);
    }

    void prune_waitsForNoOneWhenTheRunLockIsHeld()
    {
        plant(QStringLiteral("app"), 2);
        const QStringList before = treeOf(m_dir->path());
        RunLock lock(historyPath());
        QVERIFY(lock.tryLock());
        const CliResult result = larder({QStringLiteral("prune")});
        QCOMPARE(result.exitCode, 75);
        QVERIFY2(result.errText().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(result.describe()));
        QStringList after = treeOf(m_dir->path());
        after.removeAll(QFileInfo(lock.lockFilePath()).fileName());
        QStringList expected = before;
        expected.removeAll(QFileInfo(lock.lockFilePath()).fileName());
        QCOMPARE(after, expected);
    }

    void prune_aDumpThatCannotBeDeletedFailsTheCommand()
    {
        const QStringList app = plant(QStringLiteral("app"), 3);
        // The oldest dump replaced by a symlink to a file that must survive.
        const QString precious = path(QStringLiteral("precious"));
        QVERIFY(writeFile(precious, "precious"));
        QVERIFY(QFile::remove(app[0]));
        QVERIFY(QFile::link(precious, app[0]));

        const CliResult result = larder({QStringLiteral("prune")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errText().contains(QStringLiteral("%1 is a symbolic link").arg(app[0])),
                 qPrintable(result.describe()));
        QVERIFY(QFileInfo(app[0]).isSymLink());
        QVERIFY(QFileInfo::exists(precious));
        QCOMPARE(statusOf(app[0]), AttemptStatus::Success);
        // The other old dump is still pruned.
        QVERIFY(!QFileInfo::exists(app[1]));
        QCOMPARE(statusOf(app[1]), AttemptStatus::Pruned);
    }

    void run_prunesAfterASuccessfulDumpAndSaysSo()
    {
        auto cluster = PgCluster::start();
        QVERIFY_RESULT(cluster);
        const QString password = QStringLiteral("prune-command-secret");
        QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(**cluster, QStringLiteral("backup"), password,
                                                              {{QStringLiteral("app"), QString()}}));
        QVERIFY(writeFile(
            path(QStringLiteral("pgpass")),
            QStringLiteral("127.0.0.1:%1:*:backup:%2\n").arg((*cluster)->port()).arg(password).toUtf8()));
        QVERIFY(QFile::setPermissions(path(QStringLiteral("pgpass")), QFile::ReadOwner | QFile::WriteOwner));
        writeConfig(QString(), (*cluster)->port());
        const QStringList old = plant(QStringLiteral("app"), 2);

        const CliResult run = larder({QStringLiteral("run"), QStringLiteral("app")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("app: pruned 2 old dumps")),
                 qPrintable(run.describe()));
        for (const QString& dump : old) {
            QVERIFY(!QFileInfo::exists(dump));
            QCOMPARE(statusOf(dump), AttemptStatus::Pruned);
        }
        const QStringList dumps = QDir(dumpDir() + QStringLiteral("/app")).entryList({"*.dump"}, QDir::Files);
        QCOMPARE(dumps.size(), 1);

        // --quiet prints nothing for a prune that went well.
        const CliResult quiet =
            larder({QStringLiteral("run"), QStringLiteral("--quiet"), QStringLiteral("app")});
        QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.describe()));
        QVERIFY2(quiet.errText().isEmpty(), qPrintable(quiet.describe()));
        const QStringList after = QDir(dumpDir() + QStringLiteral("/app")).entryList({"*.dump"}, QDir::Files);
        QCOMPARE(after.size(), 1);
        QVERIFY(after != dumps);
    }
};

QTEST_GUILESS_MAIN(TestPruneCommand)
#include "tst_prunecommand.moc"
