// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "base/Message.h"
#include "engine/DumpFinalizer.h"
#include "engine/DumpGrowthWatch.h"
#include "engine/DumpRequest.h"
#include "engine/DumpTask.h"
#include "engine/ServerInfo.h"
#include "postgres/PgDumpLocator.h"

#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace larder {

// What pg_dump and pg_dumpall runs share: preparation (probe, tool lookup) on a worker thread, the
// tool as a child process that gets its connection (and password) only through its environment, in
// its own process group and with a 077 umask, stderr as activity lines, progress, timeout and
// cancel, then DumpFinalizer on a worker thread. Once the tool has exited successfully the dump is
// complete: cancel() no longer applies.
class PgStallWatch;
struct PgBackendWait;

class PgToolTask : public DumpTask
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgToolTask)

public:
    ~PgToolTask() override;

    void start() override;
    void cancel() override;
    QString partialPath() const override { return m_partialPath; }
    QString finalPath() const override { return m_finalPath; }
    // How long the dump may write nothing before Larder asks the server why (stalled()), and then how
    // often; tests shorten it.
    static constexpr int kDefaultStallAfterMs = DumpGrowthWatch::kDefaultStallAfterMs;
    void setStallAfter(int milliseconds) { m_growth.setStallAfter(milliseconds); }

protected:
    // Which tool fits the probed server. Runs on the preparation's worker thread: it must capture
    // copies only. Errors say why none fits.
    using ToolLocator = std::function<Result<PgDumpBinary>(const ServerInfo& server)>;

    // toolName names the tool in messages ("pg_dump", "pg_dumpall").
    PgToolTask(DumpRequest request, QString toolName, QObject* parent);

    virtual ToolLocator toolLocator() const = 0;
    // What the probed server adds to toolArguments(), each addition with a note said (notice())
    // before the tool starts. Not asked of a tool that started before the probe answered.
    virtual QStringList serverArguments(const ServerInfo& server, QStringList& notes) const;
    // Whether the tool may start before preparation has finished: with PgDumpLocator::likelyPath(),
    // while the probe (a connection of its own: TCP, TLS and SCRAM handshakes) and the locator (which
    // runs each candidate's --version) work beside it instead of before it. The locator picks the
    // newest pg_dump that is new enough, so if any fits the server, the likely one does. The tool's
    // exit is held until preparation has answered; if it chose another pg_dump, the dump restarts
    // with that one.
    virtual bool startsBeforeProbe() const { return false; }
    // The command line without the connection (which travels in the environment).
    virtual QStringList toolArguments() const = 0;
    // Whether the tool writes its output once, front to back, so that it can be hashed while it is
    // written (DumpFollower); not when it rewrites what it wrote (pg_dump's custom format).
    virtual DumpFollower::Hashing outputHashing() const { return DumpFollower::Hashing::AtTheEnd; }
    // Once prepared and the output directory is ready; starts the tool unless overridden.
    virtual void onReady() { startProcess(); }
    // The tool has exited, whatever the outcome.
    virtual void onToolExited() {}
    // A successful outcome before it is reported: the subclass may add to it, or keep it back by
    // returning true (and finish it later).
    virtual bool holdOutcome(DumpOutcome& outcome)
    {
        Q_UNUSED(outcome)
        return false;
    }
    virtual void onFinishing() {}
    // Cancel or timeout once the tool has exited successfully: the dump is complete and stays; what
    // still follows it (why: e.g. "cancelled") must end now.
    virtual void stopFinishing(const QString& why) { Q_UNUSED(why) }

    const DumpRequest& request() const { return m_request; }
    // The tool that runs; its version is 0 until the locator has answered (startsBeforeProbe()).
    const PgDumpBinary& binary() const { return m_binary; }
    bool isPreparing() const { return m_state == State::Preparing; }
    bool isDone() const { return m_state == State::Done; }
    void startProcess();
    // "dump of <job> was cancelled", and why its partial dump stays if it does.
    Message cancelled(const Message& problem) const;
    // "; <problem>" after a failure; nothing for no problem.
    static Message thenProblem(const Message& problem);
    void fail(const Message& message, AttemptStatus status = AttemptStatus::Failed);
    void finish(DumpOutcome outcome);

