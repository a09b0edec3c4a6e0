#pragma once

#include "Error.h"
#include "HistoryRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace larder {

// The history store: one SQLite file (WAL, busy timeout), a versioned schema with migrations.
// Times are stored in UTC. Not thread-safe: use from one thread.
class History final
{
    Q_DECLARE_TR_FUNCTIONS(History)
    Q_DISABLE_COPY_MOVE(History)

public:
    ~History();

    // Creates the file (0600, parent directories 0700) and migrates the schema. A file that is not
    // a SQLite database, or has a newer schema, is an error naming the path; it is never deleted.
    static Result<std::unique_ptr<History>> open(const QString& path);

    QString path() const { return m_path; }
    int schemaVersion() const;

    // Inserts a row with status Running; returns its id.
    Result<qint64> beginAttempt(const HistoryRecord& record);
    // Sets status, finished time, bytes, path, sha256, versions and error of an attempt.
    Result<void> finishAttempt(const HistoryRecord& record);

    // Rows still marked Running (left by a killed run).
    Result<QList<HistoryRecord>> runningAttempts() const;
    // The latest successful attempt of each job, by job name.
    Result<QHash<QString, HistoryRecord>> lastSuccesses() const;
    // Newest first; empty job: all jobs; limit <= 0: no limit.
    Result<QList<HistoryRecord>> attempts(const QString& job, int limit) const;

private:
    History(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace larder
