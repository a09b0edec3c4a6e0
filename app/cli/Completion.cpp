// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "Completion.h"

#include "Cli.h"
#include "Command.h"
#include "config/toml/ConfigLoader.h"
#include "history/History.h"
#include "plan/KnownJobs.h"

#include <QFileInfo>

namespace {

QStringList startingWith(const QStringList& words, const QString& start, const QStringList& except = {})
{
    QStringList matching;
    for (const QString& word : words) {
        if (word.startsWith(start) && !except.contains(word) && !matching.contains(word))
            matching << word;
    }
    return matching;
}

bool isConfigOption(const QString& word)
{
    return word == QLatin1String("--config") || word == QLatin1String("-c");
}

} // namespace

QStringList Completion::candidates(const QStringList& words)
{
    const QString current = words.isEmpty() ? QString() : words.last();
    const QStringList before = words.mid(0, words.size() - 1);

    // --config before the command, as Cli takes it.
    const Cli::LeadingOptions leading = Cli::leadingOptions(before, 0);
    if (!leading.missingValue.isEmpty())
        return {filesMarker()}; // current is its file
    QString configPath = leading.configPath;
    const qsizetype at = leading.next;

    const auto commands = Cli::commands();
    QStringList names;
    for (const auto& command : commands)
        names << command->name();
    if (at == before.size()) {
        if (current.startsWith(QLatin1Char('-')))
            return startingWith(
                {QStringLiteral("--config"), QStringLiteral("--help"), QStringLiteral("--version")}, current);
        return startingWith(names + QStringList{QStringLiteral("help")}, current);
    }
    const QString& name = before.at(at);
    if (name == QLatin1String("help"))
        return at + 1 == before.size() ? startingWith(names, current) : QStringList();
    Command* command = nullptr;
    for (const auto& candidate : commands) {
        if (candidate->name() == name)
            command = candidate.get();
    }
    if (!command)
        return {};
    const CommandOptions options = command->declaredOptions();

    // The words after the command: options, their values, and the positional arguments given so far.
    QStringList given;
    for (qsizetype i = at + 1; i < before.size(); ++i) {
        const QString& word = before.at(i);
        if (!word.startsWith(QLatin1Char('-')) || word == QLatin1String("-")) {
            given << word;
            continue;
        }
        const CommandOptions::Option* option = options.find(word.section(QLatin1Char('='), 0, 0));
        if (option && word.startsWith(QLatin1String("--config=")))
            configPath = word.mid(9);
        if (!option || option->option.valueName().isEmpty() || word.contains(QLatin1Char('=')))
            continue;
        if (i + 1 == before.size()) // current is this option's value
            return startingWith(valuesOf(option->values, configPath), current);
        if (isConfigOption(word))
            configPath = before.at(i + 1);
        ++i;
    }

    if (current.startsWith(QLatin1Char('-'))) {
        const qsizetype equals = current.indexOf(QLatin1Char('='));
        if (equals > 0) { // --option=value
            const CommandOptions::Option* option = options.find(current.left(equals));
            if (!option)
                return {};
            const QString prefix = current.left(equals + 1);
            const QStringList values = valuesOf(option->values, configPath);
            if (values == QStringList{filesMarker()})
                return values;
            QStringList spelt;
            for (const QString& value : values)
                spelt << prefix + value;
            return startingWith(spelt, current);
        }
        QStringList spellings;
        for (const CommandOptions::Option& option : options.options()) {
            for (const QString& optionName : option.option.names()) {
                if (optionName.size() > 1)
                    spellings << QStringLiteral("--") + optionName;
            }
        }
        return startingWith(spellings, current);
    }

    const QList<CommandOptions::Positional>& positionals = options.positionals();
    if (positionals.isEmpty())
        return {};
    const bool beyond = given.size() >= positionals.size();
    if (beyond && !positionals.last().repeats())
        return {};
    const CommandOptions::Positional& positional = beyond ? positionals.last() : positionals.at(given.size());
    if (!positional.choices.isEmpty())
        return startingWith(positional.choices, current);
    // A job named once is not offered again.
    return startingWith(valuesOf(positional.values, configPath), current,
                        positional.repeats() ? given : QStringList());
}

QStringList Completion::valuesOf(CommandOptions::Values values, const QString& configPath)
{
    switch (values) {
    case CommandOptions::Values::Files:
        return {filesMarker()};
    case CommandOptions::Values::Jobs:
        return jobNames(configPath);
    case CommandOptions::Values::Servers:
        return serverNames(configPath);
    case CommandOptions::Values::None:
        break;
    }
    return {};
}

QStringList Completion::jobNames(const QString& configPath)
{
    // A config that does not load offers nothing: the user sees why when the command runs.
    auto config = larder::ConfigLoader::loadFile(larder::ConfigLoader::resolvePath(configPath));
    if (!config)
        return {};
    QStringList names;
    for (const larder::JobConfig& job : std::as_const(config->jobs))
        names << job.name;
    // Discovered databases and jobs only history still knows are named on the command line too.
    // A file only: a shared history's server may be slow or away, and Tab must answer at once.
    if (QFileInfo::exists(config->historyPath)) {
        auto history = larder::History::openReadOnly(config->historyPath);
        if (history) {
            const auto known = larder::KnownJobs::historyOnly(*config, **history);
            if (known) {
                for (const larder::KnownJobs::HistoryJob& job : *known)
                    names << job.known.job.name;
            }
        }
    }
    names.sort();
    return names;
}

QStringList Completion::serverNames(const QString& configPath)
{
    auto config = larder::ConfigLoader::loadFile(larder::ConfigLoader::resolvePath(configPath));
    return config ? QStringList(config->servers.keys()) : QStringList();
}
