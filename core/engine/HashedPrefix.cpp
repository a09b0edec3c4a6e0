// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "engine/HashedPrefix.h"

#include <QtGlobal>

#include <fcntl.h>
#include <sys/stat.h>
#if defined(Q_OS_LINUX)
#include <sys/sysmacros.h> // makedev
#endif

namespace larder {

bool HashedPrefix::FileId::operator==(const FileId& other) const
{
    // A birth time only one side knows does not tell the files apart.
    return device == other.device && inode == other.inode &&
           (bornNs == 0 || other.bornNs == 0 || bornNs == other.bornNs);
}

std::optional<HashedPrefix::FileId> HashedPrefix::idOf(int fd, qint64* size)
{
    FileId id;
#if defined(STATX_BTIME)
    struct statx st;
    if (::statx(fd, "", AT_EMPTY_PATH, STATX_INO | STATX_SIZE | STATX_BTIME, &st) != 0)
        return std::nullopt;
    id.device = makedev(st.stx_dev_major, st.stx_dev_minor);
    id.inode = ino_t(st.stx_ino);
    if (st.stx_mask & STATX_BTIME)
        id.bornNs = qint64(st.stx_btime.tv_sec) * 1'000'000'000 + st.stx_btime.tv_nsec;
    if (size)
        *size = qint64(st.stx_size);
#else
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return std::nullopt;
    id.device = st.st_dev;
    id.inode = st.st_ino;
#if defined(Q_OS_MACOS)
    id.bornNs = qint64(st.st_birthtimespec.tv_sec) * 1'000'000'000 + st.st_birthtimespec.tv_nsec;
#endif
    if (size)
        *size = qint64(st.st_size);
#endif
    return id;
}

bool HashedPrefix::continuesInto(int fd) const
{
    if (!hash)
        return false;
    qint64 size = 0;
    const std::optional<FileId> id = idOf(fd, &size);
    return id && *id == file && size >= bytes;
}

} // namespace larder
