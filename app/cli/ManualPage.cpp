// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ManualPage.h"

#include "Cli.h"
#include "Command.h"
#include "config/keys/ConfigKeyTable.h"

#include <QRegularExpression>
#include <QStringList>

using larder::ConfigKey;
using larder::ConfigKeyTable;

namespace {

const QList<ConfigKey::Scope> kScopes{ConfigKey::Scope::Defaults, ConfigKey::Scope::Server,
                                      ConfigKey::Scope::Database, ConfigKey::Scope::Notify};

// "-c, --config" and its value, as --help spells them.
QString optionSpelling(const QCommandLineOption& option)
{
    QStringList spellings;
    for (const QString& name : option.names())
        spellings << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = QStringLiteral("*%1*").arg(ManualPage::escaped(spellings.join(QStringLiteral(", "))));
    if (!option.valueName().isEmpty())
        text += QStringLiteral(" _%1_").arg(ManualPage::escaped(option.valueName()));
    return text;
}

// A sentence's first letter in capitals: the help texts are written to follow an option on one line.
// Their `code` is bold, as man pages write commands.
QString sentence(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QString result = ManualPage::escaped(text).replace(code, QStringLiteral("*\\1*"));
    if (!result.isEmpty())
        result[0] = result.at(0).toUpper();
    if (!result.endsWith(QLatin1Char('.')))
        result += QLatin1Char('.');
    return result;
}

// An option and its help, as a paragraph of its own.
QString optionEntry(const QCommandLineOption& option)
{
    return QStringLiteral("\n%1\n\t%2\n").arg(optionSpelling(option), sentence(option.description()));
}

} // namespace

QString ManualPage::escaped(const QString& text)
{
    QString result;
    for (const QChar c : text) {
        if (c == u'\\' || c == u'*' || c == u'_')
            result += QLatin1Char('\\');
        result += c;
    }
    return result;
}

QString ManualPage::fill(const QString& text, const QString& version)
{
    QString result = text;
    result.replace(QStringLiteral("@VERSION@"), version);
    if (result.contains(QStringLiteral("@COMMANDS@")))
        result.replace(QStringLiteral("@COMMANDS@"), commands());
    if (result.contains(QStringLiteral("@CONFIG_KEYS@")))
        result.replace(QStringLiteral("@CONFIG_KEYS@"), configKeys());
    return result;
}

QString ManualPage::commands()
{
    const auto all = Cli::commands();
    QString text = QStringLiteral("Every command takes these options:\n");
    const CommandOptions common = all.front()->declaredOptions(); // kept: the loop reads into it
    for (const CommandOptions::Option& option : common.options()) {
        if (option.everyCommand)
            text += optionEntry(option.option);
    }
    for (const auto& command : all) {
        const CommandOptions options = command->declaredOptions();
        QString usage = QStringLiteral("larder %1 [options]").arg(command->name());
        for (const CommandOptions::Positional& positional : options.positionals())
            usage += QLatin1Char(' ') + (positional.syntax.isEmpty() ? positional.name : positional.syntax);
        text += QStringLiteral("\n## %1\n\n%2\n").arg(escaped(usage), sentence(command->summary()));
        for (const CommandOptions::Option& option : options.options()) {
            if (!option.everyCommand)
                text += optionEntry(option.option);
        }
        for (const CommandOptions::Positional& positional : options.positionals()) {
            QString description = sentence(positional.description);
            if (!positional.choices.isEmpty())
                description += QStringLiteral(" One of: %1.")
                                   .arg(escaped(positional.choices.join(QStringLiteral(", "))));
            text += QStringLiteral("\n_%1_\n\t%2\n").arg(escaped(positional.name), description);
        }
    }
    return text;
}

