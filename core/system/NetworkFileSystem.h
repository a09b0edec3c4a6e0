// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QString>

namespace larder {

// Tells whether a file is on a network file system (or a shared-disk cluster one, or FUSE, which is
// often one), where SQLite's WAL mode is unsafe: its shared-memory index only works between
// processes of one machine, and only where shared mmap() works.
class NetworkFileSystem final
{
public:
    // The file system's type ("NFS", "SMB", ...) when path is on such a file system; empty when it
    // is local, or when statfs() fails (History then keeps WAL, as before).
    static QString of(const QString& path);

    // The decisions behind of(), for tests: statfs()'s f_type on Linux, f_fstypename on macOS.
    static QString nameOfLinuxType(quint32 type);
    static QString nameOfMacTypeName(const QByteArray& typeName);
};

} // namespace larder
