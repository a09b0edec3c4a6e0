// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "history/HistoryRecord.h"

namespace larder {

QString attemptStatusName(AttemptStatus status)
{
    switch (status) {
    case AttemptStatus::Running:
        return QStringLiteral("running");
    case AttemptStatus::Success:
        return QStringLiteral("success");
    case AttemptStatus::Failed:
        return QStringLiteral("failed");
    case AttemptStatus::Interrupted:
        return QStringLiteral("interrupted");
    case AttemptStatus::Cancelled:
        return QStringLiteral("cancelled");
    case AttemptStatus::Pruned:
        return QStringLiteral("pruned");
    }
    return QString();
}

QString triggerName(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Schedule:
        return QStringLiteral("schedule");
    case Trigger::Manual:
        return QStringLiteral("manual");
    }
    return QString();
}

std::optional<AttemptStatus> attemptStatusFromName(const QString& name)
{
    for (const auto status : {AttemptStatus::Running, AttemptStatus::Success, AttemptStatus::Failed,
                              AttemptStatus::Interrupted, AttemptStatus::Cancelled, AttemptStatus::Pruned}) {
        if (attemptStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

std::optional<Trigger> triggerFromName(const QString& name)
{
    for (const auto trigger : {Trigger::Schedule, Trigger::Manual}) {
        if (triggerName(trigger) == name)
            return trigger;
    }
    return std::nullopt;
}

qint64 HistoryRecord::durationMs() const
{
    if (!startedUtc.isValid() || !finishedUtc.isValid())
        return 0;
    return startedUtc.msecsTo(finishedUtc);
}

} // namespace larder
