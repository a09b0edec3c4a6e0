#pragma once

#include "HistoryRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace larder {

class RunService;

// The attempts of one job, newest first (the latest 200), reloaded whenever history changes.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { TimeColumn, DurationColumn, SizeColumn, StatusColumn, ErrorColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StatusRole, // int(AttemptStatus)
        ErrorRole,  // the full error text
        PathRole    // the dump's final path
    };
    static constexpr int kLimit = 200;

    explicit HistoryModel(RunService& service, QObject* parent = nullptr);
    ~HistoryModel() override;

    QString job() const { return m_job; }
    void setJob(const QString& job);
    // Why the list could not be read; empty when it could.
    QString loadError() const { return m_loadError; }
    const HistoryRecord* recordAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(AttemptStatus status); // translated

public Q_SLOTS:
    void reload();

private:
    QVariant displayData(const HistoryRecord& record, int column) const;

    RunService& m_service;
    QString m_job;
    QList<HistoryRecord> m_records;
    QString m_loadError;
};

} // namespace larder
