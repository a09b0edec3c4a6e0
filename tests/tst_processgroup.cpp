// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// ProcessGroup: a child and everything it forked stop together, whether a run times out, is
// interrupted or is signalled; a short tool's output and exit code come back whole.

#include "ResultAssert.h"
#include "TestProcesses.h"
#include "system/ProcessGroup.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <chrono>
#include <csignal>
#include <memory>
#include <thread>
#include <unistd.h>

using namespace larder;

namespace {

// A `sleep` argument no other process on the machine has: "300.<pid><n>".
QString uniqueSleep()
{
    static int counter = 0;
    return QStringLiteral("300.%1%2").arg(::getpid()).arg(++counter);
}

// A shell leading a group: two sleeps in the background, and the shell waiting for them.
QStringList forkingShell(const QString& marker)
{
    return {QStringLiteral("-c"), QStringLiteral("sleep %1 & sleep %1 & wait").arg(marker)};
}

// Live processes whose command line is `sleep marker` (a zombie's command line is empty).
QList<pid_t> sleepPids(const QString& marker)
{
    const QByteArray wanted = QByteArray("sleep") + '\0' + marker.toLatin1() + '\0';
    QList<pid_t> found;
    for (const TestProcesses::CommandLine& line : TestProcesses::allCommandLines()) {
        // "sleep" or "/usr/bin/sleep": compare from the last path component.
        const auto slash = line.raw.left(line.raw.indexOf('\0')).lastIndexOf('/');
        if (line.raw.mid(slash + 1) == wanted)
            found.append(pid_t(line.pid));
    }
    return found;
}

int sleepsAlive(const QString& marker)
{
    return int(sleepPids(marker).size());
}

// Polls until count sleeps are alive, or timeoutMs passes; the number last seen.
int waitForSleeps(const QString& marker, int count, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    int alive = sleepsAlive(marker);
    while (alive != count && waited.elapsed() < timeoutMs) {
        QTest::qWait(50);
        alive = sleepsAlive(marker);
    }
    return alive;
}

// Kills this test's leftovers by pid, so a failing test does not leave sleeps behind for five minutes.
void killSleeps(const QString& marker)
{
    for (const pid_t pid : sleepPids(marker))
        ::kill(pid, SIGKILL);
}

} // namespace

class tst_ProcessGroup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void run_timeoutStopsTheLeaderAndEveryChild();
    void run_interruptFromAnotherThreadStopsTheLeaderAndEveryChild();
    void run_nonZeroExitIsAnOutputWithBothStreams();
    void run_missingProgramIsAnErrorNamingIt();
    void run_moreOutputThanAPipeHoldsCompletes();
    void signal_reachesTheChildrenOfAGroupLeader();
};

