// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/tools/PgToolTask.h"

#include "base/LogCategories.h"
#include "engine/DumpPaths.h"
#include "postgres/PgConnection.h"
#include "postgres/PgStallWatch.h"
#include "postgres/PgStallWords.h"
#include "postgres/ServerProbe.h"
#include "system/PrivateDirectory.h"
#include "system/ProcessGroup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <chrono>
#include <climits>
#include <csignal>
#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace larder {

namespace {

constexpr int kCancelGraceMs = 5'000;
constexpr int kTimeoutGraceMs = 10'000;
constexpr int kStderrTailLines = 20;
} // namespace

PgToolTask::PgToolTask(DumpRequest request, QString toolName, QObject* parent)
    : DumpTask(parent), m_request(std::move(request)), m_toolName(std::move(toolName))
{
    const DumpPaths paths = DumpPaths::choose(m_request.job, m_request.startedUtc);
    m_finalPath = paths.finalPath;
    m_partialPath = paths.partialPath;

    m_timeoutTimer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_growth, &DumpGrowthWatch::progress, this, &DumpTask::progress);
    connect(&m_growth, &DumpGrowthWatch::grew, this, &PgToolTask::onGrew);
    connect(&m_growth, &DumpGrowthWatch::idle, this, &PgToolTask::onIdle);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &PgToolTask::onTimeout);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            qCWarning(lcEngine).noquote()
                << m_toolName << "of" << m_request.job.name << "did not stop; killing it";
            ProcessGroup::signal(m_process, SIGKILL);
        }
    });
}

PgToolTask::~PgToolTask()
{
    endStallWatch();
    m_prepareInterrupt->store(true);
    m_finalizeInterrupt->store(true);
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        ProcessGroup::signal(m_process, SIGKILL);
        m_process->waitForFinished(2'000);
        (void)removePartial();
    } else if (m_exitAwaitingConfirmation) {
        (void)removePartial();
    }
    for (QThread* thread : {m_prepareThread.data(), m_finalizeThread.data()}) {
        if (thread) {
            thread->disconnect(this);
            thread->wait();
        }
    }
    // Interrupted before its rename, the finalizer leaves the partial: nobody will record it.
    if (m_state == State::Finalizing)
        (void)removePartial();
}

