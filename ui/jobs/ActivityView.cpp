// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ActivityView.h"

#include "base/Units.h"
#include "live/LiveRunState.h"
#include "status/LiveRunFeed.h"

#include <QFontDatabase>
#include <QScrollBar>

namespace larder {

ActivityView::ActivityView(LiveRunFeed& feed, QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(kMaxLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("pg_dump activity"));
    connect(&feed, &LiveRunFeed::activity, this, &ActivityView::onActivity);
    // A new attempt starts a fresh section, so lines of two dumps never run together unmarked.
    connect(&feed, &LiveRunFeed::dumpStarted, this, [this](const QString& job, const QDateTime& startedUtc) {
        onActivity(job, tr("--- started %1 ---")
                            .arg(startedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    });
    const LiveRunFeed* source = &feed;
    connect(&feed, &LiveRunFeed::changed, this, [this, source] { onChanged(source->state()); });
    showPlaceholder();
}

ActivityView::~ActivityView() = default;

void ActivityView::onChanged(const LiveRunState& state)
{
    if (state.finished.isEmpty()) {
        // A new run starts afresh; a blank state (a watched run went away) keeps what was told.
        if (state.due > 0 || !state.running.isEmpty())
            m_finished.clear();
        return;
    }
    for (const LiveFinished& job : state.finished) {
        if (!m_finished.contains(job))
            onActivity(job.job, finishedLine(job));
    }
    m_finished = state.finished;
}

QString ActivityView::finishedLine(const LiveFinished& job)
{
    switch (job.state) {
    case JobState::Succeeded:
        return job.warning.isEmpty() ? tr("--- succeeded: %1 ---").arg(Units::bytes(job.bytes))
                                     : tr("--- succeeded with a warning: %1 ---")
                                           .arg(job.warning.section(QLatin1Char('\n'), 0, 0));
    case JobState::Cancelled:
        return tr("--- cancelled ---");
    case JobState::Skipped:
        return tr("--- skipped: %1 ---").arg(job.error.section(QLatin1Char('\n'), 0, 0));
    default:
        return tr("--- failed: %1 ---").arg(job.error.section(QLatin1Char('\n'), 0, 0));
    }
}

void ActivityView::setJob(const QString& job)
{
    if (job == m_job)
        return;
    m_job = job;
    const QStringList lines = m_lines.value(job);
    if (lines.isEmpty()) {
        showPlaceholder();
        return;
    }
    setPlaceholderText(QString());
    setPlainText(lines.join(QLatin1Char('\n')));
    moveCursor(QTextCursor::End);
}

void ActivityView::showPlaceholder()
{
    clear();
    setPlaceholderText(m_job.isEmpty() ? tr("Select a job to see what pg_dump reports while it runs.")
                                       : tr("No activity of %1 since Larder started.").arg(m_job));
}

void ActivityView::onActivity(const QString& job, const QString& line)
{
    QStringList& lines = m_lines[job];
    lines.append(line);
    if (lines.size() > kMaxLines)
        lines.erase(lines.begin(), lines.begin() + (lines.size() - kMaxLines));
    if (job != m_job)
        return;
    // Follow the end only if the reader is already there; someone scrolled up is reading.
    QScrollBar* bar = verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    appendPlainText(line);
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace larder
