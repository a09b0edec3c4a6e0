// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "live/RateWindow.h"

namespace larder {

void RateWindow::add(qint64 ms, qint64 bytes)
{
    m_samples.append(Sample{ms, bytes});
    while (m_samples.size() > 2 && m_samples.at(1).ms <= ms - kWindowMs)
        m_samples.removeFirst();
}

qint64 RateWindow::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample& first = m_samples.constFirst();
    const Sample& last = m_samples.constLast();
    const qint64 spanMs = last.ms - first.ms;
    if (spanMs <= 0)
        return 0;
    return (last.bytes - first.bytes) * 1000 / spanMs;
}

} // namespace larder
