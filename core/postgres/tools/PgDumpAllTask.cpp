#include "postgres/tools/PgDumpAllTask.h"

#include "postgres/PostgresEngine.h"

#include <utility>

namespace larder {

PgDumpAllTask::PgDumpAllTask(DumpRequest request, QObject* parent)
    : PgToolTask(std::move(request), QStringLiteral("pg_dumpall"), parent)
{}

QStringList PgDumpAllTask::pgDumpAllArguments(const QString& outputPath)
{
    return {QStringLiteral("--verbose"), QStringLiteral("--globals-only"),
            QStringLiteral("--file=") + outputPath, QStringLiteral("--no-password")};
}

PgToolTask::Preparer PgDumpAllTask::preparer() const
{
    return [server = request().job.server, dbname = request().job.dbname,
            password = request().password](Preparation& result) {
        PostgresEngine engine;
        const auto info = engine.probe(server, dbname, password);
        if (!info) {
            result.error = info.error();
            return;
        }
        result.server = *info;
        const auto binary =
            PgDumpLocator::locateClientTool(QStringLiteral("pg_dumpall"), info->majorVersion());
        if (!binary) {
            result.error = binary.error();
            return;
        }
        result.binary = *binary;
        if (!info->superuser.value_or(false)) {
            result.extraArguments << QStringLiteral("--no-role-passwords");
            result.notes << PgDumpAllTask::tr("role %1 is not a superuser, so the globals are dumped with "
                                              "--no-role-passwords: the roles are restored without their "
                                              "passwords; connect as a superuser to include them")
                                .arg(server.user.isEmpty() ? PgDumpAllTask::tr("(default user)")
                                                           : server.user);
        }
    };
}

QStringList PgDumpAllTask::toolArguments() const
{
    return pgDumpAllArguments(partialPath());
}

} // namespace larder