QString ManualPage::configKeys()
{
    QStringList parts;
    for (const ConfigKey& key : ConfigKeyTable::keys()) {
        QStringList sections;
        for (const ConfigKey::Scope scope : kScopes) {
            if (key.allowedIn(scope))
                sections << ConfigKeyTable::sectionName(scope);
        }
        QString builtIn = ConfigKeyTable::builtInText(key.keyName());
        const QString inServer = ConfigKeyTable::builtInText(key.keyName(), true);
        if (builtIn.isEmpty())
            builtIn = QStringLiteral("none");
        if (inServer != ConfigKeyTable::builtInText(key.keyName()))
            builtIn = QStringLiteral("%1 in [defaults], %2 in [servers.NAME]")
                          .arg(builtIn, inServer.isEmpty() ? QStringLiteral("none") : inServer);
        QString part = QStringLiteral("*%1* = _%2_\n").arg(escaped(key.keyName()), escaped(typeText(key)));
        part += QStringLiteral("\t%1\n\n").arg(sentence(QString::fromUtf8(key.help)));
        part += QStringLiteral("\tSections: %1. Built-in: %2.%3\n")
                    .arg(escaped(sections.join(QStringLiteral(", "))), escaped(builtIn), inheritance(key));
        parts << part;
    }
    return parts.join(QLatin1Char('\n'));
}

QString ManualPage::inheritance(const ConfigKey& key)
{
    switch (key.role) {
    case ConfigKey::Role::Job:
        return QStringLiteral(
            " Inherited: [databases.NAME] from its server, [servers.NAME] from [defaults].");
    case ConfigKey::Role::Connection:
    case ConfigKey::Role::ServerJobs:
        return QStringLiteral(" Inherited: [servers.NAME] from [defaults].");
    case ConfigKey::Role::Parallelism:
        return QStringLiteral(" In [defaults]: the whole run's limit; in [servers.NAME]: that server's.");
    case ConfigKey::Role::DefaultsOnly:
    case ConfigKey::Role::DatabaseOnly:
    case ConfigKey::Role::Notify:
        break;
    }
    return QString();
}

QString ManualPage::typeText(const ConfigKey& key)
{
    using Type = ConfigKey::Type;
    switch (key.type) {
    case Type::String:
        return QStringLiteral("\"text\"");
    case Type::OptionalString:
        return QStringLiteral("\"text\" or \"\"");
    case Type::Integer:
        return QStringLiteral("%1..%2").arg(key.min).arg(key.max);
    case Type::Duration:
        return QStringLiteral("\"duration\" or seconds");
    case Type::Retry:
        return QStringLiteral("\"duration\", seconds or \"off\"");
    case Type::Count:
        return QStringLiteral("count");
    case Type::Boolean:
        return QStringLiteral("true or false");
    case Type::Patterns:
        return QStringLiteral("[\"glob\", ...] or \"all\"");
    case Type::Schedule:
        return QStringLiteral("\"schedule\"");
    case Type::Format:
        return QStringLiteral("\"custom\", \"directory\", \"plain\" or \"tar\"");
    case Type::SslMode:
        return QStringLiteral("\"sslmode\"");
    case Type::Path:
        return QStringLiteral("\"path\"");
    case Type::Arguments:
    case Type::MariaDbArguments:
        return QStringLiteral("[\"--option\", ...]");
    case Type::Engine:
        return QStringLiteral("\"postgresql\" or \"mariadb\"");
    case Type::Ratio:
        return QStringLiteral("0..1");
    case Type::Url:
        return QStringLiteral("\"https://...\"");
    case Type::NotifyKind:
        return QStringLiteral("\"kind\"");
    case Type::Events:
        return QStringLiteral("[\"failure\", \"stale\", \"warning\", \"success\", \"start\"]");
    case Type::Names:
        return QStringLiteral("[\"name\", ...]");
    case Type::Headers:
        return QStringLiteral("{ header = \"value\", ... }");
    case Type::OptionalPath:
        return QStringLiteral("\"path\" or \"\"");
    case Type::Command:
        return QStringLiteral("[\"program\", \"argument\", ...]");
    }
    return QString();
}
