// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/EngineKind.h"

namespace larder {

QString engineKindName(EngineKind kind)
{
    switch (kind) {
    case EngineKind::PostgreSQL:
        break;
    case EngineKind::MariaDB:
        return QStringLiteral("mariadb");
    }
    return QStringLiteral("postgresql");
}

QString engineKindTitle(EngineKind kind)
{
    switch (kind) {
    case EngineKind::PostgreSQL:
        break;
    case EngineKind::MariaDB:
        return QStringLiteral("MariaDB");
    }
    return QStringLiteral("PostgreSQL");
}

std::optional<EngineKind> engineKindFromName(const QString& name)
{
    if (name == QLatin1String("postgresql") || name == QLatin1String("postgres"))
        return EngineKind::PostgreSQL;
    // MySQL's tools and protocol are MariaDB's: one engine serves both.
    if (name == QLatin1String("mariadb") || name == QLatin1String("mysql"))
        return EngineKind::MariaDB;
    return std::nullopt;
}

QString engineKindChoices()
{
    return QStringLiteral("postgresql, mariadb (or mysql)");
}

QString maintenanceDatabase(EngineKind kind)
{
    return kind == EngineKind::MariaDB ? QString() : QStringLiteral("postgres");
}

int defaultPort(EngineKind kind)
{
    return kind == EngineKind::MariaDB ? 3306 : 5432;
}

} // namespace larder
