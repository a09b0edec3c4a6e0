// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "system/NetworkFileSystem.h"

#include <QFile>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_MACOS)
#include <sys/param.h> // before sys/mount.h, as statfs(2) has them

#include <sys/mount.h>
#endif

namespace larder {

QString NetworkFileSystem::of(const QString& path)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
    struct statfs info = {};
    if (::statfs(QFile::encodeName(path).constData(), &info) != 0)
        return QString();
#endif
#if defined(Q_OS_LINUX)
    // Magic numbers are 32 bits; f_type is a signed long, negative for some of them on 32-bit.
    return nameOfLinuxType(static_cast<quint32>(info.f_type));
#elif defined(Q_OS_MACOS)
    return nameOfMacTypeName(QByteArray(info.f_fstypename));
#else
    Q_UNUSED(path);
    return QString();
#endif
}

QString NetworkFileSystem::nameOfLinuxType(quint32 type)
{
    // From linux/magic.h and the file systems' own sources.
    switch (type) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:     // smbfs
    case 0xFE534D42: // SMB2
    case 0xFF534D42: // CIFS
        return QStringLiteral("SMB");
    case 0x00C36400:
        return QStringLiteral("Ceph");
    case 0x01021997:
        return QStringLiteral("9P");
    case 0x65735546: // sshfs, s3fs, GlusterFS, but also local ones (ntfs-3g): a slower journal is
                     // a small price for never risking the history
        return QStringLiteral("FUSE");
    case 0x5346414F: // OpenAFS
    case 0x6B414653: // kAFS
        return QStringLiteral("AFS");
    case 0x0BD00BD0:
        return QStringLiteral("Lustre");
    case 0x01161970:
        return QStringLiteral("GFS2");
    case 0x7461636F:
        return QStringLiteral("OCFS2");
    default:
        return QString();
    }
}

QString NetworkFileSystem::nameOfMacTypeName(const QByteArray& typeName)
{
    if (typeName == "nfs")
        return QStringLiteral("NFS");
    if (typeName == "smbfs")
        return QStringLiteral("SMB");
    if (typeName == "afpfs")
        return QStringLiteral("AFP");
    if (typeName == "webdav")
        return QStringLiteral("WebDAV");
    if (typeName == "macfuse" || typeName == "osxfuse")
        return QStringLiteral("FUSE");
    return QString();
}

} // namespace larder
