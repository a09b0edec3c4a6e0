// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ResultAssert.h"
#include "history/RunLock.h"
#include "system/ProcessHardening.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace larder;

namespace {

// Set in the child: hold a RunLock on this history path until killed.
const char* const kHoldEnv = "LARDER_TST_RUNLOCK_HOLD";
// Set in the child as well: harden it first, as larder and larder-gui do.
const char* const kHardenEnv = "LARDER_TST_RUNLOCK_HARDEN";

int modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

// Real QLockFile contents of this process, to rewrite into a lock "of" someone else.
QList<QByteArray> ownLockFileLines(const QString& dir)
{
    const QString path = dir + QStringLiteral("/sample.lock");
    QLockFile sample(path);
    if (!sample.tryLock(0))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().split('\n');
}

bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

// Qt 6.4 evaluates a QVERIFY2 description even when the check passes.
template <typename T>
const char* why(const Result<T>& result)
{
    static QByteArray text;
    text = result ? QByteArray() : result.error().message.toLocal8Bit();
    return text.constData();
}

qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
    if (!process.waitForStarted(10000))
        return 0;
    const qint64 pid = process.processId(); // reset to 0 once it has finished
    return process.waitForFinished(10000) ? pid : 0;
}

#ifdef Q_OS_LINUX
// Root's CAP_SYS_PTRACE lets it read any process's /proc/PID/exe; a user's larder has no such
// capability. Dropped from the effective set only, so the destructor can take it back.
class WithoutPtraceCapability final
{
    Q_DISABLE_COPY_MOVE(WithoutPtraceCapability)

public:
    WithoutPtraceCapability() { m_changed = setPtraceCapability(false); }
    ~WithoutPtraceCapability()
    {
        if (m_changed)
            setPtraceCapability(true);
    }

private:
    static bool setPtraceCapability(bool on)
    {
        __user_cap_header_struct header = {_LINUX_CAPABILITY_VERSION_3, 0};
        __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
        if (::syscall(SYS_capget, &header, data) != 0)
            return false;
        const __u32 bit = 1u << CAP_SYS_PTRACE; // 19: in the first word
        if (((data[0].effective & bit) != 0) == on)
            return false;
        data[0].effective = on ? (data[0].effective | bit) : (data[0].effective & ~bit);
        return ::syscall(SYS_capset, &header, data) == 0;
    }

    bool m_changed = false;
};

bool canReadProgramOf(qint64 pid)
{
    char target[4096];
    const QByteArray link = QStringLiteral("/proc/%1/exe").arg(pid).toLatin1();
    return ::readlink(link.constData(), target, sizeof target) > 0;
}
#endif

} // namespace

class TstRunLock final : public QObject
{
    Q_OBJECT

public:
    TstRunLock()
    {
        if (qEnvironmentVariableIsSet(kHardenEnv))
            ProcessHardening::apply();
        if (qEnvironmentVariableIsSet(kHoldEnv))
            holdLockUntilKilled(qEnvironmentVariable(kHoldEnv));
    }

private:
    [[noreturn]] static void holdLockUntilKilled(const QString& historyPath)
    {
        RunLock lock(historyPath);
        const auto locked = lock.tryLock();
        std::fputs(locked ? "locked\n" : qPrintable(locked.error().message + QLatin1Char('\n')), stdout);
        std::fflush(stdout);
        // Bounded, so an orphan never outlives a crashed parent for long.
        for (int i = 0; i < 600 && locked; ++i)
            QThread::msleep(100);
        std::_Exit(locked ? 0 : 1);
    }

    // Starts this binary as a child holding the lock on history (hardened first if harden) and
    // returns its first line: "locked" once it holds the lock, empty if it did not start or say so.
    static QByteArray startHolder(QProcess& holder, const QString& history, bool harden)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kHoldEnv), history);
        if (harden)
            env.insert(QString::fromLatin1(kHardenEnv), QStringLiteral("1"));
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        if (!holder.waitForStarted(10000) || !holder.waitForReadyRead(10000))
            return QByteArray();
        return holder.readLine().trimmed();
    }

