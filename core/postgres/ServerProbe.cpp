// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/ServerProbe.h"

#include "base/LogCategories.h"
#include "postgres/PgConnection.h"
#include "postgres/PgSession.h"

namespace larder {

Result<ServerInfo> ServerProbe::probe(const PgConnection& connection,
                                      std::shared_ptr<std::atomic_bool> interrupt)
{
    const QString server = connection.server().displayName();
    qCDebug(lcEngine) << "probing" << server << "database" << connection.dbname();
    const auto session = PgSession::connect(connection, std::move(interrupt));
    if (!session)
        return tl::unexpected(session.error());
    const ServerInfo info = describe(**session);
    qCDebug(lcEngine) << server << "runs PostgreSQL" << info.versionString;
    return info;
}

ServerInfo ServerProbe::describe(PgSession& session)
{
    ServerInfo info;
    info.versionNumber = session.serverVersion();
    info.versionString = session.serverVersionText();
    // One more round trip, for pg_dumpall and restores: only a superuser may read role passwords or
    // give objects to other owners.
    const auto roles =
        session.query(QStringLiteral("SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"));
    if (roles && roles->size() == 1)
        info.superuser = roles->first().value(0) == QLatin1String("true");
    return info;
}

} // namespace larder
