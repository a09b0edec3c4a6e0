// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "plan/PlannedJob.h"
#include "run/JobEvent.h"
#include "run/RunResult.h"
#include "run/RunSummary.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

// A stand-in with RunPipeline's signals, for LiveRun (tests/tst_liverun checks that the real
// RunPipeline fits the same template): LiveRun is pure logic over them, and a real pipeline needs
// an engine and a cluster.
class FakePipeline final : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void planned(const QList<larder::PlannedJob>& plan, const QList<larder::PlannedJob>& selected);
    void dumpsStarted(const QStringList& jobs, larder::Trigger trigger);
    void jobChanged(const larder::JobEvent& event);
    void jobProgress(const QString& job, qint64 bytesWritten);
    void jobActivity(const QString& job, const QString& line, bool notice);
    void jobStalled(const QString& job, const QString& why);
    void dumpsFinished(const larder::RunSummary& summary);
    void finished(const larder::RunResult& result);
};
