// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "QueueModel.h"

#include "run/JobEvent.h"
#include "run/RunService.h"
#include "run/RunSummary.h"

#include <algorithm>

namespace larder {

QueueModel::QueueModel(RunService& service, QObject* parent) : QAbstractTableModel(parent), m_service(service)
{
    connect(&m_service, &RunService::jobChanged, this, &QueueModel::onJobChanged);
    connect(&m_service, &RunService::lockBusy, this, &QueueModel::onLockBusy);
    connect(&m_service, &RunService::runStarted, this, [this] {
        m_lockMessage.clear();
        updatePending();
    });
    connect(&m_service, &RunService::runFinished, this, [this] {
        // Whatever was still queued was dropped (stop) or has ended.
        m_queued.clear();
        updatePending();
    });
}

QueueModel::~QueueModel() = default;

void QueueModel::onJobChanged(const JobEvent& event)
{
    auto found = std::find_if(m_queued.begin(), m_queued.end(),
                              [&event](const Entry& entry) { return entry.job == event.job; });
    if (event.state == JobState::Queued) {
        const QString reason = event.detail.isEmpty() ? tr("queued in this run") : event.detail;
        if (found != m_queued.end())
            found->reason = reason;
        else
            m_queued.append(Entry{event.job, reason});
    } else if (found != m_queued.end()) {
        m_queued.erase(found);
    }
    rebuild();
}

void QueueModel::onLockBusy(const QString& message)
{
    m_lockMessage = message;
    updatePending();
}

void QueueModel::updatePending()
{
    m_pending.clear();
    QString reason;
    if (!m_lockMessage.isEmpty())
        reason = m_lockMessage;
    else if (m_service.isRunning())
        reason = tr("waiting: joins a follow-up run when the current run finishes");
    else
        reason = tr("waiting to start");
    const QStringList pending = m_service.pendingJobs();
    for (const QString& job : pending)
        m_pending.append(Entry{job, reason});
    rebuild();
}

void QueueModel::rebuild()
{
    QList<Entry> rows = m_queued;
    for (const Entry& entry : std::as_const(m_pending)) {
        const bool inRun = std::any_of(m_queued.cbegin(), m_queued.cend(),
                                       [&entry](const Entry& queued) { return queued.job == entry.job; });
        if (!inRun)
            rows.append(entry);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int QueueModel::rowOf(const QString& job) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).job == job)
            return i;
    }
    return -1;
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry& entry = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == JobColumn ? entry.job : entry.reason;
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == JobColumn ? tr("Waiting job") : tr("Why it waits");
}

} // namespace larder
