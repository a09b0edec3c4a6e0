// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "FinishedModel.h"

#include "StateColours.h"
#include "base/Units.h"
#include "live/LiveRunState.h"
#include "status/LiveRunFeed.h"

#include <QBrush>
#include <QGuiApplication>

#include <algorithm>

namespace larder {

namespace {

// A blank state: no run is live (a watched run's publisher went away). Not a new run.
bool isBlank(const LiveRunState& state)
{
    return state.due == 0 && state.running.isEmpty() && state.waiting.isEmpty() && state.finished.isEmpty();
}

bool startsWith(const QList<LiveFinished>& list, const QList<LiveFinished>& prefix)
{
    return list.size() >= prefix.size() && std::equal(prefix.cbegin(), prefix.cend(), list.cbegin());
}

} // namespace

FinishedModel::FinishedModel(LiveRunFeed& feed, QObject* parent) : QAbstractTableModel(parent), m_feed(feed)
{
    connect(&m_feed, &LiveRunFeed::changed, this, [this] { show(m_feed.state()); });
    show(m_feed.state());
}

FinishedModel::~FinishedModel() = default;

void FinishedModel::show(const LiveRunState& state)
{
    if (isBlank(state) || state.finished == m_jobs)
        return;
    // The same run, further on: append its newly finished jobs, so a selection stays.
    if (startsWith(state.finished, m_jobs)) {
        const int first = int(m_jobs.size());
        beginInsertRows({}, first, int(state.finished.size()) - 1);
        m_jobs = state.finished;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_jobs = state.finished;
    endResetModel();
}

int FinishedModel::warnings() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const LiveFinished& job) {
        return job.state == JobState::Succeeded && !job.warning.isEmpty();
    }));
}

QString FinishedModel::resultText(const LiveFinished& job)
{
    switch (job.state) {
    case JobState::Succeeded:
        return job.warning.isEmpty() ? tr("succeeded") : tr("succeeded, warning");
    case JobState::Cancelled:
        return tr("cancelled");
    case JobState::Skipped:
        return tr("skipped: on another host");
    default:
        return tr("failed");
    }
}

int FinishedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int FinishedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FinishedModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const LiveFinished& job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(job, index.column());
    case Qt::ToolTipRole:
        return toolTip(job);
    case Qt::ForegroundRole:
        return foreground(job, index.column());
    case JobNameRole:
        return job.job;
    case StateRole:
        return int(job.state);
    case WarningRole:
        return job.warning;
    default:
        return {};
    }
}

QVariant FinishedModel::displayData(const LiveFinished& job, int column) const
{
    switch (column) {
    case JobColumn:
        return job.job;
    case ResultColumn:
        return resultText(job);
    case SizeColumn:
        return job.state == JobState::Succeeded ? Units::bytes(job.bytes) : QString();
    case ElapsedColumn:
        return Units::duration(job.elapsedMs);
    case DetailColumn: {
        // The first line: the tooltip has all of it.
        const QString detail = job.state != JobState::Succeeded ? job.error
                               : job.warning.isEmpty()          ? job.path
                                                                : job.warning;
        return detail.section(QLatin1Char('\n'), 0, 0);
    }
    default:
        return {};
    }
}

QVariant FinishedModel::foreground(const LiveFinished& job, int column) const
{
    if (column != ResultColumn && column != DetailColumn)
        return {};
    const QPalette palette = QGuiApplication::palette();
    if (job.state == JobState::Failed)
        return QBrush(StateColours::failure(palette));
    if (job.state == JobState::Cancelled || !job.warning.isEmpty())
        return QBrush(StateColours::warning(palette));
    return {};
}

QString FinishedModel::toolTip(const LiveFinished& job)
{
    QString tip = tr("%1 on server %2: %3").arg(job.job, job.server, resultText(job));
    if (job.state != JobState::Succeeded) {
        if (!job.error.isEmpty())
            tip += QLatin1Char('\n') + job.error;
        return tip;
    }
    if (!job.warning.isEmpty())
        tip += QLatin1Char('\n') + tr("Warning: %1").arg(job.warning);
    if (!job.path.isEmpty())
        tip += QLatin1Char('\n') + job.path;
    return tip;
}

QVariant FinishedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case JobColumn:
        return tr("Job");
    case ResultColumn:
        return tr("Result");
    case SizeColumn:
        return tr("Size");
    case ElapsedColumn:
        return tr("Took");
    case DetailColumn:
        return tr("Warning, error or file");
    default:
        return {};
    }
}

} // namespace larder
