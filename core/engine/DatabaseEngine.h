// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "base/Message.h"
#include "config/ServerConfig.h"
#include "engine/DumpReadLimits.h"
#include "engine/DumpRequest.h"
#include "engine/RestorableDump.h"
#include "engine/RestoreRequest.h"
#include "engine/ServerInfo.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace larder {

class DumpTask;
class RestoreTask;
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

    // Whether history's record of a dump tool (its --version line, HistoryRecord::pgDumpVersion)
    // names this engine's dump tool.
    virtual bool wroteDump(const QString& dumpToolVersion) const = 0;
    // Whether the dump at path is this engine's, by its first bytes (a directory: its contents).
    virtual bool recognizesDump(const QString& path) const = 0;
    // Reads a dump of this engine back to its end without a server, as a restore would read it (a
    // cut archive or compressed stream, or a script without its last line, fails): what is wrong,
    // language-neutral and naming the file; nullopt when it reads whole. Blocking: off the GUI thread.
    virtual std::optional<Message> readDump(const QString& path, const QString& dumpToolVersion,
                                            const DumpReadLimits& limits) const = 0;
    // What a globals dump of this engine would create ("roles a, b; tablespaces c"); empty when it
    // names nothing.
    virtual QString globalsSummary(const QString& path) const = 0;
    // What restoring request.dumpPath to request.server (a server of this engine) is, or why it cannot
    // be: not a dump of this engine, options its format cannot take. Reads only the dump's first bytes.
    virtual Result<RestorableDump> checkRestore(const RestoreRequest& request) const = 0;
    // A restore of a dump that checkRestore accepted, not yet started.
    virtual std::unique_ptr<RestoreTask> createRestore(const RestoreRequest& request, QObject* parent) = 0;
};

} // namespace larder
