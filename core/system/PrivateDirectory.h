// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QString>

namespace larder {

// Directories that hold dumps, history or locks: missing ones (and missing parents) are created
// with mode 0700; existing ones keep the mode the user gave them, except a job's own directory
// (makeOwned), which only Larder writes to.
class PrivateDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(PrivateDirectory)

public:
    static Result<void> make(const QString& path);
    // make(), then for a job's directory <dump_dir>/<job>: it must be a real directory (not a link),
    // and group or world write permission is removed when it is the current user's (logged once) or
    // refused when it is someone else's, since whoever can write there could swap dumps for links.
    // dump_dir itself is left as it is: it may be a shared place.
    static Result<void> makeOwned(const QString& path);
    // /tmp/larder-<euid>, made if missing: a directory of this user's, mode 0700, not a link. For what
    // must be found by path whatever TMPDIR says (status sockets, secrets for child tools) and may be
    // reached only by this user. Errors say what is in the way.
    static Result<QString> userTemporary();
};

} // namespace larder
