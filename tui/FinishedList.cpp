// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "FinishedList.h"

#include "DisplayWidth.h"
#include "base/Units.h"

namespace larder {

namespace {

const QString kGap = QStringLiteral("  ");
constexpr int kMinJobColumns = 8;

} // namespace

FinishedList::Outcome FinishedList::outcome(const LiveFinished& job)
{
    if (job.state == JobState::Succeeded)
        return job.warning.isEmpty() ? Outcome{tr("ok"), SpanStyle::Good}
                                     : Outcome{tr("warning"), SpanStyle::Warning};
    if (job.state == JobState::Cancelled)
        return {tr("cancelled"), SpanStyle::Warning};
    if (job.state == JobState::Skipped)
        return {tr("skipped"), SpanStyle::Dim};
    return {tr("failed"), SpanStyle::Bad};
}

QList<ScreenLine> FinishedList::render(const QList<LiveFinished>& jobs, int width)
{
    int outcomeColumns = 0;
    int jobColumns = 0;
    for (const LiveFinished& job : jobs) {
        outcomeColumns = qMax(outcomeColumns, DisplayWidth::columns(outcome(job).word));
        jobColumns = qMax(jobColumns, DisplayWidth::columns(job.job));
    }
    // The job name may take a third of the line; the rest is for the file or the error.
    jobColumns = qMin(jobColumns, qMax(kMinJobColumns, width / 3));
    QList<ScreenLine> lines;
    for (const LiveFinished& job : jobs)
        lines.append(row(job, outcomeColumns, jobColumns, width));
    return lines;
}

ScreenLine FinishedList::row(const LiveFinished& job, int outcomeColumns, int jobColumns, int width)
{
    ScreenLine line;
    const Outcome shown = outcome(job);
    line.append(DisplayWidth::padRight(shown.word, outcomeColumns), shown.style);
    line.append(kGap + DisplayWidth::padRight(DisplayWidth::elideMiddle(job.job, jobColumns), jobColumns) +
                kGap);
    if (job.state != JobState::Succeeded) {
        line.append(DisplayWidth::elideRight(job.error, width - line.columns()));
        return line.fittedTo(width);
    }
    line.append(Units::bytes(job.bytes) + kGap);
    if (!job.warning.isEmpty()) {
        line.append(DisplayWidth::elideRight(job.warning, width - line.columns()), SpanStyle::Warning);
        return line.fittedTo(width);
    }
    // The middle of a path is the least telling part: its directory's start and the file name stay.
    line.append(DisplayWidth::elideMiddle(job.path, width - line.columns()), SpanStyle::Dim);
    return line.fittedTo(width);
}

} // namespace larder
