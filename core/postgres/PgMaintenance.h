// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "base/Interrupt.h"
#include "config/ServerConfig.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace larder {

class PgSession;

// What a restore and a test-restore do on a server's maintenance database: connect to it where the
// target may not exist yet, and drop a database that they created themselves. Blocking: worker threads.
class PgMaintenance final
{
    Q_DECLARE_TR_FUNCTIONS(PgMaintenance)

public:
    PgMaintenance() = delete;

    // "postgres", else "template1" where "postgres" was dropped.
    static Result<std::unique_ptr<PgSession>> connect(const ServerConfig& server,
                                                      const std::optional<QString>& password,
                                                      const Interrupt& interrupt = {});
    // Only ever for a database the caller created. Never interrupted: whatever stopped the restore,
    // the database must go; FORCE (PostgreSQL 13 and newer) ends sessions a killed tool left.
    static Result<void> dropDatabase(const ServerConfig& server, const std::optional<QString>& password,
                                     const QString& name);
};

} // namespace larder
