#pragma once

#include "base/Error.h"
#include "config/ServerConfig.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace larder {

// Passwords in the OS keychain through QtKeychain: service "larder", key USER@HOST:PORT.
// Calls are synchronous (a local event loop waits for the QtKeychain job); a missing backend
// (no D-Bus session: cron, SSH, CI) returns quickly.
class CredentialStore final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    static QString serviceName() { return QStringLiteral("larder"); }

    // nullopt when no password is stored or no keychain backend is reachable: callers then fall
    // back to libpq's own (~/.pgpass, PGPASSFILE, peer/trust). Never logs the password.
    std::optional<QString> readPassword(const ServerConfig& server) const;
    // Errors say whether the keychain is unreachable (and suggest ~/.pgpass) or refused.
    Result<void> writePassword(const ServerConfig& server, const QString& password) const;
    Result<void> deletePassword(const ServerConfig& server) const;
};

} // namespace larder
