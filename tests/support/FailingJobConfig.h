// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QFile>
#include <QString>

// A config whose one job, app, never comes due and whose server does not listen (port 1): it runs
// only when asked, and then fails at once. For tests of what the desktop app shows for a failure.
namespace FailingJobConfig {

// Writes dir/larder.toml (dumps and history in dir too); its path, or empty when it cannot be written.
inline QString write(const QString& dir)
{
    const QString path = dir + QStringLiteral("/larder.toml");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(QStringLiteral("[defaults]\n"
                              "dump_dir = \"%1/dumps\"\n"
                              "history = \"%1/history.sqlite\"\n"
                              "host = \"127.0.0.1\"\n"
                              "port = 1\n"
                              "user = \"nobody\"\n"
                              "connect_timeout = 2\n"
                              "[databases.app]\n"
                              "schedule = \"manual\"\n")
                   .arg(dir)
                   .toUtf8());
    return path;
}

} // namespace FailingJobConfig
