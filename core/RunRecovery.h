#pragma once

#include "Error.h"
#include "HistoryRecord.h"

#include <QCoreApplication>
#include <QList>

namespace larder {

class History;

// After a killed run: rows still "running" become "interrupted" and the partial files they
// name are removed, unless the dump was complete (renamed, with a matching sidecar): then it is
// recorded as the success it was. Call only while holding the run lock, so no live run owns those rows.
class RunRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(RunRecovery)

public:
    // Returns the rows it repaired.
    static Result<QList<HistoryRecord>> recover(History& history);
};

} // namespace larder
