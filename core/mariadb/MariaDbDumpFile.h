// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

namespace larder {

// A mariadb-dump script on disk, plain or gzip-compressed (zlib reads both).
class MariaDbDumpFile final
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbDumpFile)

public:
    // The "-- Server version" line of the dump's header (e.g. "10.11.6-MariaDB-0+deb12u1"); empty
    // when the first 16 KiB hold none.
    static QString serverVersion(const QString& path);
    // Reads the whole dump: a compressed stream must end where gzip ends it, and the script must end
    // with mariadb-dump's "-- Dump completed" line, which it writes only after the last table. What is
    // wrong, language-neutral, naming the file; nullopt when complete. interrupt stops it between
    // blocks (then the message says so).
    // What a globals dump (mariadb-dump --system=users) would create: "users `a`@`%`, ...; roles r",
    // read from its CREATE USER / CREATE ROLE lines; "no users" when it has none.
    static QString usersSummary(const QString& path);
    static std::optional<Message> checkComplete(const QString& path,
                                                const std::atomic_bool* interrupt = nullptr);
};

} // namespace larder
