// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "TimelineLayout.h"

#include <algorithm>

using namespace larder;

namespace {

// x of a time on the axis, unclipped.
double xAt(const QDateTime& utc, const TimelineLayout::Input& input)
{
    const double span = double(input.fromUtc.msecsTo(input.toUtc));
    return span <= 0 ? 0 : double(input.fromUtc.msecsTo(utc)) / span * input.width;
}

QString laneOf(const QString& job, const QString& server, TimelineLayout::Lanes lanes)
{
    return lanes == TimelineLayout::Lanes::ByServer ? server : job;
}

} // namespace

TimelineLayout::Kind TimelineLayout::kindOf(const Attempt& attempt)
{
    switch (attempt.status) {
    case AttemptStatus::Running:
        return Kind::Running;
    case AttemptStatus::Success:
    case AttemptStatus::Pruned: // a success whose dump retention has deleted since
        return attempt.warning ? Kind::Warning : Kind::Success;
    case AttemptStatus::Failed:
    case AttemptStatus::Interrupted:
        return Kind::Failed;
    case AttemptStatus::Cancelled:
        return Kind::Cancelled;
    }
    return Kind::Failed;
}

TimelineLayout::Attempt TimelineLayout::attemptOf(const HistoryRecord& record)
{
    return Attempt{record.id,
                   record.job,
                   record.server,
                   record.startedUtc,
                   record.finishedUtc,
                   record.status,
                   !record.warning.isEmpty()};
}

TimelineLayout TimelineLayout::compute(const Input& input)
{
    TimelineLayout layout;
    for (const Attempt& attempt : input.attempts)
        layout.m_lanes << laneOf(attempt.job, attempt.server, input.lanes);
    for (const ExpectedOperation& operation : input.planned)
        layout.m_lanes << laneOf(operation.job, operation.server, input.lanes);
    layout.m_lanes.removeDuplicates();
    layout.m_lanes.sort();

    // A mark from start to end in the job's lane, clipped to the window; none when wholly outside.
    const auto add = [&](const QString& job, const QString& server, const QDateTime& startUtc,
                         const QDateTime& endUtc, Kind kind, qint64 attemptId) -> Mark* {
        if (!startUtc.isValid() || !endUtc.isValid() || endUtc < input.fromUtc || startUtc > input.toUtc)
            return nullptr;
        Mark mark;
        mark.lane = int(layout.m_lanes.indexOf(laneOf(job, server, input.lanes)));
        mark.x0 = std::clamp(xAt(startUtc, input), 0.0, input.width);
        mark.x1 = std::clamp(xAt(endUtc, input), 0.0, input.width);
        mark.x1 = std::max(mark.x1, mark.x0 + kMinWidth);
        mark.kind = kind;
        mark.job = job;
        mark.server = server;
        mark.attemptId = attemptId;
        mark.startUtc = startUtc;
        mark.endUtc = endUtc;
        layout.m_marks << mark;
        return &layout.m_marks.last();
    };

    for (const Attempt& attempt : input.attempts) {
        // A running attempt reaches now; one history never saw end (a crash) is a moment.
        const QDateTime end = attempt.endUtc.isValid()                   ? attempt.endUtc
                              : attempt.status == AttemptStatus::Running ? input.nowUtc
                                                                         : attempt.startUtc;
        add(attempt.job, attempt.server, attempt.startUtc, end, kindOf(attempt), attempt.id);
    }
    for (const ExpectedOperation& operation : input.planned) {
        if (operation.startUtc > operation.atUtc) {
            if (Mark* wait = add(operation.job, operation.server, operation.atUtc, operation.startUtc,
                                 Kind::Waiting, 0))
                wait->waitsFor = operation.waitsFor;
        }
        if (Mark* planned =
                add(operation.job, operation.server, operation.startUtc, operation.endUtc, Kind::Planned, 0))
            planned->durationKnown = operation.durationKnown;
    }
    std::stable_sort(layout.m_marks.begin(), layout.m_marks.end(), [](const Mark& a, const Mark& b) {
        return a.lane != b.lane ? a.lane < b.lane : a.x0 < b.x0;
    });

    if (input.nowUtc >= input.fromUtc && input.nowUtc <= input.toUtc)
        layout.m_nowX = xAt(input.nowUtc, input);
    return layout;
}

const TimelineLayout::Mark* TimelineLayout::markAt(int lane, double x) const
{
    const Mark* found = nullptr;
    for (const Mark& mark : m_marks) {
        if (mark.lane == lane && x >= mark.x0 && x <= mark.x1)
            found = &mark; // sorted by x0: the last one that covers x is the later one
    }
    return found;
}
