#pragma once

#include "HistoryRecord.h"

#include <QCoreApplication>
#include <QString>

namespace larder {

// Checks that a dump on disk is still the dump that was written: SHA-256 against history and
// the `<path>.sha256` sidecar (every line of a directory dump's manifest), and for archive formats
// that pg_restore can read it to the end. Reads only: never writes, never touches a `.partial`.
// Blocking (hashes the whole dump): call it off the GUI thread.
class Verifier final
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)

public:
    struct Finding
    {
        QString status; // "ok", "mismatch" (the bytes changed) or "error" (missing, unreadable)
        QString detail; // empty when ok; else every problem found, each naming its path
        bool ok() const { return status == QLatin1String("ok"); }
    };

    static Finding verify(const HistoryRecord& dump);
};

} // namespace larder
