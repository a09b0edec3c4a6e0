// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QtGlobal>

namespace larder {

struct WatchState;

// What a key does in `larder watch`, as pure logic: moves the selection, edits the filter, opens and
// closes a job's history, or asks the caller to act (quit, run what is due, back up the selected job,
// read the selected job's attempts).
class WatchKeys final
{
public:
    enum class Action { None, Quit, RunDue, BackUpSelected, ShowDetail };

    // key: a character's code, or a CursesScreen::Key.
    static Action press(WatchState& state, int key, int pageRows = 10);

private:
    static Action editFilter(WatchState& state, int key);
    static void moveSelection(WatchState& state, int by);
};

} // namespace larder
