// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "SecretCommand.h"

#include "ExitCode.h"
#include "TerminalInput.h"
#include "config/SecretReference.h"
#include "system/CredentialStore.h"

using namespace larder;

SecretCommand::SecretCommand()
    : Command(QStringLiteral("secret"),
              tr("Store or delete a secret (a token) that a notification's url or header names as "
                 "{secret:NAME}, in the OS keychain (service 'larder', key secret:NAME). Without a "
                 "keychain (cron, servers), give it to the run as the environment variable "
                 "LARDER_SECRET_NAME instead."))
{}

void SecretCommand::addOptions(CommandOptions& options)
{
    options.addPositionalArgument(QStringLiteral("action"), tr("'set' or 'delete'."), QString(),
                                  CommandOptions::Values::None,
                                  {QStringLiteral("set"), QStringLiteral("delete")});
    options.addPositionalArgument(QStringLiteral("name"), tr("The secret's name: letters, digits and '_'."));
}

int SecretCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (args[0] != QLatin1String("set") && args[0] != QLatin1String("delete")))
        return usageError(tr("usage: larder secret set|delete NAME"));
    const QString& name = args[1];
    if (!SecretReference::isValidName(name))
        return usageError(tr("'%1' is not a secret name: use only letters, digits and '_'").arg(name));

    CredentialStore store;
    if (args[0] == QLatin1String("delete")) {
        const auto deleted = store.deleteSecret(name);
        if (!deleted) {
            err() << "larder secret: " << deleted.error().message << '\n';
            return ExitCode::JobFailed;
        }
        out() << tr("Deleted the secret %1 from the keychain.").arg(name) << '\n';
        return ExitCode::Ok;
    }

    const std::optional<QString> value =
        TerminalInput::readHiddenLine(tr("Value of secret %1: ").arg(name), err());
    if (!value || value->isEmpty()) {
        err() << "larder secret: " << tr("no value given on standard input; nothing was stored") << '\n';
        return ExitCode::Usage;
    }
    const auto stored = store.writeSecret(name, *value);
    if (!stored) {
        err() << "larder secret: " << stored.error().message << '\n';
        return ExitCode::JobFailed;
    }
    out() << tr("Stored the secret %1 in the keychain (key %2); a url or header uses it as {secret:%1}.")
                 .arg(name, CredentialStore::secretKey(name))
          << '\n';
    return ExitCode::Ok;
}
