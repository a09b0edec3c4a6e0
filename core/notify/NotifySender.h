// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "notify/NotifyRequest.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace larder {

class Message;

// Sends requests without ever blocking: each gets a per-attempt timeout and up to kMaxAttempts
// attempts, waiting kBackoffMs between them, while the event loop runs on (dumps included). Retries
// follow no answer, 408, 429 and 5xx; another status is final. Main thread.
class NotifySender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifySender)

public:
    static constexpr int kMaxAttempts = 3;
    static constexpr int kBackoffMs[kMaxAttempts - 1] = {1000, 4000};

    struct Outcome
    {
        bool delivered = false;
        int httpStatus = 0;  // 0: no answer
        QString error;       // empty when delivered; never the url itself
        QString storedError; // error, language-neutral (Message::serialize()), for history
        int attempts = 0;
    };
    using Done = std::function<void(const Outcome&)>;

    explicit NotifySender(QObject* parent = nullptr);
    // Aborts what is in flight; no callbacks.
    ~NotifySender() override;

    // done is called once, on this thread, after the last attempt. what: a name for the log lines.
    void send(const NotifyRequest& request, int timeoutMs, const QString& what, Done done);
    int inFlight() const { return m_inFlight; }
    // Ends every delivery now: those in flight or waiting for a retry end as failed with `why`.
    void abandonAll(const Message& why);

Q_SIGNALS:
    void idle(); // the last delivery ended

private:
    struct Delivery;
    void attempt(const std::shared_ptr<Delivery>& delivery);
    void onReply(const std::shared_ptr<Delivery>& delivery, QNetworkReply* reply);
    void end(const std::shared_ptr<Delivery>& delivery, const Outcome& outcome);

    QNetworkAccessManager* m_network = nullptr;
    QList<std::shared_ptr<Delivery>> m_deliveries;
    int m_inFlight = 0;
};

} // namespace larder
