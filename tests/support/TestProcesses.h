// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The processes a test looks for (/proc) or runs itself (pg_restore, sha256sum, mount).
namespace TestProcesses {

struct CommandLine
{
    qint64 pid = 0;
    QByteArray raw; // arguments separated by NUL
    QString text() const;
};

// Every process's command line that can be read.
QList<CommandLine> allCommandLines();
// A process that exists and is not a zombie (an orphan's zombie may wait long for its reaper).
bool isLiveProcess(qint64 pid);
// The live pg_dump processes writing below dir: only the test's own, because dir is its own.
QList<qint64> pgDumpProcessesUnder(const QString& dir);

// The test's environment without PG* variables, in the C locale: tools answer the same everywhere.
QProcessEnvironment cleanToolEnvironment();

struct ToolResult
{
    bool ok = false; // exited normally with 0
    QString output;  // stdout and stderr together
};
// Runs a tool to its end (killed after timeoutMs).
ToolResult runTool(const QString& program, const QStringList& arguments, const QString& workingDirectory = {},
                   int timeoutMs = 120'000);

} // namespace TestProcesses
