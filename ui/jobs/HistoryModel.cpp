// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "HistoryModel.h"

#include "RelativeTime.h"
#include "StateColours.h"
#include "base/Units.h"
#include "history/History.h"
#include "retention/Pruner.h"
#include "run/RunService.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace larder {

namespace {

bool isFailure(AttemptStatus status)
{
    return status == AttemptStatus::Failed || status == AttemptStatus::Interrupted;
}

bool verifyFailed(const HistoryRecord& record)
{
    return record.verifiedUtc.isValid() && record.verifyStatus != QLatin1String("ok");
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
    // Another job starts at its newest page.
    m_records.clear();
    reload();
}

void HistoryModel::reload()
{
    // As deep as the view was scrolled: a new attempt must not snap the list back to its first page
    // under someone reading older ones.
    const int depth = std::max(kPageSize, int(m_records.size()));
    QList<HistoryRecord> records;
    QString error;
    QHash<qint64, QString> retention;
    bool atEnd = true;
    if (!m_job.isEmpty()) {
        History* history = m_service.history();
        if (!history) {
            error = m_service.historyError();
        } else if (auto attempts = history->attempts(m_job, depth)) {
            records = std::move(*attempts);
            atEnd = records.size() < depth;
            retention = retentionTexts();
        } else {
            error = attempts.error().message;
        }
    }
    beginResetModel();
    m_records = std::move(records);
    m_atEnd = atEnd;
    m_loadError = error;
    m_retention = std::move(retention);
    endResetModel();
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_records.isEmpty();
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    History* history = m_service.history();
    if (!history) {
        // The file went away with a config reload; the reload that follows lists it again.
        m_atEnd = true;
        return;
    }
    auto page = history->attemptsBefore(m_job, m_records.constLast().id, kPageSize);
    if (!page) {
        // loadError() says why (the detail area shows it for the next attempt selected); no retry
        // until the next reload, so a view scrolled to the bottom does not ask again and again.
        m_loadError = page.error().message;
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    // The retention texts need no new dry run: it covered all of the job's successful dumps.
    beginInsertRows(QModelIndex(), int(m_records.size()), int(m_records.size() + page->size()) - 1);
    m_records.append(std::move(*page));
    endInsertRows();
}

int HistoryModel::fetchUntil(qint64 attemptId, int maxRows)
{
    int row = rowOf(attemptId);
    while (row < 0 && m_records.size() < maxRows && canFetchMore(QModelIndex())) {
        const int before = int(m_records.size());
        fetchMore(QModelIndex());
        for (int i = before; i < m_records.size() && row < 0; ++i) {
            if (m_records.at(i).id == attemptId)
                row = i;
        }
    }
    return row;
}

QHash<qint64, QString> HistoryModel::retentionTexts() const
{
    // The job's rules: configured, or found by the last discovery.
    const std::optional<JobConfig> job = m_service.job(m_job);
    History* history = m_service.history();
    if (!job || !history)
        return {};
    // The dry run `larder prune --dry-run` prints: reads history and looks at the files of the
    // dumps it would delete; changes nothing.
    Pruner pruner(*history, QTimeZone::systemTimeZone());
    const Result<Pruner::Report> report =
        pruner.prune(*job, QDateTime::currentDateTimeUtc(), /*dryRun=*/true);
    if (!report)
        return {};
    QHash<qint64, QString> texts;
    for (const Pruner::Entry& entry : report->entries) {
        QString text;
        switch (entry.action) {
        case Pruner::Action::Kept:
            text = tr("kept: %1").arg(entry.reasons.join(QLatin1String(", ")));
            break;
        case Pruner::Action::Deleted:
            text = tr("would be pruned at the next successful dump");
            break;
        case Pruner::Action::AlreadyMissing:
            text = tr("already gone; marked pruned at the next successful dump");
            break;
        case Pruner::Action::Failed:
            text = tr("to be pruned, but cannot be: %1").arg(entry.error);
            break;
        case Pruner::Action::OnAnotherHost:
            text = tr("pruned by host %1, which holds it").arg(entry.record.host);
            break;
        }
        texts.insert(entry.record.id, text);
    }
    return texts;
}

const HistoryRecord* HistoryModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int HistoryModel::rowOf(qint64 attemptId) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == attemptId)
            return row;
    }
    return -1;
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

