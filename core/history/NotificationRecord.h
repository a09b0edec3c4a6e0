#pragma once

#include <QDateTime>
#include <QString>

namespace larder {

// One notification's delivery as history keeps it (schema v4): to which [notify.NAME], about what, and
// how it ended. error never holds the url (NotifyConfig::safeUrl).
struct NotificationRecord
{
    qint64 id = 0;
    QString notify; // the section's NAME
    QString kind;   // "webhook", "ping", "ntfy"
    QString event;  // "start", "success", "failure", "warning", "stale"
    QString job;
    QString server;
    bool delivered = false;
    int httpStatus = 0; // 0: no answer
    QString error;
    int attempts = 0;
    QDateTime finishedUtc;
};

} // namespace larder
