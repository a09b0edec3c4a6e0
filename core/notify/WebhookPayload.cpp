// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "notify/WebhookPayload.h"

#include "notify/NotifyEvent.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace larder {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject WebhookPayload::toJson(const NotifyEvent& event)
{
    QJsonObject body;
    body.insert(QStringLiteral("version"), kVersion);
    body.insert(QStringLiteral("event"), event.event);
    body.insert(QStringLiteral("job"), event.job);
    body.insert(QStringLiteral("server"), event.server);
    body.insert(QStringLiteral("engine"), textOrNull(event.engine));
    body.insert(QStringLiteral("status"), event.status);
    body.insert(QStringLiteral("started"), timeOrNull(event.startedUtc));
    body.insert(QStringLiteral("finished"), timeOrNull(event.finishedUtc));
    body.insert(QStringLiteral("duration_ms"), event.durationMs);
    body.insert(QStringLiteral("size"), event.bytes);
    body.insert(QStringLiteral("path"), textOrNull(event.path));
    body.insert(QStringLiteral("sha256"), textOrNull(event.sha256));
    body.insert(QStringLiteral("error"), textOrNull(event.error));
    body.insert(QStringLiteral("host"), event.host);
    return body;
}

QByteArray WebhookPayload::toBytes(const NotifyEvent& event)
{
    return QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact);
}

} // namespace larder
