// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "engines/StandardEngines.h"

#include "mariadb/MariaDbEngine.h"
#include "postgres/PostgresEngine.h"

namespace larder {

std::unique_ptr<EngineSet> StandardEngines::create()
{
    auto engines = std::make_unique<EngineSet>();
    engines->add(EngineKind::PostgreSQL, std::make_shared<PostgresEngine>());
    engines->add(EngineKind::MariaDB, std::make_shared<MariaDbEngine>());
    return engines;
}

} // namespace larder
