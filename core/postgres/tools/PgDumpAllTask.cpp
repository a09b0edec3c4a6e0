// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/tools/PgDumpAllTask.h"

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

PgToolTask::ToolLocator PgDumpAllTask::toolLocator() const
{
    return [](const ServerInfo& server) {
        return PgDumpLocator::locateClientTool(QStringLiteral("pg_dumpall"), server.majorVersion());
    };
}

QStringList PgDumpAllTask::serverArguments(const ServerInfo& server, QStringList& notes) const
{
    if (server.superuser.value_or(false))
        return {};
    const QString& user = request().job.server.user;
    notes << tr("role %1 is not a superuser, so the globals are dumped with --no-role-passwords: the roles "
                "are restored without their passwords; connect as a superuser to include them")
                 .arg(user.isEmpty() ? tr("(default user)") : user);
    return {QStringLiteral("--no-role-passwords")};
}

QStringList PgDumpAllTask::toolArguments() const
{
    return pgDumpAllArguments(partialPath());
}

} // namespace larder
