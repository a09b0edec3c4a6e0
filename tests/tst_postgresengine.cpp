// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "BackupFixture.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "ShownInGerman.h"
#include "base/Message.h"
#include "engine/DumpFinalizer.h"
#include "engine/DumpTask.h"
#include "postgres/PgDumpLocator.h"
#include "postgres/PostgresEngine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>

using namespace larder;

namespace {

const QString kPassword = QStringLiteral("Corr3ct-H0rse-Battery-St4ple");
const QString kWrongPassword = QStringLiteral("Wr0ng-Passw0rd-Guess");
const QString kLockerApp = QStringLiteral("larder-test-locker");

struct DumpRun
{
    DumpOutcome outcome;
    int finishedCount = 0;
    QList<qint64> progress;
    QStringList activity;
    QString partialPath;
    QString finalPath;
};

int modeOf(const QString& path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString readCmdlines()
{
    QString all;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString& pid : pids) {
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (file.open(QIODevice::ReadOnly))
            all += QString::fromLocal8Bit(file.readAll().replace('\0', ' ')) + QLatin1Char('\n');
    }
    return all;
}

} // namespace

class tst_PostgresEngine final : public QObject
{
    Q_OBJECT

private:
    ServerConfig server() const
    {
        ServerConfig config;
        config.name = QStringLiteral("main");
        config.host = m_cluster->host();
        config.port = m_cluster->port();
        config.user = QStringLiteral("backup");
        config.sslmode = QStringLiteral("disable");
        config.connectTimeoutSeconds = 5;
        return config;
    }

    JobConfig job(const QString& name, DumpFormat format, int compression = 6) const
    {
        JobConfig config;
        config.name = name;
        config.server = server();
        config.dbname = QStringLiteral("appdb");
        config.format = format;
        config.compression = compression;
        config.dumpDir = m_work.path() + QStringLiteral("/dumps/root");
        config.timeoutSeconds = 120;
        return config;
    }

    DumpRequest request(const JobConfig& config) const
    {
        return DumpRequest{config, kPassword, QDateTime::currentDateTimeUtc()};
    }

