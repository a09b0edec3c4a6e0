// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "system/PrivateDirectory.h"

#include "base/LogCategories.h"
#include "base/Message.h"
#include "system/JobDirectory.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace larder {

Result<void> PrivateDirectory::make(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    // Stored language-neutral: a dump's failure to create its directory ends up in the history.
    if (info.exists() || info.isSymLink())
        return makeError(
            Message("PrivateDirectory", QT_TR_NOOP("%1 exists but is not a directory: move it away"))
                .arg(path));
    const QString parent = info.absolutePath();
    if (parent != info.absoluteFilePath()) {
        if (auto made = make(parent); !made)
            return made;
    }
    if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST) {
        const int error = errno;
        return makeError(Message("PrivateDirectory",
                                 QT_TR_NOOP("could not create directory %1: %2: check the permissions of %3"))
                             .arg(path)
                             .arg(QString::fromLocal8Bit(std::strerror(error)))
                             .arg(parent));
    }
    return {};
}

Result<void> PrivateDirectory::makeOwned(const QString& path)
{
    if (auto made = make(path); !made)
        return made;
    const auto directory = JobDirectory::open(path);
    if (!directory)
        return tl::unexpected(directory.error());
    const Result<bool> tightened = (*directory)->tightenPermissions();
    if (!tightened)
        return tl::unexpected(tightened.error());
    if (*tightened)
        qCInfo(lcRunner).noquote() << tr("removed write permission for group and others from the job's "
                                         "directory %1: only Larder should change the dumps in it")
                                          .arg(path);
    return {};
}

Result<QString> PrivateDirectory::userTemporary()
{
    const QString path = QStringLiteral("/tmp/larder-%1").arg(::geteuid());
    if (Result<void> made = make(path); !made)
        return tl::unexpected(made.error());
    struct stat st = {};
    const QByteArray encoded = QFile::encodeName(path);
    // Anyone may create names in /tmp: a link or another user's directory there would hand them
    // what Larder puts inside.
    if (::lstat(encoded.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
        return makeError(tr("%1 is not a directory of this user's, so Larder cannot keep private files "
                            "there: remove it")
                             .arg(path));
    if ((st.st_mode & 077) != 0 && ::chmod(encoded.constData(), 0700) != 0)
        return makeError(tr("cannot make %1 private (mode 0700): remove it").arg(path));
    return path;
}

} // namespace larder
