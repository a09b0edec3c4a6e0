// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Hooks end to end (issue 15): the real larder binary dumps a real PostgreSQL cluster with
// before_dump, after_dump, on_failure and after_run hooks. A failing before_dump fails its job and no
// dump is started; a failing after_dump leaves a success with a warning and the dump kept; on_failure
// gets LARDER_ERROR; after_run runs once. Then docs/recipes.md runs for real: each dump encrypted with
// age and copied with rclone to a local-directory remote, decrypted again, byte for byte the dump,
// and read back by pg_restore.
#include "BackupFixture.h"
#include "CliRunner.h"
#include "FileTree.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "history/History.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

namespace {

constexpr int kLarderTimeoutMs = 120'000;
const QString kPassword = QStringLiteral("hooks-secret");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Of(const QString& path)
{
    return QString::fromLatin1(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
}

// The regular files below dir, recursively.
QStringList filesBelow(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// Runs a tool to its end; its exit code, stdout and stderr in *out.
int runTool(const QString& program, const QStringList& arguments, QByteArray* out = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestCliHooks final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgCluster> m_cluster;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    CliResult larder(const QStringList& arguments, const QMap<QString, QString>& extraEnvironment = {}) const
    {
        CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
        QProcessEnvironment environment =
            CliRunner::hermeticEnvironment(m_dir->path(), path(QStringLiteral("pgpass")));
        for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
            environment.insert(it.key(), it.value());
        runner.setEnvironment(environment);
        runner.setWorkingDirectory(m_dir->path());
        return runner.run(
            QStringList{arguments.value(0), QStringLiteral("--config"), path(QStringLiteral("larder.toml"))} +
                arguments.mid(1),
            {}, kLarderTimeoutMs);
    }

    // [defaults] with extra lines, then [servers.main] on the cluster.
    QString configWith(const QString& defaultsLines) const
    {
        return BackupFixture::defaultsSection(path(QStringLiteral("dumps")),
                                              path(QStringLiteral("history.sqlite")),
                                              QStringLiteral("manual")) +
               defaultsLines + QLatin1Char('\n') +
               BackupFixture::serverSection(QStringLiteral("main"), m_cluster->port(),
                                            QStringLiteral("backup"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto cluster = PgCluster::start();
        QVERIFY_RESULT(cluster);
        m_cluster = std::move(*cluster);
        // Once per cluster: every test dumps the same two databases.
        QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
            *m_cluster, QStringLiteral("backup"), kPassword,
            {{QStringLiteral("app"), BackupFixture::filledTableSql(QStringLiteral("t"), 200)},
             {QStringLiteral("blocked"), BackupFixture::filledTableSql(QStringLiteral("t"), 10)}}));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-hooks-XXXXXX"));
        QVERIFY(m_dir->isValid());
        QVERIFY_RESULT(BackupFixture::writePassFile(path(QStringLiteral("pgpass")), *m_cluster,
                                                    QStringLiteral("backup"), kPassword));
    }

    void cleanup() { m_dir.reset(); }

    void cleanupTestCase() { m_cluster.reset(); }

    void run_beforeDumpFailsJob_afterDumpWarns_onFailureAndAfterRunRun()
    {
        const QString onFailure = path(QStringLiteral("on_failure.txt"));
        const QString afterRun = path(QStringLiteral("after_run.txt"));
        const QString afterDump = path(QStringLiteral("after_dump.txt"));
        const QString config =
            configWith(
                QStringLiteral(
                    "on_failure = [\"sh\", \"-c\", \"printf '%s|%s|%s\\\\n' \\\"$LARDER_JOB\\\" "
                    "\\\"$LARDER_STATUS\\\" \\\"$LARDER_ERROR\\\" >> '%1'\"]\n"
                    "after_run = [\"sh\", \"-c\", \"echo \\\"$LARDER_STATUS $LARDER_JOBS "
                    "$LARDER_SUCCEEDED $LARDER_FAILED $LARDER_WARNED $LARDER_FAILED_JOBS\\\" >> '%2'\"]\n")
                    .arg(onFailure, afterRun)) +
            QStringLiteral("\n[databases.app]\nserver = \"main\"\n"
                           "after_dump = [\"sh\", \"-c\", \"printf '%s %s' \\\"$LARDER_DUMP_PATH\\\" "
                           "\\\"$LARDER_SHA256\\\" > '%1'; echo 'bucket is full' >&2; exit 2\"]\n"
                           "\n[databases.blocked]\nserver = \"main\"\n"
                           "before_dump = [\"sh\", \"-c\", \"echo 'maintenance window' >&2; exit 4\"]\n")
                .arg(afterDump);
        QVERIFY(FileTree::writeFile(path(QStringLiteral("larder.toml")), config.toUtf8()));

        const CliResult run = larder({QStringLiteral("run"), QStringLiteral("--all"),
                                      QStringLiteral("--plain"), QStringLiteral("-v")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe())); // blocked failed; app succeeded
        const QString shown = run.outText() + run.errText();
        QVERIFY2(shown.contains(QLatin1String("maintenance window")), qPrintable(run.describe()));
        QVERIFY2(shown.contains(QLatin1String("bucket is full")), qPrintable(run.describe()));

        auto history = History::open(path(QStringLiteral("history.sqlite")));
        QVERIFY_RESULT(history);
        const auto blocked = (*history)->attempts(QStringLiteral("blocked"), 5);
        QVERIFY_RESULT(blocked);
        QCOMPARE(blocked->size(), 1);
        QCOMPARE(blocked->first().status, AttemptStatus::Failed);
        QVERIFY2(blocked->first().error.contains(QLatin1String("before_dump failed, no dump was started")),
                 qPrintable(blocked->first().error));
        QVERIFY2(blocked->first().error.contains(QLatin1String("maintenance window")),
                 qPrintable(blocked->first().error));
        // No dump was started: the job's directory holds no file at all.
        QCOMPARE(filesBelow(path(QStringLiteral("dumps/blocked"))), QStringList());

        const auto app = (*history)->attempts(QStringLiteral("app"), 5);
        QVERIFY_RESULT(app);
        QCOMPARE(app->size(), 1);
        const HistoryRecord& dump = app->first();
        QCOMPARE(dump.status, AttemptStatus::Success);
        QVERIFY2(dump.warning.contains(QLatin1String("after_dump failed")), qPrintable(dump.warning));
        QVERIFY2(dump.warning.contains(QLatin1String("bucket is full")), qPrintable(dump.warning));
        QVERIFY2(QFileInfo::exists(dump.path), qPrintable(dump.path)); // kept
        // after_dump saw the final path and the checksum history has.
        QCOMPARE(QString::fromUtf8(readAll(afterDump)), dump.path + QLatin1Char(' ') + dump.sha256);
        QCOMPARE(sha256Of(dump.path), dump.sha256);

        // on_failure: once, for blocked only, with its error.
        const QStringList failures =
            QString::fromUtf8(readAll(onFailure)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().startsWith(QLatin1String("blocked|failed|before_dump failed")),
                 qPrintable(failures.first()));
        QVERIFY2(failures.first().contains(QLatin1String("maintenance window")),
                 qPrintable(failures.first()));

        // after_run: once, with the run's outcome.
        QCOMPARE(QString::fromUtf8(readAll(afterRun)), QStringLiteral("failed 2 1 1 1 blocked\n"));

        // History keeps every hook's run with its output, tied to its attempt (after_run to none).
        const CliResult listed =
            larder({QStringLiteral("history"), QStringLiteral("--hooks"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonArray runs = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(runs.size(), 4);
        QMap<QString, QJsonObject> byHook;
        for (const QJsonValue& value : runs)
            byHook.insert(value[QStringLiteral("hook")].toString(), value.toObject());
        QCOMPARE(byHook.keys(), (QStringList{QStringLiteral("after_dump"), QStringLiteral("after_run"),
                                             QStringLiteral("before_dump"), QStringLiteral("on_failure")}));
        const QJsonObject before = byHook.value(QStringLiteral("before_dump"));
        QCOMPARE(before[QStringLiteral("job")].toString(), QStringLiteral("blocked"));
        QCOMPARE(before[QStringLiteral("attempt_id")].toInteger(), blocked->first().id);
        QCOMPARE(before[QStringLiteral("ok")].toBool(), false);
        QCOMPARE(before[QStringLiteral("exit_code")].toInt(), 4);
        QCOMPARE(before[QStringLiteral("output")].toString(), QStringLiteral("maintenance window\n"));
        QVERIFY2(before[QStringLiteral("error")].toString().contains(QLatin1String("exited with code 4")),
                 qPrintable(before[QStringLiteral("error")].toString()));
        const QJsonObject after = byHook.value(QStringLiteral("after_dump"));
        QCOMPARE(after[QStringLiteral("attempt_id")].toInteger(), dump.id);
        QCOMPARE(after[QStringLiteral("exit_code")].toInt(), 2);
        QCOMPARE(after[QStringLiteral("output")].toString(), QStringLiteral("bucket is full\n"));
        QCOMPARE(byHook.value(QStringLiteral("on_failure"))[QStringLiteral("ok")].toBool(), true);
        const QJsonObject run_ = byHook.value(QStringLiteral("after_run"));
        QCOMPARE(run_[QStringLiteral("ok")].toBool(), true);
        QVERIFY(run_[QStringLiteral("job")].isNull());
        QVERIFY(run_[QStringLiteral("attempt_id")].isNull());
        QVERIFY(run_[QStringLiteral("error")].isNull());

        // The table names each hook; one job's list has only its own.
        const CliResult table =
            larder({QStringLiteral("history"), QStringLiteral("--hooks"), QStringLiteral("blocked")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        QVERIFY2(table.outText().contains(QLatin1String("before_dump")) &&
                     table.outText().contains(QLatin1String("on_failure")) &&
                     !table.outText().contains(QLatin1String("after_dump")),
                 qPrintable(table.describe()));
        QVERIFY2(table.outText().contains(QLatin1String("maintenance window")), qPrintable(table.describe()));

        // Kept language-neutral: a German reader reads this English run's hook failures in German.
        const QMap<QString, QString> german = {{QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")},
                                               {QStringLiteral("LANGUAGE"), QStringLiteral("de")}};
        const CliResult attempts = larder({QStringLiteral("history"), QStringLiteral("blocked")}, german);
        QVERIFY2(attempts.outText().contains(QLatin1String("before_dump schlug fehl")),
                 qPrintable(attempts.describe()));
        const CliResult hooks = larder({QStringLiteral("history"), QStringLiteral("--hooks")}, german);
        QVERIFY2(hooks.outText().contains(QLatin1String("before_dump endete mit Code 4")) &&
                     hooks.outText().contains(QLatin1String("after_dump endete mit Code 2")),
                 qPrintable(hooks.describe()));
    }

    void run_missingHookProgram_isConfigErrorWithPlace()
    {
        const QString config =
            configWith(QString()) + QStringLiteral("\n[databases.app]\nserver = \"main\"\n"
                                                   "after_dump = [\"larder-no-such-uploader\", \"x\"]\n");
        QVERIFY(FileTree::writeFile(path(QStringLiteral("larder.toml")), config.toUtf8()));
        const CliResult run =
            larder({QStringLiteral("run"), QStringLiteral("--all"), QStringLiteral("--plain")});
        QVERIFY2(run.exitCode == 78, qPrintable(run.describe()));
        const int line =
            int(config.left(config.indexOf(QLatin1String("after_dump"))).count(QLatin1Char('\n'))) + 1;
        QVERIFY2(run.errText().contains(QStringLiteral("larder.toml:%1:15").arg(line)),
                 qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QLatin1String("'larder-no-such-uploader' was not found on PATH")),
                 qPrintable(run.describe()));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("dumps/app"))));
    }

    // docs/recipes.md, "Encrypted off-site copies with age and rclone", as written there.
    void recipe_ageEncryptedRcloneCopy_decryptsToTheDump()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("age")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("rclone")).isEmpty())
            QFAIL("age and rclone are needed (scripts/lib.sh installs them)");
        const QString key = path(QStringLiteral("age-key.txt"));
        QByteArray out;
        QCOMPARE(runTool(QStringLiteral("age-keygen"), {QStringLiteral("-o"), key}, &out), 0);
        QCOMPARE(runTool(QStringLiteral("age-keygen"), {QStringLiteral("-y"), key}, &out), 0);
        const QString recipient = QString::fromUtf8(out).trimmed();
        QVERIFY2(recipient.startsWith(QLatin1String("age1")), qPrintable(recipient));
        const QString remote = path(QStringLiteral("offsite"));
        QVERIFY(QDir().mkpath(remote));
        QVERIFY(QDir().mkpath(path(QStringLiteral("tmp"))));

        const QString config =
            configWith(QStringLiteral(
                "after_dump = [\"sh\", \"-c\", \"\"\"\n"
                "f=\"${TMPDIR:-/tmp}/larder-$LARDER_JOB-$$.age\"\n"
                "trap 'rm -f \"$f\"' EXIT\n"
                "age -r \"$AGE_RECIPIENT\" -o \"$f\" \"$LARDER_DUMP_PATH\" &&\n"
                "rclone copyto \"$f\" \"$OFFSITE/$LARDER_JOB/$(basename \"$LARDER_DUMP_PATH\").age\"\n"
                "\"\"\"]\n")) +
            QStringLiteral("\n[databases.app]\nserver = \"main\"\n");
        QVERIFY(FileTree::writeFile(path(QStringLiteral("larder.toml")), config.toUtf8()));

        const CliResult run =
            larder({QStringLiteral("run"), QStringLiteral("--all"), QStringLiteral("--plain")},
                   {{QStringLiteral("AGE_RECIPIENT"), recipient},
                    {QStringLiteral("RCLONE_CONFIG_OFFSITE_TYPE"), QStringLiteral("local")},
                    {QStringLiteral("OFFSITE"), QStringLiteral("offsite:") + remote},
                    {QStringLiteral("RCLONE_CONFIG"), path(QStringLiteral("rclone.conf"))}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        auto history = History::open(path(QStringLiteral("history.sqlite")));
        QVERIFY_RESULT(history);
        const auto app = (*history)->attempts(QStringLiteral("app"), 1);
        QVERIFY_RESULT(app);
        const HistoryRecord& dump = app->first();
        QCOMPARE(dump.status, AttemptStatus::Success);
        QVERIFY2(dump.warning.isEmpty(), qPrintable(dump.warning));
        // The encrypted file lived in TMPDIR only, and is gone; nothing was added to the job's directory.
        QVERIFY(QDir(path(QStringLiteral("tmp"))).entryList(QDir::Files).isEmpty());
        QVERIFY(!QFileInfo::exists(dump.path + QStringLiteral(".age")));

        // The off-site copy, in the local-directory remote.
        const QString copied =
            QDir(remote).filePath(QStringLiteral("app/%1.age").arg(QFileInfo(dump.path).fileName()));
        QVERIFY2(QFileInfo::exists(copied), qPrintable(filesBelow(m_dir->path()).join(QLatin1Char('\n'))));
        QVERIFY(readAll(copied) != readAll(dump.path)); // encrypted

        // Restore side: decrypt the copy, check it against the recorded checksum, read it back.
        const QString decrypted = path(QStringLiteral("restored.dump"));
        QCOMPARE(runTool(QStringLiteral("age"),
                         {QStringLiteral("-d"), QStringLiteral("-i"), key, QStringLiteral("-o"), decrypted,
                          copied},
                         &out),
                 0);
        QCOMPARE(sha256Of(decrypted), dump.sha256);
        QCOMPARE(readAll(decrypted), readAll(dump.path));
        QCOMPARE(runTool(QDir(m_cluster->binDir()).filePath(QStringLiteral("pg_restore")),
                         {QStringLiteral("--list"), decrypted}, &out),
                 0);
        QVERIFY2(out.contains("TABLE DATA public t"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHooks)
#include "tst_clihooks.moc"
