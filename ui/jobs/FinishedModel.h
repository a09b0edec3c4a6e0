// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "live/LiveFinished.h"

#include <QAbstractTableModel>
#include <QList>

namespace larder {

class LiveRunFeed;
struct LiveRunState;

// The jobs of the live run (LiveRunFeed: this app's own, or cron's) that have ended, in finishing
// order: succeeded, succeeded with a warning (a suspiciously small dump, a failed after_dump hook),
// failed or cancelled, with the warning or the error in the row and its tooltip. The rows of the last
// run stay after it ends (a watched run's feed goes blank) until another run starts.
class FinishedModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishedModel)

public:
    enum Column { JobColumn, ResultColumn, SizeColumn, ElapsedColumn, DetailColumn, ColumnCount };
    enum Role {
        JobNameRole = Qt::UserRole + 1,
        StateRole,   // int: JobState
        WarningRole, // QString: a success's warning; empty for most
    };

    explicit FinishedModel(LiveRunFeed& feed, QObject* parent = nullptr);
    ~FinishedModel() override;

    // "succeeded", "succeeded, warning", "failed", "cancelled": never by colour alone.
    static QString resultText(const LiveFinished& job);
    // How many rows have a warning.
    int warnings() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void show(const LiveRunState& state);
    QVariant displayData(const LiveFinished& job, int column) const;
    QVariant foreground(const LiveFinished& job, int column) const;
    static QString toolTip(const LiveFinished& job);

    LiveRunFeed& m_feed;
    QList<LiveFinished> m_jobs;
};

} // namespace larder
