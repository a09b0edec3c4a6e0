// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QTemporaryDir>

#include <memory>

namespace larder {
class History;
}

// An empty history in a temporary directory of its own, for the tests that need one to write to
// rather than a test of opening one. Open it in init(); the directory goes with the object.
class ScratchHistory final
{
    Q_DISABLE_COPY_MOVE(ScratchHistory)

public:
    ScratchHistory();
    ~ScratchHistory();

    // Creates history.sqlite in the directory.
    larder::Result<void> open();

    // Only after open() succeeded.
    larder::History& history() const { return *m_history; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<larder::History> m_history;
};
