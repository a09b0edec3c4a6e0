// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RestartOnExit.h"

#include "PgCluster.h"

RestartOnExit::~RestartOnExit()
{
    if (m_cluster.isRunning())
        return;
    const auto started = m_cluster.startAgain();
    if (!started)
        qWarning("could not restart the stopped cluster: %s", qPrintable(started.error().message));
}
