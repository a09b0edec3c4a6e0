// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "system/ProcessGroup.h"

#include <QDeadlineTimer>
#include <QProcess>

#include <csignal>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace larder {

namespace {

constexpr int kSliceMs = 100;
constexpr int kStopGraceMs = 2'000;

void stop(QProcess& process)
{
    ProcessGroup::signal(&process, SIGTERM);
    if (!process.waitForFinished(kStopGraceMs)) {
        ProcessGroup::signal(&process, SIGKILL);
        process.waitForFinished(kStopGraceMs);
    }
}

} // namespace

void ProcessGroup::setUp(QProcess& process)
{
    process.setChildProcessModifier([] {
        ::umask(077);
        ::setpgid(0, 0);
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    });
}

void ProcessGroup::signal(const QProcess* process, int signalNumber)
{
    if (!process || process->state() == QProcess::NotRunning || process->processId() <= 0)
        return;
    const auto pid = pid_t(process->processId());
    // The group exists once the child has called setpgid; a moment before that, only the child does.
    if (::kill(-pid, signalNumber) != 0)
        ::kill(pid, signalNumber);
}

Result<ProcessGroup::Output> ProcessGroup::run(const QString& program, const QStringList& arguments,
                                               int timeoutMs,
                                               const std::shared_ptr<std::atomic_bool>& interrupt,
                                               const std::optional<QProcessEnvironment>& environment)
{
    QProcess process;
    setUp(process);
    if (environment)
        process.setProcessEnvironment(*environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted())
        return makeError(tr("could not run %1: %2").arg(program, process.errorString()));
    const QDeadlineTimer deadline =
        timeoutMs > 0 ? QDeadlineTimer(qint64(timeoutMs)) : QDeadlineTimer(QDeadlineTimer::Forever);
    Output output;
    // Drained as it comes: a tool that writes more than a pipe holds would otherwise never end.
    while (!process.waitForFinished(kSliceMs)) {
        output.standardOutput += process.readAllStandardOutput();
        output.standardError += process.readAllStandardError();
        if (interrupt && interrupt->load()) {
            stop(process);
            return makeError(tr("%1 was stopped").arg(program));
        }
        if (deadline.hasExpired()) {
            stop(process);
            return makeError(
                tr("%1 did not finish within %2 s and was stopped").arg(program).arg(timeoutMs / 1000));
        }
    }
    output.standardOutput += process.readAllStandardOutput();
    output.standardError += process.readAllStandardError();
    output.crashed = process.exitStatus() != QProcess::NormalExit;
    output.exitCode = process.exitCode();
    return output;
}

} // namespace larder
