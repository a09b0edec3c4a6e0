// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "StateIcons.h"
#include "plan/PlannedJob.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>
#include <QTimer>

namespace larder {

class LiveRunFeed;
class RunService;
struct LiveRunState;

// One row per job of RunService::plan(), with its live state. Display texts are relative ("5 min
// ago") and SortRole carries the raw values, so a QSortFilterProxyModel sorts by time and size,
// not by text.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)

public:
    enum Column {
        NameColumn,
        ServerColumn,
        DatabaseColumn,
        ScheduleColumn,
        LastSuccessColumn,
        LastSizeColumn,
        NextDueColumn,
        StateColumn,
        ColumnCount
    };
    // Ordered by how much attention a job needs, which is also the sort order of the state column
    // (the window sorts it descending: failed, stale and suspicious jobs first).
    enum class State { Idle, Due, NeverRun, Queued, Running, Suspicious, Stale, Failed };
    enum Role {
        SortRole = Qt::UserRole + 1,
        JobNameRole,  // QString
        EditableRole, // bool: false for discovered and globals jobs, which have no section to edit
        StateRole     // int(State)
    };

    // feed: the live run (any process's), for the Queued and Running states.
    JobTableModel(RunService& service, const LiveRunFeed& feed, QObject* parent = nullptr);
    ~JobTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateName(State state); // translated: "idle", "due", "never run", ...
    // Failed, stale or suspicious: shown bold and coloured (with the word, never colour alone).
    static bool needsAttention(State state);
    // The picture beside the state's word; a disabled job's is the pause sign.
    static StateIcons::Look lookOf(State state, bool enabled);

    int rowOf(const QString& job) const; // -1 if unknown
    QString jobAt(int row) const;
    State state(const QString& job) const;
    // How often relative times are redrawn and due states rechecked (default 30 s); for tests.
    void setRefreshInterval(int milliseconds);

public Q_SLOTS:
    // Re-plans and re-reads the newest attempt of each job.
    void refresh();

private:
    struct Row
    {
        PlannedJob planned;
        bool newestFailed = false;
        QString newestError;
        QString newestWarning; // of the newest attempt, a success (DumpSizeCheck)
    };

    void scheduleRefresh();
    void onLiveChanged(const LiveRunState& live);
    void emitRowChanged(int row);
    State stateOf(const Row& row) const;
    QVariant displayData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;
    static QVariant stateBrush(State state);

    RunService& m_service;
    QList<Row> m_rows;
    mutable QHash<int, QIcon> m_icons; // by Look, for the palette they were drawn for
    mutable QRgb m_iconBase = 0;
    QHash<QString, int> m_rowByName;
    QHash<QString, State> m_liveStates; // Queued or Running, from the live run
    QDateTime m_nowUtc;
    QTimer m_clock;
    QTimer m_coalesce; // many signals in one event-loop turn make one refresh
};

} // namespace larder
