// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RunningTable.h"

#include "DisplayWidth.h"
#include "ProgressBar.h"
#include "base/Units.h"
#include "live/RemainingTime.h"

#include <utility>

namespace larder {

namespace {

constexpr int kGap = 2;
constexpr int kMinJobColumns = 12;
constexpr int kMinServerColumns = 8;
constexpr int kReadableProgressColumns = ProgressBar::kMinColumns + 6;
const QString kNone = QStringLiteral("–");
// In the order of RunningTable::Column.
const char* const kTitles[] = {
    QT_TRANSLATE_NOOP("larder::RunningTable", "Job"),
    QT_TRANSLATE_NOOP("larder::RunningTable", "Server"),
    QT_TRANSLATE_NOOP("larder::RunningTable", "Progress"),
    QT_TRANSLATE_NOOP("larder::RunningTable", "Written"),
    QT_TRANSLATE_NOOP("larder::RunningTable", "Rate"),
    QT_TRANSLATE_NOOP("larder::RunningTable", "Elapsed"),
    QT_TRANSLATE_NOOP("larder::RunningTable", "Left"),
};

} // namespace

RunningTable::RunningTable(const QList<LiveDump>& dumps, const ScreenOptions& options)
    : m_dumps(dumps), m_options(options)
{
    m_shown.fill(true);
}

QList<ScreenLine> RunningTable::render(const QList<LiveDump>& dumps, int width, const ScreenOptions& options)
{
    RunningTable table(dumps, options);
    table.measure();
    table.fit(width);
    QList<ScreenLine> lines{table.titleLine()};
    for (const LiveDump& dump : dumps) {
        lines.append(table.row(dump).fittedTo(width));
        if (!dump.stalled.isEmpty())
            lines.append(stallLine(dump).fittedTo(width));
    }
    return lines;
}

ScreenLine RunningTable::stallLine(const LiveDump& dump)
{
    return ScreenLine(QStringLiteral("  ↳ ") + dump.stalled, SpanStyle::Warning);
}

QString RunningTable::title(Column column)
{
    return tr(kTitles[column]);
}

qint64 RunningTable::elapsedMs(const LiveDump& dump) const
{
    return qMax<qint64>(0, m_options.nowMs - dump.startedMs);
}

RunningTable::Cell RunningTable::cell(const LiveDump& dump, Column column) const
{
    switch (column) {
    case Job:
        return {dump.job};
    case Server:
        return {dump.server, SpanStyle::Dim};
    case Written:
        return {Units::bytes(dump.bytes)};
    case Rate:
        return rateCell(dump);
    case Elapsed:
        return {Units::duration(elapsedMs(dump))};
    case Left:
        return leftCell(dump);
    default:
        return {};
    }
}

RunningTable::Cell RunningTable::rateCell(const LiveDump& dump) const
{
    if (m_options.nowMs - dump.grewMs >= kStalledMs)
        return {tr("stalled"), SpanStyle::Warning};
    return {Units::rate(dump.bytesPerSecond, 1000)};
}

RunningTable::Cell RunningTable::leftCell(const LiveDump& dump) const
{
    if (dump.estimate > 0 && dump.bytes >= dump.estimate)
        return {tr("past estimate"), SpanStyle::Dim};
    const std::optional<qint64> remaining =
        RemainingTime::estimateMs(dump.bytes, dump.estimate, elapsedMs(dump));
    if (!remaining)
        return {kNone, SpanStyle::Dim};
    return {tr("~%1").arg(Units::duration(*remaining))};
}

void RunningTable::measure()
{
    for (int column = 0; column < ColumnCount; ++column) {
        int widest = DisplayWidth::columns(title(Column(column)));
        for (const LiveDump& dump : m_dumps)
            widest = qMax(widest, DisplayWidth::columns(cell(dump, Column(column)).text));
        m_natural[column] = widest;
    }
    m_natural[Progress] = qMax(m_natural[Progress], ProgressBar::kMaxColumns);
    m_width = m_natural;
    m_width[Job] = qMin(m_natural[Job], kMinJobColumns);
    m_width[Server] = qMin(m_natural[Server], kMinServerColumns);
    m_width[Progress] = ProgressBar::kMinColumns;
}

int RunningTable::needed() const
{
    int total = -kGap;
    for (int column = 0; column < ColumnCount; ++column)
        total += m_shown[column] ? m_width[column] + kGap : 0;
    return total;
}

void RunningTable::fit(int width)
{
    for (const Column column : {Elapsed, Rate, Server, Written, Left}) {
        if (needed() <= width)
            break;
        m_shown[column] = false;
    }
    // Spare columns go to a readable bar first, then to the names, then to a longer bar.
    const std::pair<Column, int> growth[] = {{Progress, kReadableProgressColumns},
                                             {Job, m_natural[Job]},
                                             {Server, m_natural[Server]},
                                             {Progress, m_natural[Progress]}};
    for (const auto& [column, most] : growth) {
        if (m_shown[column])
            m_width[column] += qMax(0, qMin(width - needed(), most - m_width[column]));
    }
    if (needed() > width)
        m_width[Job] = qMax(1, m_width[Job] - (needed() - width));
}

void RunningTable::appendCell(ScreenLine& line, Column column, const Cell& cell) const
{
    if (line.columns() > 0)
        line.append(QString(kGap, QLatin1Char(' ')));
    const int width = m_width[column];
    if (column == Job || column == Server)
        line.append(DisplayWidth::padRight(DisplayWidth::elideMiddle(cell.text, width), width), cell.style);
    else
        line.append(DisplayWidth::padLeft(cell.text, width), cell.style);
}

ScreenLine RunningTable::titleLine() const
{
    ScreenLine line;
    for (int column = 0; column < ColumnCount; ++column) {
        if (!m_shown[column])
            continue;
        const QString text = title(Column(column));
        const bool left = column == Job || column == Server || column == Progress;
        appendCell(line, Column(column), Cell{left ? DisplayWidth::padRight(text, m_width[column]) : text});
    }
    QString text = line.text();
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return ScreenLine(text, SpanStyle::Dim);
}

ScreenLine RunningTable::row(const LiveDump& dump) const
{
    ScreenLine line;
    for (int column = 0; column < ColumnCount; ++column) {
        if (!m_shown[column])
            continue;
        if (column == Progress) {
            line.append(QString(line.columns() > 0 ? kGap : 0, QLatin1Char(' ')));
            ProgressBar::append(line, dump, m_width[Progress], m_options.spinnerPhase);
            continue;
        }
        appendCell(line, Column(column), cell(dump, Column(column)));
    }
    return line;
}

} // namespace larder
