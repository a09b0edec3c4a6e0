#pragma once

#include <QString>

namespace larder {

// How one hook command ended. ok: it ran and exited 0. Otherwise error says why in the reader's
// language (did not start, exit code, killed by a signal, timed out), and output keeps the end of
// what it wrote (stdout and stderr together), for history and the activity lines.
struct HookResult
{
    QString hook; // before_dump, after_dump, on_failure, after_run
    bool ok = false;
    bool timedOut = false;
    int exitCode = -1;
    QString error;
    QString output;         // the last HookRunner::kOutputLimit bytes, decoded as UTF-8
    bool truncated = false; // output lost its beginning
    qint64 elapsedMs = 0;
};

} // namespace larder
