// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "hooks/HookResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QProcess;

namespace larder {

// Runs one hook command (before_dump, after_dump, on_failure, after_run) without blocking the event
// loop: argv exactly as configured (no shell), Larder's environment plus the LARDER_* variables,
// stdin closed, stdout and stderr merged and kept bounded. A hook that outlives its timeout is killed
// with its whole process group, so a `sh -c` hook cannot leave a sleeping grandchild behind.
class HookRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HookRunner)

public:
    static constexpr qsizetype kOutputLimit = 64 * 1024;

    // argv: the program (resolved at config load) and its arguments; variables: LARDER_* values added
    // to the process environment; timeoutSeconds 0: no limit.
    HookRunner(QString hook, QStringList argv, QMap<QString, QString> variables, int timeoutSeconds,
               QObject* parent = nullptr);
    ~HookRunner() override;

    void start();
    // Kills the process group; finished() follows.
    void cancel();

Q_SIGNALS:
    // One line the hook wrote, as it comes (for activity lines).
    void outputLine(const QString& hook, const QString& line);
    // Exactly once, after start().
    void finished(const larder::HookResult& result);

private:
    void readOutput();
    void emitLines(bool flushPartial);
    void onTimeout();
    void onProcessFinished(int exitCode, int exitStatus);
    void finish(HookResult result);

    QString m_hook;
    QStringList m_argv;
    QMap<QString, QString> m_variables;
    int m_timeoutSeconds = 0;
    QProcess* m_process = nullptr;
    qint64 m_pid = 0; // the group's id, kept past the leader's end
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QDateTime m_startedUtc;
    QByteArray m_tail;    // the last kOutputLimit bytes
    QByteArray m_pending; // a line not yet ended
    bool m_truncated = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace larder
