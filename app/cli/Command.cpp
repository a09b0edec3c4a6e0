// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "Command.h"

#include "ExitCode.h"
#include "base/Spelling.h"
#include "config/toml/ConfigLoader.h"
#include "engines/StandardEngines.h"
#include "history/History.h"
#include "system/HostIdentity.h"

#include <QDateTime>
#include <QFileInfo>

Command::Command(QString name, QString summary)
    : m_name(std::move(name)), m_summary(std::move(summary)),
      m_configOption(QStringList{QStringLiteral("c"), QStringLiteral("config")},
                     tr("Config file (default: $LARDER_CONFIG, else ~/.config/larder/larder.toml)."),
                     tr("file")),
      m_helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
{}

Command::~Command() = default;

void Command::setEngine(std::unique_ptr<larder::DatabaseEngine> engine)
{
    m_engine = std::move(engine);
}

larder::DatabaseEngine& Command::engine()
{
    // Made on first use: most commands never reach a server.
    if (!m_engine)
        m_engine = larder::StandardEngines::create();
    return *m_engine;
}

int Command::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    m_out = &out;
    m_err = &err;
    QCommandLineParser parser;
    parser.setApplicationDescription(m_summary);
    CommandOptions options(&parser);
    declare(options);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(m_helpOption)) {
        QString text = parser.helpText();
        // The usage line names the program as it was started (argv[0]); "Usage:" and "[options]"
        // are Qt's translated words, so the program is swapped for "larder COMMAND" by position,
        // which holds in every language.
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype lineEnd = text.indexOf(u'\n');
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && (lineEnd < 0 || at < lineEnd))
            text.replace(at, program.size(), QStringLiteral("larder %1").arg(m_name));
        text.replace(QCoreApplication::applicationFilePath(), QStringLiteral("larder"));
        out << text;
        out.flush();
        return ExitCode::Ok;
    }
    const int code = run(parser);
    out.flush();
    err.flush();
    return code;
}

void Command::declare(CommandOptions& options)
{
    options.addOption(m_configOption, CommandOptions::Values::Files, true);
    options.addOption(m_helpOption, CommandOptions::Values::None, true);
    addOptions(options);
}

CommandOptions Command::declaredOptions()
{
    CommandOptions options;
    declare(options);
    return options;
}

QString Command::configPath(const QCommandLineParser& parser) const
{
    return larder::ConfigLoader::resolvePath(parser.value(m_configOption));
}

std::optional<larder::Config> Command::loadConfig(const QCommandLineParser& parser)
{
    auto loaded = larder::ConfigLoader::loadFile(configPath(parser));
    if (loaded) {
        // Who this host is in a shared history: what it records, locks and prunes as.
        larder::HostIdentity::set(loaded->hostId);
        return *std::move(loaded);
    }
    for (const larder::ConfigIssue& issue : loaded.error())
        err() << issue.toString() << '\n';
    err() << tr("larder: %n error(s) in the config; nothing was run.", nullptr, int(loaded.error().size()))
          << '\n';
    err().flush();
    return std::nullopt;
}

void Command::logLine(const QString& text)
{
    const auto write = [&] {
        err() << QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << ' ' << text
              << '\n';
        err().flush();
    };
    if (m_logAround)
        m_logAround(write);
    else
        write();
}

int Command::usageError(const QString& message)
{
    err() << QStringLiteral("larder %1: ").arg(m_name) << message << '\n'
          << tr("Try 'larder %1 --help'.").arg(m_name) << '\n';
    err().flush();
    return ExitCode::Usage;
}

int Command::lockError(const larder::Error& error)
{
    err() << QStringLiteral("larder %1: ").arg(m_name) << error.message << '\n';
    err().flush();
    switch (error.kind) {
    case larder::ErrorKind::Busy:
        return ExitCode::Locked;
    case larder::ErrorKind::CannotCreate:
        return ExitCode::CannotCreate;
    case larder::ErrorKind::Other: // a shared history's server cannot be reached
    case larder::ErrorKind::BadRequest:
        break;
    }
    return ExitCode::JobFailed;
}

std::optional<int> Command::misspeltJobError(const QString& name, const larder::Config& config)
{
    QStringList known;
    for (const larder::JobConfig& job : config.jobs)
        known.append(job.name);
    const QString suggestion = larder::Spelling::closest(name, known);
    if (suggestion.isEmpty())
        return std::nullopt;
    return usageError(tr("no job named '%1' in %2: did you mean '%3'? Configured jobs: %4")
                          .arg(name, config.path, suggestion, known.join(QLatin1String(", "))));
}

tl::expected<Command::NamedJobs, int> Command::loadNamedJobs(const QCommandLineParser& parser)
{
    std::optional<larder::Config> config = loadConfig(parser);
    if (!config)
        return tl::unexpected(int(ExitCode::Config));
    NamedJobs named{std::move(*config), parser.positionalArguments(), {}, {}};
    named.names.removeDuplicates();
    if (named.names.isEmpty()) {
        for (const larder::JobConfig& job : std::as_const(named.config.jobs))
            named.known.append(larder::KnownJobs::Known{job, true, true, QString()});
    } else {
        auto found = findJobs(named.config, named.names);
        if (!found)
            return tl::unexpected(found.error());
        named.known = std::move(*found);
    }
    for (const larder::KnownJobs::Known& known : std::as_const(named.known))
        named.jobs.append(known.job);
    return named;
}

tl::expected<QList<larder::KnownJobs::Known>, int> Command::findJobs(const larder::Config& config,
                                                                     const QStringList& names)
{
    // Read only: no history file is created just to find it empty.
    std::unique_ptr<larder::History> history;
    const bool needHistory =
        std::any_of(names.cbegin(), names.cend(), [&](const QString& name) { return !config.job(name); });
    if (needHistory) {
        auto opened = larder::History::openIfExists(config.historyPath);
        if (!opened) {
            logLine(QStringLiteral("larder %1: %2").arg(m_name, opened.error().message));
            return tl::unexpected(int(ExitCode::JobFailed));
        }
        history = std::move(*opened);
    }
    QList<larder::KnownJobs::Known> jobs;
    for (const QString& name : names) {
        const auto found = larder::KnownJobs::find(config, history.get(), name);
        if (!found) {
            logLine(QStringLiteral("larder %1: %2").arg(m_name, found.error().message));
            return tl::unexpected(int(ExitCode::JobFailed));
        }
        if (*found) {
            jobs.append(**found);
            continue;
        }
        if (const auto misspelt = misspeltJobError(name, config))
            return tl::unexpected(*misspelt);
        QStringList known;
        for (const larder::JobConfig& configured : config.jobs)
            known.append(configured.name);
        return tl::unexpected(usageError(
            tr("no job named '%1' in %2 or its history; configured jobs: %3")
                .arg(name, config.path, known.isEmpty() ? tr("none") : known.join(QLatin1String(", ")))));
    }
    return jobs;
}
