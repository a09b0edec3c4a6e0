// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace larder {

struct NotifyEvent;

// The webhook's JSON body, documented in docs/notifications.md. Versioned: a change that removes or
// renames a field raises kVersion; new fields may appear within a version.
class WebhookPayload final
{
public:
    static constexpr int kVersion = 1;

    static QJsonObject toJson(const NotifyEvent& event);
    static QByteArray toBytes(const NotifyEvent& event); // compact UTF-8
};

} // namespace larder
