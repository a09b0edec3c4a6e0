#include "ServerConfig.h"

namespace larder {

namespace {

QString effectiveUser(const QString& user)
{
    // libpq falls back to the OS user; the keychain entry must match what it will use
    return user.isEmpty() ? qEnvironmentVariable("USER") : user;
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

} // namespace larder
