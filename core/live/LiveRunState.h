// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "live/LiveActivity.h"
#include "live/LiveDump.h"
#include "live/LiveFinished.h"
#include "live/LiveWaiting.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace larder {

// Everything a live view of one run shows, as plain values: the terminal view renders it, and it is
// shaped to travel as one line of JSON (toJson) to a watcher in another process.
struct LiveRunState
{
    static constexpr int kVersion = 1;        // of the JSON; a reader refuses another
    static constexpr int kActivityLines = 20; // the newest lines kept

    QString configPath;
    int maxParallel = 1;             // the run's limit of dumps at once
    QMap<QString, int> serverLimits; // each server of the run: its limit of dumps at once
    int due = 0;                     // the jobs this run dumps
    QList<LiveDump> running;         // in starting order
    QList<LiveWaiting> waiting;      // in the coordinator's order
    QList<LiveActivity> activity;    // of the running dumps, oldest first
    qint64 activityTotal = 0;        // lines ever added: a watcher tells new lines from those it has
    QList<LiveFinished> finished;    // in finishing order
    bool over = false;               // the dumps (or the run before them) ended
    bool cancelled = false;
    QString error; // why the run ended before its dumps, if it did

    int done() const { return count(JobState::Succeeded); }
    int failed() const { return count(JobState::Failed); }
    int cancelledJobs() const { return count(JobState::Cancelled); }
    int count(JobState state) const;

    // Appends a line and forgets the oldest beyond kActivityLines.
    void addActivity(const LiveActivity& line);
    // The lines added since a state whose activityTotal was `seen` (those still kept).
    QList<LiveActivity> activitySince(qint64 seen) const;

    QJsonObject toJson() const;
    static Result<LiveRunState> fromJson(const QJsonObject& json);

    bool operator==(const LiveRunState& other) const;
};

} // namespace larder
