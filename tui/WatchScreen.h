// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "ScreenFrame.h"
#include "ScreenOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>

namespace larder {

struct HistoryRecord;
struct WatchState;

// `larder watch` as a pure function of its state: a header, the job table (state, last success, size,
// next due, schedule) with the selected row, what is running now in whatever process, the dumps
// expected in the next 24 hours, and the recent attempts with their errors; Enter swaps the lower
// panels for the selected job's attempts and last error. The last line names the keys.
//
// The frame fills the terminal exactly. Short of lines, each panel shrinks towards its heading and a
// few rows (the running one last), then the blank lines between panels go, then panels go from the
// bottom.
class WatchScreen final
{
    Q_DECLARE_TR_FUNCTIONS(larder::WatchScreen)

public:
    static ScreenFrame render(const WatchState& state, QSize terminal, const ScreenOptions& options);

private:
    using Section = QList<ScreenLine>;
    struct Panel
    {
        Section lines; // heading first
        int least = 0; // lines it keeps while it is shown at all
    };

    WatchScreen(const WatchState& state, QSize terminal, const ScreenOptions& options);

    QList<ScreenLine> header() const;
    QList<ScreenLine> footer() const;
    Panel jobsPanel(int rows) const; // rows: of jobs, besides the heading and the column titles
    Panel runningPanel() const;
    Panel expectedPanel() const;
    Panel recentPanel() const;
    Panel detailPanel() const;
    ScreenLine attemptLine(const HistoryRecord& record) const;
    QString localTime(const QDateTime& utc, bool withDay) const;
    bool isRunning(const QString& job) const; // in the live run

    // Sizes each panel for the lines available (see the class comment); 0 hides it. blanks: whether
    // blank lines go between the panels.
    static QList<int> allot(const QList<Panel>& panels, int available, bool& blanks);
    static QList<int> fit(const QList<Panel>& panels, int available);

    const WatchState& m_state;
    int m_width;
    int m_height;
    ScreenOptions m_options;
};

} // namespace larder
