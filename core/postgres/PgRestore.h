// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "base/Interrupt.h"
#include "engine/RestoreRequest.h"
#include "engine/RestoreTask.h"
#include "postgres/PgDumpLocator.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <optional>

class QThread;

namespace larder {

// Restores one PostgreSQL dump into a database: checks the dump's checksum, creates the target
// database (or accepts an existing empty one, or cleans a non-empty one when asked; a database it
// created is dropped again when the restore fails or is cancelled), then runs
// pg_restore or psql as child processes that get the connection only through their environment;
// a plain script is first read whole by PlainScriptGuard, so that it touches no other database.
// progress() counts TOC entries.
class PgRestore final : public RestoreTask
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgRestore)

public:
    enum class Kind { Custom, Directory, Tar, Plain, PlainGzip };

    explicit PgRestore(RestoreRequest request, QObject* parent = nullptr);
    ~PgRestore() override;

    // By the dump's name (a directory is the directory format), else by its first bytes.
    static Result<Kind> detectKind(const QString& dumpPath);
    static QString kindName(Kind kind); // "custom", "directory", "tar", "plain", "plain (gzip)"
    // What the request asks that the dump's format cannot do (--clean for plain, -j for tar/plain).
    static Result<void> checkOptions(Kind kind, bool clean, int jobs);
    // Whether pg_dump or pg_dumpall wrote it, by its first bytes (a directory: its toc.dat).
    static bool isPostgresDump(const QString& dumpPath);
    // What a globals dump (pg_dumpall --globals-only) would create: "roles a, b; tablespaces c", read
    // from its CREATE ROLE / CREATE TABLESPACE lines.
    static QString globalsSummary(const QString& dumpPath);

    void start() override;
    void cancel() override;

private:
    enum class State { Created, Preparing, Restoring, Done };

    struct Preparation
    {
        std::optional<Error> error;
        bool targetTouched = false;
        bool created = false; // the target did not exist: a failed restore drops it again
        Kind kind = Kind::Custom;
        bool superuser = false;
        PgDumpBinary tool;
        int tocEntries = 0;
        QStringList notes; // said as activity before the tool starts
    };

    static Preparation prepare(const RestoreRequest& request, const Interrupt& interrupt);
    void onPrepared(const Preparation& preparation);
    void startTool();
    // Output and errors wired; the caller sets the child up (PgConnection::setUpChild for a tool that
    // reaches the server, ProcessGroup::setUp for gzip).
    QProcess* newProcess();
    void onOutput(QProcess* process, QProcess::ProcessChannel channel);
    void takeLine(const QString& line);
    void onToolFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess* process, QProcess::ProcessError error);
    void signalProcesses(int signalNumber);
    QString errorSummary() const;
    // A plain dump's owner statements failed: the role may not give objects to others.
    bool ownershipFailed() const;
    void finish(RestoreOutcome outcome);
    // A failed or cancelled restore into a database it created leaves nothing: drop it on a worker.
    void dropCreated(RestoreOutcome outcome);
    void emitFinished(RestoreOutcome outcome);
    void fail(const QString& message);

    RestoreRequest m_request;
    State m_state = State::Created;
    bool m_cancelled = false;
    Preparation m_preparation;
    QProcess* m_gzip = nullptr; // only for .sql.gz: gzip -dc | psql
    QProcess* m_tool = nullptr;
    QHash<QProcess*, QByteArray> m_buffers;
    QStringList m_tail;
    QString m_gzipError;
    int m_done = 0;
    QElapsedTimer m_clock;
    QTimer m_killTimer;
    bool m_finishing = false;
    Interrupt m_interrupt = makeInterrupt(); // stops preparation's statement or tool
    QPointer<QThread> m_worker;
};

} // namespace larder
