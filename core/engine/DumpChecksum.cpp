// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "engine/DumpChecksum.h"

#include "engine/DumpFinalizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace larder {

Result<void> DumpChecksum::check(const QString& dumpPath, const QString& sha256)
{
    const bool directory = QFileInfo(dumpPath).isDir();
    const QString hashed = directory ? DumpFinalizer::sidecarPath(dumpPath) : dumpPath;
    const auto actual = DumpFinalizer::sha256OfFile(hashed);
    if (!actual)
        return makeError(actual.error().message);
    if (actual->compare(sha256, Qt::CaseInsensitive) != 0)
        return makeError(tr("%1 does not match its checksum in history (sha256 %2, now %3): the dump changed "
                            "since it was written; restore another one (--at or --dump)")
                             .arg(hashed, sha256, *actual));
    if (!directory)
        return {};
    QFile manifest(hashed);
    if (!manifest.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(hashed, manifest.errorString()));
    const QDir base = QFileInfo(dumpPath).dir();
    const QList<QByteArray> lines = manifest.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype gap = line.indexOf("  ");
        if (gap <= 0)
            continue;
        const QString file = base.filePath(QFile::decodeName(line.mid(gap + 2)));
        const auto hash = DumpFinalizer::sha256OfFile(file);
        if (!hash)
            return makeError(hash.error().message);
        if (*hash != QString::fromLatin1(line.left(gap)))
            return makeError(tr("%1 does not match its line in %2: the dump changed since it was written; "
                                "restore another one (--at or --dump)")
                                 .arg(file, hashed));
    }
    return {};
}

} // namespace larder
