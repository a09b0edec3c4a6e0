// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/Config.h"

namespace larder {

const JobConfig* Config::job(const QString& name) const
{
    for (const JobConfig& j : jobs) {
        if (j.name == name)
            return &j;
    }
    return nullptr;
}

} // namespace larder
