// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "CommandLine.h"

#include <QProcess>

#include <algorithm>

namespace larder {

namespace {

QString quoted(const QString& argument)
{
    const bool plain = !argument.isEmpty() && std::none_of(argument.cbegin(), argument.cend(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char('"');
    });
    if (plain)
        return argument;
    QString inner = argument;
    inner.replace(QLatin1String("\""), QLatin1String("\"\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

} // namespace

QString CommandLine::join(const QStringList& argv)
{
    QStringList parts;
    for (const QString& argument : argv) {
        if (!argument.isEmpty())
            parts << quoted(argument);
    }
    return parts.join(QLatin1Char(' '));
}

QStringList CommandLine::split(const QString& line)
{
    return QProcess::splitCommand(line);
}

bool CommandLine::isRepresentable(const QStringList& argv)
{
    return split(join(argv)) == argv;
}

} // namespace larder
