// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "hooks/HookRunner.h"

#include "base/LogCategories.h"
#include "system/ProcessGroup.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <csignal>
#include <sys/types.h>

namespace larder {

namespace {

// A single line longer than this is passed on in pieces, so a hook writing no newline cannot grow
// the pending buffer without bound.
constexpr qsizetype kLineLimit = 4096;

} // namespace

HookRunner::HookRunner(QString hook, QStringList argv, QMap<QString, QString> variables, int timeoutSeconds,
                       QObject* parent)
    : QObject(parent), m_hook(std::move(hook)), m_argv(std::move(argv)), m_variables(std::move(variables)),
      m_timeoutSeconds(timeoutSeconds)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HookRunner::onTimeout);
}

HookRunner::~HookRunner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        ProcessGroup::signal(m_process, SIGKILL);
        m_process->waitForFinished(2'000);
    }
}

void HookRunner::start()
{
    Q_ASSERT(!m_process && !m_argv.isEmpty());
    m_elapsed.start();
    m_startedUtc = QDateTime::currentDateTimeUtc();
    m_process = new QProcess(this);
    ProcessGroup::setUp(*m_process);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = m_variables.cbegin(); it != m_variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    m_process->setProcessEnvironment(environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::started, this, [this] { m_pid = m_process->processId(); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &HookRunner::readOutput);
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { onProcessFinished(exitCode, int(status)); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others end in finished()
        HookResult result;
        result.message = Message::of<HookRunner>(QT_TR_NOOP("%1 could not start %2: %3"))
                             .arg(m_hook)
                             .arg(m_argv.constFirst())
                             .arg(m_process->errorString());
        finish(result);
    });
    qCDebug(lcHooks) << "starting" << m_hook << m_argv;
    if (m_timeoutSeconds > 0)
        m_timer.start(std::chrono::seconds(m_timeoutSeconds));
    m_process->start(m_argv.constFirst(), m_argv.mid(1));
}

void HookRunner::cancel()
{
    if (m_done || !m_process)
        return;
    m_cancelled = true;
    ProcessGroup::signal(m_process, SIGKILL);
}

void HookRunner::readOutput()
{
    const QByteArray chunk = m_process->readAll();
    m_tail += chunk;
    if (m_tail.size() > kOutputLimit) {
        m_tail.remove(0, m_tail.size() - kOutputLimit);
        m_truncated = true;
    }
    m_pending += chunk;
    emitLines(false);
}

void HookRunner::emitLines(bool flushPartial)
{
    qsizetype from = 0;
    for (qsizetype nl = m_pending.indexOf('\n'); nl >= 0; nl = m_pending.indexOf('\n', from)) {
        Q_EMIT outputLine(m_hook, QString::fromUtf8(m_pending.mid(from, nl - from)).trimmed());
        from = nl + 1;
    }
    m_pending.remove(0, from);
    while (m_pending.size() > kLineLimit) {
        Q_EMIT outputLine(m_hook, QString::fromUtf8(m_pending.left(kLineLimit)));
        m_pending.remove(0, kLineLimit);
    }
    if (flushPartial && !m_pending.trimmed().isEmpty())
        Q_EMIT outputLine(m_hook, QString::fromUtf8(m_pending).trimmed());
    if (flushPartial)
        m_pending.clear();
}

void HookRunner::onTimeout()
{
    m_timedOut = true;
    // The whole group: `sh -c "sleep 600"` forks, and killing only sh would leave sleep holding the pipe.
    ProcessGroup::signal(m_process, SIGKILL);
}

void HookRunner::onProcessFinished(int exitCode, int exitStatus)
{
    // Anything the hook left running in its group goes too: it would outlive the run otherwise.
    if (m_pid > 0)
        ::kill(-pid_t(m_pid), SIGKILL);
    readOutput();
    emitLines(true);
    HookResult result;
    result.exitCode = exitCode;
    if (m_timedOut) {
        result.timedOut = true;
        result.message =
            Message::of<HookRunner>(QT_TR_N_NOOP("%1 did not finish within %n second(s) and was killed"))
                .withCount(m_timeoutSeconds)
                .arg(m_hook);
    } else if (m_cancelled) {
        result.message = Message::of<HookRunner>(QT_TR_NOOP("%1 was stopped")).arg(m_hook);
    } else if (exitStatus == QProcess::CrashExit) {
        result.message = Message::of<HookRunner>(QT_TR_NOOP("%1 was killed by a signal")).arg(m_hook);
    } else if (exitCode != 0) {
        result.message =
            Message::of<HookRunner>(QT_TR_NOOP("%1 exited with code %2")).arg(m_hook).arg(qint64(exitCode));
    } else {
        result.ok = true;
    }
    finish(result);
}

void HookRunner::finish(HookResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    result.hook = m_hook;
    result.startedUtc = m_startedUtc;
    result.output = QString::fromUtf8(m_tail);
    result.truncated = m_truncated;
    result.elapsedMs = m_elapsed.elapsed();
    if (!result.ok) {
        // The hook's own last words say more than its exit code.
        const QString last = result.output.trimmed().section(QLatin1Char('\n'), -1).trimmed();
        if (!last.isEmpty())
            result.message = Message::of<HookRunner>(QT_TR_NOOP("%1: %2")).arg(result.message).arg(last);
        result.error = result.message.toString();
        qCWarning(lcHooks).noquote() << result.error;
    } else {
        qCDebug(lcHooks) << m_hook << "finished in" << result.elapsedMs << "ms";
    }
    Q_EMIT finished(result);
}

} // namespace larder
