// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

// What one run of a command-line program left behind.
struct CliResult
{
    bool started = false;
    bool timedOut = false; // killed by CliRunner after its timeout
    bool crashed = false;  // ended by a signal (exitCode is then meaningless)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // Exit state and both streams, for test failure messages.
    QString describe() const;
};

// Runs a program (the larder binary) as a child process with a fixed environment. Every run has a
// timeout after which the child is killed, so a hanging program fails the test instead of CI.
class CliRunner final
{
public:
    explicit CliRunner(QString program) : m_program(std::move(program)) {}

    // The environment of a larder run in a test: this one's, less every PG* variable and
    // LARDER_CONFIG; English messages (LC_ALL=C.UTF-8); HOME and the XDG config/data places below
    // home; PGPASSFILE as given (if any); and no session bus or display, as under cron, so that a
    // developer's real keychain is never touched.
    static QProcessEnvironment hermeticEnvironment(const QString& home,
                                                   const QString& pgpassFile = QString());
    // hermeticEnvironment(home, pgpassFile) with this process's session bus and desktop: a larder
    // that reaches the keychain this test runs under (tests/with-keyring.sh's private one).
    static QProcessEnvironment keychainEnvironment(const QString& home, const QString& pgpassFile);

    // The program with hermeticEnvironment(home, pgpassFile), run in home: a test's larder.
    static CliRunner hermetic(QString program, const QString& home, const QString& pgpassFile = QString());
    // commandLine with "--config config" after its first word, the command: how tests name a config.
    static QStringList withConfig(const QString& config, const QStringList& commandLine);

    QString program() const { return m_program; }
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    QProcessEnvironment environment() const { return m_environment; }
    void setWorkingDirectory(const QString& directory) { m_workingDirectory = directory; }

    // Runs to completion; input is written to standard input, which is then closed.
    CliResult run(const QStringList& arguments, const QByteArray& input = {}, int timeoutMs = 120'000) const;

    // Starts without waiting (standard input closed), for tests that signal the running child.
    // The caller must end it with finish().
    std::unique_ptr<QProcess> start(const QStringList& arguments) const;
    // Waits for a started child; kills it after timeoutMs.
    static CliResult finish(QProcess& process, int timeoutMs = 120'000);

private:
    QString m_program;
    QString m_workingDirectory;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};
