// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "PlanRecords.h"

#include "ExitCode.h"

tl::expected<PlanRecords, int> PlanRecords::read(const QString& historyPath, const QString& command,
                                                 QTextStream& err)
{
    const auto fail = [&](const larder::Error& error) {
        err << QStringLiteral("larder %1: ").arg(command) << error.message << '\n';
        return tl::unexpected(int(ExitCode::JobFailed));
    };
    auto opened = larder::History::openIfExists(historyPath);
    if (!opened)
        return fail(opened.error());
    PlanRecords found;
    found.history = std::move(*opened);
    if (found.history) {
        auto read = found.history->planHistory();
        if (!read)
            return fail(read.error());
        found.records = std::move(*read);
    }
    return found;
}
