// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "engine/EngineSet.h"

#include "engine/DumpPaths.h"
#include "engine/RestoreTask.h"
#include "engine/TestRestoreRequest.h"
#include "engine/TestRestoreTask.h"
#include "engine/UnavailableDump.h"

#include <algorithm>

namespace larder {

namespace {

Message unreachable(const ServerConfig& server)
{
    return Message("EngineSet",
                   QT_TRANSLATE_NOOP("EngineSet",
                                     "server %1 is a %2 server, which this build of Larder cannot reach"))
        .arg(server.name)
        .arg(engineKindTitle(server.engine));
}

} // namespace

void EngineSet::add(EngineKind kind, std::shared_ptr<DatabaseEngine> engine)
{
    m_engines.insert(int(kind), std::move(engine));
}

DatabaseEngine* EngineSet::engineFor(EngineKind kind) const
{
    return m_engines.value(int(kind)).get();
}

Result<ServerInfo> EngineSet::probe(const ServerConfig& server, const QString& dbname,
                                    const std::optional<QString>& password)
{
    DatabaseEngine* engine = engineFor(server.engine);
    if (!engine)
        return makeError(unreachable(server));
    return engine->probe(server, dbname, password);
}

Result<QStringList> EngineSet::listDatabases(const ServerConfig& server,
                                             const std::optional<QString>& password)
{
    DatabaseEngine* engine = engineFor(server.engine);
    if (!engine)
        return makeError(unreachable(server));
    return engine->listDatabases(server, password);
}

Result<QString> EngineSet::dumpTool(const ServerConfig& server, const ServerInfo& info)
{
    DatabaseEngine* engine = engineFor(server.engine);
    if (!engine)
        return makeError(unreachable(server));
    return engine->dumpTool(server, info);
}

std::unique_ptr<TestRestoreTask> EngineSet::createTestRestore(const TestRestoreRequest& request,
                                                              QObject* parent)
{
    DatabaseEngine* engine = engineFor(request.job.server.engine);
    return engine ? engine->createTestRestore(request, parent) : nullptr;
}

std::unique_ptr<DumpTask> EngineSet::createDump(const DumpRequest& request, QObject* parent)
{
    if (DatabaseEngine* engine = engineFor(request.job.server.engine))
        return engine->createDump(request, parent);
    return std::make_unique<UnavailableDump>(DumpPaths::choose(request.job, request.startedUtc).finalPath,
                                             unreachable(request.job.server), parent);
}

const DatabaseEngine* EngineSet::engineOfDump(const QString& dumpToolVersion) const
{
    for (const auto& engine : m_engines) {
        if (engine->wroteDump(dumpToolVersion))
            return engine.get();
    }
    return engineFor(EngineKind::PostgreSQL);
}

bool EngineSet::wroteDump(const QString& dumpToolVersion) const
{
    return std::any_of(m_engines.cbegin(), m_engines.cend(),
                       [&](const auto& engine) { return engine->wroteDump(dumpToolVersion); });
}

bool EngineSet::recognizesDump(const QString& path) const
{
    return std::any_of(m_engines.cbegin(), m_engines.cend(),
                       [&](const auto& engine) { return engine->recognizesDump(path); });
}

std::optional<Message> EngineSet::readDump(const QString& path, const QString& dumpToolVersion,
                                           const DumpReadLimits& limits) const
{
    if (const DatabaseEngine* engine = engineOfDump(dumpToolVersion))
        return engine->readDump(path, dumpToolVersion, limits);
    return Message("EngineSet", QT_TRANSLATE_NOOP("EngineSet", "cannot read %1: this build of Larder has no "
                                                               "engine for dumps of %2"))
        .arg(path)
        .arg(dumpToolVersion);
}

QString EngineSet::globalsSummary(const QString& path) const
{
    for (const auto& engine : m_engines) {
        if (engine->recognizesDump(path))
            return engine->globalsSummary(path);
    }
    return QString();
}

Result<RestorableDump> EngineSet::checkRestore(const RestoreRequest& request) const
{
    const EngineKind target = request.server.engine;
    const DatabaseEngine* engine = engineFor(target);
    if (!engine)
        return makeError(unreachable(request.server));
    // A script of one engine replayed by the other's client would run statements nobody checked.
    for (auto it = m_engines.cbegin(); it != m_engines.cend(); ++it) {
        const auto other = EngineKind(it.key());
        if (other != target && it.value()->recognizesDump(request.dumpPath))
            return makeError(tr("%1 is a dump of a %2 server, and %3 is a %4 server: restore it to a server "
                                "with engine = \"%5\" (--server NAME)")
                                 .arg(request.dumpPath, engineKindTitle(other), request.server.displayName(),
                                      engineKindTitle(target), engineKindName(other)));
    }
    return engine->checkRestore(request);
}

std::unique_ptr<RestoreTask> EngineSet::createRestore(const RestoreRequest& request, QObject* parent)
{
    DatabaseEngine* engine = engineFor(request.server.engine);
    return engine ? engine->createRestore(request, parent) : nullptr;
}

} // namespace larder
