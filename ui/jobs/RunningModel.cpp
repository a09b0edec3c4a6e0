// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RunningModel.h"

#include "base/Units.h"
#include "live/LiveRun.h"
#include "live/RemainingTime.h"
#include "status/LiveRunFeed.h"

#include <algorithm>

namespace larder {

namespace {

constexpr int kClockIntervalMs = 1'000;

} // namespace

RunningModel::RunningModel(LiveRunFeed& feed, QObject* parent) : QAbstractTableModel(parent), m_feed(feed)
{
    m_clock.setInterval(kClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, &RunningModel::tick);
    connect(&m_feed, &LiveRunFeed::changed, this, &RunningModel::onChanged);
    onChanged();
}

RunningModel::~RunningModel() = default;

int RunningModel::rowOf(const QString& job) const
{
    for (int i = 0; i < m_dumps.size(); ++i) {
        if (m_dumps.at(i).job == job)
            return i;
    }
    return -1;
}

// Rows follow the live state's dumps: those gone are removed and new ones appended (the state keeps
// starting order), so a selected row stays selected while its dump runs.
void RunningModel::onChanged()
{
    const QList<LiveDump>& running = m_feed.state().running;
    const auto isRunning = [&running](const QString& job) {
        return std::any_of(running.cbegin(), running.cend(),
                           [&job](const LiveDump& dump) { return dump.job == job; });
    };
    for (int row = int(m_dumps.size()) - 1; row >= 0; --row) {
        if (isRunning(m_dumps.at(row).job))
            continue;
        beginRemoveRows({}, row, row);
        m_dumps.removeAt(row);
        endRemoveRows();
    }
    for (const LiveDump& dump : running) {
        const int row = rowOf(dump.job);
        if (row >= 0) {
            m_dumps[row] = dump;
            continue;
        }
        const int at = int(m_dumps.size());
        beginInsertRows({}, at, at);
        m_dumps.append(dump);
        endInsertRows();
    }
    tick();
    if (m_dumps.isEmpty())
        m_clock.stop();
    else if (!m_clock.isActive())
        m_clock.start();
}

void RunningModel::tick()
{
    if (!m_dumps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_dumps.size()) - 1, ColumnCount - 1));
}

qint64 RunningModel::elapsedMs(const Dump& dump) const
{
    return qMax<qint64>(0, LiveRun::monotonicMs() - dump.startedMs);
}

int RunningModel::progressPercent(const Dump& dump) const
{
    if (dump.estimate <= 0)
        return -1;
    // A dump that outgrows its predecessor is not done: hold at 99 % until it finishes.
    return int(qMin<qint64>(99, dump.bytes * 100 / dump.estimate));
}

QString RunningModel::progressText(const Dump& dump) const
{
    if (dump.estimate <= 0)
        return tr("first dump: no estimate");
    return tr("%1 % of %2 (estimate)").arg(progressPercent(dump)).arg(Units::bytes(dump.estimate));
}

QString RunningModel::etaText(const Dump& dump) const
{
    if (dump.estimate > 0 && dump.bytes >= dump.estimate)
        return tr("past the estimate");
    const std::optional<qint64> remaining =
        RemainingTime::estimateMs(dump.bytes, dump.estimate, elapsedMs(dump));
    if (!remaining)
        return QStringLiteral("–");
    return tr("~%1").arg(Units::duration(*remaining));
}

int RunningModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_dumps.size());
}

int RunningModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunningModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_dumps.size())
        return {};
    const Dump& dump = m_dumps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case JobColumn:
            return dump.job;
        case ProgressColumn:
            return progressText(dump);
        case WrittenColumn:
            return Units::bytes(dump.bytes);
        case ElapsedColumn:
            return Units::duration(elapsedMs(dump));
        case RateColumn:
            return dump.stalled.isEmpty() ? Units::rate(dump.bytes, elapsedMs(dump)) : tr("stalled");
        case EtaColumn:
            return etaText(dump);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return toolTip(dump, index.column());
    case StalledRole:
        return dump.stalled;
    case JobNameRole:
        return dump.job;
    case ProgressRole:
        return progressPercent(dump);
    case EstimateRole:
        return dump.estimate;
    default:
        return {};
    }
}

QVariant RunningModel::toolTip(const Dump& dump, int column) const
{
    QString tip;
    if (column == ProgressColumn && dump.estimate > 0)
        tip = tr("Estimated from the size of the previous successful dump of %1.").arg(dump.job);
    else if (column == JobColumn)
        tip = tr("on server %1").arg(dump.server);
    // Why it writes nothing, wherever the pointer rests on its row.
    if (!dump.stalled.isEmpty())
        tip +=
            (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Writes nothing: %1").arg(dump.stalled);
    return tip.isEmpty() ? QVariant() : QVariant(tip);
}

QVariant RunningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case JobColumn:
        return tr("Job");
    case ProgressColumn:
        return tr("Progress");
    case WrittenColumn:
        return tr("Written");
    case ElapsedColumn:
        return tr("Elapsed");
    case RateColumn:
        return tr("Rate");
    case EtaColumn:
        return tr("Remaining");
    default:
        return {};
    }
}

} // namespace larder
