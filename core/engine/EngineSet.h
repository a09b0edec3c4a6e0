// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/EngineKind.h"
#include "engine/DatabaseEngine.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace larder {

// Every engine a run may meet, as one DatabaseEngine: each call goes to the engine of the server it
// is about (ServerConfig::engine), so the planner, the coordinator, the CLI and the desktop app mix
// PostgreSQL and MariaDB servers without knowing either.
class EngineSet final : public DatabaseEngine
{
    Q_DECLARE_TR_FUNCTIONS(EngineSet)

public:
    void add(EngineKind kind, std::shared_ptr<DatabaseEngine> engine);
    // The engine for servers of this kind; nullptr when this build has none.
    DatabaseEngine* engineFor(EngineKind kind) const;

    QString name() const override { return QStringLiteral("all"); }
    Result<ServerInfo> probe(const ServerConfig& server, const QString& dbname,
                             const std::optional<QString>& password) override;
    Result<QStringList> listDatabases(const ServerConfig& server,
                                      const std::optional<QString>& password) override;
    Result<QString> dumpTool(const ServerConfig& server, const ServerInfo& info) override;
    std::unique_ptr<DumpTask> createDump(const DumpRequest& request, QObject* parent) override;
    bool wroteDump(const QString& dumpToolVersion) const override;
    bool recognizesDump(const QString& path) const override;
    std::optional<Message> readDump(const QString& path, const QString& dumpToolVersion,
                                    const DumpReadLimits& limits) const override;
    QString globalsSummary(const QString& path) const override;
    Result<RestorableDump> checkRestore(const RestoreRequest& request) const override;
    std::unique_ptr<RestoreTask> createRestore(const RestoreRequest& request, QObject* parent) override;
    // nullptr when this build has no engine for the job's server (TestRestoreQueue says so).
    std::unique_ptr<TestRestoreTask> createTestRestore(const TestRestoreRequest& request,
                                                       QObject* parent) override;

private:
    // The engine whose dump tool history recorded. Histories from before there was a second engine
    // recorded pg_dump's version alone, sometimes only its number: PostgreSQL's.
    const DatabaseEngine* engineOfDump(const QString& dumpToolVersion) const;

    QHash<int, std::shared_ptr<DatabaseEngine>> m_engines;
};

} // namespace larder
