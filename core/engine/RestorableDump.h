// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

namespace larder {

// What an engine found a dump to be before restoring it (DatabaseEngine::checkRestore).
struct RestorableDump
{
    QString formatName; // "custom", "plain (gzip)", "mariadb-dump script (gzip)", ...
    // Whether a partly restored target can be restored over (--clean); otherwise only dropping the
    // database starts over.
    bool cleanable = false;
};

} // namespace larder
