// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "history/HistoryRecord.h"
#include "plan/ExpectedOperation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace larder {

// Where each mark of the timeline goes, as arithmetic only (no widgets), so that placing is tested
// table-driven and the view just paints it: one lane per server (or per job); the past attempts as
// marks coloured by how they ended; the dumps the schedule expects (ExpectedOperations: slot, start
// after any wait, expected end) as a wait followed by the planned dump; and the now line. Time runs
// from fromUtc at x = 0 to toUtc at x = width.
class TimelineLayout final
{
public:
    enum class Lanes { ByServer, ByJob };
    enum class Kind { Success, Warning, Failed, Cancelled, Running, Waiting, Planned };

    // One past attempt, as history has it (endUtc invalid while it runs).
    struct Attempt
    {
        qint64 id = 0;
        QString job;
        QString server;
        QDateTime startUtc;
        QDateTime endUtc;
        AttemptStatus status = AttemptStatus::Success;
        bool warning = false; // a success with a warning (min_size_ratio, a failed after_dump)
    };

    struct Input
    {
        QDateTime fromUtc;
        QDateTime toUtc;
        QDateTime nowUtc;
        double width = 0;
        Lanes lanes = Lanes::ByServer;
        QList<Attempt> attempts;
        QList<ExpectedOperation> planned;
    };

    struct Mark
    {
        int lane = 0;
        double x0 = 0;
        double x1 = 0; // at least kMinWidth past x0, so that a one-second dump can be seen and clicked
        Kind kind = Kind::Planned;
        QString job;
        QString server;
        qint64 attemptId = 0; // past marks; 0 for the planned ones
        QDateTime startUtc;
        QDateTime endUtc;
        QString waitsFor;          // Waiting: what it waits for (ExpectedOperation::waitsFor)
        bool durationKnown = true; // Planned: false when the duration is the default guess
    };

    static constexpr double kMinWidth = 3.0;

    static TimelineLayout compute(const Input& input);

    const QStringList& lanes() const { return m_lanes; }
    const QList<Mark>& marks() const { return m_marks; } // by lane, then by time
    double nowX() const { return m_nowX; }               // -1 when now is outside the window
    // The mark under x in lane (the later one where two overlap); nullptr where there is none.
    const Mark* markAt(int lane, double x) const;

    static Kind kindOf(const Attempt& attempt);
    static Attempt attemptOf(const HistoryRecord& record);

private:
    QStringList m_lanes;
    QList<Mark> m_marks;
    double m_nowX = -1;
};

} // namespace larder
