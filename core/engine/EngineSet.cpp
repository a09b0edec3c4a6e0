#include "engine/EngineSet.h"

#include "engine/DumpPaths.h"
#include "engine/TestRestoreRequest.h"
#include "engine/TestRestoreTask.h"
#include "engine/UnavailableDump.h"

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

} // namespace larder
