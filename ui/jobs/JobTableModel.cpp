// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "JobTableModel.h"

#include "RelativeTime.h"
#include "StateColours.h"
#include "base/Units.h"
#include "history/History.h"
#include "live/LiveRunState.h"
#include "run/RunService.h"
#include "status/LiveRunFeed.h"

#include <QSet>

#include "run/RunSummary.h"
#include <algorithm>

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <limits>

namespace larder {

namespace {

constexpr int kClockIntervalMs = 30'000;

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

JobTableModel::JobTableModel(RunService& service, const LiveRunFeed& feed, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    m_clock.setInterval(kClockIntervalMs);
    // Relative times age and slots pass: due states change without any signal from the service.
    connect(&m_clock, &QTimer::timeout, this, &JobTableModel::refresh);
    m_clock.start();
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &JobTableModel::refresh);

    connect(&m_service, &RunService::configReloaded, this, &JobTableModel::scheduleRefresh);
    connect(&m_service, &RunService::historyChanged, this, &JobTableModel::scheduleRefresh);
    connect(&m_service, &RunService::runFinished, this, &JobTableModel::scheduleRefresh);
    connect(&m_service, &RunService::jobsDiscovered, this, &JobTableModel::scheduleRefresh);
    connect(&feed, &LiveRunFeed::changed, this, [this, &feed] { onLiveChanged(feed.state()); });
    refresh();
}

JobTableModel::~JobTableModel() = default;

void JobTableModel::setRefreshInterval(int milliseconds)
{
    m_clock.start(milliseconds);
}

void JobTableModel::scheduleRefresh()
{
    m_coalesce.start();
}

void JobTableModel::refresh()
{
    m_nowUtc = QDateTime::currentDateTimeUtc();
    const QList<PlannedJob> plan = m_service.plan();
    History* history = m_service.history();
    // Each job's newest finished attempt (running ones are this run's, or cron's) in one query for all
    // jobs: a query per job was ~1,000 a refresh, every 30 s, with 1,000 jobs (bench/run 5b).
    QHash<QString, HistoryRecord> newest;
    if (history) {
        if (auto last = history->lastAttempts())
            newest = std::move(*last);
    }

    QList<Row> rows;
    rows.reserve(plan.size());
    for (const PlannedJob& planned : plan) {
        Row row;
        row.planned = planned;
        if (const auto found = newest.constFind(planned.job.name); found != newest.cend()) {
            const HistoryRecord& record = *found;
            row.newestFailed =
                record.status == AttemptStatus::Failed || record.status == AttemptStatus::Interrupted;
            row.newestError = record.error;
            if (record.status == AttemptStatus::Success)
                row.newestWarning = record.warning;
        }
        rows.append(row);
    }

    bool sameJobs = rows.size() == m_rows.size();
    for (int i = 0; sameJobs && i < rows.size(); ++i)
        sameJobs = rows.at(i).planned.job.name == m_rows.at(i).planned.job.name;

    if (sameJobs) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_rowByName.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByName.insert(m_rows.at(i).planned.job.name, i);
    endResetModel();
}

// Queued and Running come from the live run, whichever process runs it (this app, or cron's
// larder run through the status channel).
void JobTableModel::onLiveChanged(const LiveRunState& live)
{
    QHash<QString, State> states;
    for (const LiveWaiting& waiting : live.waiting)
        states.insert(waiting.job, State::Queued);
    for (const LiveDump& dump : live.running)
        states.insert(dump.job, State::Running);
    QSet<QString> changed;
    for (auto old = m_liveStates.cbegin(); old != m_liveStates.cend(); ++old) {
        if (states.value(old.key(), State::Idle) != old.value())
            changed.insert(old.key());
    }
    for (auto now = states.cbegin(); now != states.cend(); ++now) {
        if (m_liveStates.value(now.key(), State::Idle) != now.value())
            changed.insert(now.key());
    }
    const bool someEnded = std::any_of(m_liveStates.keyBegin(), m_liveStates.keyEnd(),
                                       [&states](const QString& job) { return !states.contains(job); });
    m_liveStates = states;
    // A dump's attempt is in history before the run says it ended: read its outcome.
    if (someEnded)
        scheduleRefresh();
    for (const QString& job : std::as_const(changed))
        emitRowChanged(rowOf(job));
}

void JobTableModel::emitRowChanged(int row)
{
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int JobTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int JobTableModel::rowOf(const QString& job) const
{
    return m_rowByName.value(job, -1);
}

QString JobTableModel::jobAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).planned.job.name : QString();
}

