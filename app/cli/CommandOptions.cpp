// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "CommandOptions.h"

void CommandOptions::addOption(const QCommandLineOption& option, Values values, bool everyCommand)
{
    if (m_parser)
        m_parser->addOption(option);
    m_options.append(Option{option, values, everyCommand});
}

void CommandOptions::addOptions(const QList<QCommandLineOption>& options)
{
    for (const QCommandLineOption& option : options)
        addOption(option);
}

void CommandOptions::addPositionalArgument(const QString& name, const QString& description,
                                           const QString& syntax, Values values, const QStringList& choices)
{
    if (m_parser)
        m_parser->addPositionalArgument(name, description, syntax);
    m_positionals.append(Positional{name, description, syntax, values, choices});
}

const CommandOptions::Option* CommandOptions::find(const QString& spelling) const
{
    QString name = spelling;
    if (name.startsWith(QLatin1String("--")))
        name = name.mid(2);
    else if (name.startsWith(QLatin1Char('-')))
        name = name.mid(1);
    else
        return nullptr;
    for (const Option& option : m_options) {
        if (option.option.names().contains(name))
            return &option;
    }
    return nullptr;
}
