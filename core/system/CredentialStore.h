// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "config/ServerConfig.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace larder {

// Passwords in the OS keychain through QtKeychain: service "larder", key USER@HOST:PORT; and the
// secrets (tokens) that notifications name as {secret:NAME}: key secret:NAME, or the environment
// variable LARDER_SECRET_NAME, which comes first (cron and systemd have no keychain).
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

    static QString secretKey(const QString& name) { return QStringLiteral("secret:") + name; }
    static QString secretVariable(const QString& name) { return QStringLiteral("LARDER_SECRET_") + name; }
    // The environment variable if set (not empty), else the keychain. The error (language-neutral,
    // Error::stored) names the secret and how to provide it; never the value.
    Result<QString> readSecret(const QString& name) const;
    Result<void> writeSecret(const QString& name, const QString& value) const;
    Result<void> deleteSecret(const QString& name) const;
};

} // namespace larder
