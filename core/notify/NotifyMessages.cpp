// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "notify/NotifyMessages.h"

#include "config/NotifyConfig.h"
#include "notify/NotifyEvent.h"
#include "notify/WebhookPayload.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace larder {

namespace {

using Header = QPair<QByteArray, QByteArray>;

// ping services know three states: started, up and down; a warning and staleness are "down" (someone
// should look), as a failure is.
QString pingSuffix(const NotifyConfig& target, const QString& event)
{
    if (event == QLatin1String("start"))
        return target.startSuffix;
    if (event == QLatin1String("success"))
        return target.successSuffix;
    return target.failSuffix;
}

QUrl withSuffix(QUrl url, const QString& suffix)
{
    if (suffix.isEmpty())
        return url;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')) && suffix.startsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + suffix);
    return url;
}

QByteArray ntfyTitle(const NotifyEvent& event)
{
    // Header values are Latin-1 on the wire; ntfy reads RFC 2047 too, but job names are ASCII
    // (ConfigLoader::isValidName), and the rest of the words go in the body.
    if (event.event == QLatin1String("start"))
        return QStringLiteral("larder: %1 started").arg(event.job).toLatin1();
    if (event.event == QLatin1String("success"))
        return QStringLiteral("larder: %1 succeeded").arg(event.job).toLatin1();
    if (event.event == QLatin1String("warning"))
        return QStringLiteral("larder: %1 warning").arg(event.job).toLatin1();
    if (event.event == QLatin1String("stale"))
        return QStringLiteral("larder: %1 is stale").arg(event.job).toLatin1();
    return QStringLiteral("larder: %1 FAILED").arg(event.job).toLatin1();
}

// The one line a chat room shows: "larder: app (server main) on db1: dump FAILED: ...".
QString chatText(const NotifyEvent& event)
{
    return QStringLiteral("larder: ") + event.summary();
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Matrix's transaction id: the same for every attempt of one message (the server then posts it once),
// new for each message.
QString matrixTransaction()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("larder-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++counter);
}

// PUT url/_matrix/client/v3/rooms/{room}/send/m.room.message/{txn}, the room percent-encoded.
QUrl matrixUrl(QUrl url, const QString& room)
{
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QStringLiteral("/_matrix/client/v3/rooms/") + QString::fromLatin1(QUrl::toPercentEncoding(room)) +
            QStringLiteral("/send/m.room.message/") + matrixTransaction();
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

// Uptime Kuma's push url: status=up|down, msg, ping (the dump's duration in ms), keeping its other
// query items.
QUrl kumaUrl(QUrl url, const NotifyEvent& event)
{
    QUrlQuery query(url);
    for (const char* item : {"status", "msg", "ping"})
        query.removeAllQueryItems(QLatin1String(item));
    const bool up = event.event == QLatin1String("success");
    query.addQueryItem(QStringLiteral("status"), up ? QStringLiteral("up") : QStringLiteral("down"));
    // Kuma shows msg in its event list: one short line.
    QString message = event.summary().simplified();
    if (message.size() > 250)
        message = message.left(249) + QChar(0x2026);
    query.addQueryItem(QStringLiteral("msg"), QString::fromLatin1(QUrl::toPercentEncoding(message)));
    query.addQueryItem(QStringLiteral("ping"),
                       event.durationMs > 0 ? QString::number(event.durationMs) : QString());
    url.setQuery(query);
    return url;
}

} // namespace

QString NotifyMessages::seenAs(const NotifyConfig& target, const NotifyEvent& event)
{
    if ((!target.jobs.isEmpty() && !target.jobs.contains(event.job)) ||
        (!target.servers.isEmpty() && !target.servers.contains(event.server)))
        return QString();
    if (target.events.contains(event.event))
        return event.event;
    const QString success = QStringLiteral("success");
    if (event.event == QLatin1String("warning") && target.events.contains(success))
        return success;
    return QString();
}

NotifyRequest NotifyMessages::build(const NotifyConfig& target, const NotifyEvent& event)
{
    NotifyRequest request;
    request.url = target.url;
    switch (target.kind) {
    case NotifyConfig::Kind::Webhook:
        request.headers.append(Header("Content-Type", "application/json"));
        for (const auto& [name, value] : target.headers)
            request.headers.append(Header(name.toUtf8(), value.toUtf8()));
        request.body = WebhookPayload::toBytes(event);
        break;
    case NotifyConfig::Kind::Ping:
        request.method = target.method.toLatin1();
        request.url = withSuffix(target.url, pingSuffix(target, event.event));
        if (request.method == "POST") {
            // healthchecks.io keeps the body (up to 100 kB) as the ping's log.
            request.headers.append(Header("Content-Type", "text/plain; charset=utf-8"));
            request.body = event.summary().toUtf8();
        }
        break;
    case NotifyConfig::Kind::UptimeKuma:
        request.method = "GET";
        request.url = kumaUrl(target.url, event);
        break;
    case NotifyConfig::Kind::Slack:
        request.headers.append(Header("Content-Type", "application/json"));
        request.body = json({{QStringLiteral("text"), chatText(event)}});
        break;
    case NotifyConfig::Kind::Discord: {
        // Discord refuses content longer than 2000 characters.
        QString text = chatText(event);
        if (text.size() > 2000)
            text = text.left(1999) + QChar(0x2026);
        request.headers.append(Header("Content-Type", "application/json"));
        request.body = json({{QStringLiteral("content"), text}});
        break;
    }
    case NotifyConfig::Kind::Matrix:
        request.method = "PUT";
        request.url = matrixUrl(target.url, target.room);
        // token is a {secret:NAME}: NotifyDispatcher resolves it in this header when it sends.
        request.headers.append(Header("Authorization", "Bearer " + target.token.toUtf8()));
        request.headers.append(Header("Content-Type", "application/json"));
        request.body = json({{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                             {QStringLiteral("body"), chatText(event)}});
        break;
    case NotifyConfig::Kind::Ntfy:
        request.headers.append(Header("Title", ntfyTitle(event)));
        if (!target.priority.isEmpty())
            request.headers.append(Header("Priority", target.priority.toUtf8()));
        if (!target.tags.isEmpty())
            request.headers.append(Header("Tags", target.tags.join(QLatin1Char(',')).toUtf8()));
        request.headers.append(Header("Content-Type", "text/plain; charset=utf-8"));
        request.body = event.summary().toUtf8();
        break;
    }
    return request;
}

} // namespace larder