void PgToolTask::start()
{
    if (m_state != State::Created)
        return;
    m_state = State::Preparing;

    // The tool first: the probe's first step, loading libpq with its ~30 libraries, holds the dynamic
    // loader's lock, which would make the tool's start wait.
    if (startsBeforeProbe()) {
        if (const QString likely = PgDumpLocator::likelyPath(m_request.job.server.pgDump); !likely.isEmpty())
            startEarly(likely);
    }
    if (m_state == State::Done)
        return; // could not even create its output: nothing to confirm

    // The worker gets copies only; it hands its result over when its thread has finished.
    auto result = std::make_shared<Preparation>();
    QThread* thread = QThread::create([result, work = preparer()] { work(*result); });
    connect(thread, &QThread::finished, this, [this, result] { onPrepared(*result); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_prepareThread = thread;
    thread->start();
}

PgToolTask::Preparer PgToolTask::preparer() const
{
    return [connection = PgConnection(m_request.job.server, m_request.job.dbname, m_request.password),
            locate = toolLocator(), interrupt = m_prepareInterrupt](Preparation& result) {
        const auto info = ServerProbe::probe(connection, interrupt);
        if (!info) {
            result.error = info.error();
            return;
        }
        result.server = *info; // also when no tool fits: the probe connected
        const auto binary = locate(*info);
        if (!binary) {
            result.error = binary.error();
            return;
        }
        result.binary = *binary;
    };
}

QStringList PgToolTask::serverArguments(const ServerInfo& server, QStringList& notes) const
{
    Q_UNUSED(server)
    Q_UNUSED(notes)
    return {};
}

void PgToolTask::startEarly(const QString& binaryPath)
{
    m_binary = PgDumpBinary{binaryPath, 0, QString()}; // the locator's answer fills in the version
    if (!prepareOutput())
        return;
    m_startedEarly = true;
    qCDebug(lcEngine).noquote() << "starting" << m_toolName << "of" << m_request.job.name
                                << "while the server is probed";
    onReady();
}

void PgToolTask::onPrepared(const Preparation& preparation)
{
    if (m_startedEarly) {
        onConfirmed(preparation);
        return;
    }
    m_confirmed = true;
    if (m_state != State::Preparing)
        return;
    if (preparation.error) {
        fail(Message::of<PgToolTask>(QT_TR_NOOP("cannot dump %1: %2"))
                 .arg(m_request.job.name)
                 .arg(preparation.error->neutral()));
        return;
    }
    m_server = preparation.server;
    m_binary = preparation.binary;
    if (!prepareOutput())
        return;
    QStringList notes;
    m_extraArguments = serverArguments(m_server, notes);
    // Said once, through the signal: a log line too would print it twice with -v.
    for (const QString& note : std::as_const(notes))
        Q_EMIT notice(note);
    onReady();
}

void PgToolTask::onConfirmed(const Preparation& preparation)
{
    m_confirmed = true;
    if (m_state == State::Done)
        return;
    const QString& job = m_request.job.name;
    if (preparation.error) {
        const Message message = Message::of<PgToolTask>(QT_TR_NOOP("cannot dump %1: %2"))
                                    .arg(job)
                                    .arg(preparation.error->neutral());
        // A server version means the probe connected and the locator refused: no pg_dump fits.
        if (preparation.server.versionNumber > 0)
            m_unfitError = message;
        else
            m_probeError = preparation.error->neutral();
    } else {
        m_server = preparation.server;
        if (preparation.binary.path == m_binary.path)
            m_binary = preparation.binary;
        else
            m_restartWith = preparation.binary;
    }
    if (m_exitAwaitingConfirmation) {
        const auto [exitCode, status] = *std::exchange(m_exitAwaitingConfirmation, std::nullopt);
        concludeTool(exitCode, status);
        return;
    }
    if (m_state != State::Dumping || m_stopReason != StopReason::None)
        return;
    // Running with the wrong pg_dump, or with none that fits: no use waiting for it to finish.
    if (m_unfitError || m_restartWith)
        stopProcess(StopReason::Superseded, kCancelGraceMs);
}

bool PgToolTask::prepareOutput()
{
    if (const Message problem = DumpPaths{m_finalPath, m_partialPath}.prepare(m_request.job);
        !problem.isEmpty()) {
        fail(problem);
        return false;
    }
    return true;
}

void PgToolTask::startProcess()
{
    const JobConfig& job = m_request.job;
    const ServerConfig& server = job.server;

    m_process = new QProcess(this);
    m_process->setProgram(m_binary.path);
    m_process->setArguments(toolArguments() + m_extraArguments);
    PgConnection connection(server, job.dbname, m_request.password);
    connection.setApplicationName(PgConnection::applicationNameOf(job.name));
    connection.setUpChild(*m_process);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardError, this, &PgToolTask::onStderr);
    connect(m_process, &QProcess::finished, this, &PgToolTask::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, &PgToolTask::onProcessError);

    qCInfo(lcEngine).noquote() << "dumping" << job.name << "from" << server.displayName() << "with"
                               << m_binary.path << m_process->arguments().join(QLatin1Char(' '));
    m_state = State::Dumping;
    m_process->start();
    if (m_state != State::Dumping || m_exitAwaitingConfirmation)
        return; // failed to start: reported, or waiting for the locator's answer
    m_growth.start(m_partialPath, outputHashing());
    // QTimer counts int milliseconds: about 24 days at most.
    if (job.timeoutSeconds > 0)
        m_timeoutTimer.start(std::chrono::seconds(qMin(job.timeoutSeconds, INT_MAX / 1000)));
}

void PgToolTask::onStderr()
{
    m_stderrBuffer += m_process->readAllStandardError();
    qsizetype newline;
    while ((newline = m_stderrBuffer.indexOf('\n')) >= 0) {
        takeStderrLine(QString::fromLocal8Bit(m_stderrBuffer.left(newline)));
        m_stderrBuffer.remove(0, newline + 1);
    }
}

void PgToolTask::takeStderrLine(const QString& line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return;
    m_stderrTail << trimmed;
    while (m_stderrTail.size() > kStderrTailLines)
        m_stderrTail.removeFirst();
    Q_EMIT activity(trimmed);
}

QString PgToolTask::stderrSummary() const
{
    if (m_stderrTail.isEmpty())
        return tr("(%1 printed nothing)").arg(m_toolName);
    // From the first error line on; the --verbose chatter before it only hides it.
    qsizetype first = -1;
    for (qsizetype i = 0; i < m_stderrTail.size(); ++i) {
        const QString& line = m_stderrTail.at(i);
        if (line.contains(QLatin1String("error:")) || line.contains(QLatin1String("fatal:")) ||
            line.contains(QLatin1String("FATAL:")) || line.contains(QLatin1String("ERROR:"))) {
            first = i;
            break;
        }
    }
    if (first < 0)
        first = qMax<qsizetype>(0, m_stderrTail.size() - 5);
    return m_stderrTail.mid(first).join(QLatin1Char('\n'));
}

bool PgToolTask::probeFailedTheSameWay() const
{
    if (!m_probeError)
        return false;
    const QString summary = stderrSummary();
    const QString marker = QStringLiteral("error: ");
    const qsizetype at = summary.indexOf(marker);
    if (at < 0)
        return false;
    // libpq's own text without the tool's "pg_dump: error: " prefix; the spacing differs.
    const QString cause = summary.mid(at + marker.size()).section(QLatin1Char('\n'), 0, 0).simplified();
    return !cause.isEmpty() && m_probeError->toString().simplified().contains(cause);
}

void PgToolTask::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_state != State::Dumping)
        return;
    qCDebug(lcEngine).noquote() << m_toolName << "of" << m_request.job.name << "exited with" << exitCode;
    onToolExited();
    m_growth.stop();
    endStallWatch();
    // The timeout still runs: what follows the tool (row counts) is bounded by it too.
    m_killTimer.stop();
    if (!m_stderrBuffer.isEmpty()) {
        takeStderrLine(QString::fromLocal8Bit(m_stderrBuffer));
        m_stderrBuffer.clear();
    }
    if (m_startedEarly && !m_confirmed && m_stopReason == StopReason::None) {
        // Which server this was, and on failure why, is the probe's to say: it answers within its
        // connect timeout.
        m_exitAwaitingConfirmation = std::make_pair(exitCode, status);
        return;
    }
    concludeTool(exitCode, status);
}

