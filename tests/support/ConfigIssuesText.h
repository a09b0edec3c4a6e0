// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/toml/ConfigLoader.h"

#include <QString>
#include <QStringList>

// What a config load complained about, as text for a failing check's message.
namespace ConfigIssuesText {

// One issue a line.
inline QString describeIssues(const QList<larder::ConfigIssue>& issues)
{
    QStringList lines;
    for (const larder::ConfigIssue& issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

// QVERIFY2 builds its message even when the check passes, so never touch error() of a success.
inline QString describe(const larder::ConfigLoader::LoadResult& result)
{
    return result ? QStringLiteral("loaded without issues") : describeIssues(result.error());
}

} // namespace ConfigIssuesText
