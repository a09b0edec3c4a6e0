#pragma once

#include "Config.h"
#include "HistoryRecord.h"
#include "PlannedJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace larder {

// Pure: config + last successes + clock -> what is due and why.
class Planner final
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    static QList<PlannedJob> plan(const Config& config, const QHash<QString, HistoryRecord>& lastSuccesses,
                                  const QDateTime& now, const QTimeZone& zone);
};

} // namespace larder
