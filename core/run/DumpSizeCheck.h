// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"

#include <QList>
#include <QtGlobal>

#include <optional>

namespace larder {

// Whether a successful dump is suspiciously small: smaller than min_size_ratio times the median of
// the job's last kSamples successful dumps (pruned ones count, as do earlier suspicious ones, so a
// database that really shrank stops warning once most recent dumps are small). With fewer than
// kMinSamples earlier dumps, or a ratio of 0, nothing is judged. Pure: no history, no clock.
class DumpSizeCheck final
{
public:
    static constexpr int kSamples = 5;
    static constexpr int kMinSamples = 3;

    // earlier: the sizes of the job's earlier successful dumps, newest first; only the first
    // kSamples are used. The warning, language-neutral, or nothing.
    static std::optional<Message> judge(qint64 bytes, const QList<qint64>& earlier, double minRatio);
    // The middle value; the mean of the two middle ones for an even count; 0 for none.
    static double median(QList<qint64> sizes);
};

} // namespace larder
