// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"
#include "engine/DumpFinalizer.h"
#include "engine/DumpGrowthWatch.h"
#include "engine/DumpPaths.h"
#include "engine/DumpRequest.h"
#include "engine/DumpTask.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace larder {

class MariaDbConnection;

// One mariadb-dump run: the tool writes the script to a pipe, gzip (when compression > 0) writes it
// to <dump>.partial, both in process groups of their own with a 077 umask; the password travels in a
// private option file (MariaDbConnection) removed when both have exited. Then DumpFinalizer makes it
// durable under its final name on a worker thread, and the dump's header tells the server's version.
// A database dump has one consistent InnoDB snapshot (--single-transaction) with routines, events and
// triggers; dump_globals dumps the users and their grants (--system=users).
class MariaDbDumpTask final : public DumpTask
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MariaDbDumpTask)

public:
    MariaDbDumpTask(DumpRequest request, QObject* parent);
    ~MariaDbDumpTask() override;

    void start() override;
    void cancel() override;
    QString partialPath() const override { return m_paths.partialPath; }
    QString finalPath() const override { return m_paths.finalPath; }

    // What mariadb-dump is told besides the connection, for the job (tests read it).
    static QStringList dumpArguments(const JobConfig& job);
    // How long the dump may write nothing before Larder asks the server what it waits for, and then
    // how often; tests shorten it.
    static constexpr int kDefaultStallAfterMs = DumpGrowthWatch::kDefaultStallAfterMs;
    void setStallAfter(int milliseconds) { m_growth.setStallAfter(milliseconds); }

private:
    enum class State { Created, Dumping, Finalizing, Done };
    enum class StopReason { None, Cancelled, TimedOut };
    struct Finalized
    {
        Result<FinalizedDump> dump = makeError(QString());
        QString serverVersion;
        QString toolVersion;
    };

    bool startProcesses();
    QProcess* newProcess(const QString& program, const QStringList& arguments);
    bool createPartial();
    void onDumpStderr();
    void onCompressStderr();
    void onExited();
    void conclude();
    void onFinalized(const Finalized& result);
    void onTimeout();
    void stop(StopReason reason, int graceMs);
    void onGrew();
    // No growth for the stall time: asks the server (MariaDbStallQuery) on a worker thread, at most
    // once in that time.
    void onIdle();
    void onStallAnswer(const QString& words);
    QString stderrSummary(const QStringList& tail) const;
    void fail(const Message& message, AttemptStatus status = AttemptStatus::Failed);
    void finish(DumpOutcome outcome);
    Message cancelled(const Message& problem) const;
    static Message thenProblem(const Message& problem);
    bool running(const QProcess* process) const;

    DumpRequest m_request;
    DumpPaths m_paths;
    std::unique_ptr<MariaDbConnection> m_connection;
    State m_state = State::Created;
    StopReason m_stopReason = StopReason::None;
    QString m_toolPath;
    QString m_serverVersion;
    QProcess* m_dump = nullptr;
    QProcess* m_compress = nullptr; // gzip; none for compression = 0
    std::optional<Message> m_startError;
    QByteArray m_dumpBuffer;
    QStringList m_dumpTail;
    QStringList m_compressTail;
    DumpGrowthWatch m_growth;
    QTimer m_timeoutTimer;
    QTimer m_killTimer;
    QElapsedTimer m_sinceAsked;
    QString m_stallWords;
    QPointer<QThread> m_stallThread;
    QPointer<QThread> m_versionThread;
    bool m_finishing = false;
    std::shared_ptr<std::atomic_bool> m_finalizeInterrupt = std::make_shared<std::atomic_bool>(false);
    QPointer<QThread> m_finalizeThread;
};

} // namespace larder
