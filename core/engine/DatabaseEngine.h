#pragma once

#include "base/Error.h"
#include "config/ServerConfig.h"
#include "engine/DumpRequest.h"
#include "engine/ServerInfo.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace larder {

class DumpTask;
class TestRestoreTask;
struct TestRestoreRequest;

// One kind of database server (PostgreSQL, MariaDB). The coordinator knows only this interface.
class DatabaseEngine
{
public:
    virtual ~DatabaseEngine() = default;

    virtual QString name() const = 0;
    // Connects to dbname on the server and asks its version. Blocking, bounded by the server's
    // connect timeout: use off the GUI thread. Errors name the server and say how to fix it.
    virtual Result<ServerInfo> probe(const ServerConfig& server, const QString& dbname,
                                     const std::optional<QString>& password) = 0;
    // The names of the databases that accept connections, templates left out, sorted. Blocking like
    // probe(). Errors name the server and say how to fix it.
    virtual Result<QStringList> listDatabases(const ServerConfig& server,
                                              const std::optional<QString>& password) = 0;
    // The dump tool a run would use for this server, as "PATH (its --version)"; errors say why there
    // is none that fits and what to install. Blocking (runs the tool): off the GUI thread.
    virtual Result<QString> dumpTool(const ServerConfig& server, const ServerInfo& info) = 0;
    // A test-restore of request.dump into a scratch database on request.job's restore_server (a
    // server of this engine), not yet started.
    virtual std::unique_ptr<TestRestoreTask> createTestRestore(const TestRestoreRequest& request,
                                                               QObject* parent) = 0;
    // A task that, once started, probes the server, picks a dump tool, and dumps the job (a database,
    // or the server's globals for JobKind::Globals).
    virtual std::unique_ptr<DumpTask> createDump(const DumpRequest& request, QObject* parent) = 0;
};

} // namespace larder
