#include "RunningModel.h"

#include "base/Units.h"
#include "live/RemainingTime.h"
#include "run/JobEvent.h"
#include "run/RunService.h"

namespace larder {

namespace {

constexpr int kClockIntervalMs = 1'000;

} // namespace

RunningModel::RunningModel(RunService& service, EstimateLookup estimate, QObject* parent)
    : QAbstractTableModel(parent), m_service(service), m_estimate(std::move(estimate))
{
    m_clock.setInterval(kClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, &RunningModel::tick);
    connect(&m_service, &RunService::jobChanged, this, &RunningModel::onJobChanged);
    connect(&m_service, &RunService::jobProgress, this, &RunningModel::onProgress);
    connect(&m_service, &RunService::jobStalled, this, &RunningModel::onStalled);
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

void RunningModel::onJobChanged(const JobEvent& event)
{
    const int row = rowOf(event.job);
    if (event.state == JobState::Running) {
        if (row >= 0)
            return;
        Dump dump;
        dump.job = event.job;
        dump.server = event.server;
        dump.startedUtc = event.startedUtc.isValid() ? event.startedUtc : QDateTime::currentDateTimeUtc();
        dump.estimate = m_estimate ? m_estimate(event.job) : 0;
        const int at = int(m_dumps.size());
        beginInsertRows({}, at, at);
        m_dumps.append(dump);
        endInsertRows();
        if (!m_clock.isActive())
            m_clock.start();
        return;
    }
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_dumps.removeAt(row);
    endRemoveRows();
    if (m_dumps.isEmpty())
        m_clock.stop();
}

void RunningModel::onProgress(const QString& job, qint64 bytes)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    m_dumps[row].bytes = bytes;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunningModel::onStalled(const QString& job, const QString& why)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    m_dumps[row].stalled = why;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunningModel::tick()
{
    if (!m_dumps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_dumps.size()) - 1, ColumnCount - 1));
}

qint64 RunningModel::elapsedMs(const Dump& dump) const
{
    return qMax<qint64>(0, dump.startedUtc.msecsTo(QDateTime::currentDateTimeUtc()));
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
