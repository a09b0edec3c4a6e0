// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "PasswordCommand.h"

#include "ExitCode.h"
#include "TerminalInput.h"
#include "system/CredentialStore.h"

using namespace larder;

PasswordCommand::PasswordCommand()
    : Command(QStringLiteral("password"), tr("Store or delete a server's password in the OS keychain "
                                             "(service 'larder', key USER@HOST:PORT)."))
{}

void PasswordCommand::addOptions(CommandOptions& options)
{
    options.addPositionalArgument(QStringLiteral("action"), tr("'set' or 'delete'."), QString(),
                                  CommandOptions::Values::None,
                                  {QStringLiteral("set"), QStringLiteral("delete")});
    options.addPositionalArgument(QStringLiteral("server"),
                                  tr("A server name from the config ('default' for the "
                                     "server in [defaults])."),
                                  QString(), CommandOptions::Values::Servers);
}

int PasswordCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (args[0] != QLatin1String("set") && args[0] != QLatin1String("delete")))
        return usageError(tr("usage: larder password set|delete SERVER"));
    const std::optional<Config> config = loadConfig(parser);
    if (!config)
        return ExitCode::Config;
    const auto server = config->servers.constFind(args[1]);
    if (server == config->servers.cend()) {
        const QStringList known = config->servers.keys();
        return usageError(
            tr("no server named '%1' in %2; configured servers: %3")
                .arg(args[1], config->path, known.isEmpty() ? tr("none") : known.join(QLatin1String(", "))));
    }

    CredentialStore store;
    if (args[0] == QLatin1String("delete")) {
        const auto deleted = store.deletePassword(*server);
        if (!deleted) {
            err() << "larder password: " << deleted.error().message << '\n';
            return ExitCode::JobFailed;
        }
        out() << tr("Deleted the password of %1 from the keychain.").arg(server->displayName()) << '\n';
        return ExitCode::Ok;
    }

    const std::optional<QString> password =
        TerminalInput::readHiddenLine(tr("Password for %1: ").arg(server->displayName()), err());
    if (!password || password->isEmpty()) {
        err() << "larder password: " << tr("no password given on standard input; nothing was stored") << '\n';
        return ExitCode::Usage;
    }
    const auto stored = store.writePassword(*server, *password);
    if (!stored) {
        err() << "larder password: " << stored.error().message << '\n';
        return ExitCode::JobFailed;
    }
    out() << tr("Stored the password of %1 in the keychain (key %2).")
                 .arg(server->displayName(), server->credentialKey())
          << '\n';
    return ExitCode::Ok;
}
