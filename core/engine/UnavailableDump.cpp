// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "engine/UnavailableDump.h"

namespace larder {

UnavailableDump::UnavailableDump(QString finalPath, Message why, QObject* parent)
    : DumpTask(parent), m_finalPath(std::move(finalPath)), m_why(std::move(why))
{}

void UnavailableDump::start()
{
    DumpOutcome outcome;
    outcome.setError(m_why);
    // Later, never from inside start(): callers connect after calling it.
    QMetaObject::invokeMethod(
        this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}

} // namespace larder
