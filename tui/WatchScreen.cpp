// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "WatchScreen.h"

#include "DisplayWidth.h"
#include "RunningTable.h"
#include "WatchState.h"
#include "base/Units.h"

#include <array>
#include <utility>

namespace larder {

namespace {

const QString kDot = QStringLiteral(" · ");
constexpr int kGap = 2;

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

WatchScreen::WatchScreen(const WatchState& state, QSize terminal, const ScreenOptions& options)
    : m_state(state), m_width(qMax(1, terminal.width())), m_height(qMax(1, terminal.height())),
      m_options(options)
{}

ScreenFrame WatchScreen::render(const WatchState& state, QSize terminal, const ScreenOptions& options)
{
    const WatchScreen screen(state, terminal, options);
    const QList<ScreenLine> top = screen.header();
    const QList<ScreenLine> bottom = screen.footer();
    QList<Panel> panels{screen.jobsPanel(int(state.shownJobs().size()))};
    if (state.detail)
        panels.append(screen.detailPanel());
    else
        panels.append({screen.runningPanel(), screen.expectedPanel(), screen.recentPanel()});

    const int available = screen.m_height - int(top.size()) - int(bottom.size());
    bool blanks = true;
    const QList<int> sizes = allot(panels, available, blanks);
    // The job table again for its share: a window of rows that keeps the selected one in sight.
    panels[0] = screen.jobsPanel(qMax(1, sizes[0] - 2)); // less its heading and column titles

    ScreenFrame frame;
    frame.append(top);
    int used = int(top.size());
    for (int index = 0; index < panels.size(); ++index) {
        if (sizes[index] <= 0)
            continue;
        if (blanks) {
            frame.append(ScreenLine());
            ++used;
        }
        frame.append(panels[index].lines.mid(0, sizes[index]));
        used += sizes[index];
    }
    for (; used < screen.m_height - bottom.size(); ++used)
        frame.append(ScreenLine());
    frame.append(bottom);
    const ScreenFrame fitted = frame.fittedTo(screen.m_width, screen.m_height);
    return options.colour ? fitted : fitted.monochrome();
}

QList<int> WatchScreen::allot(const QList<Panel>& panels, int available, bool& blanks)
{
    int shown = 0;
    for (const Panel& panel : panels)
        shown += panel.lines.isEmpty() ? 0 : 1;
    // Blank lines between the panels while that costs no panel its place, only rows.
    const QList<int> roomy = fit(panels, available - shown);
    blanks = true;
    for (int index = 0; index < panels.size(); ++index)
        blanks = blanks && (panels[index].lines.isEmpty() || roomy[index] > 0);
    return blanks ? roomy : fit(panels, available);
}

QList<int> WatchScreen::fit(const QList<Panel>& panels, int available)
{
    QList<int> sizes;
    int total = 0;
    for (const Panel& panel : panels) {
        sizes.append(int(panel.lines.size()));
        total += int(panel.lines.size());
    }
    if (total <= available)
        return sizes;
    // Each panel at its least, panels dropped from the bottom while even that does not fit.
    QList<bool> dropped(panels.size(), false);
    int least = 0;
    for (int index = 0; index < panels.size(); ++index) {
        sizes[index] = qMin(sizes[index], panels[index].least);
        least += sizes[index];
    }
    for (int index = int(panels.size()) - 1; index > 0 && least > available; --index) {
        least -= sizes[index];
        sizes[index] = 0;
        dropped[index] = true;
    }
    // What is left goes to the running panel first (what moves now), then top to bottom.
    QList<int> order;
    for (int index = 0; index < panels.size(); ++index)
        order.append(index);
    if (panels.size() > 1)
        std::swap(order[0], order[1]);
    int left = qMax(0, available - least);
    for (const int index : std::as_const(order)) {
        if (dropped[index])
            continue;
        const int more = qMin(left, int(panels[index].lines.size()) - sizes[index]);
        sizes[index] += more;
        left -= more;
    }
    return sizes;
}

QList<ScreenLine> WatchScreen::header() const
{
    ScreenLine title(QStringLiteral("Larder watch"), SpanStyle::Bold);
    const QString clock = localTime(m_state.nowUtc, false);
    title.append(QStringLiteral("  "));
    title.append(DisplayWidth::elideMiddle(m_state.configPath,
                                           m_width - title.columns() - DisplayWidth::columns(clock) - kGap),
                 SpanStyle::Dim);
    title.padTo(m_width - DisplayWidth::columns(clock)).append(clock);

    int due = 0;
    int failing = 0;
    int stale = 0;
    for (const PlannedJob& entry : m_state.jobs) {
        due += entry.due ? 1 : 0;
        failing += entry.failures > 0 ? 1 : 0;
        stale += entry.freshness.isStale() ? 1 : 0;
    }
    const int running = m_state.live && !m_state.live->over ? int(m_state.live->running.size()) : 0;
    ScreenLine counts(tr("%n job(s)", nullptr, int(m_state.jobs.size())));
    counts.append(kDot, SpanStyle::Dim)
        .append(tr("%1 due").arg(due), due > 0 ? SpanStyle::Warning : SpanStyle::Normal);
    counts.append(kDot, SpanStyle::Dim)
        .append(tr("%1 failing").arg(failing), failing > 0 ? SpanStyle::Bad : SpanStyle::Normal);
    if (stale > 0) // rare, and then the news: not worth a column of zeros otherwise
        counts.append(kDot, SpanStyle::Dim).append(tr("%1 stale").arg(stale), SpanStyle::Bad);
    counts.append(kDot, SpanStyle::Dim).append(tr("%1 running").arg(running));
    QList<ScreenLine> lines{title, counts};
    if (!m_state.problem.isEmpty())
        lines.append(ScreenLine(m_state.problem, SpanStyle::Bad));
    return lines;
}

QList<ScreenLine> WatchScreen::footer() const
{
    QList<ScreenLine> lines;
    if (!m_state.message.isEmpty())
        lines.append(ScreenLine(m_state.message, SpanStyle::Warning));
    if (m_state.editingFilter) {
        ScreenLine line(tr("filter: "), SpanStyle::Bold);
        line.append(m_state.filter + QStringLiteral("_"));
        line.append(QStringLiteral("   ") + tr("Enter keep · Esc clear"), SpanStyle::Dim);
        lines.append(line);
    } else {
        const QString keys = tr("↑↓/jk select · Enter history · r run due · b back up · / filter · q quit");
        lines.append(ScreenLine(DisplayWidth::columns(keys) <= m_width ? keys : tr("↑↓ Enter r b / q quit"),
                                SpanStyle::Dim));
    }
    return lines;
}

WatchScreen::Panel WatchScreen::jobsPanel(int rows) const
{
    const QList<PlannedJob> shown = m_state.shownJobs();
    const QString note = m_state.filter.isEmpty() ? QString() : tr("filter \"%1\"").arg(m_state.filter);
    Panel panel{{ScreenLine::heading(tr("Jobs (%1)").arg(shown.size()), note)}, 0};
    if (shown.isEmpty()) {
        panel.lines.append(ScreenLine(tr("No job matches."), SpanStyle::Dim));
        panel.least = 2;
        return panel;
    }
    enum Column { Job, State, Last, Size, Next, Schedule, ColumnCount };
    const std::array<QString, ColumnCount> titles{tr("Job"),  tr("State"),    tr("Last success"),
                                                  tr("Size"), tr("Next due"), tr("Schedule")};
    QList<std::array<QString, ColumnCount>> cells;
    QList<SpanStyle> stateStyles;
    for (const PlannedJob& entry : shown) {
        QString state = tr("ok");
        SpanStyle style = SpanStyle::Good;
        if (isRunning(entry.job.name)) {
            state = tr("running");
            style = SpanStyle::Bold;
        } else if (entry.failures > 0) {
            state = tr("failing (%1)").arg(entry.failures);
            style = SpanStyle::Bad;
        } else if (!entry.job.enabled) {
            state = tr("disabled");
            style = SpanStyle::Dim;
        } else if (entry.freshness.isStale()) {
            // Before "due": a stale job is due too, and staleness is the news.
            state = tr("stale");
            style = SpanStyle::Bad;
        } else if (entry.due) {
            state = tr("due");
            style = SpanStyle::Warning;
        } else if (!entry.lastSuccessUtc.isValid()) {
            state = tr("never");
            style = SpanStyle::Normal;
        }
        const QString next = entry.due ? tr("now") : localTime(entry.nextDueUtc, true);
        cells.append({entry.job.name, state, localTime(entry.lastSuccessUtc, true),
                      entry.lastBytes > 0 ? Units::bytes(entry.lastBytes) : QString(), next,
                      entry.job.schedule.describe()});
        stateStyles.append(style);
    }
    std::array<int, ColumnCount> widths{};
    for (int column = 0; column < ColumnCount; ++column) {
        widths[column] = DisplayWidth::columns(titles[column]);
        for (const auto& row : cells)
            widths[column] = qMax(widths[column], DisplayWidth::columns(row[column]));
    }
    // Narrow terminals drop the schedule, then the size, then the last success; the job's name is
    // elided last.
    std::array<bool, ColumnCount> visible{};
    visible.fill(true);
    const auto needed = [&] {
        int total = 2;
        for (int column = 0; column < ColumnCount; ++column)
            total += visible[column] ? widths[column] + kGap : 0;
        return total - kGap;
    };
    for (const Column column : {Schedule, Size, Last}) {
        if (needed() > m_width)
            visible[column] = false;
    }
    if (needed() > m_width)
        widths[Job] = qMax(6, widths[Job] - (needed() - m_width));

    const auto line = [&](const std::array<QString, ColumnCount>& row, bool selected, SpanStyle stateStyle) {
        ScreenLine result(selected ? QStringLiteral("› ") : QStringLiteral("  "),
                          selected ? SpanStyle::Selected : SpanStyle::Normal);
        for (int column = 0; column < ColumnCount; ++column) {
            if (!visible[column])
                continue;
            const QString text =
                DisplayWidth::padRight(DisplayWidth::elideMiddle(row[column], widths[column]),
                                       column == Schedule ? 0 : widths[column] + kGap);
            result.append(text, selected ? SpanStyle::Selected
                                         : (column == State ? stateStyle : SpanStyle::Normal));
        }
        return result;
    };
    panel.lines.append(ScreenLine(line(titles, false, SpanStyle::Normal).text(), SpanStyle::Dim));
    const int selected = qBound(0, m_state.selected, int(shown.size()) - 1);
    const int window = qMax(1, rows);
    const int first = qBound(0, selected - window / 2, qMax(0, int(shown.size()) - window));
    for (int index = first; index < qMin(int(shown.size()), first + window); ++index)
        panel.lines.append(line(cells[index], index == selected, stateStyles[index]));
    panel.least = qMin(int(panel.lines.size()), 5);
    return panel;
}

WatchScreen::Panel WatchScreen::runningPanel() const
{
    if (!m_state.live || m_state.live->over)
        return {};
    const LiveRunState& live = *m_state.live;
    Panel panel{{ScreenLine::heading(tr("Running now (%1)").arg(live.running.size()), live.configPath)}, 0};
    if (!live.running.isEmpty())
        panel.lines.append(RunningTable::render(live.running, m_width, m_options));
    for (const LiveWaiting& waiting : live.waiting) {
        ScreenLine line(waiting.job + QStringLiteral("  "));
        line.append(waiting.reason.isEmpty() ? tr("queued") : waiting.reason, SpanStyle::Dim);
        panel.lines.append(line);
    }
    panel.least = int(panel.lines.size());
    return panel;
}

WatchScreen::Panel WatchScreen::expectedPanel() const
{
    Panel panel{{ScreenLine::heading(tr("Next 24 hours"))}, 2};
    // A job due now that runs now is under way, not expected.
    QList<ExpectedOperation> expected;
    for (const ExpectedOperation& operation : m_state.expected) {
        if (operation.atUtc > m_state.nowUtc || !isRunning(operation.job))
            expected.append(operation);
    }
    if (expected.isEmpty()) {
        panel.lines.append(ScreenLine(tr("Nothing is scheduled."), SpanStyle::Dim));
        return panel;
    }
    ScreenLine line;
    for (int index = 0; index < expected.size(); ++index) {
        const ExpectedOperation& operation = expected[index];
        const bool now = operation.atUtc <= m_state.nowUtc;
        QString item =
            (now ? tr("now") : localTime(operation.atUtc, false)) + QLatin1Char(' ') + operation.job;
        if (!operation.waitsFor.isEmpty())
            item += QLatin1Char(' ') + tr("(waits for %1)").arg(operation.waitsFor);
        if (index + 1 < expected.size())
            item += QLatin1Char(',');
        if (line.columns() > 0 && line.columns() + 1 + DisplayWidth::columns(item) > m_width) {
            panel.lines.append(line);
            line = ScreenLine();
        }
        if (line.columns() > 0)
            line.append(QStringLiteral(" "));
        line.append(item, operation.waitsFor.isEmpty() ? SpanStyle::Normal : SpanStyle::Dim);
    }
    panel.lines.append(line);
    return panel;
}

WatchScreen::Panel WatchScreen::recentPanel() const
{
    Panel panel{{ScreenLine::heading(tr("Recent"))}, 2};
    if (m_state.recent.isEmpty())
        panel.lines.append(ScreenLine(tr("Nothing has run yet."), SpanStyle::Dim));
    for (const HistoryRecord& record : m_state.recent)
        panel.lines.append(attemptLine(record));
    return panel;
}

WatchScreen::Panel WatchScreen::detailPanel() const
{
    const QString job = m_state.selectedJob();
    Panel panel{{ScreenLine::heading(tr("History of %1").arg(job), tr("Enter or Esc: back"))}, 2};
    QString lastError;
    for (const HistoryRecord& record : m_state.detailAttempts) {
        panel.lines.append(attemptLine(record));
        if (lastError.isEmpty() && record.status == AttemptStatus::Failed)
            lastError = record.error;
    }
    if (m_state.detailAttempts.isEmpty())
        panel.lines.append(ScreenLine(tr("No attempt yet."), SpanStyle::Dim));
    if (!lastError.isEmpty()) {
        panel.lines.append(ScreenLine());
        panel.lines.append(ScreenLine::heading(tr("Last error")));
        for (const QString& part : lastError.split(QLatin1Char('\n')))
            panel.lines.append(ScreenLine(part, SpanStyle::Bad));
    }
    return panel;
}

ScreenLine WatchScreen::attemptLine(const HistoryRecord& record) const
{
    ScreenLine line(localTime(record.startedUtc, true) + QStringLiteral("  "), SpanStyle::Dim);
    const bool failed = record.status == AttemptStatus::Failed || record.status == AttemptStatus::Interrupted;
    const SpanStyle style = failed                                    ? SpanStyle::Bad
                            : record.status == AttemptStatus::Success ? SpanStyle::Good
                                                                      : SpanStyle::Normal;
    line.append(DisplayWidth::padRight(attemptStatusName(record.status), 11), style);
    line.append(record.job + QStringLiteral("  "));
    if (failed)
        line.append(firstLine(record.error), SpanStyle::Bad);
    else if (record.bytes > 0)
        line.append(Units::bytes(record.bytes));
    return line;
}

bool WatchScreen::isRunning(const QString& job) const
{
    return m_state.live && !m_state.live->over &&
           std::any_of(m_state.live->running.cbegin(), m_state.live->running.cend(),
                       [&job](const LiveDump& dump) { return dump.job == job; });
}

QString WatchScreen::localTime(const QDateTime& utc, bool withDay) const
{
    if (!utc.isValid())
        return QStringLiteral("–");
    const QDateTime local = utc.toTimeZone(m_state.zone);
    const bool today = local.date() == m_state.nowUtc.toTimeZone(m_state.zone).date();
    return withDay && !today ? local.toString(QStringLiteral("MM-dd HH:mm"))
                             : local.toString(QStringLiteral("HH:mm"));
}

} // namespace larder
