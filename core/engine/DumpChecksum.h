// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QString>

namespace larder {

// Before a restore: is the dump still the one history recorded? Blocking (hashes the whole dump).
class DumpChecksum final
{
    Q_DECLARE_TR_FUNCTIONS(DumpChecksum)

public:
    DumpChecksum() = delete;

    // Compares the dump (for a directory: its .sha256 manifest, and every file listed) with sha256;
    // the error names the file that changed and says what to restore instead.
    static Result<void> check(const QString& dumpPath, const QString& sha256);
};

} // namespace larder
