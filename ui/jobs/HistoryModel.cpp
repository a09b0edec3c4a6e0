#include "HistoryModel.h"

#include "History.h"
#include "RelativeTime.h"
#include "RunService.h"
#include "Units.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace larder {

namespace {

bool isFailure(AttemptStatus status)
{
    return status == AttemptStatus::Failed || status == AttemptStatus::Interrupted;
}

} // namespace

HistoryModel::HistoryModel(RunService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    connect(&m_service, &RunService::historyChanged, this, &HistoryModel::reload);
    // A new config may point at another history file.
    connect(&m_service, &RunService::configReloaded, this, &HistoryModel::reload);
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setJob(const QString& job)
{
    if (job == m_job)
        return;
    m_job = job;
    reload();
}

void HistoryModel::reload()
{
    QList<HistoryRecord> records;
    QString error;
    if (!m_job.isEmpty()) {
        History* history = m_service.history();
        if (!history) {
            error = m_service.historyError();
        } else if (auto attempts = history->attempts(m_job, kLimit)) {
            records = std::move(*attempts);
        } else {
            error = attempts.error().message;
        }
    }
    beginResetModel();
    m_records = std::move(records);
    m_loadError = error;
    endResetModel();
}

const HistoryRecord* HistoryModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::statusText(AttemptStatus status)
{
    switch (status) {
    case AttemptStatus::Running:
        return tr("running");
    case AttemptStatus::Success:
        return tr("success");
    case AttemptStatus::Failed:
        return tr("failed");
    case AttemptStatus::Interrupted:
        return tr("interrupted");
    case AttemptStatus::Cancelled:
        return tr("cancelled");
    case AttemptStatus::Pruned:
        return tr("pruned");
    }
    return QString();
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const HistoryRecord& record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(record, index.column());
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return record.startedUtc.toMSecsSinceEpoch();
        case DurationColumn:
            return record.durationMs();
        case SizeColumn:
            return record.bytes;
        default:
            return displayData(record, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return tr("%1 (%2)").arg(RelativeTime::exact(record.startedUtc), record.trigger == Trigger::Manual
                                                                                 ? tr("started by hand")
                                                                                 : tr("scheduled"));
        if (!record.error.isEmpty())
            return record.error;
        return record.path.isEmpty() ? QVariant() : QVariant(record.path);
    case StatusRole:
        return int(record.status);
    case ErrorRole:
        return record.error;
    case PathRole:
        return record.path;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && isFailure(record.status))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::FontRole:
        if (record.status == AttemptStatus::Pruned) {
            QFont font;
            font.setStrikeOut(index.column() == SizeColumn);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::displayData(const HistoryRecord& record, int column) const
{
    switch (column) {
    case TimeColumn:
        return RelativeTime::exact(record.startedUtc);
    case DurationColumn:
        return record.finishedUtc.isValid() ? Units::duration(record.durationMs()) : QString();
    case SizeColumn:
        return record.status == AttemptStatus::Success || record.status == AttemptStatus::Pruned
                   ? Units::bytes(record.bytes)
                   : QString();
    case StatusColumn:
        return statusText(record.status);
    case ErrorColumn:
        // The table shows the first line; the detail area and the tooltip show all of it.
        return record.error.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace larder
