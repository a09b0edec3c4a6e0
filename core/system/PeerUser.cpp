// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "system/PeerUser.h"

#include <QtGlobal>

#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

namespace larder {

std::optional<unsigned> PeerUser::uidOf(int socketDescriptor)
{
#if defined(Q_OS_LINUX)
    struct ucred credentials = {};
    socklen_t length = sizeof(credentials);
    if (socketDescriptor < 0 ||
        ::getsockopt(socketDescriptor, SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0 ||
        length != sizeof(credentials))
        return std::nullopt;
    return unsigned(credentials.uid);
#else
    // macOS and the BSDs have no SO_PEERCRED; getpeereid() asks the kernel the same (LOCAL_PEERCRED).
    uid_t uid = 0;
    gid_t gid = 0;
    if (socketDescriptor < 0 || ::getpeereid(socketDescriptor, &uid, &gid) != 0)
        return std::nullopt;
    return unsigned(uid);
#endif
}

bool PeerUser::isOwn(int socketDescriptor)
{
    const std::optional<unsigned> uid = uidOf(socketDescriptor);
    return uid && *uid == unsigned(::geteuid());
}

} // namespace larder
