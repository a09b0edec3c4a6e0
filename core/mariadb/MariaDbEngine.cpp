// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbEngine.h"

#include "base/LogCategories.h"
#include "mariadb/MariaDbConnection.h"
#include "mariadb/MariaDbDumpFile.h"
#include "mariadb/MariaDbDumpTask.h"
#include "mariadb/MariaDbQuery.h"
#include "mariadb/MariaDbRestore.h"
#include "mariadb/MariaDbRestoreTask.h"
#include "mariadb/MariaDbTestRestore.h"
#include "mariadb/MariaDbTools.h"

#include <algorithm>

namespace larder {

Result<ServerInfo> MariaDbEngine::probe(const ServerConfig& server, const QString& dbname,
                                        const std::optional<QString>& password)
{
    MariaDbConnection connection(server, password);
    if (Result<void> opened = connection.open(); !opened)
        return tl::unexpected(opened.error());
    const auto rows = MariaDbQuery::run(connection, QStringLiteral("SELECT VERSION()"), dbname);
    if (!rows)
        return makeError(
            tr("cannot connect to server %1: %2").arg(server.displayName(), rows.error().message));
    if (rows->isEmpty() || rows->first().isEmpty())
        return makeError(tr("server %1 did not say its version").arg(server.displayName()));
    const ServerInfo info = MariaDbTools::serverInfo(rows->first().first());
    qCDebug(lcMariaDb).noquote() << server.displayName() << "runs" << rows->first().first();
    return info;
}

Result<QStringList> MariaDbEngine::listDatabases(const ServerConfig& server,
                                                 const std::optional<QString>& password)
{
    MariaDbConnection connection(server, password);
    if (Result<void> opened = connection.open(); !opened)
        return tl::unexpected(opened.error());
    // Hexadecimal: a name may hold tabs or newlines, which --batch would escape.
    const auto rows = MariaDbQuery::run(
        connection, QStringLiteral("SELECT HEX(SCHEMA_NAME) FROM information_schema.SCHEMATA"), QString());
    if (!rows)
        return makeError(
            tr("cannot list the databases of server %1: %2").arg(server.displayName(), rows.error().message));
    QStringList names;
    for (const QStringList& row : *rows) {
        const QString name = QString::fromUtf8(QByteArray::fromHex(row.value(0).toLatin1()));
        if (!name.isEmpty() && !isSystemSchema(name))
            names << name;
    }
    std::sort(names.begin(), names.end());
    qCDebug(lcMariaDb) << server.displayName() << "has databases" << names;
    return names;
}

Result<QString> MariaDbEngine::dumpTool(const ServerConfig& server, const ServerInfo& info)
{
    Q_UNUSED(server)
    Q_UNUSED(info)
    // mariadb-dump reads older MariaDB and MySQL servers; there is one, not one per server version.
    const Result<QString> tool = MariaDbTools::dumpTool();
    if (!tool)
        return tl::unexpected(tool.error());
    return QStringLiteral("%1 (%2)").arg(*tool, MariaDbTools::versionText(*tool));
}

std::unique_ptr<TestRestoreTask> MariaDbEngine::createTestRestore(const TestRestoreRequest& request,
                                                                  QObject* parent)
{
    return std::make_unique<MariaDbTestRestore>(request, parent);
}

std::unique_ptr<DumpTask> MariaDbEngine::createDump(const DumpRequest& request, QObject* parent)
{
    auto task = std::make_unique<MariaDbDumpTask>(request, parent);
    task->setStallAfter(m_stallAfterMs);
    return task;
}

bool MariaDbEngine::isSystemSchema(const QString& name)
{
    // Case-insensitive: on a server with lower_case_table_names = 0 they are still these.
    for (const char* system : {"mysql", "information_schema", "performance_schema", "sys"}) {
        if (name.compare(QLatin1String(system), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool MariaDbEngine::wroteDump(const QString& dumpToolVersion) const
{
    return MariaDbTools::isMariaDbToolVersion(dumpToolVersion);
}

bool MariaDbEngine::recognizesDump(const QString& path) const
{
    return !MariaDbDumpFile::serverVersion(path).isEmpty();
}

std::optional<Message> MariaDbEngine::readDump(const QString& path, const QString& /*dumpToolVersion*/,
                                               const DumpReadLimits& limits) const
{
    // A script read to its end: a cut compressed stream, or one without its last line, fails.
    return MariaDbDumpFile::checkComplete(path, limits.interrupt.get());
}

QString MariaDbEngine::globalsSummary(const QString& path) const
{
    return MariaDbDumpFile::usersSummary(path);
}

Result<RestorableDump> MariaDbEngine::checkRestore(const RestoreRequest& request) const
{
    if (auto allowed = MariaDbRestore::checkOptions(request.clean, request.jobs); !allowed)
        return tl::unexpected(allowed.error());
    if (!recognizesDump(request.dumpPath))
        return makeError(tr("%1 is not a mariadb-dump script (no \"-- Server version\" line in its header), "
                            "and %2 is a MariaDB server: restore a dump of a MariaDB job, or give a "
                            "PostgreSQL server with --server NAME")
                             .arg(request.dumpPath, request.server.displayName()));
    const bool compressed = request.dumpPath.endsWith(QLatin1String(".gz"));
    return RestorableDump{compressed ? QStringLiteral("mariadb-dump script (gzip)")
                                     : QStringLiteral("mariadb-dump script"),
                          false};
}

std::unique_ptr<RestoreTask> MariaDbEngine::createRestore(const RestoreRequest& request, QObject* parent)
{
    return std::make_unique<MariaDbRestoreTask>(request, parent);
}

} // namespace larder
