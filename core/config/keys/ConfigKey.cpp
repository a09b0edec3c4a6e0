#include "config/keys/ConfigKey.h"

namespace larder {

ConfigKey::Scopes ConfigKey::scopes() const
{
    switch (role) {
    case Role::Job:
        return Scope::Defaults | Scope::Server | Scope::Database;
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
