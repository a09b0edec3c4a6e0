// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/JobConfig.h"

namespace larder {

QString dumpFormatName(DumpFormat format)
{
    switch (format) {
    case DumpFormat::Custom:
        return QStringLiteral("custom");
    case DumpFormat::Directory:
        return QStringLiteral("directory");
    case DumpFormat::Plain:
        return QStringLiteral("plain");
    case DumpFormat::Tar:
        return QStringLiteral("tar");
    }
    return QStringLiteral("custom");
}

QString JobConfig::outputDirectory() const
{
    return dumpDir + QLatin1Char('/') + name;
}

QString JobConfig::fileExtension() const
{
    switch (format) {
    case DumpFormat::Custom:
        return QStringLiteral(".dump");
    case DumpFormat::Tar:
        return QStringLiteral(".tar");
    case DumpFormat::Plain:
        // pg_dump -Z on plain format gzips the whole script
        return compression > 0 ? QStringLiteral(".sql.gz") : QStringLiteral(".sql");
    case DumpFormat::Directory:
        return QString();
    }
    return QString();
}

} // namespace larder
