// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QtGlobal>

class PgCluster;

// Brings a stopped cluster back however the test ends, so that the next test function finds it
// running.
class RestartOnExit final
{
    Q_DISABLE_COPY_MOVE(RestartOnExit)

public:
    explicit RestartOnExit(PgCluster& cluster) : m_cluster(cluster) {}
    ~RestartOnExit();

private:
    PgCluster& m_cluster;
};
