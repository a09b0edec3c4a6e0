// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/NotifyConfig.h"
#include "config/SecretReference.h"
#include "notify/NotifyRequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace larder {

class History;
class NotifySender;
struct NotifyEvent;

// The [notify.NAME] sections of one run: each event goes to every section that wants it
// (NotifyMessages), is sent in the background (NotifySender), and each delivery's end is logged and
// recorded in history. Nothing here waits: a run's dumps never wait for a notification. Main thread.
class NotifyDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifyDispatcher)

public:
    // The bound a run's end waits for deliveries still in flight (whenIdle), so that a cron run does
    // not exit before sending, nor hang on a dead service.
    static constexpr int kEndWaitMs = 15000;

    // history may be null (nothing recorded); it must outlive this. The secrets the sections name
    // ({secret:NAME}) are looked up here, once, through secrets (default: CredentialStore::readSecret,
    // the environment, then the keychain), before any dump runs; a section whose secret is missing
    // fails each of its deliveries with the lookup's error, unsent.
    NotifyDispatcher(QList<NotifyConfig> targets, History* history, QObject* parent = nullptr,
                     SecretReference::Lookup secrets = {});
    ~NotifyDispatcher() override;

    void dispatch(const NotifyEvent& event);
    bool isIdle() const;
    // done once every delivery has ended, or after maxWaitMs, when the rest are abandoned (and
    // recorded as failed). At once when idle.
    void whenIdle(int maxWaitMs, std::function<void()> done);

Q_SIGNALS:
    // A delivery that failed for good, in words for a person ("notification ops (webhook,
    // https://hooks.example/…) about failure of app failed after 3 attempts: HTTP 500").
    void deliveryFailed(const QString& message);

private:
    // The request with every {secret:NAME} replaced by its value; only ever handed to the sender.
    Result<NotifyRequest> withSecrets(NotifyRequest request) const;
    // A stale job's notice went to target since its newest success.
    bool toldAlready(const NotifyConfig& target, const NotifyEvent& event) const;

    QList<NotifyConfig> m_targets;
    History* m_history;
    NotifySender* m_sender;
    QHash<QString, Result<QString>> m_secrets; // by name: the value, or why there is none
};

} // namespace larder
