// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "HttpTestServer.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QSemaphore>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

struct HttpTestServer::State
{
    mutable QMutex mutex;
    QList<HttpTestRequest> requests;
    QHash<QByteArray, QPair<int, int>> failures; // path -> (count, status)
    QSet<QByteArray> hanging;
    QElapsedTimer clock;
};

namespace {

// Reads whole requests off one connection (keep-alive: several in a row) and answers each.
void serve(QTcpSocket* socket, const std::shared_ptr<HttpTestServer::State>& state)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, state, buffer] {
        buffer->append(socket->readAll());
        for (;;) {
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            HttpTestRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length);

            int status = 200;
            bool hang = false;
            {
                const QMutexLocker locker(&state->mutex);
                request.receivedMs = state->clock.elapsed();
                state->requests.append(request);
                const QByteArray path = request.pathOnly();
                hang = state->hanging.contains(path);
                auto failure = state->failures.find(path);
                if (failure != state->failures.end() && failure->first > 0) {
                    --failure->first;
                    status = failure->second;
                }
            }
            if (hang)
                continue;
            const QByteArray body = status == 200 ? QByteArray("ok") : QByteArray("no");
            socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") +
                          "\r\nContent-Type: text/plain\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace

HttpTestServer::HttpTestServer() : m_state(std::make_shared<State>()) {}

HttpTestServer::~HttpTestServer()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool HttpTestServer::listen()
{
    auto ready = std::make_shared<QSemaphore>();
    auto port = std::make_shared<quint16>(0);
    std::shared_ptr<State> state = m_state;
    m_thread = QThread::create([ready, port, state] {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0)) {
            *port = server.serverPort();
            state->clock.start();
        }
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, state] {
            while (QTcpSocket* socket = server.nextPendingConnection())
                serve(socket, state);
        });
        ready->release();
        if (*port == 0)
            return;
        QEventLoop loop;
        loop.exec(); // until QThread::quit()
    });
    m_thread->start();
    ready->acquire();
    m_port = *port;
    return m_port != 0;
}

QString HttpTestServer::url(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void HttpTestServer::failNext(const QByteArray& path, int count, int status)
{
    const QMutexLocker locker(&m_state->mutex);
    m_state->failures.insert(path, {count, status});
}

void HttpTestServer::hang(const QByteArray& path)
{
    const QMutexLocker locker(&m_state->mutex);
    m_state->hanging.insert(path);
}

QList<HttpTestRequest> HttpTestServer::requests() const
{
    const QMutexLocker locker(&m_state->mutex);
    return m_state->requests;
}

QList<HttpTestRequest> HttpTestServer::requests(const QByteArray& path) const
{
    QList<HttpTestRequest> matching;
    for (const HttpTestRequest& request : requests()) {
        if (request.pathOnly() == path)
            matching.append(request);
    }
    return matching;
}

bool HttpTestServer::waitForRequests(const QByteArray& path, int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (requests(path).size() < count) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}
