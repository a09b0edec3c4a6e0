// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "live/RemainingTime.h"

using namespace larder;

std::optional<qint64> RemainingTime::estimateMs(qint64 bytes, qint64 estimate, qint64 elapsedMs)
{
    if (estimate <= 0 || bytes <= 0)
        return std::nullopt;
    if (bytes >= estimate)
        return 0;
    if (elapsedMs < kMinElapsedMs || double(bytes) < double(estimate) * kMinFraction)
        return std::nullopt;
    const double bytesPerMs = double(bytes) / double(elapsedMs);
    return qint64(double(estimate - bytes) / bytesPerMs);
}
