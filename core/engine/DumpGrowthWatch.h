// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "engine/DumpFollower.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace larder {

// The progress and stall bookkeeping of a running dump, whichever engine's: the size of its
// .partial output, sampled every half second, with progress() when it changed, grew() when it grew
// (a stall is over) and idle() at every sample once it has not grown for stallAfter(). Asking the
// server what an idle dump waits for is the engine's part. Meanwhile what is written goes on to the
// disk, and is hashed where the format allows (DumpFollower), so that little is left for the end.
class DumpGrowthWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DumpGrowthWatch)

public:
    static constexpr int kDefaultStallAfterMs = 5'000;

    explicit DumpGrowthWatch(QObject* parent = nullptr);

    void setStallAfter(int milliseconds) { m_stallAfterMs = milliseconds; }
    int stallAfter() const { return m_stallAfterMs; }
    // Sampling partialPath, from the tool's start until stop(); hashing: see DumpFollower.
    void start(const QString& partialPath, DumpFollower::Hashing hashing = DumpFollower::Hashing::AtTheEnd);
    // Also ends the follower: returns once its thread has.
    void stop();
    // After stop(): what was hashed while the tool wrote, for DumpFinalizer::finalize().
    HashedPrefixes takeHashedPrefixes() { return m_follower.takeHashedPrefixes(); }
    // One sample now, as the timer takes them.
    void sample();
    // The next sample counts as growth and progress: the tool starts over.
    void forgetSize() { m_lastBytes = -1; }
    // Not grown for stallAfter().
    bool isIdle() const;

Q_SIGNALS:
    void progress(qint64 bytes);
    void grew();
    void idle();

private:
    QString m_partialPath;
    QTimer m_timer;
    qint64 m_lastBytes = -1;
    int m_stallAfterMs = kDefaultStallAfterMs;
    QElapsedTimer m_sinceGrowth;
    DumpFollower m_follower;
};

} // namespace larder
