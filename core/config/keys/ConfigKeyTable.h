// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/EngineKind.h"
#include "config/keys/ConfigKey.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace larder {

// Every key a config section may hold, once: its scopes, type, built-in value and help. ConfigParser
// checks keys and falls back to built-in values by it, the GUI's inheritance placeholders show its
// built-in values, and a test keeps README's key reference equal to it.
class ConfigKeyTable final
{
public:
    // In the order the parser lists the keys allowed in a section.
    static const QList<ConfigKey>& keys();
    static const ConfigKey* find(const QString& name); // nullptr for an unknown key
    static QStringList names(ConfigKey::Scope scope);  // the keys allowed in that scope, in order
    // The built-in value as a config file would write it; invalid when there is none or the key is
    // unknown. serverSection: as [servers.NAME] inherits it (max_parallel differs there).
    static QVariant builtIn(const QString& name, bool serverSection = false);
    // The same written out for the docs ("\"daily\"", 6, true), the user's data directory as
    // $XDG_DATA_HOME so that it reads the same on every machine; empty when there is none.
    static QString builtInText(const QString& name, bool serverSection = false);
    // The engine a key belongs to (pg_dump_args, pg_dump, sslmode: PostgreSQL; mariadb_dump_args:
    // MariaDB); nullopt for the keys of every engine. Such a key in [defaults] reaches only the
    // servers of its engine; in a section of a server of another engine it is an error.
    static std::optional<EngineKind> engineOnly(const QString& name);
    static QString sectionName(ConfigKey::Scope scope); // "[defaults]", "[servers.NAME]", ...
    // "6 hours", "15 minutes": seconds in the largest unit that divides them, as the config writes them.
    static QString durationText(int seconds);
};

} // namespace larder