private Q_SLOTS:
    void tryLock_createsLockFileBesideHistoryAndMissingDirs()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("state/larder"));
        const QString history = dir + QStringLiteral("/history.sqlite");
        RunLock lock(history);
        QCOMPARE(lock.lockFilePath(), history + QStringLiteral(".lock"));
        QVERIFY(!lock.isLocked());
        const auto result = lock.tryLock();
        QVERIFY_RESULT(result);
        QVERIFY(lock.isLocked());
        QVERIFY(QFile::exists(lock.lockFilePath()));
        QCOMPARE(modeOf(dir), 0700);
        // Locking again from the holder is not a conflict.
        QVERIFY(lock.tryLock());
    }

    void secondLock_failsNamingPidHostPathAndTime()
    {
        QTemporaryDir tmp;
        const QString history = tmp.filePath(QStringLiteral("history.sqlite"));
        RunLock first(history);
        QVERIFY(first.tryLock());
        RunLock second(history);
        const auto result = second.tryLock();
        QVERIFY(!result);
        QVERIFY(!second.isLocked());
        const QString message = result.error().message;
        QVERIFY2(message.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(message));
        QVERIFY2(message.contains(QSysInfo::machineHostName()), qPrintable(message));
        QVERIFY2(message.contains(first.lockFilePath()), qPrintable(message));
        QVERIFY2(message.contains(QDate::currentDate().toString(Qt::ISODate)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("delete")), qPrintable(message));
        QVERIFY(first.isLocked());
    }

    void unlock_letsTheNextRunLock()
    {
        QTemporaryDir tmp;
        const QString history = tmp.filePath(QStringLiteral("history.sqlite"));
        RunLock first(history);
        RunLock second(history);
        QVERIFY(first.tryLock());
        QVERIFY(!second.tryLock());
        first.unlock();
        QVERIFY(!first.isLocked());
        QVERIFY(!QFile::exists(first.lockFilePath()));
        const auto result = second.tryLock();
        QVERIFY_RESULT(result);
        QVERIFY(second.isLocked());
    }

    void destroyingTheHolder_releasesTheLock()
    {
        QTemporaryDir tmp;
        const QString history = tmp.filePath(QStringLiteral("history.sqlite"));
        {
            RunLock first(history);
            QVERIFY(first.tryLock());
        }
        RunLock second(history);
        QVERIFY(second.tryLock());
    }

    void lockOfLiveProcess_isKept_andRecoveredAfterSigkill()
    {
        QTemporaryDir tmp;
        const QString history = tmp.filePath(QStringLiteral("history.sqlite"));
        QProcess holder;
        QCOMPARE(startHolder(holder, history, false), QByteArray("locked"));

        RunLock lock(history);
        const auto refused = lock.tryLock();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("pid %1").arg(holder.processId())),
                 why(refused));
        QVERIFY2(refused.error().message.contains(lock.lockFilePath()), why(refused));

        holder.kill(); // SIGKILL: the lock file stays behind, naming a dead pid
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFile::exists(lock.lockFilePath()));

        const auto recovered = lock.tryLock();
        QVERIFY_RESULT(recovered);
        QVERIFY(lock.isLocked());
    }

    void lockOfNonDumpableProcess_isKeptThoughItsProgramCannotBeRead()
    {
#ifdef Q_OS_LINUX
        // Another larder of the same user cannot read a hardened larder's /proc/PID/exe, so QLockFile
        // takes its lock for one of a reused pid; only the flock() it holds on the file keeps the lock.
        QTemporaryDir tmp;
        const QString history = tmp.filePath(QStringLiteral("history.sqlite"));
        QProcess holder;
        QCOMPARE(startHolder(holder, history, true), QByteArray("locked"));

        RunLock lock(history);
        {
            const WithoutPtraceCapability asAUser;
            QVERIFY2(!canReadProgramOf(holder.processId()), "the case this test is about did not arise");
            const auto refused = lock.tryLock();
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("pid %1").arg(holder.processId())),
                     why(refused));
        }
        QVERIFY(QFile::exists(lock.lockFilePath()));
        QVERIFY(!lock.isLocked());

        holder.kill();
        QVERIFY(holder.waitForFinished(10000));
        const auto recovered = lock.tryLock();
        QVERIFY_RESULT(recovered);
