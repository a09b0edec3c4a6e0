// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "postgres/tools/PgToolTask.h"

#include <QStringList>

namespace larder {

// One `pg_dumpall --globals-only` run: the server's roles and tablespaces as a plain SQL script
// (see PgToolTask). A role that is not a superuser cannot read role passwords, so the dump then
// leaves them out (--no-role-passwords) and says so in an activity line.
class PgDumpAllTask final : public PgToolTask
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgDumpAllTask)

public:
    explicit PgDumpAllTask(DumpRequest request, QObject* parent = nullptr);
    ~PgDumpAllTask() override = default;

    // pg_dumpall's command line, without the connection (which travels in the environment).
    static QStringList pgDumpAllArguments(const QString& outputPath);

protected:
    ToolLocator toolLocator() const override;
    QStringList serverArguments(const ServerInfo& server, QStringList& notes) const override;
    QStringList toolArguments() const override;
    // A plain script, written front to back.
    DumpFollower::Hashing outputHashing() const override { return DumpFollower::Hashing::WhileWritten; }
};

} // namespace larder