void PgToolTask::concludeTool(int exitCode, QProcess::ExitStatus status)
{
    const JobConfig& job = m_request.job;

    if (m_stopReason == StopReason::Cancelled) {
        const Message problem = removePartial();
        fail(cancelled(problem), AttemptStatus::Cancelled);
        return;
    }
    if (m_stopReason == StopReason::TimedOut) {
        const Message problem = removePartial();
        fail(Message::of<PgToolTask>(
                 QT_TR_NOOP("%1 of %2 timed out after %3 s (timeout = %3): raise timeout for this "
                            "job if it needs longer, or look for locks that block it"))
                 .arg(m_toolName)
                 .arg(job.name)
                 .arg(job.timeoutSeconds)
                 .followedBy(
                     m_stallWords.isEmpty()
                         ? Message()
                         : Message::of<PgToolTask>(QT_TR_NOOP("; when stopped, it was %1")).arg(m_stallWords))
                 .followedBy(thenProblem(problem)));
        return;
    }
    const bool toolFailed = m_startError || status == QProcess::CrashExit || exitCode != 0;
    if (m_unfitError) {
        const Message problem = removePartial();
        fail(m_unfitError->followedBy(thenProblem(problem)));
        return;
    }
    if (m_restartWith) {
        if (const Message problem = removePartial(); !problem.isEmpty()) {
            fail(Message::of<PgToolTask>(QT_TR_NOOP("cannot dump %1: %2")).arg(job.name).arg(problem));
            return;
        }
        m_binary = *std::exchange(m_restartWith, std::nullopt);
        const QString note = tr("dumping again with %1, the pg_dump chosen for the server's PostgreSQL %2")
                                 .arg(m_binary.path, m_server.versionString);
        qCInfo(lcEngine).noquote() << job.name << note;
        Q_EMIT activity(note);
        m_startedEarly = false;
        m_startError.reset();
        m_stopReason = StopReason::None;
        m_stderrTail.clear();
        m_growth.forgetSize();
        m_process->deleteLater();
        m_process = nullptr;
        startProcess();
        return;
    }
    // Both failed: the probe's message often has the hint (a password to store, a server that does
    // not run), pg_dump's says what happened to the dump (a server that died under it); say both.
    const Message alsoProbe =
        m_probeError ? Message::of<PgToolTask>(
                           QT_TR_NOOP("; a separate connection of larder's to the server failed as well: %1"))
                           .arg(*m_probeError)
                     : Message();
    if (m_startError) {
        (void)removePartial();
        fail(m_startError->followedBy(alsoProbe));
        return;
    }
    if (toolFailed) {
        const Message problem = removePartial();
        const bool sameCause = status != QProcess::CrashExit && probeFailedTheSameWay();
        // On a crash Qt reports the signal number as the exit code.
        const Message message =
            status == QProcess::CrashExit
                ? Message::of<PgToolTask>(QT_TR_NOOP("%1 of %2 on %3 was killed by signal %4: %5"))
                      .arg(m_toolName)
                      .arg(job.name)
                      .arg(job.server.displayName())
                      .arg(exitCode)
                      .arg(stderrSummary())
                : Message::of<PgToolTask>(QT_TR_NOOP("%1 of %2 on %3 failed (exit code %4): %5"))
                      .arg(m_toolName)
                      .arg(job.name)
                      .arg(job.server.displayName())
                      .arg(exitCode)
                      .arg(sameCause ? *m_probeError : Message::plain(stderrSummary()));
        fail(message.followedBy(sameCause ? Message() : alsoProbe).followedBy(thenProblem(problem)));
        return;
    }
    if (m_probeError) {
        // pg_dump connected and finished: the dump is good; only the server's version is unknown.
        const QString note = tr("the dump succeeded, but a second connection to ask the server its version "
                                "failed (%1)")
                                 .arg(m_probeError->toString());
        qCWarning(lcEngine).noquote() << job.name << note;
        Q_EMIT activity(note);
        // The locator never ran: its --version answer, for the history.
        if (const auto inspected = PgDumpLocator::inspect(m_binary.path))
            m_binary = *inspected;
    }

    m_state = State::Finalizing;
    m_growth.sample();
    auto result = std::make_shared<Result<FinalizedDump>>(makeError(QString()));
    const QString partial = m_partialPath;
    const QString finalPath = m_finalPath;
    auto ahead = std::make_shared<HashedPrefixes>(m_growth.takeHashedPrefixes());
    QThread* thread = QThread::create([result, partial, finalPath, ahead, interrupt = m_finalizeInterrupt] {
        *result = DumpFinalizer::finalize(partial, finalPath, interrupt.get(), ahead.get());
    });
    connect(thread, &QThread::finished, this, [this, result] { onFinalized(*result); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_finalizeThread = thread;
    thread->start();
}

void PgToolTask::onProcessError(QProcess::ProcessError error)
{
    // Other errors arrive together with finished().
    if (error != QProcess::FailedToStart || m_state != State::Dumping)
        return;
    m_growth.stop();
    m_timeoutTimer.stop();
    m_killTimer.stop();
    m_startError =
        Message::of<PgToolTask>(
            QT_TR_NOOP(
                "could not start %1 to dump %2: %3: check the pg_dump setting of server %4 and that the "
                "PostgreSQL client tools are installed"))
            .arg(m_binary.path)
            .arg(m_request.job.name)
            .arg(m_process->errorString())
            .arg(m_request.job.server.name);
    if (m_startedEarly && !m_confirmed && m_stopReason == StopReason::None) {
        // The likely pg_dump is only a guess, and the locator skips one that is gone or does not run:
        // held like an exit, so that the locator's choice restarts the dump.
        m_exitAwaitingConfirmation = std::make_pair(-1, QProcess::NormalExit);
        return;
    }
    concludeTool(-1, QProcess::NormalExit);
}

void PgToolTask::onTimeout()
{
    if (m_state == State::Finalizing) {
        qCWarning(lcEngine).noquote() << m_toolName << "of" << m_request.job.name << "timed out after"
                                      << m_request.job.timeoutSeconds << "s while finishing";
        stopFinishing(tr("timed out after %1 s (timeout)").arg(m_request.job.timeoutSeconds));
        return;
    }
    if (m_state != State::Dumping || m_stopReason != StopReason::None)
        return;
    qCWarning(lcEngine).noquote() << m_toolName << "of" << m_request.job.name << "timed out after"
                                  << m_request.job.timeoutSeconds << "s; stopping it";
    endStallWatch(); // what it waited for stays, for the message
    stopProcess(StopReason::TimedOut, kTimeoutGraceMs);
}

void PgToolTask::stopProcess(StopReason reason, int graceMs)
{
    m_stopReason = reason;
    ProcessGroup::signal(m_process, SIGTERM); // -j workers too
    m_killTimer.start(graceMs);
}

void PgToolTask::onFinalized(const Result<FinalizedDump>& result)
{
    if (m_state != State::Finalizing)
        return;
    const JobConfig& job = m_request.job;
    if (!result && m_finalizeInterrupt->load()) {
        const Message problem = removePartial();
        fail(cancelled(problem), AttemptStatus::Cancelled);
        return;
    }
    if (!result) {
        (void)removePartial();
        fail(Message::of<PgToolTask>(QT_TR_NOOP("%1 of %2 finished but the dump could not be stored: %3"))
                 .arg(m_toolName)
                 .arg(job.name)
                 .arg(result.error().neutral()));
        return;
    }
    DumpOutcome outcome;
    outcome.status = AttemptStatus::Success;
    outcome.bytes = result->bytes;
    outcome.path = result->path;
    outcome.sha256 = result->sha256;
    outcome.hashedWhileWritten = result->hashedWhileWritten;
    outcome.toolVersion = m_binary.versionText;
    outcome.serverVersion = m_server.versionString;
    qCInfo(lcEngine).noquote() << "dumped" << job.name << "to" << outcome.path << outcome.bytes << "bytes,"
                               << outcome.hashedWhileWritten << "hashed while written";
    if (holdOutcome(outcome))
        return;
    finish(outcome);
}

void PgToolTask::onGrew()
{
    endStallWatch();
    if (!m_stallWords.isEmpty()) {
        m_stallWords = Message();
        Q_EMIT stalled(QString());
    }
}

void PgToolTask::onIdle()
{
    if (!m_stallWatch && m_state == State::Dumping && m_stopReason == StopReason::None)
        beginStallWatch();
}

void PgToolTask::beginStallWatch()
{
    const JobConfig& job = m_request.job;
    qCDebug(lcEngine).noquote() << job.name << "has written nothing for" << m_growth.stallAfter()
                                << "ms; asking the server why";
    m_stallWatch = PgStallWatch::forServer(PgConnection(job.server, job.dbname, m_request.password),
                                           m_growth.stallAfter());
    connect(m_stallWatch.get(), &PgStallWatch::answered, this, &PgToolTask::onStallAnswer);
    connect(m_stallWatch.get(), &PgStallWatch::refused, this, &PgToolTask::setStallWords);
    m_stallWatch->watch(PgConnection::applicationNameOf(job.name), job.dbname);
}

void PgToolTask::endStallWatch()
{
    if (!m_stallWatch)
        return;
    m_stallWatch->disconnect(this);
    m_stallWatch->unwatch(PgConnection::applicationNameOf(m_request.job.name));
    m_stallWatch.reset(); // the last stalled dump of the server closes its connection
}

void PgToolTask::onStallAnswer(const QString& applicationName, const PgBackendWait& wait)
{
    if (applicationName == PgConnection::applicationNameOf(m_request.job.name))
        setStallWords(PgStallWords::describe(wait));
}

void PgToolTask::setStallWords(const Message& words)
{
    if (words == m_stallWords)
        return;
    m_stallWords = words;
    qCInfo(lcEngine).noquote() << m_request.job.name << "writes nothing:" << words.toString();
    Q_EMIT stalled(words.toString());
}

void PgToolTask::cancel()
{
    switch (m_state) {
    case State::Created:
    case State::Preparing:
        fail(cancelled(Message()), AttemptStatus::Cancelled);
        return;
    case State::Dumping:
        if (m_exitAwaitingConfirmation) {
            // The tool has already exited: conclude with what is known rather than wait for the probe.
            const auto [exitCode, status] = *m_exitAwaitingConfirmation;
            m_exitAwaitingConfirmation.reset();
            m_confirmed = true;
            concludeTool(exitCode, status);
            return;
        }
        if (m_stopReason == StopReason::None) {
            qCInfo(lcEngine).noquote() << "cancelling" << m_toolName << "of" << m_request.job.name;
            stopProcess(StopReason::Cancelled, kCancelGraceMs);
        } else {
            m_stopReason = StopReason::Cancelled;
        }
        return;
    case State::Finalizing:
        // Still checksumming: the dump is not stored (a big dump takes a while to hash). Already
        // stored: the dump stays; only what still waits on it (row counts) stops.
        m_finalizeInterrupt->store(true);
        qCInfo(lcEngine).noquote() << "cancelling what follows" << m_toolName << "of" << m_request.job.name;
        stopFinishing(tr("cancelled"));
        return;
    case State::Done:
        return;
    }
}

Message PgToolTask::removePartial()
{
    return DumpPaths{m_finalPath, m_partialPath}.removePartial();
}

Message PgToolTask::cancelled(const Message& problem) const
{
    const QString& job = m_request.job.name;
    return problem.isEmpty()
               ? Message::of<PgToolTask>(QT_TR_NOOP("dump of %1 was cancelled")).arg(job)
               : Message::of<PgToolTask>(QT_TR_NOOP("dump of %1 was cancelled; %2")).arg(job).arg(problem);
}

Message PgToolTask::thenProblem(const Message& problem)
{
    return problem.isEmpty() ? Message() : Message::plain(QStringLiteral("; ")).followedBy(problem);
}

void PgToolTask::fail(const Message& message, AttemptStatus status)
{
    DumpOutcome outcome;
    outcome.status = status;
    outcome.setError(message);
    outcome.toolVersion = m_binary.versionText;
    outcome.serverVersion = m_server.versionString;
    // The coordinator's listener reports failures to the user; this is for debugging only.
    if (status == AttemptStatus::Failed)
        qCInfo(lcEngine).noquote() << outcome.error;
    finish(outcome);
}

void PgToolTask::finish(DumpOutcome outcome)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_state = State::Done;
    onFinishing();
    m_growth.stop();
    endStallWatch();
    m_timeoutTimer.stop();
    m_killTimer.stop();
    // Always later, never from inside start() or cancel(): callers connect after calling them too.
    QMetaObject::invokeMethod(
        this, [this, outcome = std::move(outcome)] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}

} // namespace larder