#else
        QSKIP("PR_SET_DUMPABLE is Linux only");
#endif
    }

    void craftedLockOfDeadPid_isRecovered()
    {
        QTemporaryDir tmp;
        const QString history = tmp.filePath(QStringLiteral("history.sqlite"));
        QList<QByteArray> lines = ownLockFileLines(tmp.path());
        QVERIFY(lines.size() >= 3);
        const qint64 pid = deadPid();
        QVERIFY(pid > 0);
        lines[0] = QByteArray::number(pid);
        QVERIFY(writeFile(history + QStringLiteral(".lock"), lines.join('\n')));

        RunLock lock(history);
        const auto result = lock.tryLock();
        QVERIFY_RESULT(result);
        QFile file(lock.lockFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine().trimmed(), QByteArray::number(QCoreApplication::applicationPid()));
    }

    void oldLockOfOtherHost_isNotStolenByAge()
    {
        QTemporaryDir tmp;
        const QString history = tmp.filePath(QStringLiteral("history.sqlite"));
        const QString lockPath = history + QStringLiteral(".lock");
        QList<QByteArray> lines = ownLockFileLines(tmp.path());
        QVERIFY(lines.size() >= 3);
        // The pid cannot be checked on another host, so only a person can declare it dead.
        lines[0] = QByteArray::number(deadPid());
        lines[2] = "backup-host-2";
        for (int i = 3; i < lines.size(); ++i)
            lines[i] = lines[i].isEmpty() ? lines[i] : QByteArray("0123456789abcdef");
        QVERIFY(writeFile(lockPath, lines.join('\n')));
        const QDateTime since(QDate(2026, 1, 2), QTime(12, 30, 15), Qt::LocalTime);
        {
            QFile file(lockPath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(since, QFileDevice::FileModificationTime));
        }

        RunLock lock(history);
        const auto result = lock.tryLock();
        QVERIFY(!result);
        const QString message = result.error().message;
        QVERIFY2(message.contains(QStringLiteral("backup-host-2")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("since 2026-01-02 12:30:15")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("delete %1").arg(lockPath)), qPrintable(message));
        QVERIFY(QFile::exists(lockPath));
    }

    void unreadableLockFile_isKeptWithAdviceToDeleteIt()
    {
        QTemporaryDir tmp;
        const QString history = tmp.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(writeFile(history + QStringLiteral(".lock"), QByteArray()));
        RunLock lock(history);
        const auto result = lock.tryLock();
        QVERIFY(!result);
        const QString message = result.error().message;
        QVERIFY2(message.contains(QStringLiteral("delete %1").arg(lock.lockFilePath())), qPrintable(message));
        QVERIFY(QFile::exists(lock.lockFilePath()));
    }

    void uncreatableDirectory_isItsOwnErrorNamingThePath()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("plain-file"));
        QVERIFY(writeFile(file, "x"));
        RunLock lock(file + QStringLiteral("/larder/history.sqlite"));
        const auto result = lock.tryLock();
        QVERIFY(!result);
        const QString message = result.error().message;
        QVERIFY2(message.contains(file + QStringLiteral("/larder")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("another larder run")), qPrintable(message));
        QVERIFY(!lock.isLocked());
    }
};

QTEST_GUILESS_MAIN(TstRunLock)
#include "tst_runlock.moc"
