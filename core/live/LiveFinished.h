#pragma once

#include "run/JobEvent.h"

#include <QString>

#include <array>
#include <tuple>

namespace larder {

// A job of the run that has ended: succeeded (with its file), failed or cancelled (with the first
// line of the error; the rest is in the log and the history).
struct LiveFinished
{
    QString job;
    QString server;
    JobState state = JobState::Failed;
    QString error;
    QString path;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;

    // The fields in one order, with their JSON names (LiveJson), once.
    static constexpr std::array kNames{"job", "server", "state", "error", "path", "bytes", "elapsedMs"};
    auto tie() { return std::tie(job, server, state, error, path, bytes, elapsedMs); }
    auto tie() const { return std::tie(job, server, state, error, path, bytes, elapsedMs); }
    bool operator==(const LiveFinished& other) const { return tie() == other.tie(); }
};

} // namespace larder
