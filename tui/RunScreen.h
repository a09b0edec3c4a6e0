// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "ScreenFrame.h"
#include "ScreenOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>

#include <functional>

namespace larder {

struct LiveRunState;

// The terminal's view of one run, as a pure function of its live state: a header (config file,
// counts, limits), the running dumps (RunningTable), the waiting jobs with their reasons and the
// newest activity lines; once the run is over, the summary of what finished (FinishedList).
//
// The frame never exceeds the terminal. Narrower than the columns need, RunningTable drops columns;
// shorter than the sections need, these go in this order: activity lines (oldest first), the blank
// lines between sections, the limits line, waiting rows, running rows (both replaced by a line
// "… N more"); last, the frame is cut at the bottom.
class RunScreen final
{
    Q_DECLARE_TR_FUNCTIONS(larder::RunScreen)

public:
    using Options = ScreenOptions;
    static constexpr int kActivityShown = 5;

    static ScreenFrame render(const LiveRunState& state, QSize terminal, const Options& options);

private:
    using Section = QList<ScreenLine>;
    using MoreLine = std::function<ScreenLine(int hidden)>;

    RunScreen(const LiveRunState& state, QSize terminal, const Options& options);

    ScreenFrame liveFrame() const;
    ScreenFrame summaryFrame() const;
    ScreenFrame stacked(const QList<Section>& sections, bool blanks) const;
    static int height(const QList<Section>& sections, bool blanks);
    static void cut(Section& section, int keep, int excess, const MoreLine& more);

    ScreenLine titleLine() const;
    ScreenLine countsLine() const;
    ScreenLine limitsLine() const;
    Section runningSection() const;
    Section waitingSection() const;
    Section activitySection() const;
    Section endingSection() const;
    static ScreenLine moreLine(const QString& text);

    const LiveRunState& m_state;
    int m_width;
    int m_height;
    Options m_options;
};

} // namespace larder
