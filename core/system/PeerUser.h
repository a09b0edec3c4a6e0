// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <optional>

namespace larder {

// Who is at the other end of a connected Unix socket, as the kernel says (SO_PEERCRED; getpeereid()
// on macOS): the status
// channel serves only the user who runs Larder.
class PeerUser final
{
public:
    // The peer's effective uid; empty if the kernel cannot tell (not a Unix socket).
    static std::optional<unsigned> uidOf(int socketDescriptor);
    // The peer is this process's own user.
    static bool isOwn(int socketDescriptor);
};

} // namespace larder
