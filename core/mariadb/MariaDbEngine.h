// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "engine/DatabaseEngine.h"
#include "mariadb/MariaDbDumpTask.h"

#include <QCoreApplication>

namespace larder {

// MariaDB and MySQL servers, through their client tools (MariaDbConnection): probes and discovery
// with the mariadb client, dumps with mariadb-dump (MariaDbDumpTask).
class MariaDbEngine final : public DatabaseEngine
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbEngine)

public:
    QString name() const override { return QStringLiteral("mariadb"); }
    Result<ServerInfo> probe(const ServerConfig& server, const QString& dbname,
                             const std::optional<QString>& password) override;
    // System schemas (isSystemSchema) are never listed.
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
    std::unique_ptr<TestRestoreTask> createTestRestore(const TestRestoreRequest& request,
                                                       QObject* parent) override;

    // How long a dump may write nothing before it asks the server why (MariaDbDumpTask::setStallAfter).
    void setStallAfter(int milliseconds) { m_stallAfterMs = milliseconds; }

    // mysql, information_schema, performance_schema, sys: the server's own, never a job.
    static bool isSystemSchema(const QString& name);

private:
    int m_stallAfterMs = MariaDbDumpTask::kDefaultStallAfterMs;
};

} // namespace larder
