// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "Cli.h"

#include "CheckCommand.h"
#include "Completion.h"
#include "ExitCode.h"
#include "FleetCommand.h"
#include "HistoryCommand.h"
#include "MetricsCommand.h"
#include "PasswordCommand.h"
#include "PlanCommand.h"
#include "PruneCommand.h"
#include "RestoreCommand.h"
#include "RunCommand.h"
#include "SecretCommand.h"
#include "VerifyCommand.h"
#include "WatchCommand.h"
#include "base/Spelling.h"

#include <memory>
#include <vector>

std::vector<std::unique_ptr<Command>> Cli::commands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<RunCommand>());
    commands.push_back(std::make_unique<PlanCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<FleetCommand>());
    commands.push_back(std::make_unique<PruneCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<MetricsCommand>());
    commands.push_back(std::make_unique<PasswordCommand>());
    commands.push_back(std::make_unique<SecretCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<WatchCommand>());
    return commands;
}

QString Cli::overview()
{
    QString text = tr("Usage: larder COMMAND [options]\n"
                      "Coordinated, scheduled logical dumps of many PostgreSQL databases.\n\nCommands:\n");
    for (const auto& command : commands())
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(10), command->summary());
    text += tr("\n'larder COMMAND --help' shows a command's options.\n"
               "\nEnvironment:\n"
               "  LARDER_CONFIG  config file when --config is not given\n"
               "                 (default: $XDG_CONFIG_HOME/larder/larder.toml)\n"
               "\nExit codes:\n"
               "  0   nothing was due, or every job succeeded\n"
               "  1   at least one job failed (or history could not be read)\n"
               "  64  usage error\n"
               "  73  the run lock or history cannot be created (see the path named)\n"
               "  75  another larder run holds the lock, and nothing else\n"
               "  78  config error: nothing was run\n"
               "  130/143  stopped by SIGINT/SIGTERM; running dumps were cancelled and removed\n");
    return text;
}

Cli::LeadingOptions Cli::leadingOptions(const QStringList& words, qsizetype from)
{
    LeadingOptions leading;
    leading.next = from;
    while (leading.next < words.size()) {
        const QString& word = words.at(leading.next);
        if (word == QLatin1String("--config") || word == QLatin1String("-c")) {
            if (leading.next + 1 >= words.size()) {
                leading.missingValue = word;
                return leading;
            }
            leading.configPath = words.at(leading.next + 1);
            leading.words << word << leading.configPath;
            leading.next += 2;
        } else if (word.startsWith(QLatin1String("--config="))) {
            leading.configPath = word.mid(9);
            leading.words << word;
            ++leading.next;
        } else {
            break;
        }
    }
    return leading;
}

int Cli::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    // Common options may come before the command: they are handed to the command as if given after
    // its name, where a later one still wins.
    const LeadingOptions leading = leadingOptions(arguments, 1);
    if (!leading.missingValue.isEmpty()) {
        err << tr("larder: option '%1' needs a file. Try 'larder --help'.").arg(leading.missingValue) << '\n';
        return ExitCode::Usage;
    }
    const QStringList& common = leading.words;
    const qsizetype next = leading.next;

    const QString first = arguments.value(next);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        (first == QLatin1String("help") && next + 1 >= arguments.size())) {
        out << overview();
        return ExitCode::Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-V")) {
        out << "larder " << QCoreApplication::applicationVersion() << '\n';
        return ExitCode::Ok;
    }
    if (first == QLatin1String("__complete")) {
        // Hidden: the shell completion scripts' question. Nothing on err: it would land on the
        // user's command line.
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
        for (const QString& candidate : Completion::candidates(arguments.mid(next + 1)))
            out << candidate << '\n';
        return ExitCode::Ok;
    }
    if (first.isEmpty()) {
        err << overview();
        return ExitCode::Usage;
    }
    // `larder help run` is `larder run --help`.
    QStringList rest = arguments.mid(next + 1);
    QString name = first;
    if (first == QLatin1String("help")) {
        name = rest.takeFirst();
        rest = QStringList{QStringLiteral("--help")};
    }

    const auto all = commands();
    QStringList names;
    for (const auto& command : all) {
        if (command->name() == name)
            return command->execute(QStringList{name} + common + rest, out, err);
        names << command->name();
    }
    const QString suggestion = larder::Spelling::closest(name, names);
    if (!suggestion.isEmpty()) {
        err << tr("larder: unknown command '%1': did you mean '%2'? Try 'larder --help'.")
                   .arg(name, suggestion)
            << '\n';
    } else {
        err << tr("larder: unknown command '%1'. Try 'larder --help'.").arg(name) << '\n';
    }
    return ExitCode::Usage;
}
