// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "BackupPreset.h"

#include <QString>
#include <QStringList>

namespace larder {

class ConfigDocument;

// What the welcome page asks a newcomer: which server, every database on it (discovery, new ones
// included) or a chosen few, and how often with how many dumps kept.
struct FirstRunChoice
{
    QString server;
    bool everyDatabase = true;
    QStringList databases; // when not everyDatabase; each becomes [databases.NAME] on server
    BackupPreset preset;

    // Writes the choice into document: the preset into [defaults] (so later databases inherit it),
    // `databases = "all"` on the server, or a [databases.NAME] section per chosen database (a name
    // already taken is left as it is).
    void apply(ConfigDocument& document) const;
};

} // namespace larder
