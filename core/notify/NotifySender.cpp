// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "notify/NotifySender.h"

#include "base/LogCategories.h"
#include "base/Message.h"
#include "config/NotifyConfig.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace larder {

struct NotifySender::Delivery
{
    NotifyRequest request;
    int timeoutMs = 0;
    QString what;
    Done done;
    int attempts = 0;
    QPointer<QNetworkReply> reply;
    QTimer* backoff = nullptr;
    bool timedOut = false;
};

namespace {

bool retryable(QNetworkReply::NetworkError error, int status)
{
    if (status == 408 || status == 429 || status >= 500)
        return true;
    return status == 0 && error != QNetworkReply::NoError;
}

// Qt's own wording may quote the whole url, token and all: keep only what safeUrl shows.
QString scrubbed(QString text, const QUrl& url)
{
    for (const QString& secret :
         {url.toString(), QString::fromUtf8(url.toEncoded()), url.path(), url.query()}) {
        if (secret.size() > 1)
            text.replace(secret, NotifyConfig::safeUrl(url));
    }
    return text;
}

} // namespace

NotifySender::NotifySender(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // A notification is a small request to a service that answers at once; no cookies, no cache.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

NotifySender::~NotifySender()
{
    for (const auto& delivery : std::as_const(m_deliveries)) {
        if (delivery->reply) {
            delivery->reply->disconnect(this);
            delivery->reply->abort();
        }
    }
}

void NotifySender::send(const NotifyRequest& request, int timeoutMs, const QString& what, Done done)
{
    auto delivery = std::make_shared<Delivery>();
    delivery->request = request;
    delivery->timeoutMs = timeoutMs;
    delivery->what = what;
    delivery->done = std::move(done);
    m_deliveries.append(delivery);
    ++m_inFlight;
    attempt(delivery);
}

void NotifySender::attempt(const std::shared_ptr<Delivery>& delivery)
{
    delivery->backoff = nullptr;
    ++delivery->attempts;
    delivery->timedOut = false;
    QNetworkRequest request(delivery->request.url);
    for (const auto& [name, value] : std::as_const(delivery->request.headers))
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("larder"));
    QNetworkReply* reply =
        delivery->request.method == "GET"
            ? m_network->get(request)
            : m_network->sendCustomRequest(request, delivery->request.method, delivery->request.body);
    delivery->reply = reply;
    // Our own timer rather than setTransferTimeout: it bounds the whole attempt, and says so.
    QTimer::singleShot(delivery->timeoutMs, reply, [delivery, reply] {
        delivery->timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, delivery, reply] { onReply(delivery, reply); });
}

void NotifySender::onReply(const std::shared_ptr<Delivery>& delivery, QNetworkReply* reply)
{
    reply->deleteLater();
    delivery->reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    Outcome outcome;
    outcome.attempts = delivery->attempts;
    outcome.httpStatus = status;
    if (status >= 200 && status < 300 && !delivery->timedOut) {
        outcome.delivered = true;
        qCInfo(lcNotify) << delivery->what << "delivered, HTTP" << status << "after" << delivery->attempts
                         << "attempt(s)";
        end(delivery, outcome);
        return;
    }
    // Kept language-neutral for history, which may be read in another language.
    Message message;
    if (delivery->timedOut) {
        message = Message::of<NotifySender>(QT_TR_N_NOOP("no answer within %n second(s)"))
                      .withCount((delivery->timeoutMs + 999) / 1000);
    } else if (status != 0) {
        const QString reason =
            QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray())
                .trimmed();
        message = reason.isEmpty()
                      ? Message::plain(QStringLiteral("HTTP %1").arg(status))
                      : Message::of<NotifySender>(QT_TR_NOOP("HTTP %1 %2")).arg(qint64(status)).arg(reason);
    } else {
        message = Message::plain(scrubbed(reply->errorString(), delivery->request.url));
    }
    outcome.error = message.toString();
    outcome.storedError = message.serialize();

    if ((delivery->timedOut || retryable(error, status)) && delivery->attempts < kMaxAttempts) {
        const int wait = kBackoffMs[delivery->attempts - 1];
        qCInfo(lcNotify) << delivery->what << "attempt" << delivery->attempts << "failed:" << outcome.error
                         << "- retrying in" << wait << "ms";
        delivery->backoff = new QTimer(this);
        delivery->backoff->setSingleShot(true);
        connect(delivery->backoff, &QTimer::timeout, this, [this, delivery] {
            delivery->backoff->deleteLater();
            attempt(delivery);
        });
        delivery->backoff->start(wait);
        return;
    }
    // Info: RunPipeline tells a person (a notice), once.
    qCInfo(lcNotify) << delivery->what << "failed after" << delivery->attempts
                     << "attempt(s):" << outcome.error;
    end(delivery, outcome);
}

void NotifySender::end(const std::shared_ptr<Delivery>& delivery, const Outcome& outcome)
{
    if (!m_deliveries.removeOne(delivery))
        return;
    --m_inFlight;
    if (delivery->done)
        delivery->done(outcome);
    if (m_inFlight == 0)
        Q_EMIT idle();
}

void NotifySender::abandonAll(const Message& why)
{
    const QList<std::shared_ptr<Delivery>> deliveries = m_deliveries;
    for (const auto& delivery : deliveries) {
        if (delivery->reply) {
            delivery->reply->disconnect(this);
            delivery->reply->abort();
            delivery->reply->deleteLater();
        }
        if (delivery->backoff) {
            delivery->backoff->stop();
            delivery->backoff->deleteLater();
        }
        Outcome outcome;
        outcome.attempts = delivery->attempts;
        outcome.error = why.toString();
        outcome.storedError = why.serialize();
        qCInfo(lcNotify) << delivery->what << "abandoned after" << delivery->attempts
                         << "attempt(s):" << outcome.error;
        end(delivery, outcome);
    }
}

} // namespace larder
