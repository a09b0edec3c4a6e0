// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QCoreApplication>
#include <QString>

namespace larder {

// Human-readable sizes, durations and rates, the same in the CLI and the GUI.
class Units final
{
    Q_DECLARE_TR_FUNCTIONS(Units)

public:
    static QString bytes(qint64 bytes);           // "1.4 MiB"
    static QString duration(qint64 ms);           // "2.3 s", "4 min 05 s", "1 h 02 min"
    static QString rate(qint64 bytes, qint64 ms); // "12.0 MiB/s"
};

} // namespace larder
