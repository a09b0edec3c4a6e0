// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "config/JobConfig.h"
#include "engine/RestorableDump.h"
#include "engine/RestoreRequest.h"
#include "engine/RestoreTask.h"
#include "history/HistoryRecord.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

namespace larder {

class DatabaseEngine;
class History;

// `larder restore` (and the desktop app's) whichever the engine: chooses the dump from history, and
// restores it through the engine of the target server (DatabaseEngine::checkRestore, then
// createRestore), so that a dump never reaches a server of another engine and the same checks run
// for every caller. Asynchronous like the RestoreTask it forwards: start() returns at once;
// finished() is emitted exactly once.
class Restorer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Restorer)

public:
    // engine must outlive this.
    Restorer(DatabaseEngine& engine, RestoreRequest request, QObject* parent = nullptr);
    ~Restorer() override;

    // What restoring request.dumpPath to request.server is (its format, whether --clean can start
    // over), or why it cannot be: a dump of another engine, options the format cannot take.
    static Result<RestorableDump> check(DatabaseEngine& engine, const RestoreRequest& request);
    // dumpPath must exist and lie inside the job's directory once cleaned and with symlinks
    // resolved; returns the canonical path.
    static Result<QString> checkDumpPath(const JobConfig& job, const QString& dumpPath);
    // The newest successful dump of the job that started at or before atUtc (any time if invalid)
    // and is still on disk.
    static Result<HistoryRecord> chooseDump(const History& history, const QString& job,
                                            const QDateTime& atUtc);
    // The history row of the dump at canonicalPath, if any.
    static std::optional<HistoryRecord> findRecord(const History& history, const QString& job,
                                                   const QString& canonicalPath);
    // "2026-11-20T03:00:00Z", "2026-11-20T03:00:00+01:00", or local "2026-11-20 03:00[:ss]".
    static Result<QDateTime> parseTime(const QString& text);

    void start();
    void cancel();
    const RestoreRequest& request() const { return m_request; }

Q_SIGNALS:
    // RestoreTask's signals, forwarded.
    void activity(const QString& line);
    void detail(const QString& line);
    void progress(int done, int total, const QString& item);
    void finished(const larder::RestoreOutcome& outcome);

private:
    void finishEarly(RestoreOutcome outcome);

    DatabaseEngine& m_engine;
    RestoreRequest m_request;
    std::unique_ptr<RestoreTask> m_task;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace larder
