// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

// A loopback TCP port that nothing listens on now, for a test's server (PgCluster, MariaDbServer).
namespace FreePort {

// A port in 20000-40000 that could be bound just now; 0 when none was found.
int pick();

} // namespace FreePort
