// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

namespace larder {

// This host's name in a shared history (host_id): recorded on every attempt and claim, named in
// its connections to the history, and what retention compares a dump's host with. Process-wide, as the pid
// recorded beside it is, and set from the config each time it is read.
class HostIdentity final
{
public:
    HostIdentity() = delete;

    // The name set, or else the machine's host name.
    static QString current();
    // host_id from the config; empty: the machine's host name.
    static void set(const QString& id);
};

} // namespace larder
