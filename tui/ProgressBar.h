// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

namespace larder {

class ScreenLine;
struct LiveDump;

// A running dump's progress against its estimate (the previous dump's size): "~60% ######----",
// the "~" saying that 100 % is a guess. A first dump has no estimate: a block moves to and fro
// instead, to show that it works.
class ProgressBar final
{
public:
    static constexpr int kPercentColumns = 4; // "~60%"
    static constexpr int kMinBarColumns = 6;
    static constexpr int kMaxBarColumns = 24;
    static constexpr int kMinColumns = kPercentColumns + 1 + kMinBarColumns;
    static constexpr int kMaxColumns = kPercentColumns + 1 + kMaxBarColumns;

    // Appends exactly `columns` columns (at least kMinColumns).
    static void append(ScreenLine& line, const LiveDump& dump, int columns, int spinnerPhase);
    // 0..99 (a dump that outgrows its estimate is not done until it ends); -1 without an estimate.
    static int percent(const LiveDump& dump);

private:
    static void appendBar(ScreenLine& line, int filledFrom, int filledTo, int columns);
};

} // namespace larder
