// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/NotifyConfig.h"

#include "config/SecretReference.h"

namespace larder {

QStringList NotifyConfig::eventNames()
{
    return {QStringLiteral("failure"), QStringLiteral("stale"), QStringLiteral("warning"),
            QStringLiteral("success"), QStringLiteral("start")};
}

QStringList NotifyConfig::kindNames()
{
    return {kindName(Kind::Webhook), kindName(Kind::Ping),   kindName(Kind::Ntfy),      kindName(Kind::Slack),
            kindName(Kind::Discord), kindName(Kind::Matrix), kindName(Kind::UptimeKuma)};
}

QString NotifyConfig::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Webhook:
        break;
    case Kind::Ping:
        return QStringLiteral("ping");
    case Kind::Ntfy:
        return QStringLiteral("ntfy");
    case Kind::Slack:
        return QStringLiteral("slack");
    case Kind::Discord:
        return QStringLiteral("discord");
    case Kind::Matrix:
        return QStringLiteral("matrix");
    case Kind::UptimeKuma:
        return QStringLiteral("uptime-kuma");
    }
    return QStringLiteral("webhook");
}

QString NotifyConfig::safeUrl(const QUrl& url)
{
    QString text = url.scheme() + QStringLiteral("://") + url.host();
    if (url.port() >= 0)
        text += QLatin1Char(':') + QString::number(url.port());
    // The path may be the token itself (healthchecks.io: /<uuid>, ntfy: /<topic>).
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        text += QStringLiteral("/…");
    return text;
}

QStringList NotifyConfig::secretNames() const
{
    QStringList names = SecretReference::names(QString::fromLatin1(url.toEncoded()));
    for (const auto& header : headers)
        names += SecretReference::names(header.second);
    names += SecretReference::names(token);
    names.removeDuplicates();
    return names;
}

} // namespace larder
