#include "SingleInstance.h"

#include "ShellLog.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#ifdef Q_OS_UNIX
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
    : QObject(parent), m_configPath(configPath), m_serverName(serverNameFor(configPath))
{}

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

SingleInstance::Role SingleInstance::start()
{
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
