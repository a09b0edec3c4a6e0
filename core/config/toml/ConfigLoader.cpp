// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/toml/ConfigLoader.h"

#include "base/LogCategories.h"
#include "config/toml/ConfigParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace larder {

ConfigLoader::LoadResult ConfigLoader::loadFile(const QString& path)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!info.exists()) {
        return tl::unexpected(QList<ConfigIssue>{ConfigIssue{
            absolute, 0, 0, QString(),
            tr("no config file at %1: create it with a [databases.NAME] section for each database to dump, "
               "then run `larder check` to validate it (or point --config or LARDER_CONFIG at another file)")
                .arg(absolute)}});
    }
    QFile file(absolute);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        const QString reason = info.isDir() ? tr("it is a directory") : file.errorString();
        return tl::unexpected(QList<ConfigIssue>{ConfigIssue{
            absolute, 0, 0, QString(),
            tr("cannot read config file %1 (%2): make it a readable file for the user running larder, "
               "then run `larder check`")
                .arg(absolute, reason)}});
    }
    const QByteArray bytes = file.readAll();
    qCDebug(lcConfig) << "reading config" << absolute;
    ConfigParser parser(absolute, info.absolutePath());
    LoadResult result = parser.parse(bytes);
    if (result)
        result->fileModifiedUtc = info.lastModified().toUTC();
    return result;
}

ConfigLoader::LoadResult ConfigLoader::loadString(const QString& text, const QString& displayPath,
                                                  const QString& baseDir)
{
    ConfigParser parser(displayPath, baseDir);
    return parser.parse(text.toUtf8());
}

QString ConfigLoader::resolvePath(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnv = qEnvironmentVariable("LARDER_CONFIG");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/larder/larder.toml");
}

QString ConfigLoader::defaultDumpDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/larder/dumps");
}

QString ConfigLoader::defaultHistoryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/larder/history.sqlite");
}

bool ConfigLoader::isValidName(const QString& name)
{
    // Names become directory names under dump_dir, so nothing that could escape it.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return name != QLatin1String(".") && name != QLatin1String("..") && re.match(name).hasMatch();
}

} // namespace larder
