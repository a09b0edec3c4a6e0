// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

// What one command declares on its command line: handed on to its QCommandLineParser (when there is
// one) and kept, so that the manual pages and the shell completion list exactly what --help lists,
// and know what each value is (a job, a server, a file) to offer candidates for it.
class CommandOptions final
{
public:
    // What an option's value or a positional argument names, for completion.
    enum class Values { None, Files, Jobs, Servers };

    struct Option
    {
        QCommandLineOption option;
        Values values = Values::None;
        bool everyCommand = false; // --config, --help: documented once for all
    };

    struct Positional
    {
        QString name;
        QString description;
        QString syntax; // as in --help's usage line: "[job...]", "JOB"; empty: the name
        Values values = Values::None;
        QStringList choices; // the words it takes, when it is one of a few ("set", "delete")
        bool repeats() const
        {
            return syntax.endsWith(QLatin1String("...")) || syntax.endsWith(QLatin1String("...]"));
        }
    };

    explicit CommandOptions(QCommandLineParser* parser = nullptr) : m_parser(parser) {}

    void addOption(const QCommandLineOption& option, Values values = Values::None, bool everyCommand = false);
    void addOptions(const QList<QCommandLineOption>& options); // none with a value to complete
    void addPositionalArgument(const QString& name, const QString& description,
                               const QString& syntax = QString(), Values values = Values::None,
                               const QStringList& choices = {});

    const QList<Option>& options() const { return m_options; }
    const QList<Positional>& positionals() const { return m_positionals; }
    // The option spelt --name or -n, or nullptr.
    const Option* find(const QString& spelling) const;

private:
    QCommandLineParser* m_parser;
    QList<Option> m_options;
    QList<Positional> m_positionals;
};
