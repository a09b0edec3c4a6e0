// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "CommandOptions.h"
#include "config/Config.h"
#include "plan/KnownJobs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <tl/expected.hpp>

namespace larder {
class DatabaseEngine;
}

// One subcommand: declares its own options and gets its own --help. The output streams are
// injectable so that tests can read what a command prints, and so is the engine through which it
// reaches servers (its own StandardEngines, made on first use, unless a test sets another).
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
    Q_DISABLE_COPY_MOVE(Command)

public:
    Command(QString name, QString summary);
    virtual ~Command();

    QString name() const { return m_name; }
    QString summary() const { return m_summary; }

    // arguments[0] is the command's name. Returns the process exit code.
    int execute(const QStringList& arguments, QTextStream& out, QTextStream& err);
    // Every option and positional argument it takes, --config and --help included, as --help lists
    // them (the manual pages and shell completion read them).
    CommandOptions declaredOptions();
    // Another engine instead of StandardEngines (tests); before execute().
    void setEngine(std::unique_ptr<larder::DatabaseEngine> engine);

protected:
    virtual void addOptions(CommandOptions& options) = 0;
    virtual int run(const QCommandLineParser& parser) = 0;

    // Loads the config named by --config / $LARDER_CONFIG / the default path, printing every
    // issue to err on failure.
    std::optional<larder::Config> loadConfig(const QCommandLineParser& parser);
    // The config file that --config / $LARDER_CONFIG / the default path names.
    QString configPath(const QCommandLineParser& parser) const;
    // A log line on err: local timestamp, then the text.
    void logLine(const QString& text);
    int usageError(const QString& message);
    // For a job name not in the config that is a likely typo of a configured one: the usage error
    // that asks whether that one was meant. std::nullopt when no job is that near.
    std::optional<int> misspeltJobError(const QString& name, const larder::Config& config);
    // The named jobs as KnownJobs finds them: configured, else known to history (discovered,
    // dropped or removed from the config). An unknown name: the usage error, as an exit code.
    tl::expected<QList<larder::KnownJobs::Known>, int> findJobs(const larder::Config& config,
                                                                const QStringList& names);
    // What prune and verify start from: the config, and the jobs the positional arguments name
    // (findJobs()), or every configured job when none is named.
    struct NamedJobs
    {
        larder::Config config;
        QStringList names; // as given, without repeats
        QList<larder::KnownJobs::Known> known;
        QList<larder::JobConfig> jobs;
    };
    // The exit code when the config does not load or a name is unknown (already said on err).
    tl::expected<NamedJobs, int> loadNamedJobs(const QCommandLineParser& parser);
    // A failed RunLock::tryLock: prints the message and returns ExitCode::Locked when another run
    // holds the lock, ExitCode::CannotCreate when the lock file cannot be created.
    int lockError(const larder::Error& error);

    // Who writes log lines while something else is on the terminal (the live view): it is given the
    // writing to do, and moves out of its way. Empty: lines are written at once.
    using LogAround = std::function<void(const std::function<void()>& write)>;
    void setLogAround(LogAround around) { m_logAround = std::move(around); }

    QTextStream& out() { return *m_out; }
    QTextStream& err() { return *m_err; }
    // What probes, discovers and dumps: the one this command owns.
    larder::DatabaseEngine& engine();

private:
    void declare(CommandOptions& options);

    QString m_name;
    QString m_summary;
    QCommandLineOption m_configOption;
    QCommandLineOption m_helpOption;
    QTextStream* m_out = nullptr;
    QTextStream* m_err = nullptr;
    std::unique_ptr<larder::DatabaseEngine> m_engine;
    LogAround m_logAround;
};
