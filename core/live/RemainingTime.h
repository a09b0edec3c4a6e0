// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QtGlobal>

#include <optional>

namespace larder {

// How long a running dump still needs, from its rate so far and the size of the previous dump. Pure logic,
// so that the rule is testable.
//
// pg_dump writes a header at once, then nothing while it reads the catalogue: the rate of the first seconds
// says nothing about the rest (a dump that took 1 s showed "~2 h 33 min"). So no estimate until the dump
// has run kMinElapsedMs and written kMinFraction of the estimate.
class RemainingTime final
{
public:
    static constexpr qint64 kMinElapsedMs = 5000;
    static constexpr double kMinFraction = 0.02;

    // Milliseconds left; nullopt while the rate has not settled or without an estimate (estimate <= 0).
    // A dump already past the estimate has 0 left (it ends when it ends).
    static std::optional<qint64> estimateMs(qint64 bytes, qint64 estimate, qint64 elapsedMs);
};

} // namespace larder