    // Runs a task to its end; whileRunning (if any) is called once pg_dump's output exists.
    DumpRun runDump(const DumpRequest& dumpRequest, const std::function<void(DumpTask&)>& whileRunning = {})
    {
        DumpRun run;
        PostgresEngine engine;
        std::unique_ptr<DumpTask> task = engine.createDump(dumpRequest, nullptr);
        run.partialPath = task->partialPath();
        run.finalPath = task->finalPath();
        connect(task.get(), &DumpTask::progress, this, [&run](qint64 bytes) { run.progress << bytes; });
        connect(task.get(), &DumpTask::activity, this, [&run](const QString& line) { run.activity << line; });
        connect(task.get(), &DumpTask::finished, this, [&run](const DumpOutcome& outcome) {
            run.outcome = outcome;
            ++run.finishedCount;
        });
        task->start();
        if (whileRunning) {
            QElapsedTimer timer;
            timer.start();
            while (!QFileInfo::exists(run.partialPath) && run.finishedCount == 0 && timer.elapsed() < 20'000)
                QTest::qWait(20);
            if (run.finishedCount == 0)
                whileRunning(*task);
        }
        QElapsedTimer timer;
        timer.start();
        while (run.finishedCount == 0 && timer.elapsed() < 90'000)
            QTest::qWait(20);
        QTest::qWait(50); // a second finished() would arrive now
        return run;
    }

    QString fingerprint(const QString& dbname) const
    {
        const auto out = m_cluster->query(
            dbname, QStringLiteral("select count(*) from t;"
                                   "select md5(string_agg(t::text, ',' order by id)) from t;"
                                   "select count(*) from big;"
                                   "select md5(string_agg(big::text, ',' order by id)) from big;"
                                   "select count(*) from v;"
                                   "select last_value from s;"));
        return out ? *out : QStringLiteral("error: ") + out.error().message;
    }

    // Another session holds ACCESS EXCLUSIVE on lockdb's table t until releaseLock().
    bool holdLock()
    {
        m_locker = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGAPPNAME"), kLockerApp);
        m_locker->setProcessEnvironment(env);
        m_locker->start(m_cluster->binDir() + QStringLiteral("/psql"),
                        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                         m_cluster->socketDir(), QStringLiteral("-p"), QString::number(m_cluster->port()),
                         QStringLiteral("-U"), m_cluster->superuser(), QStringLiteral("-d"),
                         QStringLiteral("lockdb")});
        m_locker->write("BEGIN; LOCK TABLE t IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(30);\n");
        m_locker->closeWriteChannel();
        for (int i = 0; i < 200; ++i) {
            const auto granted = m_cluster->query(
                QStringLiteral("lockdb"), QStringLiteral("select count(*) from pg_locks l join pg_class c on "
                                                         "c.oid = l.relation where c.relname = 't' and "
                                                         "l.mode = 'AccessExclusiveLock' and l.granted"));
            if (granted && *granted == QLatin1String("1"))
                return true;
            QTest::qWait(25);
        }
        return false;
    }

    void releaseLock()
    {
        if (!m_locker)
            return;
        (void)m_cluster->execute(QStringLiteral("postgres"),
                                 QStringLiteral("select pg_terminate_backend(pid) from pg_stat_activity "
                                                "where application_name = '%1'")
                                     .arg(kLockerApp));
        m_locker->waitForFinished(10'000);
        m_locker.reset();
    }

    QString makeStub(const QString& versionLine)
    {
        const QString path = m_work.filePath(QStringLiteral("stub-%1/pg_dump").arg(++m_stubs));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write("#!/bin/sh\necho '" + versionLine.toUtf8() + "'\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    // A pg_dump stand-in that claims a new version, runs setup, writes its --file, then runs body.
    // Tests act once the file exists, so what must be in place by then belongs in setup.
    QString makeFakePgDump(const QByteArray& body, const QByteArray& setup = {})
    {
        const QString path = m_work.filePath(QStringLiteral("fake-%1/pg_dump").arg(++m_stubs));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write("#!/bin/sh\n"
                   "if [ \"$1\" = --version ]; then echo 'pg_dump (PostgreSQL) 99.0'; exit 0; fi\n"
                   "for a in \"$@\"; do case \"$a\" in --file=*) f=\"${a#--file=}\";; esac; done\n" +
                   setup +
                   "\n"
                   "echo 'pg_dump: starting fake' >&2\n"
                   "echo partial-data > \"$f\"\n" +
                   body + "\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    // A pg_dump in its own directory, first on LARDER_PG_DUMP_SEARCH_PATH before the cluster's real
    // one, so that it is PgDumpLocator::likelyPath() but not what the locator picks. The caller
    // unsets LARDER_PG_DUMP_SEARCH_PATH.
    QString makeLikelyPgDump(const QString& dirName, const QByteArray& script)
    {
        const QString dir = m_work.filePath(QStringLiteral("%1-%2").arg(dirName).arg(++m_stubs));
        QDir().mkpath(dir);
        QFile file(dir + QStringLiteral("/pg_dump"));
        if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size())
            return QString();
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("LARDER_PG_DUMP_SEARCH_PATH", (dir + QLatin1Char(':') + m_cluster->binDir()).toLocal8Bit());
        return file.fileName();
    }

    // The dump ended with the locator's pg_dump, said so, and restores to the source's data.
    void verifyRestartedWithRealPgDump(const DumpRun& run, const QString& copy)
    {
        const QString realPgDump = m_cluster->binDir() + QStringLiteral("/pg_dump");
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.outcome.status == AttemptStatus::Success, qPrintable(run.outcome.error));
        const auto real = larder::PgDumpLocator::inspect(realPgDump);
        QVERIFY(real);
        QCOMPARE(run.outcome.toolVersion, real->versionText);
        QVERIFY2(
            run.activity.join(QLatin1Char('\n')).contains(QStringLiteral("dumping again with ") + realPgDump),
            qPrintable(run.activity.join(QLatin1Char('\n'))));
        QVERIFY(!QFileInfo::exists(run.partialPath));
        const auto restored = restore(run, DumpFormat::Custom, copy);
        QVERIFY_RESULT(restored);
        QCOMPARE(fingerprint(copy), m_sourceFingerprint);
    }

    Result<void> restore(const DumpRun& run, DumpFormat format, const QString& dbname)
    {
        if (auto created = m_cluster->createDatabase(dbname, QStringLiteral("postgres")); !created)
            return created;
        if (format == DumpFormat::Plain) {
            QByteArray sql;
            if (run.finalPath.endsWith(QLatin1String(".gz"))) {
                QProcess gunzip;
                gunzip.start(QStringLiteral("gunzip"), {QStringLiteral("-c"), run.finalPath});
                if (!gunzip.waitForFinished(30'000) || gunzip.exitCode() != 0)
                    return makeError(QStringLiteral("gunzip failed: ") + gunzip.readAllStandardError());
                sql = gunzip.readAllStandardOutput();
            } else {
                QFile file(run.finalPath);
                if (!file.open(QIODevice::ReadOnly))
                    return makeError(QStringLiteral("cannot read ") + run.finalPath);
                sql = file.readAll();
            }
            return m_cluster->execute(dbname, QString::fromUtf8(sql));
        }
        QProcess restore;
        restore.start(m_cluster->binDir() + QStringLiteral("/pg_restore"),
                      {QStringLiteral("--exit-on-error"), QStringLiteral("-h"), m_cluster->socketDir(),
                       QStringLiteral("-p"), QString::number(m_cluster->port()), QStringLiteral("-U"),
                       m_cluster->superuser(), QStringLiteral("-d"), dbname, run.finalPath});
        if (!restore.waitForFinished(60'000) || restore.exitCode() != 0)
            return makeError(QStringLiteral("pg_restore failed: ") + restore.readAllStandardError());
        return {};
    }

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<QProcess> m_locker;
    QTemporaryDir m_work;
    QString m_sourceFingerprint;
    int m_stubs = 0;

private Q_SLOTS:
    void initTestCase()
    {
        // Only what each test passes may authenticate: no password from the environment or ~/.pgpass.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        QVERIFY(m_work.isValid());

        auto cluster = PgCluster::start();
        QVERIFY_RESULT(cluster);
        m_cluster = std::move(*cluster);
        const QString appdb = QStringLiteral(
            "CREATE TABLE t (id int PRIMARY KEY, name text, amount numeric, seen timestamptz);"
            "INSERT INTO t SELECT g, 'row ' || g || ' ünïcødé', g * 1.5, "
            "  '2024-01-01'::timestamptz + g * interval '1 minute' FROM generate_series(1, 3000) g;"
            "CREATE TABLE big (id int PRIMARY KEY, payload text);"
            "INSERT INTO big SELECT g, md5(g::text) FROM generate_series(1, 20000) g;"
            "CREATE VIEW v AS SELECT id, name FROM t WHERE id % 3 = 0;"
            "CREATE SEQUENCE s;"
            "SELECT setval('s', 4242);");
        const QString lockdb = QStringLiteral("CREATE TABLE t (id int PRIMARY KEY);"
                                              "INSERT INTO t SELECT generate_series(1, 100);");
        QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
            *m_cluster, QStringLiteral("backup"), kPassword,
            {{QStringLiteral("appdb"), appdb}, {QStringLiteral("lockdb"), lockdb}}));
        m_sourceFingerprint = fingerprint(QStringLiteral("appdb"));
        QVERIFY2(m_sourceFingerprint.startsWith(QLatin1String("3000\n")), qPrintable(m_sourceFingerprint));
    }

    void cleanup() { releaseLock(); }

    void cleanupTestCase()
    {
        releaseLock();
        m_cluster.reset();
    }

    void probe_reachableServer_givesVersion()
    {
        PostgresEngine engine;
        const auto info = engine.probe(server(), QStringLiteral("appdb"), kPassword);
        QVERIFY_RESULT(info);
        QVERIFY(info->versionNumber >= 100000);
        QVERIFY2(info->versionString.startsWith(QString::number(info->majorVersion()) + QLatin1Char('.')),
                 qPrintable(info->versionString));
    }

    void probe_authFailure_namesServerAndHintsAtPassword_data()
    {
        QTest::addColumn<bool>("givePassword");
        QTest::newRow("wrong password") << true;
        QTest::newRow("no password") << false;
    }

    void probe_authFailure_namesServerAndHintsAtPassword()
    {
        QFETCH(bool, givePassword);
        PostgresEngine engine;
        const auto info = engine.probe(server(), QStringLiteral("appdb"),
                                       givePassword ? std::optional<QString>(kWrongPassword) : std::nullopt);
        QVERIFY(!info);
        const QString message = info.error().message;
        QVERIFY2(message.contains(server().displayName()), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("larder password set main")), qPrintable(message));
        QVERIFY2(!message.contains(kWrongPassword), qPrintable(message));
        QVERIFY2(!message.contains(kPassword), qPrintable(message));
    }

    void probe_stoppedServer_asksWhetherItRuns()
    {
        auto other = PgCluster::start();
        QVERIFY_RESULT(other);
        const int port = (*other)->port();
        QVERIFY((*other)->stop());
        ServerConfig config = server();
        config.port = port;
        PostgresEngine engine;
        const auto info = engine.probe(config, QStringLiteral("postgres"), kPassword);
        QVERIFY(!info);
        const QString message = info.error().message;
        QVERIFY2(message.contains(config.displayName()), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("reachable at 127.0.0.1:%1").arg(port)),
                 qPrintable(message));
        QVERIFY2(!message.contains(kPassword), qPrintable(message));
    }

    void dump_eachFormat_restoresToSameData_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("compression");
        QTest::addColumn<QString>("extension");
        QTest::newRow("custom") << int(DumpFormat::Custom) << 6 << QStringLiteral(".dump");
        QTest::newRow("custom uncompressed") << int(DumpFormat::Custom) << 0 << QStringLiteral(".dump");
        QTest::newRow("tar") << int(DumpFormat::Tar) << 6 << QStringLiteral(".tar");
        QTest::newRow("directory") << int(DumpFormat::Directory) << 3 << QStringLiteral("");
        QTest::newRow("plain") << int(DumpFormat::Plain) << 0 << QStringLiteral(".sql");
        QTest::newRow("plain gzip") << int(DumpFormat::Plain) << 6 << QStringLiteral(".sql.gz");
    }

    void dump_eachFormat_restoresToSameData()
    {
        QFETCH(int, format);
        QFETCH(int, compression);
        QFETCH(QString, extension);
        const auto dumpFormat = DumpFormat(format);
        const QString name =
            QStringLiteral("app-") + QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-');
        const DumpRequest dumpRequest = request(job(name, dumpFormat, compression));
        const DumpRun run = runDump(dumpRequest);

        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.outcome.status == AttemptStatus::Success, qPrintable(run.outcome.error));
        const QString expectedName =
            name + dumpRequest.startedUtc.toString(QStringLiteral("'_'yyyyMMdd'T'HHmmss'Z'")) + extension;
        QCOMPARE(run.outcome.path, dumpRequest.job.outputDirectory() + QLatin1Char('/') + expectedName);
        QCOMPARE(run.finalPath, run.outcome.path);
        QVERIFY(!QFileInfo::exists(run.partialPath));
        QVERIFY(!QFileInfo::exists(run.outcome.path + QStringLiteral(".sha256.partial")));
        QCOMPARE(run.outcome.bytes, DumpFinalizer::sizeOnDisk(run.outcome.path));
        QVERIFY(run.outcome.bytes > 1000);
        QVERIFY2(run.outcome.toolVersion.startsWith(QLatin1String("pg_dump (PostgreSQL) ")),
                 qPrintable(run.outcome.toolVersion));
        QVERIFY(!run.outcome.serverVersion.isEmpty());
        QVERIFY(!run.activity.isEmpty());
        QVERIFY2(run.activity.first().startsWith(QLatin1String("pg_dump: ")),
                 qPrintable(run.activity.first()));

        // Private: the job directory 0700, the dump 0600 (0700 and 0600 inside for directory format).
        QCOMPARE(modeOf(dumpRequest.job.outputDirectory()), 0700);
        QCOMPARE(modeOf(dumpRequest.job.dumpDir), 0700);
        QCOMPARE(modeOf(run.outcome.path + QStringLiteral(".sha256")), 0600);
        if (dumpFormat == DumpFormat::Directory) {
            QCOMPARE(modeOf(run.outcome.path), 0700);
            QDirIterator it(run.outcome.path, QDir::Files);
            int files = 0;
            while (it.hasNext()) {
                QCOMPARE(modeOf(it.next()), 0600);
                ++files;
            }
            QVERIFY(files >= 3);
        } else {
            QCOMPARE(modeOf(run.outcome.path), 0600);
        }

        // The sidecar verifies with sha256sum -c, and the recorded hash matches it.
        QProcess check;
        check.setWorkingDirectory(dumpRequest.job.outputDirectory());
        check.start(
            QStringLiteral("sha256sum"),
            {QStringLiteral("-c"), QFileInfo(run.outcome.path).fileName() + QStringLiteral(".sha256")});
        QVERIFY(check.waitForFinished(30'000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput() + check.readAllStandardError());
        QFile sidecar(run.outcome.path + QStringLiteral(".sha256"));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QByteArray sidecarText = sidecar.readAll();
        if (dumpFormat == DumpFormat::Directory) {
            QCOMPARE(run.outcome.sha256,
                     QString::fromLatin1(
                         QCryptographicHash::hash(sidecarText, QCryptographicHash::Sha256).toHex()));
            QVERIFY(sidecarText.contains("  " + QFile::encodeName(expectedName) + "/toc.dat\n"));
        } else {
            QCOMPARE(sidecarText,
                     run.outcome.sha256.toLatin1() + "  " + QFile::encodeName(expectedName) + '\n');
        }

        const QString restoredDb =
            QStringLiteral("restored_%1").arg(name).replace(QLatin1Char('-'), QLatin1Char('_'));
        const auto restored = restore(run, dumpFormat, restoredDb);
        QVERIFY_RESULT(restored);
        QCOMPARE(fingerprint(restoredDb), m_sourceFingerprint);
    }

    void dump_blockedByLock_reportsProgressAndKeepsPasswordOffCommandLines()
    {
        QVERIFY(holdLock());
        JobConfig config = job(QStringLiteral("locked-progress"), DumpFormat::Custom);
        config.dbname = QStringLiteral("lockdb");
        bool sawPgDump = false;
        bool passwordOnCommandLine = false;
        bool passwordInEnvironment = false;
        bool appNameSeen = false;
        const DumpRun run = runDump(request(config), [&](DumpTask& task) {
            for (int i = 0; i < 10; ++i) {
                const QString cmdlines = readCmdlines();
                sawPgDump = sawPgDump || cmdlines.contains(QStringLiteral("--file=") + task.partialPath());
                passwordOnCommandLine = passwordOnCommandLine || cmdlines.contains(kPassword);
                QTest::qWait(50);
            }
            const auto pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
            for (const QString& pid : pids) {
                QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
                QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
                if (cmdline.open(QIODevice::ReadOnly) &&
                    cmdline.readAll().contains(task.partialPath().toUtf8()) &&
                    environ.open(QIODevice::ReadOnly))
                    passwordInEnvironment = environ.readAll().contains("PGPASSWORD=" + kPassword.toUtf8());
            }
            const auto apps = m_cluster->query(
                QStringLiteral("postgres"),
                QStringLiteral(
                    "select count(*) from pg_stat_activity where application_name = 'larder:locked-progress' "
                    "and usename = 'backup' and datname = 'lockdb'"));
            appNameSeen = apps && *apps == QLatin1String("1");
            QTest::qWait(600); // at least one progress tick while blocked
            releaseLock();
        });
        QVERIFY2(run.outcome.status == AttemptStatus::Success, qPrintable(run.outcome.error));
        QVERIFY(sawPgDump);
        QVERIFY(!passwordOnCommandLine);
        QVERIFY(passwordInEnvironment);
        QVERIFY(appNameSeen);
        QVERIFY2(run.progress.size() >= 2, qPrintable(QString::number(run.progress.size())));
        for (int i = 1; i < run.progress.size(); ++i)
            QVERIFY(run.progress.at(i) > run.progress.at(i - 1));
        QCOMPARE(run.progress.last(), run.outcome.bytes);
        QVERIFY(run.activity.size() >= 5);
    }

    void cancel_whileDumping_removesPartialAndReportsCancelled_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("custom") << int(DumpFormat::Custom);
        QTest::newRow("directory") << int(DumpFormat::Directory);
    }

    void cancel_whileDumping_removesPartialAndReportsCancelled()
    {
        QFETCH(int, format);
        QVERIFY(holdLock());
        JobConfig config = job(QStringLiteral("cancelled-%1").arg(format), DumpFormat(format));
        config.dbname = QStringLiteral("lockdb");
        bool partialExisted = false;
        const DumpRun run = runDump(request(config), [&](DumpTask& task) {
            partialExisted = QFileInfo::exists(task.partialPath());
            task.cancel();
        });
        QVERIFY(partialExisted);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.outcome.status, AttemptStatus::Cancelled);
        QVERIFY(!QFileInfo::exists(run.partialPath));
        QVERIFY(!QFileInfo::exists(run.finalPath));
    }

    void cancel_duringProbe_finishesCancelledAsynchronously()
    {
        PostgresEngine engine;
        std::unique_ptr<DumpTask> task =
            engine.createDump(request(job(QStringLiteral("cancel-early"), DumpFormat::Custom)), nullptr);
        int finished = 0;
        DumpOutcome outcome;
        connect(task.get(), &DumpTask::finished, this, [&](const DumpOutcome& o) {
            outcome = o;
            ++finished;
        });
        task->start();
        task->cancel();
        QCOMPARE(finished, 0);
        QTRY_COMPARE(finished, 1);
        QCOMPARE(outcome.status, AttemptStatus::Cancelled);
        QTest::qWait(300); // the probe's late result must not produce a second finished()
        QCOMPARE(finished, 1);
        QVERIFY(!QFileInfo::exists(task->partialPath()));
    }

    // `larder run` exits right after its last task is gone: a probe still inside libpq then would
    // crash the process at exit. Destroying the task must end the probe's connection and wait for it.
    void destroyed_whileProbing_leavesNoConnectionBehind()
    {
        QTcpServer silent; // accepts, never answers: the probe waits inside libpq
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        JobConfig config = job(QStringLiteral("gone-early"), DumpFormat::Custom);
        config.server.port = silent.serverPort();
        config.server.connectTimeoutSeconds = 120;
        config.server.pgDump = makeFakePgDump("sleep 120");
        PostgresEngine engine;
        std::unique_ptr<DumpTask> task = engine.createDump(request(config), nullptr);
        task->start();
        QTRY_VERIFY(silent.hasPendingConnections());
        QTcpSocket* probe = silent.nextPendingConnection();
        QVERIFY(probe);
        QCOMPARE(probe->state(), QAbstractSocket::ConnectedState);

        task.reset();
        // The destructor waited for the probe, which closed its end: over loopback the end of the
        // stream is already here, without waiting (a probe left running would still hold it).
        char byte = 0;
        const ssize_t peeked = ::recv(int(probe->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        QVERIFY2(peeked == 0, "the probe still holds its connection after its task was destroyed");
    }

    void dump_exceedingTimeout_failsAndLeavesNoPartial()
    {
        QVERIFY(holdLock());
        JobConfig config = job(QStringLiteral("timed-out"), DumpFormat::Custom);
        config.dbname = QStringLiteral("lockdb");
        config.timeoutSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        const DumpRun run = runDump(request(config));
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.outcome.status, AttemptStatus::Failed);
        QVERIFY2(run.outcome.error.contains(QStringLiteral("timed out after 1 s")),
                 qPrintable(run.outcome.error));
        QVERIFY(timer.elapsed() < 15'000);
        QVERIFY(!QFileInfo::exists(run.partialPath));
        QVERIFY(!QFileInfo::exists(run.finalPath));
    }

    void dump_pgDumpFails_reportsExitCodeAndStderr()
    {
        JobConfig config = job(QStringLiteral("no-such-table"), DumpFormat::Custom);
        config.pgDumpArgs = {QStringLiteral("--table=nosuch"), QStringLiteral("--strict-names")};
        const DumpRun run = runDump(request(config));
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.outcome.status, AttemptStatus::Failed);
        const QString message = run.outcome.error;
        QVERIFY2(message.contains(QStringLiteral("pg_dump of no-such-table on ") + server().displayName()),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("exit code 1")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("no matching tables were found")), qPrintable(message));
        QVERIFY2(!message.contains(kPassword), qPrintable(message));
        QVERIFY(!QFileInfo::exists(run.partialPath));
    }

    void dump_wrongPassword_failsWithProbeHint()
    {
        DumpRequest dumpRequest = request(job(QStringLiteral("bad-password"), DumpFormat::Custom));
        dumpRequest.password = kWrongPassword;
        const DumpRun run = runDump(dumpRequest);
        QCOMPARE(run.outcome.status, AttemptStatus::Failed);
        QVERIFY2(run.outcome.error.contains(QStringLiteral("larder password set main")),
                 qPrintable(run.outcome.error));
        // pg_dump's own words too: the probe runs beside pg_dump, and when both fail both are said.
        QVERIFY2(run.outcome.error.contains(QStringLiteral("pg_dump of bad-password on ")),
                 qPrintable(run.outcome.error));
        QVERIFY(!run.outcome.error.contains(kWrongPassword));
    }

    void dump_configuredPgDumpTooOld_namesBothVersions()
    {
        PostgresEngine engine;
        const auto info = engine.probe(server(), QStringLiteral("appdb"), kPassword);
        QVERIFY(info);
        JobConfig config = job(QStringLiteral("old-tool"), DumpFormat::Custom);
        config.server.pgDump = makeStub(QStringLiteral("pg_dump (PostgreSQL) 9.6.0"));
        const DumpRun run = runDump(request(config));
        QCOMPARE(run.outcome.status, AttemptStatus::Failed);
        const QString message = run.outcome.error;
        QVERIFY2(message.contains(config.server.pgDump), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("version 9.6")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("runs %1").arg(info->majorVersion())), qPrintable(message));
        // The history keeps it language-neutral: the locator's words too follow a German reader.
        QCOMPARE(Message::display(run.outcome.storedError), message);
        const QString german = ShownInGerman::display(run.outcome.storedError);
        QVERIFY2(
            german.startsWith(QStringLiteral("old-tool kann nicht gesichert werden: pg_dump unter %1 hat "
                                             "Version 9.6, aber auf dem Server läuft %2: ")
                                  .arg(config.server.pgDump)
                                  .arg(info->majorVersion())),
            qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("oder setzen Sie pg_dump")), qPrintable(german));
    }

