// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace larder {

struct Config;
class History;
struct PlanHistory;

// metrics_file: the MetricsText of the history now, replaced atomically (a temporary file beside it,
// fsync, rename), so node_exporter never reads half a file. Readable by all (0644): node_exporter
// runs as a user of its own.
class MetricsFile final
{
    Q_DECLARE_TR_FUNCTIONS(MetricsFile)

public:
    static constexpr int kMode = 0644;

    // Does nothing when config.metricsFile is empty. The error names the file and what to fix.
    // known: as MetricsSnapshot::read takes it.
    static Result<void> write(const Config& config, History& history, const QDateTime& nowUtc,
                              const PlanHistory* known = nullptr);
};

} // namespace larder
