// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "system/JobDirectory.h"

#include "base/Message.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace larder {

std::function<void(const QString& name)> JobDirectory::s_beforeRemoveForTests;

namespace {

// pg_dump's directory format is flat; anything this deep is not Larder's.
constexpr int kMaxDepth = 32;

// JobDirectory's text, kept language-neutral: its errors end up in the history (nested in a dump's
// failure), which a reader may see in another language.
Message neutral(const char* source)
{
    return Message("JobDirectory", source);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// O_NOFOLLOW on a link: ELOOP on Linux and macOS, EMLINK on FreeBSD.
bool isNotADirectory(int error)
{
    return error == ELOOP || error == EMLINK || error == ENOTDIR;
}

JobDirectory::Kind kindOfMode(mode_t mode)
{
    if (S_ISLNK(mode))
        return JobDirectory::Kind::SymLink;
    if (S_ISDIR(mode))
        return JobDirectory::Kind::Directory;
    if (S_ISREG(mode))
        return JobDirectory::Kind::File;
    return JobDirectory::Kind::Other;
}

struct TreeFailure
{
    int error = 0;    // 0: removed
    QByteArray where; // relative to the directory the removal started in
    bool tooDeep = false;
};

// The names in the directory dir, without "." and ".."; dir is read to its end, not closed.
int listEntries(DIR* dir, QList<QByteArray>& names)
{
    errno = 0;
    while (const dirent* entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            names.append(QByteArray(entry->d_name));
        errno = 0;
    }
    return errno;
}

// Empties and removes the directory name inside parentFd bottom-up. Each level is opened with
// O_NOFOLLOW, so a link swapped in for a directory fails instead of being followed; links inside
// are unlinked themselves. What vanished meanwhile counts as removed.
TreeFailure removeTree(int parentFd, const QByteArray& name, int depth)
{
    if (depth > kMaxDepth)
        return {0, name, true};
    const int fd = ::openat(parentFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? TreeFailure{} : TreeFailure{errno, name};
    DIR* dir = ::fdopendir(fd);
    if (!dir) {
        const int error = errno;
        ::close(fd);
        return {error, name};
    }
    QList<QByteArray> names;
    TreeFailure failure{listEntries(dir, names), name};
    for (const QByteArray& entry : std::as_const(names)) {
        if (failure.error != 0)
            break;
        struct stat st;
        if (::fstatat(fd, entry.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno != ENOENT)
                failure = {errno, name + '/' + entry};
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            const TreeFailure inner = removeTree(fd, entry, depth + 1);
            if (inner.error != 0 || inner.tooDeep)
                failure = {inner.error, name + '/' + inner.where, inner.tooDeep};
        } else if (::unlinkat(fd, entry.constData(), 0) != 0 && errno != ENOENT) {
            failure = {errno, name + '/' + entry};
        }
    }
    ::closedir(dir);
    if (failure.error != 0 || failure.tooDeep)
        return failure;
    if (::unlinkat(parentFd, name.constData(), AT_REMOVEDIR) != 0 && errno != ENOENT)
        return {errno, name};
    return {};
}

QString ownerName(uid_t uid)
{
    const passwd* entry = ::getpwuid(uid);
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(uid);
}

} // namespace

JobDirectory::JobDirectory(QString path, int fd) : m_path(std::move(path)), m_fd(fd) {}

JobDirectory::~JobDirectory()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::unique_ptr<JobDirectory>> JobDirectory::open(const QString& path)
{
    const QString clean = QDir::cleanPath(path);
    const QFileInfo info(clean);
    const QString parent = info.path();
    const QString name = info.fileName();
    if (!QDir::isAbsolutePath(clean) || !isEntryName(name))
        return makeError(
            neutral(QT_TRANSLATE_NOOP("JobDirectory",
                                      "%1 is not an absolute path to a job's directory: check dump_dir"))
                .arg(path));
    const auto missing = [&clean] { return std::unique_ptr<JobDirectory>(new JobDirectory(clean, -1)); };

    const int parentFd = ::open(QFile::encodeName(parent).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (parentFd < 0) {
        const int openError = errno;
        if (openError == ENOENT)
            return missing();
        return makeError(
            neutral(QT_TRANSLATE_NOOP("JobDirectory", "could not open %1: %2: check its permissions"))
                .arg(parent)
                .arg(errnoText(openError)));
    }
    const int fd = ::openat(parentFd, QFile::encodeName(name).constData(),
                            O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    const int error = errno;
    ::close(parentFd);
    if (fd >= 0)
        return std::unique_ptr<JobDirectory>(new JobDirectory(clean, fd));
    if (error == ENOENT)
        return missing();
    struct stat st;
    const bool isLink = ::lstat(QFile::encodeName(clean).constData(), &st) == 0 && S_ISLNK(st.st_mode);
    if (isLink)
        return makeError(
            neutral(QT_TRANSLATE_NOOP(
                        "JobDirectory",
                        "the job's directory %1 is a symbolic link; Larder deletes nothing through one: "
                        "replace it by the directory it leads to, or point dump_dir there"))
                .arg(clean));
    if (isNotADirectory(error))
        return makeError(neutral(QT_TRANSLATE_NOOP(
                                     "JobDirectory",
                                     "%1 should be the job's directory but is not a directory: move it away"))
                             .arg(clean));
    return makeError(
        neutral(QT_TRANSLATE_NOOP("JobDirectory",
                                  "could not open the job's directory %1: %2: check its permissions"))
            .arg(clean)
            .arg(errnoText(error)));
}

QString JobDirectory::nameInside(const QString& directory, const QString& path)
{
    if (path.isEmpty() || !QDir::isAbsolutePath(path))
        return QString();
    const QString clean = QDir::cleanPath(path);
    const QFileInfo info(clean);
    if (info.path() != QDir::cleanPath(directory) || !isEntryName(info.fileName()))
        return QString();
    return info.fileName();
}

bool JobDirectory::isEntryName(const QString& name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QChar(0)) &&
           name != QLatin1String(".") && name != QLatin1String("..");
}

QString JobDirectory::entryPath(const QString& name) const
{
    return m_path + QLatin1Char('/') + name;
}

Result<JobDirectory::Kind> JobDirectory::kindOf(const QString& name) const
{
    if (!isEntryName(name))
        return tl::unexpected(notAnEntryError(name));
    if (m_fd < 0)
        return Kind::Missing;
    struct stat st;
    if (::fstatat(m_fd, QFile::encodeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
        return kindOfMode(st.st_mode);
    const int error = errno;
    if (error == ENOENT)
        return Kind::Missing;
    return makeError(
        neutral(QT_TRANSLATE_NOOP("JobDirectory", "could not examine %1: %2: check the permissions of %3"))
            .arg(entryPath(name))
            .arg(errnoText(error))
            .arg(m_path));
}

Result<void> JobDirectory::remove(const QString& name, Kind decided) const
{
    if (!isEntryName(name))
        return tl::unexpected(notAnEntryError(name));
    if (decided == Kind::Missing || m_fd < 0)
        return {};
    if (s_beforeRemoveForTests)
        s_beforeRemoveForTests(name);
    return decided == Kind::Directory ? removeDirectory(name) : removeFile(name);
}

Result<void> JobDirectory::removeFile(const QString& name) const
{
    // unlinkat never follows: a link swapped in is removed itself, its target stays.
    if (::unlinkat(m_fd, QFile::encodeName(name).constData(), 0) == 0 || errno == ENOENT)
        return {};
    const int error = errno;
    // A directory: EISDIR on Linux, EPERM on macOS.
    if (error == EISDIR || error == EPERM) {
        struct stat st;
        if (::fstatat(m_fd, QFile::encodeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISDIR(st.st_mode))
            return makeError(
                neutral(QT_TRANSLATE_NOOP(
                            "JobDirectory",
                            "%1 was replaced by a directory after Larder had checked it, so it was not "
                            "deleted; find out what else writes to %2"))
                    .arg(entryPath(name))
                    .arg(m_path));
    }
    return tl::unexpected(removeError(name, error));
}

Result<void> JobDirectory::removeDirectory(const QString& name) const
{
    const TreeFailure failure = removeTree(m_fd, QFile::encodeName(name), 0);
    if (failure.error == 0 && !failure.tooDeep)
        return {};
    const QString where = QFile::decodeName(failure.where);
    if (failure.tooDeep)
        return makeError(
            neutral(QT_TRANSLATE_NOOP(
                        "JobDirectory",
                        "%1 is nested deeper than any pg_dump output, so it was not deleted completely; "
                        "delete it by hand if it is not needed"))
                .arg(entryPath(name)));
    if (where == name && isNotADirectory(failure.error))
        return makeError(
            neutral(QT_TRANSLATE_NOOP(
                        "JobDirectory",
                        "%1 was replaced by a symbolic link or another non-directory after Larder had "
                        "checked it, so nothing was deleted and no link was followed; find out what else "
                        "writes to %2"))
                .arg(entryPath(name))
                .arg(m_path));
    return tl::unexpected(removeError(where, failure.error));
}

Error JobDirectory::notAnEntryError(const QString& name) const
{
    const Message message =
        neutral(QT_TRANSLATE_NOOP("JobDirectory",
                                  "'%1' is not a name inside %2; Larder only deletes what it made there"))
            .arg(name)
            .arg(m_path);
    return Error::from(message);
}

Error JobDirectory::removeError(const QString& name, int error) const
{
    const QString path = entryPath(name);
    const Message message =
        neutral(QT_TRANSLATE_NOOP("JobDirectory",
                                  "could not delete %1: %2; check its permissions and those of %3"))
            .arg(path)
            .arg(errnoText(error))
            .arg(QFileInfo(path).path());
    return Error::from(message);
}

Result<bool> JobDirectory::tightenPermissions() const
{
    if (m_fd < 0)
        return makeError(neutral(QT_TRANSLATE_NOOP(
                                     "JobDirectory",
                                     "the job's directory %1 does not exist: run the job again to create it"))
                             .arg(m_path));
    struct stat st;
    if (::fstat(m_fd, &st) != 0) {
        const int error = errno;
        return makeError(
            neutral(QT_TRANSLATE_NOOP("JobDirectory", "could not examine %1: %2: check its permissions"))
                .arg(m_path)
                .arg(errnoText(error)));
    }
    constexpr mode_t kOthersWrite = S_IWGRP | S_IWOTH;
    if ((st.st_mode & kOthersWrite) == 0)
        return false;
    const QString mode = QStringLiteral("0%1").arg(st.st_mode & 07777, 3, 8, QLatin1Char('0'));
    if (st.st_uid != ::geteuid()) {
        // Someone else's directory that others may write to: they could swap dumps for links.
        return makeError(
            neutral(QT_TRANSLATE_NOOP(
                        "JobDirectory",
                        "the job's directory %1 belongs to %2 and has mode %3, so others can change the "
                        "dumps in it; Larder dumps only into a directory of its own user (%4): run "
                        "'chown %4 %1' and 'chmod go-w %1' as root, or remove the directory"))
                .arg(m_path)
                .arg(ownerName(st.st_uid))
                .arg(mode)
                .arg(ownerName(::geteuid())));
    }
    if (::fchmod(m_fd, (st.st_mode & 07777) & ~kOthersWrite) != 0) {
        const int error = errno;
        return makeError(
            neutral(
                QT_TRANSLATE_NOOP("JobDirectory",
                                  "could not remove write permission for others from the job's directory %1 "
                                  "(mode %2): %3: run 'chmod go-w %1'"))
                .arg(m_path)
                .arg(mode)
                .arg(errnoText(error)));
    }
    return true;
}

} // namespace larder
