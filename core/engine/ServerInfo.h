// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

#include <optional>

namespace larder {

// What a probe learned about a server.
struct ServerInfo
{
    int versionNumber = 0; // e.g. 150004 (libpq's PQserverVersion)
    QString versionString; // e.g. "15.4"
    // rolsuper of the connecting role; nullopt when the server would not say. pg_dumpall needs it to
    // read role passwords.
    std::optional<bool> superuser;
    int majorVersion() const { return versionNumber >= 100000 ? versionNumber / 10000 : versionNumber / 100; }
};

} // namespace larder
