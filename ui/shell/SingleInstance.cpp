// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "SingleInstance.h"

#include "ShellLog.h"
#include "system/PrivateDirectory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace larder;

namespace {

constexpr int kConnectTimeoutMs = 1000;
const QByteArray kRaise = QByteArrayLiteral("raise");

QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace

SingleInstance::SingleInstance(const QString& configPath, QObject* parent)
    : QObject(parent), m_configPath(configPath)
{
    const Result<QString> directory = socketDirectory();
    if (directory)
        m_serverName = *directory + QLatin1Char('/') + serverNameFor(configPath);
    else
        m_error = directory.error().message;
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString& configPath)
{
    // The same file reached through a symlink or a relative path is the same instance.
    const QFileInfo info(configPath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("larder-gui-%1-%2").arg(userId(), QString::fromLatin1(hash));
}

Result<QString> SingleInstance::socketDirectory()
{
    QString directory = qEnvironmentVariable("XDG_RUNTIME_DIR");
    // The XDG spec: a relative path is invalid and ignored.
    if (directory.isEmpty() || QDir::isRelativePath(directory)) {
        directory = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                    QStringLiteral("/larder");
        if (auto made = PrivateDirectory::make(directory); !made)
            return tl::unexpected(made.error());
    }
    directory = QDir::cleanPath(directory);
    if (auto safe = checkOnlyOurs(directory); !safe)
        return tl::unexpected(safe.error());
    return directory;
}

Result<void> SingleInstance::checkOnlyOurs(const QString& directory)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(directory).constData(), &st) != 0) {
        return makeError(tr("cannot use %1 for the single-instance socket: %2")
                             .arg(directory, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (!S_ISDIR(st.st_mode))
        return makeError(tr("cannot use %1 for the single-instance socket: not a directory").arg(directory));
    if (st.st_uid != ::geteuid()) {
        return makeError(tr("%1 belongs to user id %2, not to you: it cannot hold the single-instance "
                            "socket safely")
                             .arg(directory)
                             .arg(st.st_uid));
    }
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return makeError(tr("%1 can be written by other users (mode %2): it cannot hold the single-instance "
                            "socket safely; make it mode 0700")
                             .arg(directory)
                             .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')));
    }
#else
    Q_UNUSED(directory);
#endif
    return {};
}

SingleInstance::Role SingleInstance::start()
{
    // Fail safe: run without the guard. Refusing to start would let whoever made the directory
    // unsafe keep the app from running. Two instances at worst, and the run lock keeps their runs apart.
    if (m_serverName.isEmpty()) {
        qCWarning(lcShell) << "running without the single-instance guard:" << m_error;
        return Role::Failed;
    }
    {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(kConnectTimeoutMs)) {
            socket.write(kRaise + ' ' + m_configPath.toUtf8() + '\n');
            const bool sent = socket.waitForBytesWritten(kConnectTimeoutMs);
            socket.disconnectFromServer();
            if (socket.state() != QLocalSocket::UnconnectedState)
                socket.waitForDisconnected(kConnectTimeoutMs);
            if (sent)
                return Role::Secondary;
            qCWarning(lcShell) << "instance at" << m_serverName
                               << "did not take raise:" << socket.errorString();
        }
    }

    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (!m_server->listen(m_serverName)) {
        // Nothing answered, so a socket file that is still there belongs to a dead instance.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName)) {
            m_error = m_server->errorString();
            qCWarning(lcShell) << "cannot listen on" << m_serverName << m_error;
            return Role::Failed;
        }
    }
    return Role::Primary;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequests(socket); });
        // The sender writes and leaves at once: read what is left before the socket goes.
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            readRequests(socket);
            socket->deleteLater();
        });
        readRequests(socket);
    }
}

void SingleInstance::readRequests(QLocalSocket* socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine().chopped(1);
        if (line == kRaise || line.startsWith(kRaise + ' '))
            Q_EMIT raiseRequested(QString::fromUtf8(line.mid(kRaise.size() + 1)));
        else
            qCWarning(lcShell) << "unknown request on" << m_serverName << line.left(40);
    }
}
