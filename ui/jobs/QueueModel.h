// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace larder {

class RunService;
struct JobEvent;

// What waits and why: jobs queued in the current run (held back by the run's or a server's limit)
// and jobs waiting for the run lock or for the current run to finish.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)

public:
    enum Column { JobColumn, ReasonColumn, ColumnCount };

    explicit QueueModel(RunService& service, QObject* parent = nullptr);
    ~QueueModel() override;

    int rowOf(const QString& job) const; // -1 if not waiting

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // Re-reads RunService::pendingJobs(); call after runNow().
    void updatePending();

private:
    struct Entry
    {
        QString job;
        QString reason;
    };

    void onJobChanged(const JobEvent& event);
    void onLockBusy(const QString& message);
    void rebuild();

    RunService& m_service;
    QList<Entry> m_queued;  // in the current run, in the coordinator's order
    QList<Entry> m_pending; // not yet in a run
    QList<Entry> m_rows;
    QString m_lockMessage;
};

} // namespace larder
