// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "WatchKeys.h"

#include "CursesScreen.h"
#include "WatchState.h"

#include <QChar>

namespace larder {

WatchKeys::Action WatchKeys::press(WatchState& state, int key, int pageRows)
{
    if (state.editingFilter)
        return editFilter(state, key);
    state.message.clear();
    switch (key) {
    case CursesScreen::Up:
    case 'k':
        moveSelection(state, -1);
        return Action::None;
    case CursesScreen::Down:
    case 'j':
        moveSelection(state, 1);
        return Action::None;
    case CursesScreen::PageUp:
        moveSelection(state, -pageRows);
        return Action::None;
    case CursesScreen::PageDown:
        moveSelection(state, pageRows);
        return Action::None;
    case CursesScreen::Home:
        state.selected = 0;
        return Action::None;
    case CursesScreen::End:
        moveSelection(state, int(state.jobs.size()));
        return Action::None;
    case CursesScreen::Enter:
        state.detail = !state.detail && !state.selectedJob().isEmpty();
        return state.detail ? Action::ShowDetail : Action::None;
    case CursesScreen::Escape:
        if (state.detail)
            state.detail = false;
        else
            state.filter.clear();
        return Action::None;
    case '/':
        state.editingFilter = true;
        return Action::None;
    case 'r':
        return Action::RunDue;
    case 'b':
        return state.selectedJob().isEmpty() ? Action::None : Action::BackUpSelected;
    case 'q':
        return Action::Quit;
    default:
        return Action::None;
    }
}

WatchKeys::Action WatchKeys::editFilter(WatchState& state, int key)
{
    switch (key) {
    case CursesScreen::Enter:
        state.editingFilter = false;
        break;
    case CursesScreen::Escape:
        state.editingFilter = false;
        state.filter.clear();
        break;
    case CursesScreen::Backspace:
        state.filter.chop(1);
        break;
    default:
        if (key >= 0x20 && key < CursesScreen::Up && QChar::isPrint(char32_t(key))) {
            const char32_t character = char32_t(key);
            state.filter += QString::fromUcs4(&character, 1);
        }
        break;
    }
    state.selected = 0;
    return Action::None;
}

void WatchKeys::moveSelection(WatchState& state, int by)
{
    const int shown = int(state.shownJobs().size());
    state.selected = shown == 0 ? 0 : qBound(0, state.selected + by, shown - 1);
}

} // namespace larder
