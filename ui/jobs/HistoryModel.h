// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "history/HistoryRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace larder {

class RunService;

// The attempts of one job, newest first: the latest page, and older pages as the view scrolls down
// (fetchMore). Reloaded whenever history changes, as deep as it was scrolled. Each successful dump
// also says what retention keeps it for, from the same dry run as `larder prune --dry-run` (Pruner),
// and how its latest verification went.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        TimeColumn,
        DurationColumn,
        SizeColumn,
        StatusColumn,
        VerifiedColumn,
        RetentionColumn, // "Kept because"
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StatusRole,       // int(AttemptStatus)
        ErrorRole,        // the full error text
        PathRole,         // the dump's final path
        VerifyStatusRole, // "", "ok", "mismatch", "error"
        VerifyErrorRole,  // what the latest verification found
        AttemptIdRole     // the history id
    };
    // Rows read at once: the first page, and each fetchMore.
    static constexpr int kPageSize = 200;

    explicit HistoryModel(RunService& service, QObject* parent = nullptr);
    ~HistoryModel() override;

    QString job() const { return m_job; }
    void setJob(const QString& job);
    // Why the list could not be read; empty when it could.
    QString loadError() const { return m_loadError; }
    const HistoryRecord* recordAt(int row) const;
    const QList<HistoryRecord>& records() const { return m_records; } // newest first
    int rowOf(qint64 attemptId) const;                                // -1 when it is not among the rows
    // Fetches older pages until attemptId is among the rows or maxRows are; its row, or -1.
    int fetchUntil(qint64 attemptId, int maxRows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString statusText(AttemptStatus status); // translated
    // An error's line with its innermost cause first: "password authentication failed ... — pg_dump of
    // app on main (...) failed (exit code 1)"; a line without "what: why" as it is.
    static QString causeFirst(const QString& line);
    // "ok 2026-11-26 07:40", "mismatch", "error"; empty if never verified.
    static QString verifiedText(const HistoryRecord& record);
    // What retention says about a successful dump: "kept: last 3, daily 2026-11-20" (the reasons
    // `larder prune --dry-run` prints) or "would be pruned at the next successful dump"; empty for
    // other attempts or when the job's rules are unknown.
    QString retentionText(qint64 attemptId) const { return m_retention.value(attemptId); }

public Q_SLOTS:
    void reload();

private:
    QVariant displayData(const HistoryRecord& record, int column) const;
    QHash<qint64, QString> retentionTexts() const;

    RunService& m_service;
    QString m_job;
    QList<HistoryRecord> m_records;
    bool m_atEnd = true; // the oldest attempt is among the rows (or nothing more can be read)
    QString m_loadError;
    QHash<qint64, QString> m_retention; // attempt id -> retentionText
};

} // namespace larder
