// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "live/LiveFinished.h"

#include <QHash>
#include <QList>
#include <QPlainTextEdit>
#include <QString>
#include <QStringList>

namespace larder {

class LiveRunFeed;
struct LiveRunState;

// pg_dump's --verbose lines of one job at a time, of whichever run is live (LiveRunFeed: this app's
// own, or cron's). The last kMaxLines
// lines of every job are kept, so selecting another job shows what it did even after it finished.
// A job's lines end with how it ended: succeeded, with a warning (and its words), failed or cancelled.
class ActivityView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityView)

public:
    static constexpr int kMaxLines = 500;

    explicit ActivityView(LiveRunFeed& feed, QWidget* parent = nullptr);
    ~ActivityView() override;

    QString job() const { return m_job; }
    void setJob(const QString& job);
    QStringList lines(const QString& job) const { return m_lines.value(job); }

private:
    void onActivity(const QString& job, const QString& line);
    void showPlaceholder();
    void onChanged(const LiveRunState& state);
    static QString finishedLine(const LiveFinished& job);

    QString m_job;
    QHash<QString, QStringList> m_lines;
    QList<LiveFinished> m_finished; // of the live run, already told
};

} // namespace larder
