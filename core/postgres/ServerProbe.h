// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "engine/ServerInfo.h"

#include <atomic>
#include <memory>

namespace larder {

class PgConnection;
class PgSession;

// What Larder asks a server before working with it: its version (which pg_dump fits, what the
// history records) and whether the role is a superuser (pg_dumpall's role passwords, a restore's
// owners). The engine, the dump tasks and restores all ask through here, so that a task need not
// reach back up to the engine that made it.
class ServerProbe final
{
public:
    // Connects and describes. Blocking, bounded by the server's connect_timeout: use off the GUI
    // thread. Errors name the database and the server and suggest a fix (for a server that refuses
    // or does not answer: "is the server running and reachable at HOST:PORT?").
    // interrupt: set from another thread, ends the probe within a fraction of a second.
    static Result<ServerInfo> probe(const PgConnection& connection,
                                    std::shared_ptr<std::atomic_bool> interrupt = {});
    // What probe() learns, from a session that is already open.
    static ServerInfo describe(PgSession& session);
};

} // namespace larder