    void dump_jobDirectoryIsAFile_failsInTheReadersLanguage()
    {
        const JobConfig config = job(QStringLiteral("dir-is-file"), DumpFormat::Custom);
        QVERIFY(QDir().mkpath(config.dumpDir));
        QFile inTheWay(config.outputDirectory());
        QVERIFY(inTheWay.open(QIODevice::WriteOnly));
        inTheWay.close();
        const DumpRun run = runDump(request(config));
        QCOMPARE(run.outcome.status, AttemptStatus::Failed);
        QCOMPARE(run.outcome.error,
                 QStringLiteral("cannot dump dir-is-file: %1 exists but is not a directory: "
                                "move it away, or change dump_dir")
                     .arg(config.outputDirectory()));
        QCOMPARE(Message::display(run.outcome.storedError), run.outcome.error);
        QCOMPARE(ShownInGerman::display(run.outcome.storedError),
                 QStringLiteral("dir-is-file kann nicht gesichert werden: %1 existiert, ist aber kein "
                                "Verzeichnis: Verschieben Sie es, oder ändern Sie dump_dir")
                     .arg(config.outputDirectory()));
        QVERIFY(QFileInfo(config.outputDirectory()).isFile());
    }

    // A leftover partial that cannot be removed keeps the dump from starting; the reason, with
    // Larder's advice to remove it by hand, reads in the reader's language.
    void dump_leftoverPartialCannotBeRemoved_failsInTheReadersLanguage()
    {
        const DumpRequest dumpRequest = request(job(QStringLiteral("stuck-partial"), DumpFormat::Custom));
        PostgresEngine engine;
        const QString partial = engine.createDump(dumpRequest, nullptr)->partialPath();
        // Nested deeper than any pg_dump output: JobDirectory refuses to finish removing it.
        QString deepest = partial;
        for (int level = 0; level < 40; ++level)
            deepest += QStringLiteral("/d");
        QVERIFY(QDir().mkpath(deepest));

        const DumpRun run = runDump(dumpRequest);
        QCOMPARE(run.outcome.status, AttemptStatus::Failed);
        const QString english = QStringLiteral("; remove %1 by hand").arg(partial);
        QVERIFY2(run.outcome.error.startsWith(QStringLiteral("cannot dump stuck-partial: ")),
                 qPrintable(run.outcome.error));
        QVERIFY2(run.outcome.error.endsWith(english), qPrintable(run.outcome.error));
        QCOMPARE(Message::display(run.outcome.storedError), run.outcome.error);
        const QString german = ShownInGerman::display(run.outcome.storedError);
        QVERIFY2(german.startsWith(QStringLiteral("stuck-partial kann nicht gesichert werden: ")),
                 qPrintable(german));
        QVERIFY2(german.endsWith(QStringLiteral("; entfernen Sie %1 von Hand").arg(partial)),
                 qPrintable(german));
    }

