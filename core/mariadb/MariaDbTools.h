// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "engine/ServerInfo.h"

#include <QCoreApplication>
#include <QString>

namespace larder {

// The MariaDB client tools Larder runs, found on PATH: MariaDB's names first (mariadb-dump, mariadb),
// then MySQL's (mysqldump, mysql), which MariaDB's packages also install as links.
class MariaDbTools final
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbTools)

public:
    // Errors name what to install.
    static Result<QString> dumpTool();
    static Result<QString> client();
    // The tool's --version line, asked once per process and path; empty when it does not answer.
    static QString versionText(const QString& toolPath);
    // What VERSION() or a dump's "-- Server version" line says, e.g. "10.11.6-MariaDB-0+deb12u1":
    // versionNumber 101106, versionString "10.11.6-MariaDB". superuser stays unknown.
    static ServerInfo serverInfo(const QString& versionText);
    // Whether a dump tool's --version text is a MariaDB/MySQL tool's (verify tells engines apart by it).
    static bool isMariaDbToolVersion(const QString& toolVersion);

private:
    static Result<QString> find(const QStringList& names, const QString& what);
};

} // namespace larder
