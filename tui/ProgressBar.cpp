// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ProgressBar.h"

#include "DisplayWidth.h"
#include "ScreenLine.h"
#include "live/LiveDump.h"

#include <QtGlobal>

namespace larder {

namespace {

constexpr int kBusyBlock = 3;

// Where the busy block starts: it bounces between both ends, one column a phase.
int busyStart(int bar, int phase)
{
    const int travel = qMax(1, bar - kBusyBlock);
    const int position = phase % (2 * travel);
    return position <= travel ? position : 2 * travel - position;
}

} // namespace

int ProgressBar::percent(const LiveDump& dump)
{
    if (dump.estimate <= 0)
        return -1;
    return int(qMin<qint64>(99, dump.bytes * 100 / dump.estimate));
}

void ProgressBar::append(ScreenLine& line, const LiveDump& dump, int columns, int spinnerPhase)
{
    const int bar = qMax(kMinBarColumns, columns - kPercentColumns - 1);
    const int shown = percent(dump);
    if (shown < 0) {
        line.append(QString(kPercentColumns + 1, QLatin1Char(' ')));
        const int start = busyStart(bar, qMax(0, spinnerPhase));
        appendBar(line, start, qMin(bar, start + kBusyBlock), bar);
        return;
    }
    line.append(DisplayWidth::padLeft(QStringLiteral("~%1%").arg(shown), kPercentColumns) + QLatin1Char(' '));
    appendBar(line, 0, bar * shown / 100, bar);
}

void ProgressBar::appendBar(ScreenLine& line, int filledFrom, int filledTo, int columns)
{
    line.append(QString(filledFrom, QLatin1Char('-')), SpanStyle::BarEmpty);
    line.append(QString(filledTo - filledFrom, QLatin1Char('#')), SpanStyle::BarFilled);
    line.append(QString(columns - filledTo, QLatin1Char('-')), SpanStyle::BarEmpty);
}

} // namespace larder