    // The dump starts with the likely pg_dump while the probe and the locator work; when the locator
    // then picks another one (here the first candidate claims an older version than the server's),
    // the dump restarts with that one, whether the first had already exited or was still running.
    void dump_likelyPgDumpNotChosen_restartsWithTheChosenOne_data()
    {
        QTest::addColumn<QByteArray>("stubBody");
        QTest::newRow("exited at once") << QByteArray("echo not-an-archive > \"$f\"\nexit 0");
        QTest::newRow("still running") << QByteArray("echo not-an-archive > \"$f\"\nexec sleep 60");
    }

    void dump_likelyPgDumpNotChosen_restartsWithTheChosenOne()
    {
        QFETCH(QByteArray, stubBody);
        const auto restoreSearchPath = qScopeGuard([] { qunsetenv("LARDER_PG_DUMP_SEARCH_PATH"); });
        const QString stub = makeLikelyPgDump(
            QStringLiteral("likely"),
            "#!/bin/sh\n"
            "if [ \"$1\" = --version ]; then echo 'pg_dump (PostgreSQL) 9.6.0'; exit 0; fi\n"
            "for a in \"$@\"; do case \"$a\" in --file=*) f=\"${a#--file=}\";; esac; done\n" +
                stubBody + "\n");
        QVERIFY(!stub.isEmpty());
        QCOMPARE(larder::PgDumpLocator::likelyPath(QString()), stub);

        QElapsedTimer timer;
        timer.start();
        const DumpRun run = runDump(request(job(QStringLiteral("restarted"), DumpFormat::Custom)));
        QVERIFY2(timer.elapsed() < 30'000,
                 qPrintable(QString::number(timer.elapsed()))); // not the stub's 60 s
        verifyRestartedWithRealPgDump(run, QStringLiteral("restarted_copy_%1").arg(m_stubs));
    }

