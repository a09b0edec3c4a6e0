// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/keys/ConfigKey.h"

#include "config/keys/ConfigKeyNames.h"

namespace larder {

ConfigKey::Scopes ConfigKey::scopes() const
{
    switch (role) {
    case Role::Job:
        // timeout also bounds one request of a notification; one key, so the table lists it once.
        if (keys::timeout == QLatin1String(name))
            return Scope::Defaults | Scope::Server | Scope::Database | Scope::Notify;
        return Scope::Defaults | Scope::Server | Scope::Database;
    case Role::Notify:
        return Scope::Notify;
    case Role::Connection:
    case Role::ServerJobs:
    case Role::Parallelism:
        return Scope::Defaults | Scope::Server;
    case Role::DefaultsOnly:
        return Scope::Defaults;
    case Role::DatabaseOnly:
        return Scope::Database;
    }
    return {};
}

QString ConfigKey::helpText() const
{
    return tr(help);
}

} // namespace larder
