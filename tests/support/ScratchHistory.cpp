// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ScratchHistory.h"

#include "history/History.h"

ScratchHistory::ScratchHistory() = default;

// The history closes before its directory is removed (members go in reverse order).
ScratchHistory::~ScratchHistory() = default;

larder::Result<void> ScratchHistory::open()
{
    auto opened = larder::History::open(m_dir.filePath(QStringLiteral("history.sqlite")));
    if (!opened)
        return tl::unexpected<larder::Error>(opened.error());
    m_history = std::move(*opened);
    return {};
}
