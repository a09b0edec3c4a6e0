// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"
#include "engine/DumpReadLimits.h"

#include <QString>

#include <optional>

namespace larder {

// Reads a PostgreSQL archive dump (custom, directory, tar) back with pg_restore and no server: its
// table of contents, then every data block (a custom dump cut short still has an intact table of
// contents). Blocking.
class PgArchiveReader final
{
public:
    PgArchiveReader() = delete;

    // What is wrong, language-neutral (in Verifier's words, which history stores), naming the file;
    // nullopt when pg_restore reads it whole. pgDumpVersion picks a pg_restore of the same major.
    static std::optional<Message> read(const QString& path, const QString& pgDumpVersion,
                                       const DumpReadLimits& limits);
};

} // namespace larder
