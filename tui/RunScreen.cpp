// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RunScreen.h"

#include "DisplayWidth.h"
#include "FinishedList.h"
#include "RunningTable.h"
#include "live/LiveRunState.h"

#include <algorithm>

namespace larder {

namespace {

const QString kDot = QStringLiteral(" · ");

} // namespace

RunScreen::RunScreen(const LiveRunState& state, QSize terminal, const Options& options)
    : m_state(state), m_width(qMax(1, terminal.width())), m_height(qMax(1, terminal.height())),
      m_options(options)
{}

ScreenFrame RunScreen::render(const LiveRunState& state, QSize terminal, const Options& options)
{
    const RunScreen screen(state, terminal, options);
    const ScreenFrame frame = state.over ? screen.summaryFrame() : screen.liveFrame();
    return options.colour ? frame : frame.monochrome();
}

ScreenFrame RunScreen::liveFrame() const
{
    Section header{titleLine(), countsLine(), limitsLine()};
    Section running = runningSection();
    Section waiting = waitingSection();
    Section activity = activitySection();
    const auto excess = [&] { return height({header, running, waiting, activity}, true) - m_height; };
    cut(activity, 1, excess(), {});
    const bool blanks = excess() <= 0;
    const auto left = [&] { return height({header, running, waiting, activity}, blanks) - m_height; };
    if (left() > 0)
        header.removeLast();
    cut(waiting, 1, left(), [](int hidden) { return moreLine(tr("… %n more waiting", nullptr, hidden)); });
    cut(running, 2, left(), [](int hidden) { return moreLine(tr("… %n more running", nullptr, hidden)); });
    return stacked({header, running, waiting, activity}, blanks);
}

ScreenFrame RunScreen::summaryFrame() const
{
    const Section header{titleLine(), countsLine()};
    Section ending = endingSection();
    const bool blanks = height({header, ending}, true) <= m_height;
    cut(ending, 1, height({header, ending}, blanks) - m_height,
        [](int hidden) { return moreLine(tr("… %n more", nullptr, hidden)); });
    return stacked({header, ending}, blanks);
}

int RunScreen::height(const QList<Section>& sections, bool blanks)
{
    int lines = -1;
    for (const Section& section : sections)
        lines += section.isEmpty() ? 0 : int(section.size()) + (blanks ? 1 : 0);
    return lines + (blanks ? 0 : 1);
}

ScreenFrame RunScreen::stacked(const QList<Section>& sections, bool blanks) const
{
    ScreenFrame frame;
    for (const Section& section : sections) {
        if (section.isEmpty())
            continue;
        if (blanks && !frame.lines().isEmpty())
            frame.append(ScreenLine());
        frame.append(section);
    }
    return frame.fittedTo(m_width, m_height);
}

// Rows go first: the oldest (the top ones) when there is no `more`, else the last ones, with a line
// `more(n)` for them. A section without rows keeps only its heading, if that is still too much, nothing.
void RunScreen::cut(Section& section, int keep, int excess, const MoreLine& more)
{
    const int rows = int(section.size()) - keep;
    if (excess <= 0 || rows <= 0)
        return;
    if (excess < rows && !more) {
        section.remove(keep, excess);
        return;
    }
    if (excess < rows) {
        section.remove(section.size() - excess - 1, excess + 1);
        section.append(more(excess + 1));
        return;
    }
    const bool headingFits = more && excess <= rows + keep - 1;
    section = headingFits ? section.mid(0, 1) : Section();
}

ScreenLine RunScreen::titleLine() const
{
    ScreenLine line(QStringLiteral("Larder"), SpanStyle::Bold);
    line.append(QStringLiteral("  "));
    line.append(DisplayWidth::elideMiddle(m_state.configPath, m_width - line.columns()), SpanStyle::Dim);
    return line;
}

ScreenLine RunScreen::countsLine() const
{
    const auto styled = [](int count, SpanStyle style) { return count > 0 ? style : SpanStyle::Normal; };
    ScreenLine line(tr("%1 due").arg(m_state.due));
    line.append(kDot, SpanStyle::Dim).append(tr("%1 running").arg(m_state.running.size()));
    line.append(kDot, SpanStyle::Dim)
        .append(tr("%1 done").arg(m_state.done()), styled(m_state.done(), SpanStyle::Good));
    line.append(kDot, SpanStyle::Dim)
        .append(tr("%1 failed").arg(m_state.failed()), styled(m_state.failed(), SpanStyle::Bad));
    if (m_state.cancelledJobs() > 0)
        line.append(kDot, SpanStyle::Dim)
            .append(tr("%1 cancelled").arg(m_state.cancelledJobs()), SpanStyle::Warning);
    return line;
}

ScreenLine RunScreen::limitsLine() const
{
    QString text = tr("limits: run %1").arg(m_state.maxParallel);
    for (auto limit = m_state.serverLimits.cbegin(); limit != m_state.serverLimits.cend(); ++limit)
        text += kDot + QStringLiteral("%1 %2").arg(limit.key()).arg(limit.value());
    return ScreenLine(text, SpanStyle::Dim);
}

ScreenLine RunScreen::moreLine(const QString& text)
{
    return ScreenLine(text, SpanStyle::Dim);
}

RunScreen::Section RunScreen::runningSection() const
{
    if (m_state.running.isEmpty())
        return {};
    const bool estimated = std::any_of(m_state.running.cbegin(), m_state.running.cend(),
                                       [](const LiveDump& dump) { return dump.estimate > 0; });
    Section section{
        ScreenLine::heading(tr("Running (%n)", nullptr, int(m_state.running.size())),
                            estimated ? tr("~ estimated from the previous dump's size") : QString())};
    section.append(RunningTable::render(m_state.running, m_width, m_options));
    return section;
}

RunScreen::Section RunScreen::waitingSection() const
{
    if (m_state.waiting.isEmpty())
        return {};
    int jobColumns = 0;
    for (const LiveWaiting& waiting : m_state.waiting)
        jobColumns = qMax(jobColumns, DisplayWidth::columns(waiting.job));
    jobColumns = qMin(jobColumns, qMax(8, m_width / 3));
    Section section{ScreenLine::heading(tr("Waiting (%n)", nullptr, int(m_state.waiting.size())))};
    for (const LiveWaiting& waiting : m_state.waiting) {
        ScreenLine line(
            DisplayWidth::padRight(DisplayWidth::elideMiddle(waiting.job, jobColumns), jobColumns) +
            QStringLiteral("  "));
        const QString reason = waiting.reason.isEmpty() ? tr("queued") : waiting.reason;
        line.append(DisplayWidth::elideRight(reason, m_width - line.columns()), SpanStyle::Dim);
        section.append(line);
    }
    return section;
}

RunScreen::Section RunScreen::activitySection() const
{
    if (m_state.activity.isEmpty())
        return {};
    Section section{ScreenLine::heading(tr("Activity"))};
    for (const LiveActivity& activity :
         m_state.activity.mid(qMax<qsizetype>(0, m_state.activity.size() - kActivityShown))) {
        ScreenLine line(activity.job + QStringLiteral(": "), SpanStyle::Dim);
        line.append(activity.line, activity.notice ? SpanStyle::Warning : SpanStyle::Normal);
        section.append(line);
    }
    return section;
}

RunScreen::Section RunScreen::endingSection() const
{
    Section section{ScreenLine::heading(m_state.cancelled ? tr("Cancelled") : tr("Finished"))};
    if (!m_state.error.isEmpty())
        section.append(ScreenLine(m_state.error, SpanStyle::Bad));
    section.append(FinishedList::render(m_state.finished, m_width));
    if (m_state.finished.isEmpty() && m_state.error.isEmpty())
        section.append(ScreenLine(tr("Nothing was due."), SpanStyle::Dim));
    return section;
}

} // namespace larder
