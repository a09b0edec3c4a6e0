#pragma once

#include "engine/DatabaseEngine.h"

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
    std::unique_ptr<DumpTask> createDump(const DumpRequest& request, QObject* parent) override;
};

} // namespace larder
