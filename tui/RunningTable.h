// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "ScreenLine.h"
#include "ScreenOptions.h"
#include "live/LiveDump.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace larder {

// The running dumps as a table: job, server, progress, written, rate, elapsed, time left. Columns
// are as wide as their contents; when they do not fit, columns go in this order: elapsed, rate,
// server, written, time left; then the job name is elided in the middle. Under a dump that writes
// nothing, a line says why, as the engine found out (LiveDump::stalled).
class RunningTable final
{
    Q_DECLARE_TR_FUNCTIONS(larder::RunningTable)

public:
    // A dump that has not grown for this long shows "stalled" instead of a rate.
    static constexpr qint64 kStalledMs = 5000;

    // The column titles, then one row per dump; every line at most `width` columns.
    static QList<ScreenLine> render(const QList<LiveDump>& dumps, int width, const ScreenOptions& options);

private:
    enum Column { Job, Server, Progress, Written, Rate, Elapsed, Left, ColumnCount };
    struct Cell
    {
        QString text;
        SpanStyle style = SpanStyle::Normal;
    };

    RunningTable(const QList<LiveDump>& dumps, const ScreenOptions& options);

    static QString title(Column column);
    static ScreenLine stallLine(const LiveDump& dump);
    Cell cell(const LiveDump& dump, Column column) const;
    Cell rateCell(const LiveDump& dump) const;
    Cell leftCell(const LiveDump& dump) const;
    qint64 elapsedMs(const LiveDump& dump) const;

    void measure();
    void fit(int width);
    int needed() const;
    ScreenLine titleLine() const;
    ScreenLine row(const LiveDump& dump) const;
    void appendCell(ScreenLine& line, Column column, const Cell& cell) const;

    const QList<LiveDump>& m_dumps;
    ScreenOptions m_options;
    std::array<int, ColumnCount> m_natural{};
    std::array<int, ColumnCount> m_width{};
    std::array<bool, ColumnCount> m_shown{};
};

} // namespace larder
