// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "notify/NotifyDispatcher.h"

#include "base/LogCategories.h"
#include "base/Message.h"
#include "history/History.h"
#include "history/NotificationRecord.h"
#include "notify/NotifyEvent.h"
#include "notify/NotifyMessages.h"
#include "notify/NotifySender.h"
#include "system/CredentialStore.h"

#include <QDateTime>
#include <QTimer>

#include <memory>

namespace larder {

NotifyDispatcher::NotifyDispatcher(QList<NotifyConfig> targets, History* history, QObject* parent,
                                   SecretReference::Lookup secrets)
    : QObject(parent), m_targets(std::move(targets)), m_history(history), m_sender(new NotifySender(this))
{
    if (!secrets)
        secrets = [](const QString& name) { return CredentialStore().readSecret(name); };
    // Once per run and before the dumps: the keychain answers through a local event loop.
    for (const NotifyConfig& target : std::as_const(m_targets)) {
        const QStringList names = target.secretNames();
        for (const QString& name : names) {
            if (m_secrets.contains(name))
                continue;
            const Result<QString> value = secrets(name);
            if (!value)
                qCInfo(lcNotify).noquote() << "notify." + target.name << value.error().message;
            m_secrets.insert(name, value);
        }
    }
}

NotifyDispatcher::~NotifyDispatcher() = default;

void NotifyDispatcher::dispatch(const NotifyEvent& sent)
{
    for (const NotifyConfig& target : std::as_const(m_targets)) {
        NotifyEvent event = sent;
        event.event = NotifyMessages::seenAs(target, sent);
        if (event.event.isEmpty() || toldAlready(target, event))
            continue;
        const QString what = QStringLiteral("notify.%1 (%2, %3) %4 of %5")
                                 .arg(target.name, NotifyConfig::kindName(target.kind), target.safeUrl(),
                                      event.event, event.job);
        qCDebug(lcNotify) << "sending" << what;
        NotificationRecord record;
        record.notify = target.name;
        record.kind = NotifyConfig::kindName(target.kind);
        record.event = event.event;
        record.job = event.job;
        record.server = event.server;
        const Result<NotifyRequest> request = withSecrets(NotifyMessages::build(target, event));
        if (!request) {
            qCInfo(lcNotify).noquote() << what << "not sent:" << request.error().message;
            record.error = request.error().message;
            record.storedError = request.error().stored;
            record.finishedUtc = QDateTime::currentDateTimeUtc();
            if (m_history) {
                const Result<qint64> saved = m_history->recordNotification(record);
                if (!saved)
                    qCWarning(lcNotify) << saved.error().message;
            }
            Q_EMIT deliveryFailed(tr("notification %1 (%2, %3) about %4 of %5 was not sent: %6")
                                      .arg(record.notify, record.kind, target.safeUrl(), record.event,
                                           record.job, request.error().message));
            continue;
        }
        m_sender->send(
            *request, target.timeoutSeconds * 1000, what,
            [this, record, safeUrl = target.safeUrl()](const NotifySender::Outcome& outcome) mutable {
                record.delivered = outcome.delivered;
                record.httpStatus = outcome.httpStatus;
                record.error = outcome.error;
                record.storedError = outcome.storedError;
                record.attempts = outcome.attempts;
                record.finishedUtc = QDateTime::currentDateTimeUtc();
                if (m_history) {
                    const Result<qint64> saved = m_history->recordNotification(record);
                    if (!saved)
                        qCWarning(lcNotify) << saved.error().message;
                }
                if (!outcome.delivered) {
                    Q_EMIT deliveryFailed(
                        tr("notification %1 (%2, %3) about %4 of %5 failed after %n attempt(s): %6", nullptr,
                           outcome.attempts)
                            .arg(record.notify, record.kind, safeUrl, record.event, record.job,
                                 outcome.error));
                }
            });
    }
}

Result<NotifyRequest> NotifyDispatcher::withSecrets(NotifyRequest request) const
{
    const SecretReference::Lookup known = [this](const QString& name) -> Result<QString> {
        return m_secrets.value(name, makeError(tr("secret %1 was not looked up").arg(name)));
    };
    const Result<QString> url =
        SecretReference::resolve(QString::fromLatin1(request.url.toEncoded()), known, true);
    if (!url)
        return tl::unexpected<Error>(url.error());
    request.url = QUrl::fromEncoded(url->toLatin1(), QUrl::StrictMode);
    for (auto& header : request.headers) {
        const Result<QString> value =
            SecretReference::resolve(QString::fromUtf8(header.second), known, false);
        if (!value)
            return tl::unexpected<Error>(value.error());
        header.second = value->toUtf8();
    }
    return request;
}

bool NotifyDispatcher::toldAlready(const NotifyConfig& target, const NotifyEvent& event) const
{
    // A job stays stale over many runs (cron every few minutes): it is news once, until a success
    // (event.startedUtc, the newest) ends the streak.
    if (event.event != QLatin1String("stale") || !m_history)
        return false;
    const Result<QDateTime> told = m_history->lastDelivered(target.name, event.job, event.event);
    if (!told) {
        qCWarning(lcNotify) << told.error().message;
        return false; // better twice than never
    }
    return told->isValid() && (!event.startedUtc.isValid() || *told > event.startedUtc);
}

bool NotifyDispatcher::isIdle() const
{
    return m_sender->inFlight() == 0;
}

void NotifyDispatcher::whenIdle(int maxWaitMs, std::function<void()> done)
{
    if (isIdle()) {
        done();
        return;
    }
    qCInfo(lcNotify) << "waiting at most" << maxWaitMs << "ms for" << m_sender->inFlight()
                     << "notification(s)";
    // One of the two ends it; the other finds `done` already taken.
    auto pending = std::make_shared<std::function<void()>>(std::move(done));
    auto finish = [pending] {
        if (*pending)
            std::exchange(*pending, nullptr)();
    };
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, timer, finish] {
        timer->deleteLater();
        m_sender->abandonAll(
            Message::of<NotifyDispatcher>(QT_TR_NOOP("the run ended before it could be sent")));
        finish();
    });
    connect(m_sender, &NotifySender::idle, timer, [timer, finish] {
        timer->stop();
        timer->deleteLater();
        finish();
    });
    timer->start(maxWaitMs);
}

} // namespace larder
