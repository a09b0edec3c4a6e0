// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "base/Interrupt.h"

namespace larder {

// How long reading a whole dump back may take (the job's timeout), and a flag that stops it early.
struct DumpReadLimits
{
    int timeoutMs = 6 * 3600 * 1000; // the built-in job timeout
    Interrupt interrupt;
};

} // namespace larder
