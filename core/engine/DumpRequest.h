// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/JobConfig.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace larder {

struct DumpRequest
{
    JobConfig job;
    std::optional<QString> password; // from the keychain; nullopt: libpq's own lookup
    QDateTime startedUtc;            // names the file: <job>_<yyyyMMddTHHmmssZ>
};

} // namespace larder
