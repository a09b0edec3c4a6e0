// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "engine/HashedPrefix.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace larder {

struct FinalizedDump
{
    QString path;                  // the final file or directory
    QString sidecarPath;           // <path>.sha256
    qint64 bytes = 0;              // file size, or the sum of the files of a directory dump
    QString sha256;                // of the file; for a directory dump, of the sidecar's content
    qint64 hashedWhileWritten = 0; // bytes hashed ahead (DumpFollower), not read again at the end
};

// Turns pg_dump's finished partial output into a durable dump with a `sha256sum -c` sidecar.
// Blocking (fsync and hashing of the whole dump): call it off the GUI thread.
class DumpFinalizer final
{
    Q_DECLARE_TR_FUNCTIONS(DumpFinalizer)

public:
    // fsync, hash in 1 MiB chunks, write the sidecar atomically, then rename partial -> final (never
    // over an existing path) and fsync the parent. A directory dump's sidecar has one line per file.
    // interrupt (optional) stops it between chunks, before the rename: the dump is then not stored.
    // ahead (optional): what DumpFollower hashed while the tool wrote; each file goes on from there.
    static Result<FinalizedDump> finalize(const QString& partialPath, const QString& finalPath,
                                          const std::atomic_bool* interrupt = nullptr,
                                          HashedPrefixes* ahead = nullptr);

    static QString sidecarPath(const QString& dumpPath) { return dumpPath + QStringLiteral(".sha256"); }
    // The `sha256sum -c` text for the dump at dataPath as it will be named finalName (a file, or a
    // directory: one line per file); sha256 receives the recorded checksum (a directory's: of this text).
    static Result<QByteArray> sidecarContent(const QString& dataPath, const QString& finalName,
                                             QString* sha256, const std::atomic_bool* interrupt = nullptr,
                                             HashedPrefixes* ahead = nullptr);
    // fsync of a file, or of a directory's entries.
    static Result<void> syncPath(const QString& path);
    // Lower-case hex SHA-256, read in 1 MiB chunks.
    // interrupt (optional): checked between chunks; a stop is an error saying so.
    // prefix (optional): the hash of the file's start, taken earlier; used only if the file is still
    // that one (HashedPrefix::continuesInto), and then spent (its hash is null afterwards).
    static Result<QString> sha256OfFile(const QString& path, const std::atomic_bool* interrupt = nullptr,
                                        HashedPrefix* prefix = nullptr);
    // Regular files below dir, as sorted paths relative to it; symlinks are neither listed nor followed.
    static QStringList filesBelow(const QString& dir);
    // Writes <path>.partial (mode, 0600 unless given), fsyncs it, renames it over path, fsyncs the
    // parent directory.
    static Result<void> writeFileAtomically(const QString& path, const QByteArray& content, int mode = 0600);
    // Size of a file, or the sum of the regular files below a directory; symlinks are not followed.
    static qint64 sizeOnDisk(const QString& path);
    // Removes a dump file or directory, relative to its parent directory held open (JobDirectory):
    // a symlink is removed itself, never followed, even one swapped in meanwhile.
    static Result<void> removeDumpPath(const QString& path);
};

} // namespace larder
