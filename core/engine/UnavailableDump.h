// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"
#include "engine/DumpTask.h"

namespace larder {

// A dump that cannot start (no engine for its server): finishes at once, failed, with why.
class UnavailableDump final : public DumpTask
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnavailableDump)

public:
    UnavailableDump(QString finalPath, Message why, QObject* parent);

    void start() override;
    void cancel() override {}
    QString partialPath() const override { return m_finalPath + QStringLiteral(".partial"); }
    QString finalPath() const override { return m_finalPath; }

private:
    QString m_finalPath;
    Message m_why;
};

} // namespace larder
