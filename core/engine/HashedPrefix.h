// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Sha256.h"

#include <QString>
#include <QtGlobal>

#include <map>
#include <memory>
#include <optional>
#include <sys/types.h>

namespace larder {

// The SHA-256 of the start of one output file, taken while the dump tool was still writing it
// (DumpFollower's hash-ahead): the checksum at the end goes on from `bytes` instead of reading the
// whole file again, if the file is still the one that was hashed and at least `bytes` long. Only
// output that a tool writes once, front to back, is hashed ahead.
struct HashedPrefix
{
    // Which file: device and inode, and its birth time where the OS records it, since an inode
    // number is given to a new file as soon as the old one is deleted.
    struct FileId
    {
        dev_t device = 0;
        ino_t inode = 0;
        qint64 bornNs = 0; // 0: not known
        bool operator==(const FileId& other) const;
    };
    // The file open at fd, and its size.
    static std::optional<FileId> idOf(int fd, qint64* size = nullptr);

    FileId file;
    qint64 bytes = 0;
    std::unique_ptr<Sha256> hash; // of the first `bytes` bytes; null when nothing was hashed

    // Whether the hash goes on into the file open at fd: the same file, still at least as long.
    bool continuesInto(int fd) const;
};

// By the path the tool wrote (the .partial file, or a file below a .partial directory).
using HashedPrefixes = std::map<QString, HashedPrefix>;

} // namespace larder
