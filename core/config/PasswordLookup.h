// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace larder {

struct ServerConfig;

// How whoever reaches a server finds its password: the OS keychain's in the commands and the desktop
// app (CredentialStore::readPassword), another in tests. nullopt: none stored, libpq's own fallbacks
// (~/.pgpass, peer) apply.
using PasswordLookup = std::function<std::optional<QString>(const ServerConfig&)>;

} // namespace larder
