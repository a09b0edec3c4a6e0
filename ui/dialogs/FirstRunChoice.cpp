// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "FirstRunChoice.h"

#include "config/keys/ConfigKeyNames.h"
#include "config/toml/ConfigDocument.h"

namespace larder {

namespace {

QVariant countOrNothing(int count)
{
    return count > 0 ? QVariant(count) : QVariant();
}

} // namespace

void FirstRunChoice::apply(ConfigDocument& document) const
{
    const QString defaults = QStringLiteral("defaults");
    document.setValue(defaults, keys::schedule, preset.schedule);
    document.setValue(defaults, keys::keepLast, countOrNothing(preset.keepLast));
    document.setValue(defaults, keys::keepDaily, countOrNothing(preset.keepDaily));
    document.setValue(defaults, keys::keepWeekly, countOrNothing(preset.keepWeekly));
    document.setValue(defaults, keys::keepMonthly, countOrNothing(preset.keepMonthly));
    if (everyDatabase) {
        document.setValue(QStringLiteral("servers.") + server, keys::databases, QStringLiteral("all"));
        return;
    }
    for (const QString& database : databases) {
        const QString section = QStringLiteral("databases.") + database;
        if (document.hasSection(section))
            continue;
        document.setValue(section, keys::server, server);
    }
}

} // namespace larder
