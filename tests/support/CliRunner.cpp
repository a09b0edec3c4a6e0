// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "CliRunner.h"

#include <QProcess>

QString CliResult::describe() const
{
    QString state;
    if (!started)
        state = QStringLiteral("did not start");
    else if (timedOut)
        state = QStringLiteral("timed out and was killed");
    else if (crashed)
        state = QStringLiteral("ended by a signal");
    else
        state = QStringLiteral("exit code %1").arg(exitCode);
    return QStringLiteral("%1\n--- stdout ---\n%2\n--- stderr ---\n%3")
        .arg(state, QString::fromUtf8(out), QString::fromUtf8(err));
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList& arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(m_program);
    process->setArguments(arguments);
    process->setProcessEnvironment(m_environment);
    if (!m_workingDirectory.isEmpty())
        process->setWorkingDirectory(m_workingDirectory);
    process->start();
    process->waitForStarted(10'000);
    return process;
}

CliResult CliRunner::run(const QStringList& arguments, const QByteArray& input, int timeoutMs) const
{
    std::unique_ptr<QProcess> process = start(arguments);
    if (process->state() == QProcess::Running) {
        if (!input.isEmpty())
            process->write(input);
        process->closeWriteChannel();
    }
    return finish(*process, timeoutMs);
}

CliResult CliRunner::finish(QProcess& process, int timeoutMs)
{
    CliResult result;
    result.started = process.error() != QProcess::FailedToStart;
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(10'000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed || result.timedOut ? -1 : process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment CliRunner::hermeticEnvironment(const QString& home, const QString& pgpassFile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")) || key == QLatin1String("LARDER_CONFIG"))
            env.remove(key);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    if (!pgpassFile.isEmpty())
        env.insert(QStringLiteral("PGPASSFILE"), pgpassFile);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    for (const char* key : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION"})
        env.remove(QLatin1String(key));
    return env;
}

QProcessEnvironment CliRunner::keychainEnvironment(const QString& home, const QString& pgpassFile)
{
    QProcessEnvironment env = hermeticEnvironment(home, pgpassFile);
    const QProcessEnvironment own = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
                             "DESKTOP_SESSION"}) {
        const QString key = QLatin1String(name);
        if (own.contains(key))
            env.insert(key, own.value(key));
        else
            env.remove(key);
    }
    return env;
}

CliRunner CliRunner::hermetic(QString program, const QString& home, const QString& pgpassFile)
{
    CliRunner runner(std::move(program));
    runner.setEnvironment(hermeticEnvironment(home, pgpassFile));
    runner.setWorkingDirectory(home);
    return runner;
}

QStringList CliRunner::withConfig(const QString& config, const QStringList& commandLine)
{
    return QStringList{commandLine.first(), QStringLiteral("--config"), config} + commandLine.mid(1);
}
