#pragma once

#include "engine/DatabaseEngine.h"

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

    // mysql, information_schema, performance_schema, sys: the server's own, never a job.
    static bool isSystemSchema(const QString& name);
};

} // namespace larder