private:
    enum class State { Created, Preparing, Dumping, Finalizing, Done };
    enum class StopReason { None, Cancelled, TimedOut, Superseded };
    struct Preparation
    {
        std::optional<Error> error;
        ServerInfo server;
        PgDumpBinary binary;
    };
    // One for every tool: the probe (ServerProbe), then toolLocator(). Runs on a worker thread, so
    // it holds copies only.
    using Preparer = std::function<void(Preparation&)>;

    Preparer preparer() const;
    void onPrepared(const Preparation& preparation);
    void startEarly(const QString& binaryPath);
    void onConfirmed(const Preparation& preparation);
    bool prepareOutput();
    void concludeTool(int exitCode, QProcess::ExitStatus status);
    void onStderr();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void onTimeout();
    void onFinalized(const Result<FinalizedDump>& result);
    // Stalled: asks the server (PgStallWatch) until the dump grows, ends, or is stopped. The words
    // stay for a timeout's message; they are cleared (stalled("")) only when the dump grows.
    void onGrew();
    void onIdle();
    void beginStallWatch();
    void endStallWatch();
    void onStallAnswer(const QString& applicationName, const PgBackendWait& wait);
    void setStallWords(const Message& words);
    void stopProcess(StopReason reason, int graceMs);
    void takeStderrLine(const QString& line);
    QString stderrSummary() const;
    // True when the probe failed with the libpq text the tool printed: one cause, said once (the
    // probe's message has the hint).
    bool probeFailedTheSameWay() const;
    // Why the partial output could not be removed (language-neutral, for the history); empty when
    // it was, or there was none.
    Message removePartial();

    DumpRequest m_request;
    QString m_toolName;
    QString m_partialPath;
    QString m_finalPath;
    State m_state = State::Created;
    StopReason m_stopReason = StopReason::None;
    ServerInfo m_server;
    PgDumpBinary m_binary;
    QStringList m_extraArguments;
    QProcess* m_process = nullptr;
    QByteArray m_stderrBuffer;
    QStringList m_stderrTail;
    DumpGrowthWatch m_growth;
    QTimer m_timeoutTimer;
    QTimer m_killTimer;
    std::shared_ptr<PgStallWatch> m_stallWatch;
    Message m_stallWords;
    bool m_finishing = false;
    // Started before the probe answered (startsBeforeProbe()): until it has, a finished tool waits.
    bool m_startedEarly = false;
    bool m_confirmed = false;
    // The probe could not connect: said beside a failed tool's own error; a tool that succeeded wins.
    std::optional<Message> m_probeError;
    // No pg_dump fits this server: always a failure.
    std::optional<Message> m_unfitError;
    // The locator chose another pg_dump than the one started early.
    std::optional<PgDumpBinary> m_restartWith;
    std::optional<std::pair<int, QProcess::ExitStatus>> m_exitAwaitingConfirmation;
    // The tool started early could not start; held like an exit until the locator has answered.
    std::optional<Message> m_startError;
    // Set by cancel() while the finalizer checksums: it stops before the rename.
    std::shared_ptr<std::atomic_bool> m_finalizeInterrupt = std::make_shared<std::atomic_bool>(false);
    // Ends the probe early when the task goes away before it has answered.
    std::shared_ptr<std::atomic_bool> m_prepareInterrupt = std::make_shared<std::atomic_bool>(false);
    // The workers still running: the destructor waits for them, since a process that exits while
    // a worker is inside libpq crashes (its library is torn down under it).
    QPointer<QThread> m_prepareThread;
    QPointer<QThread> m_finalizeThread;
};

} // namespace larder