void tst_ProcessGroup::run_timeoutStopsTheLeaderAndEveryChild()
{
    const QString marker = uniqueSleep();
    QElapsedTimer elapsed;
    elapsed.start();
    const auto result = ProcessGroup::run(QStringLiteral("sh"), forkingShell(marker), 1000);
    const qint64 took = elapsed.elapsed();
    const int left = waitForSleeps(marker, 0, 5'000);
    killSleeps(marker);

    QVERIFY2(!result, "a shell waiting on two sleeps of 300 s finished within 1 s");
    QVERIFY2(took < 10'000, qPrintable(QStringLiteral("took %1 ms").arg(took)));
    QVERIFY2(took >= 900, qPrintable(QStringLiteral("stopped after %1 ms, before its timeout").arg(took)));
    QVERIFY2(result.error().message.contains(QLatin1String("did not finish within 1 s")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QLatin1String("sh")), qPrintable(result.error().message));
    QVERIFY2(left == 0, qPrintable(QStringLiteral("%1 of the shell's sleeps outlived it").arg(left)));
}

void tst_ProcessGroup::run_interruptFromAnotherThreadStopsTheLeaderAndEveryChild()
{
    const QString marker = uniqueSleep();
    const auto interrupt = std::make_shared<std::atomic_bool>(false);
    std::thread setter([interrupt] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        interrupt->store(true);
    });
    QElapsedTimer elapsed;
    elapsed.start();
    // No timeout: only the interrupt can end it.
    const auto result = ProcessGroup::run(QStringLiteral("sh"), forkingShell(marker), 0, interrupt);
    const qint64 took = elapsed.elapsed();
    setter.join();
    const int left = waitForSleeps(marker, 0, 5'000);
    killSleeps(marker);

    QVERIFY2(!result, "the run ended although only the interrupt could end it");
    QVERIFY2(took < 10'000, qPrintable(QStringLiteral("took %1 ms").arg(took)));
    QVERIFY2(result.error().message.contains(QLatin1String("was stopped")),
             qPrintable(result.error().message));
    QVERIFY2(left == 0, qPrintable(QStringLiteral("%1 of the shell's sleeps outlived it").arg(left)));
}

void tst_ProcessGroup::run_nonZeroExitIsAnOutputWithBothStreams()
{
    const auto result = ProcessGroup::run(
        QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("echo to-stdout; echo to-stderr >&2; exit 3")}, 30'000);
    QVERIFY_RESULT(result);
    QCOMPARE(result->exitCode, 3);
    QVERIFY(!result->crashed);
    QCOMPARE(result->standardOutput, QByteArray("to-stdout\n"));
    QCOMPARE(result->standardError, QByteArray("to-stderr\n"));
}

void tst_ProcessGroup::run_missingProgramIsAnErrorNamingIt()
{
    const QString program = QStringLiteral("/nonexistent/larder-no-such-tool");
    QElapsedTimer elapsed;
    elapsed.start();
    const auto result = ProcessGroup::run(program, {QStringLiteral("--version")}, 30'000);
    QVERIFY2(!result, "a program that does not exist ran");
    QVERIFY2(result.error().message.contains(program), qPrintable(result.error().message));
    QVERIFY2(elapsed.elapsed() < 10'000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed.elapsed())));
}

void tst_ProcessGroup::run_moreOutputThanAPipeHoldsCompletes()
{
    constexpr int kBytes = 1'000'000; // about 15 times a Linux pipe's 64 KiB
    QElapsedTimer elapsed;
    elapsed.start();
    const auto result = ProcessGroup::run(
        QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("head -c %1 /dev/zero; head -c %1 /dev/zero >&2").arg(kBytes)},
        60'000);
    QVERIFY_RESULT(result);
    QCOMPARE(result->exitCode, 0);
    QCOMPARE(result->standardOutput.size(), kBytes);
    QCOMPARE(result->standardError.size(), kBytes);
    QCOMPARE(result->standardOutput.count('\0'), kBytes);
    QVERIFY2(elapsed.elapsed() < 30'000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed.elapsed())));
}

void tst_ProcessGroup::signal_reachesTheChildrenOfAGroupLeader()
{
    const QString marker = uniqueSleep();
    QProcess process;
    ProcessGroup::setUp(process);
    process.start(QStringLiteral("sh"), forkingShell(marker));
    QVERIFY2(process.waitForStarted(10'000), qPrintable(process.errorString()));
    const int started = waitForSleeps(marker, 2, 10'000);
    if (started != 2) {
        process.kill();
        process.waitForFinished(5'000);
        killSleeps(marker);
        QFAIL(qPrintable(QStringLiteral("%1 sleeps started, not 2").arg(started)));
    }
    // The group's id is the leader's pid: setUp made it a group of its own.
    QCOMPARE(::getpgid(pid_t(process.processId())), pid_t(process.processId()));

    ProcessGroup::signal(&process, SIGTERM);
    const bool finished = process.waitForFinished(10'000);
    const int left = waitForSleeps(marker, 0, 5'000);
    if (!finished) {
        process.kill();
        process.waitForFinished(5'000);
    }
    killSleeps(marker);

    QVERIFY2(finished, "the shell did not end on SIGTERM");
    QCOMPARE(process.exitStatus(), QProcess::CrashExit); // ended by the signal
    QVERIFY2(left == 0, qPrintable(QStringLiteral("%1 of the shell's sleeps did not get SIGTERM").arg(left)));
}

QTEST_GUILESS_MAIN(tst_ProcessGroup)
#include "tst_processgroup.moc"
