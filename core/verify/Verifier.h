// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "engine/DumpReadLimits.h"
#include "history/HistoryRecord.h"

#include <QCoreApplication>
#include <QString>

namespace larder {

class DatabaseEngine;
class History;

// Checks that a dump on disk is still the dump that was written: SHA-256 against history and
// the `<path>.sha256` sidecar (every line of a directory dump's manifest), and that the engine that
// wrote it can read it back to its end (DatabaseEngine::readDump). Reads only: never writes, never touches a
// `.partial`. Blocking (hashes the whole dump): call it off the GUI thread.
class Verifier final
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    struct Finding
    {
        // "ok", "mismatch" (the bytes changed), "error" (missing, unreadable), or from
        // verifyAndRecord only, "pruned" (a run pruned it meanwhile: no damage)
        QString status;
        QString detail;       // empty when ok; else every problem found, each naming its path
        QString storedDetail; // detail, language-neutral (Message::serialize()): what history records
        bool ok() const { return status == QLatin1String("ok"); }
    };

    // Reading the dump back is bounded by limits.timeoutMs (the job's timeout) and stopped early when
    // limits.interrupt is set: then the finding is an error saying so.
    using Limits = DumpReadLimits;
    static Finding verify(const DatabaseEngine& engine, const HistoryRecord& dump)
    {
        return verify(engine, dump, Limits());
    }
    static Finding verify(const DatabaseEngine& engine, const HistoryRecord& dump, const Limits& limits);

    struct Recorded
    {
        Finding finding;
        QString recordError; // why history could not record the result; empty when it could
    };
    // verify(), and the result recorded in history, unless a run pruned the dump meanwhile: verifying
    // takes no run lock, so as not to hold up dumps for as long as it reads, and a dump pruned under
    // it is no damage. Then the status is "pruned" and nothing is recorded.
    static Recorded verifyAndRecord(const DatabaseEngine& engine, History& history, const HistoryRecord& dump)
    {
        return verifyAndRecord(engine, history, dump, Limits());
    }
    static Recorded verifyAndRecord(const DatabaseEngine& engine, History& history, const HistoryRecord& dump,
                                    const Limits& limits);
    // The second half of verifyAndRecord, for a finding made on another thread (history is the
    // calling thread's).
    static Recorded record(History& history, const HistoryRecord& dump, const Finding& finding);
};

} // namespace larder
