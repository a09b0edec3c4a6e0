// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
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
    QString kind;   // NotifyConfig::kindName: "webhook", "ping", "ntfy", "slack", ...
    QString event;  // "start", "success", "failure", "warning", "stale"
    QString job;
    QString server;
    bool delivered = false;
    int httpStatus = 0; // 0: no answer
    // Read back in the reader's language (Message::display()).
    QString error;
    // error, language-neutral (Message::serialize()): written instead of error when set; not read.
    QString storedError;
    int attempts = 0;
    QDateTime finishedUtc;
};

} // namespace larder
