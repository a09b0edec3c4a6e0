// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbDumpTask.h"

#include "base/LogCategories.h"
#include "mariadb/MariaDbConnection.h"
#include "mariadb/MariaDbDumpFile.h"
#include "mariadb/MariaDbStallQuery.h"
#include "mariadb/MariaDbTools.h"
#include "system/ProcessGroup.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <chrono>
#include <climits>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace larder {

namespace {

constexpr int kCancelGraceMs = 5'000;
constexpr int kTimeoutGraceMs = 10'000;
constexpr int kStderrTailLines = 20;

void keepTail(QStringList& tail, const QString& line)
{
    tail << line;
    if (tail.size() > kStderrTailLines)
        tail.removeFirst();
}

} // namespace

MariaDbDumpTask::MariaDbDumpTask(DumpRequest request, QObject* parent)
    : DumpTask(parent), m_request(std::move(request)),
      m_paths(DumpPaths::choose(m_request.job, m_request.startedUtc)),
      m_connection(std::make_unique<MariaDbConnection>(m_request.job.server, m_request.password))
{
    m_timeoutTimer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_growth, &DumpGrowthWatch::progress, this, &DumpTask::progress);
    connect(&m_growth, &DumpGrowthWatch::grew, this, &MariaDbDumpTask::onGrew);
    connect(&m_growth, &DumpGrowthWatch::idle, this, &MariaDbDumpTask::onIdle);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &MariaDbDumpTask::onTimeout);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcMariaDb).noquote()
            << "mariadb-dump of" << m_request.job.name << "did not stop; killing it";
        ProcessGroup::signal(m_dump, SIGKILL);
        ProcessGroup::signal(m_compress, SIGKILL);
    });
}

