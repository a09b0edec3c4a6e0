// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "live/LiveRunState.h"

#include "live/LiveJson.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace larder {

namespace {

QJsonObject limitsToJson(const QMap<QString, int>& limits)
{
    QJsonObject object;
    for (auto limit = limits.cbegin(); limit != limits.cend(); ++limit)
        object.insert(limit.key(), limit.value());
    return object;
}

QMap<QString, int> limitsFromJson(const QJsonObject& object)
{
    QMap<QString, int> limits;
    for (auto limit = object.constBegin(); limit != object.constEnd(); ++limit)
        limits.insert(limit.key(), limit.value().toInt());
    return limits;
}

auto tied(const LiveRunState& state)
{
    return std::tie(state.configPath, state.maxParallel, state.serverLimits, state.due, state.running,
                    state.waiting, state.activity, state.activityTotal, state.finished, state.over,
                    state.cancelled, state.error);
}

} // namespace

int LiveRunState::count(JobState state) const
{
    return int(std::count_if(finished.cbegin(), finished.cend(),
                             [state](const LiveFinished& job) { return job.state == state; }));
}

void LiveRunState::addActivity(const LiveActivity& line)
{
    activity.append(line);
    ++activityTotal;
    if (activity.size() > kActivityLines)
        activity.remove(0, activity.size() - kActivityLines);
}

QList<LiveActivity> LiveRunState::activitySince(qint64 seen) const
{
    const qint64 added = activityTotal - seen;
    if (added <= 0)
        return {};
    return activity.mid(qMax<qint64>(0, activity.size() - added));
}

QJsonObject LiveRunState::toJson() const
{
    return QJsonObject{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("config"), configPath},
        {QStringLiteral("maxParallel"), maxParallel},
        {QStringLiteral("serverLimits"), limitsToJson(serverLimits)},
        {QStringLiteral("due"), due},
        {QStringLiteral("running"), LiveJson::toArray(running)},
        {QStringLiteral("waiting"), LiveJson::toArray(waiting)},
        {QStringLiteral("activity"), LiveJson::toArray(activity)},
        {QStringLiteral("activityTotal"), activityTotal},
        {QStringLiteral("finished"), LiveJson::toArray(finished)},
        {QStringLiteral("over"), over},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("error"), error},
    };
}

Result<LiveRunState> LiveRunState::fromJson(const QJsonObject& json)
{
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version != kVersion)
        return makeError(QCoreApplication::translate(
                             "larder::LiveRunState",
                             "the live state of a run is of version %1; this Larder reads version %2")
                             .arg(version)
                             .arg(kVersion));
    LiveRunState state;
    state.configPath = json.value(QStringLiteral("config")).toString();
    state.maxParallel = json.value(QStringLiteral("maxParallel")).toInt();
    state.serverLimits = limitsFromJson(json.value(QStringLiteral("serverLimits")).toObject());
    state.due = json.value(QStringLiteral("due")).toInt();
    state.running = LiveJson::fromArray<LiveDump>(json.value(QStringLiteral("running")));
    state.waiting = LiveJson::fromArray<LiveWaiting>(json.value(QStringLiteral("waiting")));
    state.activity = LiveJson::fromArray<LiveActivity>(json.value(QStringLiteral("activity")));
    state.activityTotal = json.value(QStringLiteral("activityTotal")).toInteger();
    state.finished = LiveJson::fromArray<LiveFinished>(json.value(QStringLiteral("finished")));
    state.over = json.value(QStringLiteral("over")).toBool();
    state.cancelled = json.value(QStringLiteral("cancelled")).toBool();
    state.error = json.value(QStringLiteral("error")).toString();
    return state;
}

bool LiveRunState::operator==(const LiveRunState& other) const
{
    return tied(*this) == tied(other);
}

} // namespace larder