    // The likely pg_dump may be one that cannot run at all (here its interpreter is missing), which
    // the locator skips: the dump then goes on with the locator's choice instead of failing.
    void dump_likelyPgDumpCannotStart_restartsWithTheChosenOne()
    {
        const auto restoreSearchPath = qScopeGuard([] { qunsetenv("LARDER_PG_DUMP_SEARCH_PATH"); });
        const QString stub = makeLikelyPgDump(QStringLiteral("unstartable"), "#!/nonexistent/sh\n");
        QVERIFY(!stub.isEmpty());
        QCOMPARE(larder::PgDumpLocator::likelyPath(QString()), stub);

        const DumpRun run = runDump(request(job(QStringLiteral("unstartable"), DumpFormat::Custom)));
        verifyRestartedWithRealPgDump(run, QStringLiteral("unstartable_copy_%1").arg(m_stubs));
    }

    // Issue 16: output written once, front to back (here a stand-in pg_dump appending 1 MiB pieces
    // over a few of the follower's samples), is hashed while it is written; the checksum recorded is
    // still the whole file's. The custom format, which pg_dump rewrites at its start when it ends,
    // is hashed only at the end.
    void dump_writtenOnce_isHashedWhileWritten_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("hashedAhead");
        QTest::newRow("plain") << int(DumpFormat::Plain) << true;
        QTest::newRow("custom") << int(DumpFormat::Custom) << false;
    }

    void dump_writtenOnce_isHashedWhileWritten()
    {
        QFETCH(int, format);
        QFETCH(bool, hashedAhead);
        JobConfig config = job(QStringLiteral("app-pieces-") + QString::fromLatin1(QTest::currentDataTag()),
                               DumpFormat(format), 0);
        config.server.pgDump = makeFakePgDump("i=0; while [ $i -lt 6 ]; do head -c 1048576 /dev/urandom >> "
                                              "\"$f\"; sleep 0.3; i=$((i+1)); done");
        const DumpRun run = runDump(request(config));
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.outcome.status == AttemptStatus::Success, qPrintable(run.outcome.error));
        QFile dump(run.outcome.path);
        QVERIFY(dump.open(QIODevice::ReadOnly));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QVERIFY(hash.addData(&dump));
        QCOMPARE(run.outcome.sha256, QString::fromLatin1(hash.result().toHex()));
        QCOMPARE(run.outcome.bytes, 6 * 1024 * 1024 + qint64(sizeof("partial-data")));
        if (hashedAhead)
            QVERIFY2(run.outcome.hashedWhileWritten >= 3 * 1024 * 1024 &&
                         run.outcome.hashedWhileWritten <= run.outcome.bytes,
                     qPrintable(QString::number(run.outcome.hashedWhileWritten)));
        else
            QCOMPARE(run.outcome.hashedWhileWritten, 0);
    }

    // The probe is a second connection beside pg_dump's; when only it fails (here the server is not
    // there at all and the "pg_dump" is a stand-in), a dump that pg_dump finished is kept and the
    // probe's failure is said, not made the job's failure.
    void dump_probeFailsButPgDumpSucceeds_keepsTheDumpAndSaysSo()
    {
        JobConfig config = job(QStringLiteral("probe-only-fails"), DumpFormat::Custom);
        config.server.host = m_work.filePath(QStringLiteral("no-server-here")); // a socket directory
        config.server.pgDump = makeFakePgDump("exit 0");
        const DumpRun run = runDump(request(config));
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.outcome.status == AttemptStatus::Success, qPrintable(run.outcome.error));
        QCOMPARE(run.outcome.toolVersion, QStringLiteral("pg_dump (PostgreSQL) 99.0"));
        QVERIFY(run.outcome.serverVersion.isEmpty());
        const QString activity = run.activity.join(QLatin1Char('\n'));
        QVERIFY2(
            activity.contains(QStringLiteral("a second connection to ask the server its version failed")),
            qPrintable(activity));
        QVERIFY2(activity.contains(config.server.displayName()), qPrintable(activity));
        QVERIFY(QFileInfo::exists(run.outcome.path));
    }

    // pg_dumpall, and pg_dump with row counts, wait for the probe (ServerProbe): a server that refuses
    // fails the job with the probe's message, naming host:port, and no tool ever starts.
    void dump_serverRefuses_failsWithTheProbesErrorAndStartsNoTool_data()
    {
        QTest::addColumn<bool>("globals");
        QTest::newRow("pg_dumpall") << true;
        QTest::newRow("pg_dump with row counts") << false;
    }

    void dump_serverRefuses_failsWithTheProbesErrorAndStartsNoTool()
    {
        QFETCH(bool, globals);
        JobConfig config = job(QStringLiteral("refused"), DumpFormat::Custom);
        {
            QTcpServer bound; // a loopback port that refuses: bound and closed again
            QVERIFY(bound.listen(QHostAddress::LocalHost));
            config.server.port = bound.serverPort();
        }
        if (globals) {
            config.kind = JobKind::Globals;
            config.format = DumpFormat::Plain;
        } else {
            const auto weekly = Schedule::parse(QStringLiteral("weekly"));
            QVERIFY(weekly);
            config.testRestore = *weekly;
            QVERIFY(config.recordsRowCounts());
            config.server.pgDump = makeFakePgDump("exit 0");
        }
        const DumpRun run = runDump(request(config));
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.outcome.status, AttemptStatus::Failed);
        const QString& error = run.outcome.error;
        QVERIFY2(error.startsWith(QStringLiteral("cannot dump refused: cannot connect to ")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("reachable at 127.0.0.1:%1").arg(config.server.port)),
                 qPrintable(error));
        QVERIFY2(run.activity.isEmpty(), qPrintable(run.activity.join(QLatin1Char('\n'))));
        QVERIFY(run.outcome.toolVersion.isEmpty());
        QVERIFY(!QFileInfo::exists(run.partialPath));
    }

    void cancel_pgDumpIgnoringTerm_isKilledAfterGrace()
    {
        JobConfig config = job(QStringLiteral("stubborn"), DumpFormat::Custom);
        // The trap before the file: the test cancels as soon as it sees the file.
        config.server.pgDump = makeFakePgDump("exec sleep 60", "trap '' TERM");
        QElapsedTimer timer;
        const DumpRun run = runDump(request(config), [&](DumpTask& task) {
            timer.start();
            task.cancel();
        });
        QCOMPARE(run.outcome.status, AttemptStatus::Cancelled);
        QVERIFY2(timer.elapsed() >= 4'000 && timer.elapsed() < 15'000,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!QFileInfo::exists(run.partialPath));
    }

    void dump_pgDumpCrashes_reportsSignalAndRemovesPartial()
    {
        JobConfig config = job(QStringLiteral("crashing"), DumpFormat::Custom);
        config.server.pgDump = makeFakePgDump("echo 'pg_dump: error: about to crash' >&2\nkill -SEGV $$");
        const DumpRun run = runDump(request(config));
        QCOMPARE(run.outcome.status, AttemptStatus::Failed);
        QVERIFY2(run.outcome.error.contains(QStringLiteral("killed by signal 11")),
                 qPrintable(run.outcome.error));
        QVERIFY2(run.outcome.error.contains(QStringLiteral("about to crash")), qPrintable(run.outcome.error));
        QCOMPARE(run.outcome.toolVersion, QStringLiteral("pg_dump (PostgreSQL) 99.0"));
        QVERIFY(!QFileInfo::exists(run.partialPath));
    }

    // Something takes the final name while pg_dump runs: the finalizer refuses to overwrite it, and
    // its reason, inside the task's own words, reads in the reader's language.
    void dump_finalPathTakenWhileDumping_failsInTheReadersLanguage()
    {
        DumpRequest dumpRequest = request(job(QStringLiteral("taken-meanwhile"), DumpFormat::Custom));
        PostgresEngine engine;
        const QString finalPath = engine.createDump(dumpRequest, nullptr)->finalPath();
        dumpRequest.job.server.pgDump =
            makeFakePgDump("echo precious > '" + finalPath.toUtf8() + "'\nexit 0");
        const DumpRun run = runDump(dumpRequest);
        QCOMPARE(run.finalPath, finalPath);
        QCOMPARE(run.outcome.status, AttemptStatus::Failed);
        QCOMPARE(run.outcome.error,
                 QStringLiteral("pg_dump of taken-meanwhile finished but the dump could not "
                                "be stored: %1 already exists; larder never overwrites a "
                                "dump: move it away and run the job again")
                     .arg(finalPath));
        QCOMPARE(Message::display(run.outcome.storedError), run.outcome.error);
        QCOMPARE(
            ShownInGerman::display(run.outcome.storedError),
            QStringLiteral("pg_dump von taken-meanwhile ist beendet, aber die Sicherung konnte nicht "
                           "abgelegt werden: %1 existiert bereits; larder überschreibt nie eine Sicherung: "
                           "Verschieben Sie sie woandershin, und führen Sie den Job erneut aus")
                .arg(finalPath));
        QFile kept(finalPath);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("precious\n"));
        QVERIFY(!QFileInfo::exists(run.partialPath));
    }

    void dump_finalPathTaken_getsNextNameAndLeavesTheOldDump()
    {
        const DumpRequest dumpRequest = request(job(QStringLiteral("exists"), DumpFormat::Custom));
        PostgresEngine engine;
        const QString takenPath = engine.createDump(dumpRequest, nullptr)->finalPath();
        QVERIFY(QDir().mkpath(QFileInfo(takenPath).absolutePath()));
        QFile existing(takenPath);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious");
        existing.close();

        const DumpRun run = runDump(dumpRequest);
        QCOMPARE(run.outcome.status, AttemptStatus::Success);
        QString expected = takenPath;
        expected.replace(QStringLiteral(".dump"), QStringLiteral("-2.dump"));
        QCOMPARE(run.outcome.path, expected);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("precious"));
    }
};

QTEST_GUILESS_MAIN(tst_PostgresEngine)
#include "tst_postgresengine.moc"
