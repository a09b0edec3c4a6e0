// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "history/TableCount.h"
#include "postgres/SnapshotCounter.h"
#include "postgres/tools/PgToolTask.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace larder {

// One pg_dump run of one database (see PgToolTask). Jobs with a scheduled test_restore also count
// each table's rows in pg_dump's own snapshot.
class PgDumpTask final : public PgToolTask
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgDumpTask)

public:
    explicit PgDumpTask(DumpRequest request, QObject* parent = nullptr);
    ~PgDumpTask() override = default;

    // pg_dump's command line, without the connection (which travels in the environment).
    static QStringList pgDumpArguments(const JobConfig& job, const QString& outputPath);

protected:
    ToolLocator toolLocator() const override;
    // Not with row counts: pg_dump waits for their snapshot anyway.
    bool startsBeforeProbe() const override { return !request().job.recordsRowCounts(); }
    QStringList toolArguments() const override;
    DumpFollower::Hashing outputHashing() const override;
    void onReady() override;
    void onToolExited() override;
    bool holdOutcome(DumpOutcome& outcome) override;
    void onFinishing() override;
    void stopFinishing(const QString& why) override;

private:
    void onSnapshotReady(const QString& snapshotId);
    void onCountsFinished(const QList<TableCount>& counts, const QString& error);

    // Row counts in pg_dump's snapshot (jobs with a scheduled test_restore only).
    SnapshotCounter* m_counter = nullptr;
    QString m_snapshot;
    bool m_countsDone = false;
    QList<TableCount> m_counts;
    std::optional<DumpOutcome> m_pendingOutcome; // finalized, waiting for the counts
    QString m_countsStopped;                     // why counting was stopped after the dump
};

} // namespace larder