MariaDbDumpTask::~MariaDbDumpTask()
{
    m_finalizeInterrupt->store(true);
    const bool wasRunning = running(m_dump) || running(m_compress);
    for (QProcess* process : {m_dump, m_compress}) {
        if (!process)
            continue;
        process->disconnect(this);
        ProcessGroup::signal(process, SIGKILL);
        process->waitForFinished(2'000);
    }
    for (QThread* thread : {m_finalizeThread.data(), m_stallThread.data(), m_versionThread.data()}) {
        if (thread) {
            thread->disconnect(this);
            thread->wait();
        }
    }
    // Interrupted before its rename, the finalizer leaves the partial: nobody will record it.
    if (wasRunning || m_state == State::Finalizing)
        (void)m_paths.removePartial();
}

QStringList MariaDbDumpTask::dumpArguments(const JobConfig& job)
{
    // --verbose: what it is doing, on stderr, as activity lines.
    if (job.kind == JobKind::Globals) {
        // The users and their grants as CREATE USER / GRANT statements; --system works only over every
        // database, whose names then appear as USE lines between nothing.
        return {QStringLiteral("--verbose"),        QStringLiteral("--all-databases"),
                QStringLiteral("--system=users"),   QStringLiteral("--no-data"),
                QStringLiteral("--no-create-info"), QStringLiteral("--no-create-db"),
                QStringLiteral("--skip-triggers")};
    }
    // One InnoDB snapshot; everything the database holds besides tables; binary columns as hex, so
    // the script survives any character set. No --databases: the script names no database, so it
    // restores into whichever one it is given.
    return QStringList{QStringLiteral("--verbose"),  QStringLiteral("--single-transaction"),
                       QStringLiteral("--routines"), QStringLiteral("--events"),
                       QStringLiteral("--triggers"), QStringLiteral("--hex-blob")} +
           job.mariadbDumpArgs + QStringList{QStringLiteral("--"), job.dbname};
}

void MariaDbDumpTask::start()
{
    if (m_state != State::Created)
        return;
    const JobConfig& job = m_request.job;
    const Result<QString> tool = MariaDbTools::dumpTool();
    if (!tool) {
        fail(Message::of<MariaDbDumpTask>(QT_TR_NOOP("cannot dump %1: %2"))
                 .arg(job.name)
                 .arg(tool.error().neutral()));
        return;
    }
    m_toolPath = *tool;
    if (const Message problem = m_paths.prepare(job); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    if (Result<void> opened = m_connection->open(); !opened) {
        fail(Message::of<MariaDbDumpTask>(QT_TR_NOOP("cannot dump %1: %2"))
                 .arg(job.name)
                 .arg(opened.error().neutral()));
        return;
    }
    if (!createPartial())
        return;
    if (!startProcesses())
        return;
    // mariadb-dump (or gzip after it) writes the script front to back: hashed while it is written.
    m_growth.start(m_paths.partialPath, DumpFollower::Hashing::WhileWritten);
    // QTimer counts int milliseconds: about 24 days at most.
    if (job.timeoutSeconds > 0)
        m_timeoutTimer.start(std::chrono::seconds(qMin(job.timeoutSeconds, INT_MAX / 1000)));
}

bool MariaDbDumpTask::createPartial()
{
    // Made here with 0600 rather than by QProcess, which would create it with Larder's umask.
    const int fd = ::open(QFile::encodeName(m_paths.partialPath).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        fail(Message::of<MariaDbDumpTask>(QT_TR_NOOP("cannot dump %1: cannot create %2: %3"))
                 .arg(m_request.job.name)
                 .arg(m_paths.partialPath)
                 .arg(QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    ::close(fd);
    return true;
}

QProcess* MariaDbDumpTask::newProcess(const QString& program, const QStringList& arguments)
{
    auto* process = new QProcess(this);
    process->setProgram(program);
    process->setArguments(arguments);
    process->setProcessEnvironment(MariaDbConnection::environment());
    ProcessGroup::setUp(*process);
    connect(process, &QProcess::finished, this, &MariaDbDumpTask::onExited);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others arrive with finished()
        m_startError = Message::of<MariaDbDumpTask>(QT_TR_NOOP("could not start %1 to dump %2: %3"))
                           .arg(process->program())
                           .arg(m_request.job.name)
                           .arg(process->errorString());
        stop(StopReason::None, 0);
        onExited();
    });
    return process;
}

bool MariaDbDumpTask::startProcesses()
{
    const JobConfig& job = m_request.job;
    m_dump = newProcess(m_toolPath, m_connection->arguments() + dumpArguments(job));
    m_dump->setStandardInputFile(QProcess::nullDevice());
    connect(m_dump, &QProcess::readyReadStandardError, this, &MariaDbDumpTask::onDumpStderr);
    if (job.compression > 0) {
        const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
        if (gzip.isEmpty()) {
            (void)m_paths.removePartial();
            fail(Message::of<MariaDbDumpTask>(
                     QT_TR_NOOP("cannot dump %1: gzip is not installed or not on PATH: install it, or set "
                                "compression = 0"))
                     .arg(job.name));
            return false;
        }
        // -n: no name or time in the gzip header, so that equal scripts compress to equal files.
        m_compress = newProcess(
            gzip, {QStringLiteral("-%1").arg(job.compression), QStringLiteral("-n"), QStringLiteral("-c")});
        connect(m_compress, &QProcess::readyReadStandardError, this, &MariaDbDumpTask::onCompressStderr);
        m_dump->setStandardOutputProcess(m_compress);
        m_compress->setStandardOutputFile(m_paths.partialPath, QIODevice::Truncate);
    } else {
        m_dump->setStandardOutputFile(m_paths.partialPath, QIODevice::Truncate);
    }
    qCInfo(lcMariaDb).noquote() << "dumping" << job.name << "from" << job.server.displayName() << "with"
                                << m_toolPath << dumpArguments(job).join(QLatin1Char(' '));
    m_state = State::Dumping;
    if (m_compress)
        m_compress->start();
    m_dump->start();
    // The tool's --version for the history, asked beside the dump rather than after it (MariaDbTools
    // keeps the answer): a small dump would otherwise wait for one more process.
    m_versionThread = QThread::create([tool = m_toolPath] { (void)MariaDbTools::versionText(tool); });
    connect(m_versionThread, &QThread::finished, m_versionThread, &QObject::deleteLater);
    m_versionThread->start();
    return m_state == State::Dumping;
}

bool MariaDbDumpTask::running(const QProcess* process) const
{
    return process && process->state() != QProcess::NotRunning;
}

void MariaDbDumpTask::onDumpStderr()
{
    m_dumpBuffer += m_dump->readAllStandardError();
    qsizetype end;
    while ((end = m_dumpBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromLocal8Bit(m_dumpBuffer.left(end)).trimmed();
        m_dumpBuffer.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        // --verbose says what it does as SQL comments; anything else is a warning or an error.
        if (line.startsWith(QLatin1String("-- "))) {
            Q_EMIT activity(line.mid(3));
            continue;
        }
        keepTail(m_dumpTail, line);
        Q_EMIT activity(line);
    }
}

void MariaDbDumpTask::onCompressStderr()
{
    const QString text = QString::fromLocal8Bit(m_compress->readAllStandardError());
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        keepTail(m_compressTail, line.trimmed());
}

void MariaDbDumpTask::onExited()
{
    if (m_state != State::Dumping)
        return;
    if (running(m_dump) || running(m_compress)) {
        // The dump failed: gzip has what it got and ends at its end of input; gzip failed (a full
        // disk): the dump would block on a pipe nobody reads, or die of SIGPIPE.
        if (m_dump && !running(m_dump) &&
            (m_dump->exitStatus() != QProcess::NormalExit || m_dump->exitCode() != 0))
            return;
        if (m_compress && !running(m_compress) && m_stopReason == StopReason::None)
            stop(StopReason::None, kCancelGraceMs);
        return;
    }
    conclude();
}

void MariaDbDumpTask::conclude()
{
    const JobConfig& job = m_request.job;
    m_growth.stop();
    m_killTimer.stop();
    // The password's file goes as soon as no tool needs it.
    m_connection.reset();
    if (!m_dumpBuffer.isEmpty()) {
        keepTail(m_dumpTail, QString::fromLocal8Bit(m_dumpBuffer).trimmed());
        m_dumpBuffer.clear();
    }
    if (m_stopReason == StopReason::Cancelled) {
        fail(cancelled(m_paths.removePartial()), AttemptStatus::Cancelled);
        return;
    }
    if (m_stopReason == StopReason::TimedOut) {
        const Message problem = m_paths.removePartial();
        fail(Message::of<MariaDbDumpTask>(
                 QT_TR_NOOP("mariadb-dump of %1 timed out after %2 s (timeout = %2): raise "
                            "timeout for this job if it needs longer, or look for "
                            "locks that block it"))
                 .arg(job.name)
                 .arg(job.timeoutSeconds)
                 .followedBy(m_stallWords.isEmpty()
                                 ? Message()
                                 : Message::of<MariaDbDumpTask>(QT_TR_NOOP("; when stopped, it was %1"))
                                       .arg(m_stallWords))
                 .followedBy(thenProblem(problem)));
        return;
    }
    if (m_startError) {
        (void)m_paths.removePartial();
        fail(*m_startError);
        return;
    }
    const bool dumpFailed = m_dump->exitStatus() != QProcess::NormalExit || m_dump->exitCode() != 0;
    const bool compressFailed =
        m_compress && (m_compress->exitStatus() != QProcess::NormalExit || m_compress->exitCode() != 0);
    if (compressFailed && !m_compressTail.isEmpty()) {
        // The dump dies of a broken pipe then: gzip's words are the cause (a full disk).
        const Message problem = m_paths.removePartial();
        fail(Message::of<MariaDbDumpTask>(QT_TR_NOOP("gzip of the dump of %1 failed: %2"))
                 .arg(job.name)
                 .arg(m_compressTail.join(QLatin1Char('\n')))
                 .followedBy(thenProblem(problem)));
        return;
    }
    if (dumpFailed || compressFailed) {
        const Message problem = m_paths.removePartial();
        const QProcess* failed = dumpFailed ? m_dump : m_compress;
        const QString summary = stderrSummary(dumpFailed ? m_dumpTail : m_compressTail);
        const QString hint = MariaDbConnection::hintFor(summary, job.server);
        const Message words =
            Message::plain(hint.isEmpty() ? summary : summary + QStringLiteral(": ") + hint);
        const Message message =
            failed->exitStatus() != QProcess::NormalExit
                ? Message::of<MariaDbDumpTask>(QT_TR_NOOP("%1 of %2 on %3 was killed: %4"))
                      .arg(QFileInfo(failed->program()).fileName())
                      .arg(job.name)
                      .arg(job.server.displayName())
                      .arg(words)
                : Message::of<MariaDbDumpTask>(QT_TR_NOOP("%1 of %2 on %3 failed (exit code %4): %5"))
                      .arg(QFileInfo(failed->program()).fileName())
                      .arg(job.name)
                      .arg(job.server.displayName())
                      .arg(failed->exitCode())
                      .arg(words);
        fail(message.followedBy(thenProblem(problem)));
        return;
    }

    m_state = State::Finalizing;
    m_growth.sample();
    auto result = std::make_shared<Finalized>();
    auto ahead = std::make_shared<HashedPrefixes>(m_growth.takeHashedPrefixes());
    QThread* thread =
        QThread::create([result, ahead, paths = m_paths, tool = m_toolPath, interrupt = m_finalizeInterrupt] {
            result->dump =
                DumpFinalizer::finalize(paths.partialPath, paths.finalPath, interrupt.get(), ahead.get());
            if (result->dump)
                result->serverVersion = MariaDbDumpFile::serverVersion(result->dump->path);
            result->toolVersion = MariaDbTools::versionText(tool);
        });
    connect(thread, &QThread::finished, this, [this, result] { onFinalized(*result); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_finalizeThread = thread;
    thread->start();
}

void MariaDbDumpTask::onFinalized(const Finalized& result)
{
    if (m_state != State::Finalizing)
        return;
    const JobConfig& job = m_request.job;
    m_serverVersion = MariaDbTools::serverInfo(result.serverVersion).versionString;
    if (!result.dump && m_finalizeInterrupt->load()) {
        fail(cancelled(m_paths.removePartial()), AttemptStatus::Cancelled);
        return;
    }
    if (!result.dump) {
        (void)m_paths.removePartial();
        fail(Message::of<MariaDbDumpTask>(
                 QT_TR_NOOP("mariadb-dump of %1 finished but the dump could not be stored: %2"))
                 .arg(job.name)
                 .arg(result.dump.error().neutral()));
        return;
    }
    DumpOutcome outcome;
    outcome.status = AttemptStatus::Success;
    outcome.bytes = result.dump->bytes;
    outcome.path = result.dump->path;
    outcome.sha256 = result.dump->sha256;
    outcome.hashedWhileWritten = result.dump->hashedWhileWritten;
    outcome.toolVersion = result.toolVersion;
    outcome.serverVersion = m_serverVersion;
    qCInfo(lcMariaDb).noquote() << "dumped" << job.name << "to" << outcome.path << outcome.bytes << "bytes,"
                                << outcome.hashedWhileWritten << "hashed while written";
    finish(outcome);
}

void MariaDbDumpTask::onTimeout()
{
    if (m_state != State::Dumping || m_stopReason != StopReason::None)
        return;
    qCWarning(lcMariaDb).noquote() << "mariadb-dump of" << m_request.job.name << "timed out after"
                                   << m_request.job.timeoutSeconds << "s; stopping it";
    stop(StopReason::TimedOut, kTimeoutGraceMs);
}

void MariaDbDumpTask::stop(StopReason reason, int graceMs)
{
    if (reason != StopReason::None)
        m_stopReason = reason;
    ProcessGroup::signal(m_dump, SIGTERM);
    ProcessGroup::signal(m_compress, SIGTERM);
    if (graceMs > 0)
        m_killTimer.start(graceMs);
}

void MariaDbDumpTask::cancel()
{
    switch (m_state) {
    case State::Created:
        fail(cancelled(Message()), AttemptStatus::Cancelled);
        return;
    case State::Dumping:
        qCInfo(lcMariaDb).noquote() << "cancelling mariadb-dump of" << m_request.job.name;
        stop(StopReason::Cancelled, kCancelGraceMs);
        return;
    case State::Finalizing:
        m_finalizeInterrupt->store(true);
        return;
    case State::Done:
        return;
    }
}

void MariaDbDumpTask::onGrew()
{
    if (!m_stallWords.isEmpty()) {
        m_stallWords.clear();
        Q_EMIT stalled(QString());
    }
}

void MariaDbDumpTask::onIdle()
{
    const int stallAfterMs = m_growth.stallAfter();
    if (m_state != State::Dumping || m_stopReason != StopReason::None || m_stallThread ||
        (m_sinceAsked.isValid() && !m_sinceAsked.hasExpired(stallAfterMs)))
        return;
    m_sinceAsked.start();
    qCDebug(lcMariaDb).noquote() << m_request.job.name << "has written nothing for" << stallAfterMs
                                 << "ms; asking the server why";
    // Its own connection, on a worker thread: the question must not wait on the dump, nor the GUI.
    auto words = std::make_shared<QString>();
    QThread* thread = QThread::create(
        [words, server = m_request.job.server, password = m_request.password, dbname = m_request.job.dbname] {
            *words = MariaDbStallQuery::ask(server, password, dbname);
        });
    connect(thread, &QThread::finished, this, [this, words] { onStallAnswer(*words); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_stallThread = thread;
    thread->start();
}

void MariaDbDumpTask::onStallAnswer(const QString& words)
{
    // Grown meanwhile, or ended: the answer is stale.
    if (m_state != State::Dumping || words == m_stallWords || !m_growth.isIdle())
        return;
    m_stallWords = words;
    qCInfo(lcMariaDb).noquote() << m_request.job.name << "writes nothing:" << words;
    Q_EMIT stalled(words);
}

QString MariaDbDumpTask::stderrSummary(const QStringList& tail) const
{
    // The lines that say what failed; else the last few.
    QStringList errors;
    for (const QString& line : tail) {
        if (line.contains(QLatin1String("error"), Qt::CaseInsensitive) ||
            line.contains(QLatin1String("denied"), Qt::CaseInsensitive))
            errors << line;
    }
    if (errors.isEmpty())
        errors = tail.mid(qMax<qsizetype>(0, tail.size() - 5));
    return errors.join(QLatin1Char('\n'));
}

Message MariaDbDumpTask::cancelled(const Message& problem) const
{
    const QString& job = m_request.job.name;
    return problem.isEmpty() ? Message::of<MariaDbDumpTask>(QT_TR_NOOP("dump of %1 was cancelled")).arg(job)
                             : Message::of<MariaDbDumpTask>(QT_TR_NOOP("dump of %1 was cancelled; %2"))
                                   .arg(job)
                                   .arg(problem);
}

Message MariaDbDumpTask::thenProblem(const Message& problem)
{
    return problem.isEmpty() ? Message() : Message::plain(QStringLiteral("; ")).followedBy(problem);
}

void MariaDbDumpTask::fail(const Message& message, AttemptStatus status)
{
    DumpOutcome outcome;
    outcome.status = status;
    outcome.setError(message);
    outcome.serverVersion = m_serverVersion;
    if (status == AttemptStatus::Failed)
        qCInfo(lcMariaDb).noquote() << outcome.error;
    finish(outcome);
}

void MariaDbDumpTask::finish(DumpOutcome outcome)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_state = State::Done;
    m_connection.reset();
    m_growth.stop();
    m_timeoutTimer.stop();
    m_killTimer.stop();
    // Always later, never from inside start() or cancel(): callers connect after calling them too.
    QMetaObject::invokeMethod(
        this, [this, outcome = std::move(outcome)] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}

} // namespace larder
