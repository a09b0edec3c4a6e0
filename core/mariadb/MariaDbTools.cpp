// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbTools.h"

#include "system/ProcessGroup.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStandardPaths>

namespace larder {

namespace {

constexpr int kVersionTimeoutMs = 10'000;

} // namespace

Result<QString> MariaDbTools::find(const QStringList& names, const QString& what)
{
    for (const QString& name : names) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return makeError(tr("%1 (%2) is not installed or not on PATH: install the MariaDB client tools (Debian: "
                        "apt install mariadb-client)")
                         .arg(what, names.join(QStringLiteral(", "))));
}

Result<QString> MariaDbTools::dumpTool()
{
    return find({QStringLiteral("mariadb-dump"), QStringLiteral("mysqldump")}, tr("the MariaDB dump tool"));
}

Result<QString> MariaDbTools::client()
{
    return find({QStringLiteral("mariadb"), QStringLiteral("mysql")}, tr("the MariaDB client"));
}

QString MariaDbTools::versionText(const QString& toolPath)
{
    static QMutex mutex;
    static QHash<QString, QString> known;
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = known.constFind(toolPath); it != known.cend())
            return *it;
    }
    const auto run = ProcessGroup::run(toolPath, {QStringLiteral("--version")}, kVersionTimeoutMs);
    const QString text =
        run && run->exitCode == 0 ? QString::fromLocal8Bit(run->standardOutput).trimmed() : QString();
    const QMutexLocker lock(&mutex);
    known.insert(toolPath, text);
    return text;
}

ServerInfo MariaDbTools::serverInfo(const QString& versionText)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)(-MariaDB)?"));
    ServerInfo info;
    const QRegularExpressionMatch match = pattern.match(versionText.trimmed());
    if (!match.hasMatch()) {
        info.versionString = versionText.trimmed();
        return info;
    }
    info.versionNumber =
        match.captured(1).toInt() * 10000 + match.captured(2).toInt() * 100 + match.captured(3).toInt();
    info.versionString = match.captured(0);
    return info;
}

bool MariaDbTools::isMariaDbToolVersion(const QString& toolVersion)
{
    return toolVersion.startsWith(QLatin1String("mariadb-dump")) ||
           toolVersion.startsWith(QLatin1String("mysqldump")) ||
           toolVersion.contains(QLatin1String("MariaDB"));
}

} // namespace larder
