// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "engine/DatabaseEngine.h"
#include "engine/DumpTask.h"
#include "engine/RestoreTask.h"
#include "engine/TestRestoreRequest.h"
#include "engine/TestRestoreTask.h"
#include "postgres/PostgresEngine.h"

// The real PostgresEngine behind every call, for tests that watch what a caller asks of an engine:
// derive, override the calls to watch, and call the base class to go on.
class ForwardingEngine : public larder::DatabaseEngine
{
public:
    QString name() const override { return m_engine.name(); }
    larder::Result<larder::ServerInfo> probe(const larder::ServerConfig& server, const QString& dbname,
                                             const std::optional<QString>& password) override
    {
        return m_engine.probe(server, dbname, password);
    }
    larder::Result<QStringList> listDatabases(const larder::ServerConfig& server,
                                              const std::optional<QString>& password) override
    {
        return m_engine.listDatabases(server, password);
    }
    larder::Result<QString> dumpTool(const larder::ServerConfig& server,
                                     const larder::ServerInfo& info) override
    {
        return m_engine.dumpTool(server, info);
    }
    std::unique_ptr<larder::TestRestoreTask> createTestRestore(const larder::TestRestoreRequest& request,
                                                               QObject* parent) override
    {
        return m_engine.createTestRestore(request, parent);
    }
    std::unique_ptr<larder::DumpTask> createDump(const larder::DumpRequest& request, QObject* parent) override
    {
        return m_engine.createDump(request, parent);
    }
    bool wroteDump(const QString& dumpToolVersion) const override
    {
        return m_engine.wroteDump(dumpToolVersion);
    }
    bool recognizesDump(const QString& path) const override { return m_engine.recognizesDump(path); }
    std::optional<larder::Message> readDump(const QString& path, const QString& dumpToolVersion,
                                            const larder::DumpReadLimits& limits) const override
    {
        return m_engine.readDump(path, dumpToolVersion, limits);
    }
    QString globalsSummary(const QString& path) const override { return m_engine.globalsSummary(path); }
    larder::Result<larder::RestorableDump> checkRestore(const larder::RestoreRequest& request) const override
    {
        return m_engine.checkRestore(request);
    }
    std::unique_ptr<larder::RestoreTask> createRestore(const larder::RestoreRequest& request,
                                                       QObject* parent) override
    {
        return m_engine.createRestore(request, parent);
    }

private:
    larder::PostgresEngine m_engine;
};
