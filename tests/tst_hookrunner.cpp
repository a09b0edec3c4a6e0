// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// HookRunner: a hook's argv runs as written (no shell unless asked), with the LARDER_* variables
// beside the inherited environment, stdin closed; its exit code, output (bounded) and a timeout that
// kills the hook with everything it forked come back as a HookResult, without blocking the event loop.

#include "hooks/HookResult.h"
#include "hooks/HookRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace larder;

namespace {

// Runs one hook to its end on the event loop; the lines it wrote go to *lines.
HookResult runHook(const QStringList& argv, const QMap<QString, QString>& variables = {},
                   int timeoutSeconds = 30, QStringList* lines = nullptr)
{
    HookRunner runner(QStringLiteral("after_dump"), argv, variables, timeoutSeconds);
    QSignalSpy finished(&runner, &HookRunner::finished);
    QObject::connect(&runner, &HookRunner::outputLine, &runner, [lines](const QString&, const QString& line) {
        if (lines)
            lines->append(line);
    });
    runner.start();
    if (!finished.wait(60'000))
        return HookResult{};
    return finished.constFirst().constFirst().value<HookResult>();
}

// A process that is gone, or a zombie nobody has reaped yet: it runs no more.
bool isGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close >= 0 && text.mid(close + 2, 1) == "Z";
}

bool waitGone(qint64 pid, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!isGone(pid)) {
        if (waited.hasExpired(timeoutMs))
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace

class TestHookRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<HookResult>(); }

    void exitZero_isOkWithOutput()
    {
        QStringList lines;
        const HookResult result = runHook(
            {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2")}, {},
            30, &lines);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.hook, QStringLiteral("after_dump"));
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.output.contains(QLatin1String("out\n")));
        QVERIFY(result.output.contains(QLatin1String("err\n")));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.contains(QStringLiteral("err")));
    }

    void argvIsNotSplitByAShell()
    {
        QTemporaryDir dir;
        const QString odd = dir.filePath(QStringLiteral("a b; echo injected"));
        const HookResult result = runHook({QStringLiteral("/usr/bin/touch"), odd});
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(QFile::exists(odd));
        QVERIFY(!result.output.contains(QLatin1String("injected")));
    }

    void variablesAreAddedToTheEnvironment()
    {
        qputenv("LARDER_TEST_INHERITED", "kept");
        const HookResult result = runHook(
            {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
             QStringLiteral(
                 "printf '%s|%s|%s' \"$LARDER_JOB\" \"$LARDER_DUMP_PATH\" \"$LARDER_TEST_INHERITED\"")},
            {{QStringLiteral("LARDER_JOB"), QStringLiteral("app")},
             {QStringLiteral("LARDER_DUMP_PATH"), QStringLiteral("/d/app 1.dump")}});
        qunsetenv("LARDER_TEST_INHERITED");
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.output, QStringLiteral("app|/d/app 1.dump|kept"));
    }

    void stdinIsClosed()
    {
        // cat on a closed (null) stdin ends at once instead of waiting for input that never comes.
        const HookResult result = runHook({QStringLiteral("/bin/cat")}, {}, 10);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.output.isEmpty());
    }

    void nonZeroExit_failsWithCodeAndLastLine()
    {
        const HookResult result = runHook({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                           QStringLiteral("echo first; echo 'bucket is full' >&2; exit 3")});
        QVERIFY(!result.ok);
        QVERIFY(!result.timedOut);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.error.contains(QLatin1String("exited with code 3")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("bucket is full")), qPrintable(result.error));
    }

    void missingProgram_failsToStart()
    {
        const HookResult result = runHook({QStringLiteral("/nonexistent/hook")});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("/nonexistent/hook")), qPrintable(result.error));
    }

    void timeout_killsTheHookAndItsGrandchild()
    {
        QTemporaryDir dir;
        const QString pids = dir.filePath(QStringLiteral("pids"));
        QElapsedTimer elapsed;
        elapsed.start();
        // sh forks a sleeping child and waits: killing sh alone would leave sleep behind.
        const HookResult result =
            runHook({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                     QStringLiteral("sleep 300 & echo $$ $! > '%1'; echo started; wait").arg(pids)},
                    {}, 1);
        QVERIFY(result.timedOut);
        QVERIFY(!result.ok);
        QVERIFY2(elapsed.elapsed() < 20'000, "the timeout did not end the hook");
        QVERIFY2(result.error.contains(QLatin1String("did not finish within 1 second")),
                 qPrintable(result.error));
        QVERIFY(result.output.contains(QLatin1String("started")));
        QFile file(pids);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> both = file.readAll().trimmed().split(' ');
        QCOMPARE(both.size(), 2);
        QVERIFY2(waitGone(both.at(0).toLongLong(), 5'000), "the hook's shell survived");
        QVERIFY2(waitGone(both.at(1).toLongLong(), 5'000), "the hook's sleeping grandchild survived");
    }

    void eventLoopRunsWhileAHookRuns()
    {
        HookRunner runner(QStringLiteral("before_dump"), {QStringLiteral("/bin/sleep"), QStringLiteral("1")},
                          {}, 30);
        QSignalSpy finished(&runner, &HookRunner::finished);
        int ticks = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&ticks] { ++ticks; });
        ticker.start(50);
        runner.start(); // returns at once
        QVERIFY(finished.isEmpty());
        QVERIFY(finished.wait(10'000));
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        QVERIFY(finished.constFirst().constFirst().value<HookResult>().ok);
    }

    void output_isBoundedToTheLastBytes()
    {
        // 200 KiB of numbered lines: the result keeps the end, never more than the limit.
        const HookResult result =
            runHook({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                     QStringLiteral(
                         "i=0; while [ $i -lt 20000 ]; do echo \"line $i 0123456789\"; i=$((i+1)); done")});
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.truncated);
        QVERIFY(result.output.toUtf8().size() <= HookRunner::kOutputLimit);
        QVERIFY(result.output.toUtf8().size() > HookRunner::kOutputLimit / 2);
        QVERIFY(result.output.endsWith(QLatin1String("line 19999 0123456789\n")));
        QVERIFY(!result.output.contains(QLatin1String("line 0 ")));
    }
};

QTEST_GUILESS_MAIN(TestHookRunner)
#include "tst_hookrunner.moc"
