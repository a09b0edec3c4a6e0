// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/ServerConfig.h"

#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace larder {

namespace {

QString effectiveUser(const QString& user)
{
    // libpq falls back to the name of the effective uid (not $USER, which sudo -E or cron may leave
    // different or unset); the keychain entry must match what it will use.
    if (!user.isEmpty())
        return user;
    const passwd* entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
}

// Whole-name, case-sensitive glob match against any of patterns.
bool matchesAny(const QString& name, const QStringList& patterns)
{
    for (const QString& pattern : patterns) {
        // wildcardToRegularExpression anchors the expression: the whole name must match.
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
        if (re.match(name).hasMatch())
            return true;
    }
    return false;
}

QString effectiveHost(const QString& host)
{
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

} // namespace

QString ServerConfig::credentialKey() const
{
    return QStringLiteral("%1@%2:%3").arg(effectiveUser(user), effectiveHost(host)).arg(port);
}

QString ServerConfig::displayName() const
{
    return QStringLiteral("%1 (%2)").arg(name, credentialKey());
}

bool ServerConfig::discovers(const QString& dbname) const
{
    return matchesAny(dbname, discoverPatterns) && !matchesAny(dbname, excludePatterns);
}

} // namespace larder
