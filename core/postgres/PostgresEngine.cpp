// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/PostgresEngine.h"

#include "base/LogCategories.h"
#include "postgres/PgArchiveReader.h"
#include "postgres/PgConnection.h"
#include "postgres/PgDumpLocator.h"
#include "postgres/PgRestore.h"
#include "postgres/PgSession.h"
#include "postgres/ServerProbe.h"
#include "postgres/TestRestore.h"
#include "postgres/tools/PgDumpAllTask.h"
#include "postgres/tools/PgDumpTask.h"

#include <memory>

namespace larder {

Result<ServerInfo> PostgresEngine::probe(const ServerConfig& server, const QString& dbname,
                                         const std::optional<QString>& password)
{
    return ServerProbe::probe(PgConnection(server, dbname, password));
}

Result<QStringList> PostgresEngine::listDatabases(const ServerConfig& server,
                                                  const std::optional<QString>& password)
{
    auto session = PgSession::connect(server, QStringLiteral("postgres"), password);
    if (!session)
        return makeError(
            tr("cannot list the databases of server %1: %2").arg(server.name, session.error().message));
    const auto rows = (*session)->query(QStringLiteral(
        "SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY 1"));
    if (!rows)
        return makeError(
            tr("cannot list the databases of server %1: %2").arg(server.name, rows.error().message));
    QStringList names;
    for (const QStringList& row : *rows)
        names.append(row.value(0));
    qCDebug(lcEngine) << server.displayName() << "has databases" << names;
    return names;
}

Result<QString> PostgresEngine::dumpTool(const ServerConfig& server, const ServerInfo& info)
{
    const auto pgDump = PgDumpLocator::locate(server.pgDump, info.majorVersion());
    if (!pgDump)
        return tl::unexpected(pgDump.error());
    return QStringLiteral("%1 (%2)").arg(pgDump->path, pgDump->versionText);
}

std::unique_ptr<TestRestoreTask> PostgresEngine::createTestRestore(const TestRestoreRequest& request,
                                                                   QObject* parent)
{
    return std::make_unique<TestRestore>(request, parent);
}

std::unique_ptr<DumpTask> PostgresEngine::createDump(const DumpRequest& request, QObject* parent)
{
    std::unique_ptr<PgToolTask> task;
    if (request.job.kind == JobKind::Globals)
        task = std::make_unique<PgDumpAllTask>(request, parent);
    else
        task = std::make_unique<PgDumpTask>(request, parent);
    task->setStallAfter(m_stallAfterMs);
    return task;
}

bool PostgresEngine::wroteDump(const QString& dumpToolVersion) const
{
    return dumpToolVersion.startsWith(QLatin1String("pg_dump")) ||
           dumpToolVersion.contains(QLatin1String("PostgreSQL"));
}

bool PostgresEngine::recognizesDump(const QString& path) const
{
    return PgRestore::isPostgresDump(path);
}

std::optional<Message> PostgresEngine::readDump(const QString& path, const QString& dumpToolVersion,
                                                const DumpReadLimits& limits) const
{
    const auto kind = PgRestore::detectKind(path);
    if (!kind)
        return Message::plain(kind.error().message);
    // psql replays a plain script as it is: there is nothing pg_restore could read.
    if (*kind == PgRestore::Kind::Plain || *kind == PgRestore::Kind::PlainGzip)
        return std::nullopt;
    return PgArchiveReader::read(path, dumpToolVersion, limits);
}

QString PostgresEngine::globalsSummary(const QString& path) const
{
    return PgRestore::globalsSummary(path);
}

Result<RestorableDump> PostgresEngine::checkRestore(const RestoreRequest& request) const
{
    const auto kind = PgRestore::detectKind(request.dumpPath);
    if (!kind)
        return tl::unexpected(kind.error());
    if (auto allowed = PgRestore::checkOptions(*kind, request.clean, request.jobs); !allowed)
        return tl::unexpected(allowed.error());
    const bool plain = *kind == PgRestore::Kind::Plain || *kind == PgRestore::Kind::PlainGzip;
    return RestorableDump{PgRestore::kindName(*kind), !plain};
}

std::unique_ptr<RestoreTask> PostgresEngine::createRestore(const RestoreRequest& request, QObject* parent)
{
    return std::make_unique<PgRestore>(request, parent);
}

} // namespace larder
