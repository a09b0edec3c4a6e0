#include "Cli.h"

#include "CheckCommand.h"
#include "ExitCode.h"
#include "HistoryCommand.h"
#include "PasswordCommand.h"
#include "PlanCommand.h"
#include "PruneCommand.h"
#include "RestoreCommand.h"
#include "RunCommand.h"
#include "VerifyCommand.h"

#include <memory>
#include <vector>

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<RunCommand>());
    commands.push_back(std::make_unique<PlanCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<PruneCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<PasswordCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    return commands;
}

} // namespace

QString Cli::overview()
{
    QString text = tr("Usage: larder COMMAND [options]\n"
                      "Coordinated, scheduled logical dumps of many PostgreSQL databases.\n\nCommands:\n");
    for (const auto& command : allCommands())
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

int Cli::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << overview();
        return ExitCode::Ok;
    }
    if (first == QLatin1String("--version")) {
        out << "larder " << QCoreApplication::applicationVersion() << '\n';
        return ExitCode::Ok;
    }
    if (first.isEmpty()) {
        err << overview();
        return ExitCode::Usage;
    }
    for (const auto& command : allCommands()) {
        if (command->name() == first)
            return command->execute(arguments.mid(1), out, err);
    }
    err << tr("larder: unknown command '%1'. Try 'larder --help'.").arg(first) << '\n';
    return ExitCode::Usage;
}
