// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QProcess;

namespace larder {

// Every child tool Larder starts runs in a process group of its own: a terminal's Ctrl-C reaches
// Larder, which stops the tool on its own terms, and stopping signals the whole group, so that
// pg_dump's and pg_restore's -j workers stop with their leader. On Linux a child also gets SIGTERM
// when Larder dies (killed with -9), and it writes with umask 077 (what it writes holds a database).
class ProcessGroup final
{
    Q_DECLARE_TR_FUNCTIONS(ProcessGroup)

public:
    struct Output
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray standardOutput;
        QByteArray standardError;
    };

    // The child set-up above; call before start().
    static void setUp(QProcess& process);
    // Sends signalNumber to the group led by process, if it runs.
    static void signal(const QProcess* process, int signalNumber);
    // Runs a short tool to its end on the calling thread (a worker thread: it blocks), bounded by
    // timeoutMs (0: no bound, as a job's timeout of 0) and ended early when interrupt is set; either stops
    // the whole group. Errors say which tool did not start, took too long or was stopped; a tool that ran is
    // an Output, whatever its exit code.
    // environment: the child's (default: Larder's own).
    static Result<Output> run(const QString& program, const QStringList& arguments, int timeoutMs,
                              const std::shared_ptr<std::atomic_bool>& interrupt = {},
                              const std::optional<QProcessEnvironment>& environment = std::nullopt);
};

} // namespace larder
