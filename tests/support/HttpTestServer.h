// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

class QThread;

// One request as HttpTestServer received it.
struct HttpTestRequest
{
    QByteArray method;
    QByteArray path;                      // with the query, as sent
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    qint64 receivedMs = 0; // since the server started listening

    QByteArray pathOnly() const { return path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?')); }
};

// A small HTTP/1.1 server on 127.0.0.1 for notification tests: records every request and answers
// 200 "ok", or (per path) a given status for the next N requests, or never. It runs on its own thread,
// so it keeps answering while a test blocks on a child process (CliRunner).
class HttpTestServer final
{
public:
    HttpTestServer();
    ~HttpTestServer();
    HttpTestServer(const HttpTestServer&) = delete;
    HttpTestServer& operator=(const HttpTestServer&) = delete;

    bool listen();
    quint16 port() const { return m_port; }
    QString url(const QString& path) const; // http://127.0.0.1:PORT/path

    // The next count requests to path (query left out) are answered with status; then 200 again.
    void failNext(const QByteArray& path, int count, int status = 500);
    // Requests to path are read and never answered (the connection stays open).
    void hang(const QByteArray& path);

    QList<HttpTestRequest> requests() const;
    QList<HttpTestRequest> requests(const QByteArray& path) const;
    // Waits (without an event loop of the caller) until count requests to path arrived.
    bool waitForRequests(const QByteArray& path, int count, int timeoutMs) const;

    struct State;

private:
    std::shared_ptr<State> m_state;
    QThread* m_thread = nullptr;
    quint16 m_port = 0;
};
