// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "engine/DumpGrowthWatch.h"

#include "engine/DumpFinalizer.h"

namespace larder {

namespace {

constexpr int kSampleIntervalMs = 500;

} // namespace

DumpGrowthWatch::DumpGrowthWatch(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(kSampleIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DumpGrowthWatch::sample);
}

void DumpGrowthWatch::start(const QString& partialPath, DumpFollower::Hashing hashing)
{
    m_partialPath = partialPath;
    m_timer.start();
    m_sinceGrowth.start();
    m_follower.start(partialPath, hashing);
}

void DumpGrowthWatch::stop()
{
    m_timer.stop();
    m_follower.stop();
}

void DumpGrowthWatch::sample()
{
    const qint64 bytes = DumpFinalizer::sizeOnDisk(m_partialPath);
    // Growth first: a stall that ends is said over before the progress that ended it.
    if (bytes > m_lastBytes || !m_sinceGrowth.isValid()) {
        m_sinceGrowth.start();
        Q_EMIT grew();
    } else if (m_sinceGrowth.hasExpired(m_stallAfterMs)) {
        Q_EMIT idle();
    }
    if (bytes != m_lastBytes) {
        m_lastBytes = bytes;
        Q_EMIT progress(bytes);
    }
}

bool DumpGrowthWatch::isIdle() const
{
    return m_sinceGrowth.isValid() && m_sinceGrowth.hasExpired(m_stallAfterMs);
}

} // namespace larder
