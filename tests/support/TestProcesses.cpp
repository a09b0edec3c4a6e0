// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "TestProcesses.h"

#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace TestProcesses {

QString CommandLine::text() const
{
    return QString::fromLocal8Bit(QByteArray(raw).replace('\0', ' ')).trimmed();
}

QList<CommandLine> allCommandLines()
{
    QList<CommandLine> lines;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        CommandLine line{pid, TestFiles::readFile(QStringLiteral("/proc/%1/cmdline").arg(pid))};
        if (!line.raw.isEmpty())
            lines.append(line);
    }
    return lines;
}

bool isLiveProcess(qint64 pid)
{
    const QByteArray stat = TestFiles::readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype paren = stat.lastIndexOf(')');
    return paren > 0 && stat.size() > paren + 2 && stat.at(paren + 2) != 'Z';
}

QList<qint64> pgDumpProcessesUnder(const QString& dir)
{
    QList<qint64> pids;
    for (const CommandLine& line : allCommandLines()) {
        const QByteArray program = line.raw.left(line.raw.indexOf('\0'));
        if (program.endsWith("pg_dump") && line.raw.contains(QFile::encodeName(dir)) &&
            isLiveProcess(line.pid))
            pids.append(line.pid);
    }
    return pids;
}

QProcessEnvironment cleanToolEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

ToolResult runTool(const QString& program, const QStringList& arguments, const QString& workingDirectory,
                   int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(cleanToolEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        return {false, QStringLiteral("%1 %2 did not finish: %3")
                           .arg(program, arguments.join(u' '), process.errorString())};
    }
    const QString output = QString::fromUtf8(process.readAll());
    return {process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output};
}

} // namespace TestProcesses