JobTableModel::State JobTableModel::state(const QString& job) const
{
    const int row = rowOf(job);
    return row < 0 ? State::Idle : stateOf(m_rows.at(row));
}

JobTableModel::State JobTableModel::stateOf(const Row& row) const
{
    const auto live = m_liveStates.constFind(row.planned.job.name);
    if (live != m_liveStates.constEnd())
        return *live;
    if (row.newestFailed)
        return State::Failed;
    if (row.planned.freshness.isStale())
        return State::Stale;
    if (!row.newestWarning.isEmpty())
        return State::Suspicious;
    // Attempts that were all stopped (or are still running elsewhere) leave no dump behind.
    if (!row.planned.lastSuccessUtc.isValid())
        return State::NeverRun;
    return row.planned.due ? State::Due : State::Idle;
}

bool JobTableModel::needsAttention(State state)
{
    return state == State::Failed || state == State::Stale || state == State::Suspicious;
}

QVariant JobTableModel::stateBrush(State state)
{
    const QPalette palette = QGuiApplication::palette();
    switch (state) {
    case State::Failed:
        return QBrush(StateColours::failure(palette));
    case State::Stale:
    case State::Suspicious:
        return QBrush(StateColours::warning(palette));
    default:
        return {};
    }
}

StateIcons::Look JobTableModel::lookOf(State state, bool enabled)
{
    using Look = StateIcons::Look;
    if (!enabled)
        return Look::Paused;
    switch (state) {
    case State::Idle:
        return Look::Ok;
    case State::Due:
        return Look::Due;
    case State::NeverRun:
        return Look::NeverRun;
    case State::Queued:
        return Look::Queued;
    case State::Running:
        return Look::Running;
    case State::Suspicious:
    case State::Stale:
        return Look::Warning;
    case State::Failed:
        return Look::Failed;
    }
    return Look::Ok;
}

QString JobTableModel::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("idle");
    case State::Due:
        return tr("due");
    case State::NeverRun:
        return tr("never run");
    case State::Suspicious:
        return tr("suspicious");
    case State::Stale:
        return tr("stale");
    case State::Queued:
        return tr("queued");
    case State::Running:
        return tr("running");
    case State::Failed:
        return tr("failed");
    }
    return QString();
}