QString HistoryModel::causeFirst(const QString& line)
{
    // Larder's messages nest as "what failed: why", then maybe a hint in a sentence of its own:
    // "pg_dump of app on main (...) failed (exit code 1): cannot connect ...: FATAL: password
    // authentication failed for user "backup". Hint: ...". The innermost why of the first sentence is
    // what a person scanning the column needs first; the hint is in the tooltip and the details.
    static const QRegularExpression sentenceEnd(QStringLiteral("\\.\\s+(?=\\p{Lu})"));
    const QString sentence = line.section(sentenceEnd, 0, 0);
    const qsizetype first = sentence.indexOf(QLatin1String(": "));
    if (first < 0)
        return line;
    const QString cause = sentence.mid(sentence.lastIndexOf(QLatin1String(": ")) + 2).trimmed();
    if (cause.isEmpty())
        return line;
    return tr("%1 — %2").arg(cause, sentence.left(first));
}

QString HistoryModel::verifiedText(const HistoryRecord& record)
{
    if (!record.verifiedUtc.isValid())
        return QString();
    if (record.verifyStatus == QLatin1String("ok"))
        return tr("ok %1").arg(record.verifiedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (record.verifyStatus == QLatin1String("mismatch"))
        return tr("mismatch");
    return tr("error");
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
        case VerifiedColumn:
            return record.verifiedUtc.isValid() ? record.verifiedUtc.toMSecsSinceEpoch() : qint64(0);
        default:
            return displayData(record, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == VerifiedColumn && record.verifiedUtc.isValid())
            return record.verifyError.isEmpty() ? tr("Checksums and pg_restore found nothing wrong (%1)")
                                                      .arg(RelativeTime::exact(record.verifiedUtc))
                                                : record.verifyError;
        if (index.column() == RetentionColumn && m_retention.contains(record.id))
            return m_retention.value(record.id);
        if (index.column() == TimeColumn)
            return tr("%1 (%2)").arg(RelativeTime::exact(record.startedUtc), record.trigger == Trigger::Manual
                                                                                 ? tr("started by hand")
                                                                                 : tr("scheduled"));
        if (!record.error.isEmpty())
            return record.error;
        if (!record.warning.isEmpty())
            return record.warning;
        // Other attempts left no dump at the path they record.
        return record.path.isEmpty() || record.status != AttemptStatus::Success ? QVariant()
                                                                                : QVariant(record.path);
    case StatusRole:
        return int(record.status);
    case ErrorRole:
        return record.error;
    case PathRole:
        return record.path;
    case VerifyStatusRole:
        return record.verifyStatus;
    case VerifyErrorRole:
        return record.verifyError;
    case AttemptIdRole:
        return record.id;
    case Qt::ForegroundRole:
        if ((index.column() == StatusColumn && isFailure(record.status)) ||
            (index.column() == VerifiedColumn && verifyFailed(record)))
            return QBrush(StateColours::failure(QGuiApplication::palette()));
        if (index.column() == StatusColumn && !record.warning.isEmpty())
            return QBrush(StateColours::warning(QGuiApplication::palette()));
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
        // Never by colour alone: the word says it too.
        return record.warning.isEmpty() ? statusText(record.status)
                                        : tr("%1, warning").arg(statusText(record.status));
    case VerifiedColumn:
        return verifiedText(record);
    case RetentionColumn:
        // The first line: a failure to prune says more in the tooltip.
        return record.status == AttemptStatus::Success
                   ? m_retention.value(record.id).section(QLatin1Char('\n'), 0, 0)
                   : QString();
    case ErrorColumn:
        // The table shows the first line, cause first; the detail area and the tooltip show all of it.
        return causeFirst(
            (record.error.isEmpty() ? record.warning : record.error).section(QLatin1Char('\n'), 0, 0));
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
    case VerifiedColumn:
        return tr("Verified");
    case RetentionColumn:
        return tr("Kept because");
    case ErrorColumn:
        return tr("Error or warning");
    default:
        return {};
    }
}

} // namespace larder
