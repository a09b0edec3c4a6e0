// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

#include <optional>

namespace larder {

// Which kind of server a [servers.NAME] section is: its `engine` key.
enum class EngineKind { PostgreSQL, MariaDB };

// "postgresql", "mariadb": how a config file writes it.
QString engineKindName(EngineKind kind);
// "PostgreSQL", "MariaDB": how a message or a view names it.
QString engineKindTitle(EngineKind kind);
// The engine a config value names: postgresql (also postgres), mariadb (also mysql); nullopt for
// anything else.
std::optional<EngineKind> engineKindFromName(const QString& name);
// The names engineKindFromName() accepts, for messages.
QString engineKindChoices();
// The database a connection uses when it is about none of its own (discovery, restores, checks):
// "postgres" for PostgreSQL; none for MariaDB, whose connections need no database.
QString maintenanceDatabase(EngineKind kind);
// The engine's usual TCP port: 5432, 3306.
int defaultPort(EngineKind kind);

} // namespace larder
