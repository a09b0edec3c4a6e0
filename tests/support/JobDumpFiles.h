// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QString>
#include <QStringList>

// What a run left in one job's directory.
namespace JobDumpFiles {

// The names of the files directly in dumpDir/job, checksum sidecars left out and partials kept (a
// partial left behind is a failure too), sorted.
inline QStringList of(const QString& dumpDir, const QString& job)
{
    QStringList files;
    QDirIterator it(QDir(dumpDir).filePath(job), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String(".sha256")))
            files.append(QFileInfo(path).fileName());
    }
    files.sort();
    return files;
}

} // namespace JobDumpFiles
