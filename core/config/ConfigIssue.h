// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

namespace larder {

// One config error, located in the file.
struct ConfigIssue
{
    QString file;
    int line = 0;   // 1-based; 0 when not tied to a place
    int column = 0; // 1-based
    QString key;    // dotted key, e.g. "databases.app.schedule"; may be empty
    QString message;

    // "FILE:LINE:COLUMN: KEY: MESSAGE" (parts omitted when unknown)
    QString toString() const;
};

} // namespace larder
