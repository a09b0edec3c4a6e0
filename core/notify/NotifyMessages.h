// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "notify/NotifyRequest.h"

#include <QString>

namespace larder {

struct NotifyConfig;
struct NotifyEvent;

// Which sections want an event, and the request each kind makes of it. Pure: tested without a network.
class NotifyMessages final
{
public:
    // The event as the section sees it, empty when it wants none: the event must be one the section
    // lists in `on`, of a job and server its filters let through. A "warning" (a success that looks
    // wrong) is a "success" to a section that lists only that.
    static QString seenAs(const NotifyConfig& target, const NotifyEvent& event);
    static bool wants(const NotifyConfig& target, const NotifyEvent& event)
    {
        return !seenAs(target, event).isEmpty();
    }
    // webhook: POST of WebhookPayload (JSON) with the custom headers; ping: GET of url plus the event's
    // suffix (start, fail, success); ntfy: POST of the summary with Title, Priority and Tags.
    static NotifyRequest build(const NotifyConfig& target, const NotifyEvent& event);
};

} // namespace larder