QVariant JobTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const JobConfig& job = row.planned.job;
    const bool editable = !job.discovered && job.kind == JobKind::Database;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case JobNameRole:
        return job.name;
    case EditableRole:
        return editable;
    case StateRole:
        return int(stateOf(row));
    case Qt::FontRole:
        if (!editable && index.column() == NameColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (index.column() == StateColumn && needsAttention(stateOf(row))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // enabled = false: kept for Back Up Selected Now but out of the schedule, like a disabled control.
        if (!job.enabled)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == StateColumn)
            return stateBrush(stateOf(row));
        return {};
    case Qt::DecorationRole: {
        if (index.column() != StateColumn)
            return {};
        // Drawn once per palette: a switch to a dark theme redraws them in its colours.
        const QPalette palette = QGuiApplication::palette();
        if (palette.color(QPalette::Base).rgb() != m_iconBase) {
            m_icons.clear();
            m_iconBase = palette.color(QPalette::Base).rgb();
        }
        const int look = int(lookOf(stateOf(row), job.enabled));
        auto found = m_icons.find(look);
        if (found == m_icons.end())
            found = m_icons.insert(look, StateIcons::icon(StateIcons::Look(look), palette));
        return *found;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == LastSizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant JobTableModel::displayData(const Row& row, int column) const
{
    const PlannedJob& planned = row.planned;
    switch (column) {
    case NameColumn:
        return planned.job.name;
    case ServerColumn:
        return planned.job.server.name;
    case DatabaseColumn:
        return planned.job.kind == JobKind::Globals ? tr("(roles and tablespaces)") : planned.job.dbname;
    case ScheduleColumn:
        return planned.job.schedule.describe();
    case LastSuccessColumn:
        return RelativeTime::since(planned.lastSuccessUtc, m_nowUtc);
    case LastSizeColumn:
        return planned.lastSuccessUtc.isValid() ? Units::bytes(planned.lastBytes) : QString();
    case NextDueColumn:
        switch (planned.job.schedule.kind()) {
        case Schedule::Kind::Manual:
            return tr("manual");
        case Schedule::Kind::Always:
            return tr("every run");
        default:
            return planned.due ? tr("now") : RelativeTime::until(planned.nextDueUtc, m_nowUtc);
        }
    case StateColumn:
        // A disabled job still shows queued or running while Back Up Selected Now dumps it.
        if (!planned.job.enabled && !m_liveStates.contains(planned.job.name))
            return tr("disabled");
        return stateName(stateOf(row));
    default:
        return {};
    }
}

QVariant JobTableModel::sortData(const Row& row, int column) const
{
    const PlannedJob& planned = row.planned;
    constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    switch (column) {
    case LastSuccessColumn:
        return planned.lastSuccessUtc.isValid() ? planned.lastSuccessUtc.toMSecsSinceEpoch() : qint64(-1);
    case LastSizeColumn:
        return planned.lastSuccessUtc.isValid() ? planned.lastBytes : qint64(-1);
    case NextDueColumn:
        if (planned.due)
            return qint64(0);
        return planned.nextDueUtc.isValid() ? planned.nextDueUtc.toMSecsSinceEpoch() : kNever;
    case StateColumn:
        return qint64(stateOf(row));
    default:
        return displayData(row, column);
    }
}

QVariant JobTableModel::toolTip(const Row& row, int column) const
{
    const PlannedJob& planned = row.planned;
    const JobConfig& job = planned.job;
    switch (column) {
    case NameColumn:
        if (job.kind == JobKind::Globals)
            return tr("Roles and tablespaces of server %1 (dump_globals); edit the server to change it.")
                .arg(job.server.name);
        if (job.discovered)
            return tr("Discovered on server %1 (its databases key); edit the server to change it.")
                .arg(job.server.name);
        return job.outputDirectory();
    case ServerColumn:
        return job.server.displayName();
    case LastSuccessColumn:
        return RelativeTime::exact(planned.lastSuccessUtc);
    case LastSizeColumn:
        return planned.lastDurationMs > 0 ? tr("took %1").arg(Units::duration(planned.lastDurationMs))
                                          : QVariant();
    case NextDueColumn:
        if (planned.nextDueUtc.isValid())
            return RelativeTime::exact(planned.nextDueUtc);
        return planned.reason;
    case StateColumn:
        switch (stateOf(row)) {
        case State::Failed:
            return firstLine(row.newestError);
        case State::Stale:
            return planned.freshness.describe();
        case State::Suspicious:
            return row.newestWarning;
        default:
            return planned.reason;
        }
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Job");
    case ServerColumn:
        return tr("Server");
    case DatabaseColumn:
        return tr("Database");
    case ScheduleColumn:
        return tr("Schedule");
    case LastSuccessColumn:
        return tr("Last success");
    case LastSizeColumn:
        return tr("Last size");
    case NextDueColumn:
        return tr("Next due");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace larder
