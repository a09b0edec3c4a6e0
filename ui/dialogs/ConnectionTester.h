// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/ServerConfig.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace larder {

class BackgroundCall;
class DatabaseEngine;

// Connects to a server through the engine it is given and picks its dump tool (pg_dump by version, or
// mariadb-dump) on a worker thread (the clients and `--version` block), then reports one sentence. Dropping
// the tester (dialog closed) abandons the result: the thread ends on its own within the connect timeout and
// cleans up after itself; it shares the engine, so the engine lives as long as it needs it.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(std::shared_ptr<DatabaseEngine> engine, QObject* parent = nullptr);
    ~ConnectionTester() override;

    bool isRunning() const;
    // Ignored while a test runs. pgDumpPath is the configured pg_dump (empty: pick by version).
    void start(const ServerConfig& server, const QString& dbname, const std::optional<QString>& password,
               const QString& pgDumpPath);
    // Stops waiting for the current test; its result is dropped.
    void cancel();

Q_SIGNALS:
    // "PostgreSQL 15.4 — pg_dump 15.4 at PATH will be used", "MariaDB 10.11.6-MariaDB — PATH (its
    // --version) will be used", or the error from the client or the tool lookup.
    void finished(bool ok, const QString& message);

private:
    struct Outcome;

    std::shared_ptr<DatabaseEngine> m_engine;
    BackgroundCall* m_call;
};

} // namespace larder
