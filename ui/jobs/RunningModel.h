// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "live/LiveDump.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QTimer>

namespace larder {

class LiveRunFeed;

// The dumps running now in whichever run is live (LiveRunFeed: this app's own, or cron's): bytes
// written, elapsed time, rate, and progress against an estimate (the size of the job's previous
// successful dump). A first dump has no estimate (ProgressRole -1). A dump that writes nothing says
// why (LiveDump::stalled): "stalled" as its rate, the words in its row's tooltip and StalledRole.
class RunningModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningModel)

public:
    enum Column {
        JobColumn,
        ProgressColumn,
        WrittenColumn,
        ElapsedColumn,
        RateColumn,
        EtaColumn,
        ColumnCount
    };
    enum Role {
        JobNameRole = Qt::UserRole + 1,
        ProgressRole, // int 0..100; -1 without an estimate
        EstimateRole, // qint64 bytes; 0 without an estimate
        StalledRole   // QString: why it writes nothing; empty while it grows
    };

    explicit RunningModel(LiveRunFeed& feed, QObject* parent = nullptr);
    ~RunningModel() override;

    int rowOf(const QString& job) const; // -1 if not running

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Dump = LiveDump;

    void onChanged();
    QVariant toolTip(const Dump& dump, int column) const;
    void tick();
    qint64 elapsedMs(const Dump& dump) const;
    int progressPercent(const Dump& dump) const;
    QString progressText(const Dump& dump) const;
    QString etaText(const Dump& dump) const;

    LiveRunFeed& m_feed;
    QList<Dump> m_dumps;
    QTimer m_clock; // elapsed time and rate move even while pg_dump writes nothing
};

} // namespace larder
