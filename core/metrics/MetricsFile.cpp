// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "metrics/MetricsFile.h"

#include "config/Config.h"
#include "engine/DumpFinalizer.h"
#include "metrics/MetricsSnapshot.h"
#include "metrics/MetricsText.h"

#include <QFileInfo>

namespace larder {

Result<void> MetricsFile::write(const Config& config, History& history, const QDateTime& nowUtc,
                                const PlanHistory* known)
{
    if (config.metricsFile.isEmpty())
        return {};
    // Not created here: a missing directory is more likely a typo than a place to start.
    const QString directory = QFileInfo(config.metricsFile).absolutePath();
    if (!QFileInfo(directory).isDir()) {
        return makeError(tr("metrics_file %1 not written: the directory %2 does not exist: create it, or set "
                            "metrics_file in %3 to another place, or to \"\" to turn it off")
                             .arg(config.metricsFile, directory, config.path));
    }
    const Result<MetricsSnapshot> snapshot = MetricsSnapshot::read(config, &history, nowUtc, known);
    if (!snapshot) {
        return makeError(
            tr("metrics_file %1 not written: %2").arg(config.metricsFile, snapshot.error().message));
    }
    const Result<void> written =
        DumpFinalizer::writeFileAtomically(config.metricsFile, MetricsText::render(*snapshot), kMode);
    if (!written) {
        return makeError(tr("metrics_file %1 not written: %2 (or set metrics_file in %3 to a writable "
                            "place, or to \"\" to turn it off)")
                             .arg(config.metricsFile, written.error().message, config.path));
    }
    return {};
}

} // namespace larder
