// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

namespace larder {

// Rows in one table, counted in pg_dump's snapshot at dump time.
struct TableCount
{
    QString schema;
    QString table;
    qint64 rows = 0;

    bool operator==(const TableCount& other) const
    {
        return schema == other.schema && table == other.table && rows == other.rows;
    }
};

} // namespace larder
