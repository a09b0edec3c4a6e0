// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/Config.h"
#include "config/ConfigIssue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <tl/expected.hpp>

namespace larder {

class ConfigLoader final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)

public:
    using LoadResult = tl::expected<Config, QList<ConfigIssue>>;

    // Reads and validates a TOML config; on failure returns every issue found, not only the first.
    static LoadResult loadFile(const QString& path);
    // displayPath names the source in issues; relative dump_dir/history resolve against baseDir.
    static LoadResult loadString(const QString& text, const QString& displayPath, const QString& baseDir);

    // --config, else $LARDER_CONFIG, else $XDG_CONFIG_HOME/larder/larder.toml
    static QString resolvePath(const QString& commandLinePath);
    static QString defaultDumpDir();     // $XDG_DATA_HOME/larder/dumps
    static QString defaultHistoryPath(); // $XDG_DATA_HOME/larder/history.sqlite

    static bool isValidName(const QString& name); // letters, digits, '-', '_', '.'; not "." or ".."
};

} // namespace larder
