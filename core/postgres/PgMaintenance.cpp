// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/PgMaintenance.h"

#include "base/LogCategories.h"
#include "postgres/PgSession.h"

namespace larder {
namespace {

// DROP DATABASE removes the files of a whole database: more than a catalog query's minute.
constexpr int kDropTimeoutMs = 600'000;

} // namespace

Result<std::unique_ptr<PgSession>> PgMaintenance::connect(const ServerConfig& server,
                                                          const std::optional<QString>& password,
                                                          const Interrupt& interrupt)
{
    auto session = PgSession::connect(server, QStringLiteral("postgres"), password, interrupt);
    if (!session && session.error().message.contains(QLatin1String("does not exist")))
        return PgSession::connect(server, QStringLiteral("template1"), password, interrupt);
    return session;
}

Result<void> PgMaintenance::dropDatabase(const ServerConfig& server, const std::optional<QString>& password,
                                         const QString& name)
{
    auto session = connect(server, password);
    if (!session)
        return tl::unexpected(session.error());
    (*session)->setStatementTimeout(kDropTimeoutMs);
    const QString quoted = (*session)->quoteIdentifier(name);
    const QString sql = (*session)->serverVersion() >= 130000
                            ? QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted)
                            : QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted);
    if (auto dropped = (*session)->execute(sql); !dropped)
        return tl::unexpected(dropped.error());
    qCDebug(lcEngine) << "dropped database" << name << "on" << server.displayName();
    return {};
}

} // namespace larder
