// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QList>
#include <QtGlobal>

namespace larder {

// A dump's rate over its last few seconds, from (time, bytes written) samples: the rate since the
// start would hide that a dump has slowed down or stopped. Pure logic.
class RateWindow final
{
public:
    static constexpr qint64 kWindowMs = 5000;

    // ms: monotonic, not before the previous sample.
    void add(qint64 ms, qint64 bytes);
    // 0 until two samples span some time.
    qint64 bytesPerSecond() const;

private:
    struct Sample
    {
        qint64 ms = 0;
        qint64 bytes = 0;
    };

    QList<Sample> m_samples; // oldest first; the first is the newest one at or before the window
};

} // namespace larder
