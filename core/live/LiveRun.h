// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "live/LiveRunState.h"
#include "live/RateWindow.h"
#include "run/JobEvent.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace larder {

struct PlannedJob;
struct RunResult;
struct RunSummary;
enum class Trigger;

// Keeps a LiveRunState up to date from a run's signals, for views outside the desktop window (the
// terminal, the status channel, and through it the desktop window). The estimate of a dump is the
// size of the job's previous successful dump, as the run's plan has it (PlannedJob::lastBytes, read
// from history), for every view alike; a lookup given instead answers it (tests).
class LiveRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveRun)

public:
    using EstimateLookup = std::function<qint64(const QString& job)>; // 0: no estimate
    using Clock = std::function<qint64()>;                            // monotonic ms

    // estimate: empty for the plan's; clock: monotonicMs() when empty (tests pass their own).
    LiveRun(QString configPath, int maxParallel, EstimateLookup estimate, Clock clock = {},
            QObject* parent = nullptr);
    ~LiveRun() override;

    // Follows a RunPipeline, or anything with its signals (a test's stand-in).
    template <class Source>
    void follow(Source& source)
    {
        connect(&source, &Source::planned, this, &LiveRun::onPlanned);
        connect(&source, &Source::dumpsStarted, this, &LiveRun::onDumpsStarted);
        connect(&source, &Source::jobChanged, this, &LiveRun::onJobChanged);
        connect(&source, &Source::jobProgress, this, &LiveRun::onJobProgress);
        connect(&source, &Source::jobActivity, this, &LiveRun::onJobActivity);
        connect(&source, &Source::jobStalled, this, &LiveRun::onJobStalled);
        connect(&source, &Source::dumpsFinished, this, &LiveRun::onDumpsFinished);
        connect(&source, &Source::finished, this, &LiveRun::onFinished);
    }

    const LiveRunState& state() const { return m_state; }

    // The clock of LiveDump's times, the same in every process of the machine (CLOCK_MONOTONIC).
    static qint64 monotonicMs();

Q_SIGNALS:
    void changed();

private:
    void onPlanned(const QList<PlannedJob>& plan, const QList<PlannedJob>& selected);
    void onDumpsStarted(const QStringList& jobs, Trigger trigger);
    void onJobChanged(const JobEvent& event);
    void onJobProgress(const QString& job, qint64 bytesWritten);
    void onJobActivity(const QString& job, const QString& line, bool notice);
    void onJobStalled(const QString& job, const QString& why);
    void onDumpsFinished(const RunSummary& summary);
    void onFinished(const RunResult& result);

    void wait(const JobEvent& event);
    void start(const JobEvent& event);
    void finish(const JobEvent& event);
    void forget(const QString& job);
    LiveDump* runningDump(const QString& job);

    EstimateLookup m_estimate;
    Clock m_clock;
    LiveRunState m_state;
    QHash<QString, RateWindow> m_rates; // by running job
    QHash<QString, qint64> m_lastBytes; // by job: the plan's size of its last successful dump
};

} // namespace larder
