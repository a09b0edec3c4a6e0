// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace larder {

// One [notify.NAME] section: where and when to send what a run did. The url and header values may
// carry tokens: show them only through safeUrl(), never as written.
struct NotifyConfig
{
    // In the order of kindNames().
    enum class Kind { Webhook, Ping, Ntfy, Slack, Discord, Matrix, UptimeKuma };

    static constexpr int kDefaultTimeoutSeconds = 10;

    QString name;
    Kind kind = Kind::Webhook;
    QUrl url;
    // Which events: "failure", "stale", "warning", "success", "start"; never empty once parsed.
    QStringList events;
    QStringList jobs;                            // empty: every job
    QStringList servers;                         // empty: every server
    QList<QPair<QString, QString>> headers;      // webhook only, in file order
    int timeoutSeconds = kDefaultTimeoutSeconds; // per request
    // ping: appended to url per event (healthchecks.io and Uptime Kuma conventions).
    QString startSuffix = QStringLiteral("/start");
    QString failSuffix = QStringLiteral("/fail");
    QString successSuffix;
    // ping: "GET", or "POST" with the event in words as the body (healthchecks.io keeps it as the
    // ping's log).
    QString method = QStringLiteral("GET");
    // matrix: the room ("!id:server" or "#alias:server") and the access token, a {secret:NAME}.
    QString room;
    QString token;
    // ntfy
    QString priority; // "min" .. "max" or 1-5; empty: ntfy's default
    QStringList tags;

    // Every event a section may name, in the order the docs list them.
    static QStringList eventNames();
    // "webhook", "ping", "ntfy", "slack", "discord", "matrix", "uptime-kuma"
    static QStringList kindNames();
    static QString kindName(Kind kind);
    // scheme://host[:port]/… : enough to tell targets apart, without the path or query that may hold a
    // token.
    static QString safeUrl(const QUrl& url);
    QString safeUrl() const { return safeUrl(url); }
    // The secrets ({secret:NAME}) its url, header values and token name, in that order, without
    // repeats.
    QStringList secretNames() const;
};

} // namespace larder
