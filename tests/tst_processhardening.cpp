// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "system/ProcessHardening.h"

#include "TestFiles.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <grp.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace larder;

using namespace TestFiles;

namespace {

// Set in a child started by this test: print its own dumpable flag and core limit, then exit.
const char* const kReportEnv = "LARDER_TST_HARDENING_REPORT";
constexpr uid_t kNobody = 65534;

// The soft and hard core limits in /proc/PID/limits, e.g. "0 0" or "unlimited unlimited".
QByteArray coreLimitsOf(qint64 pid)
{
    const QList<QByteArray> lines = readFile(QStringLiteral("/proc/%1/limits").arg(pid)).split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("Max core file size")) {
            const QList<QByteArray> words = line.simplified().split(' ');
            return words.size() >= 6 ? words.at(4) + ' ' + words.at(5) : QByteArray();
        }
    }
    return QByteArray();
}

// The kernel gives /proc/PID/status to root instead of the process's user while the process is
// not dumpable: the one sign of that flag another process can see.
uint statusOwnerOf(qint64 pid)
{
    return QFileInfo(QStringLiteral("/proc/%1/status").arg(pid)).ownerId();
}

uint realUidOf(qint64 pid)
{
    const QList<QByteArray> lines = readFile(QStringLiteral("/proc/%1/status").arg(pid)).split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("Uid:"))
            return line.simplified().split(' ').value(1).toUInt();
    }
    return uint(-1);
}

// As root, the child runs as nobody: root's /proc files belong to root either way.
void startAsOtherUserIfRoot(QProcess& process)
{
    if (::geteuid() != 0)
        return;
    process.setChildProcessModifier([] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
            ::_exit(127);
    });
}

} // namespace

class TestProcessHardening final : public QObject
{
    Q_OBJECT

public:
    TestProcessHardening()
    {
        if (qEnvironmentVariableIsSet(kReportEnv))
            reportAndExit();
    }

private:
    [[noreturn]] static void reportAndExit()
    {
        rlimit core = {};
        ::getrlimit(RLIMIT_CORE, &core);
        std::printf("dumpable=%d core=%llu/%llu\n", ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0),
                    static_cast<unsigned long long>(core.rlim_cur),
                    static_cast<unsigned long long>(core.rlim_max));
        std::fflush(stdout);
        std::_Exit(0);
    }

    // Waits until the child is not dumpable and has no core limit left, or until the deadline.
    static void waitForHardening(qint64 pid)
    {
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && (statusOwnerOf(pid) != 0 || coreLimitsOf(pid) != "0 0"))
            QTest::qWait(20);
    }

private Q_SLOTS:
    void apply_makesTheProcessNonDumpableWithoutCoreFiles()
    {
        // Core files on first (as far as the hard limit lets), so apply() has something to turn off.
        rlimit core = {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        core.rlim_cur = core.rlim_max;
        QCOMPARE(::setrlimit(RLIMIT_CORE, &core), 0);
        if (core.rlim_max == 0)
            QSKIP("core files are already off for good here, so apply() cannot be seen turning them off");
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);

        ProcessHardening::apply();

        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        // A second call is harmless and quiet.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        ProcessHardening::apply();
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }

    void programsStartedAfterwards_areDumpableButWriteNoCoreFiles()
    {
        ProcessHardening::apply();
        // pg_dump and psql, as this test's own binary: execve() sets dumpable back, so Larder's
        // hardening does not spread to them (other than the inherited core limit, on purpose).
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kReportEnv), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("dumpable=1 core=0/0"));
    }

    void realBinary_isNotDumpableAndWritesNoCoreFiles_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        // Waits for a password on standard input, which the test keeps open.
        QTest::newRow("larder password set")
            << QStringLiteral(LARDER_EXECUTABLE)
            << QStringList{QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("one")};
#ifdef LARDER_GUI_EXECUTABLE
        QTest::newRow("larder-gui") << QStringLiteral(LARDER_GUI_EXECUTABLE)
                                    << QStringList{QStringLiteral("--minimized")};
#endif
    }

    void realBinary_isNotDumpableAndWritesNoCoreFiles()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        // A binary its user cannot read would be made non-dumpable by execve() alone.
        QVERIFY(QFileInfo(program).permissions().testFlag(QFileDevice::ReadOther));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        if (::geteuid() == 0)
            QCOMPARE(::chown(QFile::encodeName(home.path()).constData(), kNobody, kNobody), 0);
        const QString config = home.filePath(QStringLiteral("larder.toml"));
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("[defaults]\n"
                                      "dump_dir = \"%1/dumps\"\n"
                                      "history = \"%1/history.sqlite\"\n"
                                      "\n"
                                      "[servers.one]\n"
                                      "host = \"127.0.0.1\"\n"
                                      "port = 1\n"
                                      "user = \"backup\"\n")
                           .arg(home.path())
                           .toUtf8());
        }
        QVERIFY(QFile::setPermissions(config, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));

        const auto start = [&](QProcess& process, const QString& binary, const QStringList& args) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), home.path());
            for (const char* name : {"XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                     "XDG_STATE_HOME", "DISPLAY", "WAYLAND_DISPLAY"})
                env.remove(QString::fromLatin1(name));
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            process.setProcessEnvironment(env);
            startAsOtherUserIfRoot(process);
            process.start(binary, args);
        };

        // The control: the same measurement on a plain program sees its user, not root.
        QProcess control;
        start(control, QStandardPaths::findExecutable(QStringLiteral("cat")), {});
        QVERIFY(control.waitForStarted(10000));
        QTRY_COMPARE(realUidOf(control.processId()), ::geteuid() == 0 ? kNobody : ::getuid());
        QCOMPARE(statusOwnerOf(control.processId()), realUidOf(control.processId()));

        QProcess larder;
        start(larder, program, arguments + QStringList{QStringLiteral("--config"), config});
        QVERIFY(larder.waitForStarted(10000));
        const qint64 pid = larder.processId();
        waitForHardening(pid);
        const uint uid = realUidOf(pid);
        QCOMPARE(uid, ::geteuid() == 0 ? kNobody : ::getuid());
        QVERIFY(uid != 0);
        QCOMPARE(statusOwnerOf(pid), 0u);
        QCOMPARE(coreLimitsOf(pid), QByteArray("0 0"));
        // Its environment, where a password could be, is closed to the user's other processes.
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/environ").arg(pid)).ownerId(), 0u);
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/environ").arg(pid)).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(larder.state(), QProcess::Running);

        for (QProcess* process : {&larder, &control}) {
            process->closeWriteChannel();
            process->terminate();
            if (!process->waitForFinished(10000))
                process->kill();
        }
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
