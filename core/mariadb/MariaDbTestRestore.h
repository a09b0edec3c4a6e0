// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"
#include "config/JobConfig.h"
#include "engine/TestRestoreRequest.h"
#include "engine/TestRestoreTask.h"
#include "history/HistoryRecord.h"
#include "history/RestoreCheck.h"
#include "mariadb/MariaDbScriptScanner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace larder {

// A test-restore of a mariadb-dump script, with TestRestore's contract: a new scratch database
// (utf8mb4) on the job's restore_server, the script streamed into it through MariaDbScriptGuard, the
// rows of every base table counted and compared with the rows the script inserts (the dump's
// snapshot, read from the script itself), and the scratch database dropped, also on failure or cancel.
// An existing database of the scratch name is refused, never touched. The work runs on one worker
// thread (the mariadb client as a child); start() returns at once, finished() comes exactly once.
class MariaDbTestRestore final : public TestRestoreTask
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MariaDbTestRestore)

public:
    // job on a MariaDB server (restoreServer of the same engine); expectedCounts is not read: the
    // script's own rows are the measure.
    using Request = TestRestoreRequest;

    explicit MariaDbTestRestore(Request request, QObject* parent = nullptr);
    // A running restore is stopped and its scratch database dropped before returning (blocking).
    ~MariaDbTestRestore() override;

    // larder_verify_<job>_<yyyymmddhhmmss>: lower case, other characters than [a-z0-9_] become '_',
    // the job part shortened so that the name fits MariaDB's 64 characters.
    static QString scratchDatabaseName(const QString& job, const QDateTime& startedUtc);

    void start() override;
    void cancel() override;
    QString scratchDatabase() const override { return m_check.scratchDatabase; }

private:
    void onTimeout() override;
    struct Outcome
    {
        Message problem; // empty: restored and the counts match
        Message summary;
        QString dropProblem;
        bool dropped = false;
    };

    void onWorkerDone(const Outcome& outcome);
    void complete(bool ok, const Message& detail);
    static Outcome work(const Request& request, const QString& scratch,
                        const std::shared_ptr<std::atomic_bool>& interrupt);
    static Message compareCounts(const MariaDbScriptScanner::Summary& dumped,
                                 const QMap<QString, qint64>& restored, bool argsSelect, Message* summary);
    static Message rowCount(qint64 rows);

    Request m_request;
    RestoreCheck m_check;
    bool m_started = false;
    bool m_done = false;
    bool m_cancelled = false;
    Message m_stopReason;
    QElapsedTimer m_elapsed;
    QPointer<QThread> m_worker;
    std::shared_ptr<std::atomic_bool> m_interrupt = std::make_shared<std::atomic_bool>(false);
};

} // namespace larder
