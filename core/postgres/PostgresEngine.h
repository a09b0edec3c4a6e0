// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "engine/DatabaseEngine.h"
#include "postgres/tools/PgToolTask.h"

#include <QCoreApplication>

namespace larder {

class PostgresEngine final : public DatabaseEngine
{
    Q_DECLARE_TR_FUNCTIONS(PostgresEngine)

public:
    QString name() const override { return QStringLiteral("postgresql"); }
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
    std::unique_ptr<TestRestoreTask> createTestRestore(const TestRestoreRequest& request,
                                                       QObject* parent) override;

    // How long a dump may write nothing before it asks the server why (PgToolTask::setStallAfter).
    void setStallAfter(int milliseconds) { m_stallAfterMs = milliseconds; }

private:
    int m_stallAfterMs = PgToolTask::kDefaultStallAfterMs;
};

} // namespace larder
