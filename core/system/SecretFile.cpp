// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "system/SecretFile.h"

#include "base/LogCategories.h"
#include "system/PrivateDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace larder {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray& content)
{
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

void removeDirectory(const QString& directory)
{
    // Only what SecretFile puts there: a file or two, no subdirectories.
    QDir dir(directory);
    for (const QString& name : dir.entryList(QDir::Files | QDir::System | QDir::Hidden))
        ::unlink(QFile::encodeName(dir.filePath(name)).constData());
    ::rmdir(QFile::encodeName(directory).constData());
}

bool processRuns(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

SecretFile::SecretFile(QString directory, QString path)
    : m_directory(std::move(directory)), m_path(std::move(path))
{}

SecretFile::~SecretFile()
{
    removeDirectory(m_directory);
}

Result<std::unique_ptr<SecretFile>> SecretFile::create(const QString& fileName, const QByteArray& content)
{
    const Result<QString> base = PrivateDirectory::userTemporary();
    if (!base)
        return tl::unexpected(base.error());
    QByteArray pattern =
        QFile::encodeName(*base + QLatin1Char('/') + directoryPrefix() + QString::number(::getpid())) +
        "-XXXXXX";
    // mkdtemp: a new directory, mode 0700, never one that existed.
    if (::mkdtemp(pattern.data()) == nullptr)
        return makeError(tr("cannot create a private directory in %1: %2").arg(*base, systemError()));
    const QString directory = QFile::decodeName(pattern);
    const QString path = directory + QLatin1Char('/') + fileName;
    auto secret = std::unique_ptr<SecretFile>(new SecretFile(directory, path));
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(tr("cannot create %1: %2").arg(path, systemError()));
    const bool written = writeAll(fd, content);
    const QString writeError = written ? QString() : systemError();
    ::close(fd);
    if (!written)
        return makeError(tr("cannot write %1: %2").arg(path, writeError));
    return secret;
}

int SecretFile::sweepOrphans(const QString& directory)
{
    QString base = directory;
    if (base.isEmpty()) {
        const Result<QString> made = PrivateDirectory::userTemporary();
        if (!made)
            return 0;
        base = *made;
    }
    int removed = 0;
    const QStringList names = QDir(base).entryList({directoryPrefix() + QLatin1Char('*')},
                                                   QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& name : names) {
        // secret-<pid>-<random>
        bool ok = false;
        const qint64 pid = name.mid(directoryPrefix().size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || processRuns(pid))
            continue;
        const QString path = base + QLatin1Char('/') + name;
        removeDirectory(path);
        if (!QFileInfo::exists(path)) {
            ++removed;
            qCInfo(lcRunner).noquote()
                << "removed" << path << "left by process" << pid << "which no longer runs";
        }
    }
    return removed;
}

} // namespace larder
