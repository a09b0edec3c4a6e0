// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/ServerConfig.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace larder {

class BackgroundCall;
class DatabaseEngine;

// Lists a server's databases (DatabaseEngine::listDatabases, the list discovery dumps) on a worker
// thread, for choosing what to back up in a window that must not freeze while the server answers.
class DatabaseLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseLister)

public:
    explicit DatabaseLister(std::shared_ptr<DatabaseEngine> engine, QObject* parent = nullptr);
    ~DatabaseLister() override;

    bool isRunning() const;
    // Ignored while a listing runs.
    void start(const ServerConfig& server, const std::optional<QString>& password);

Q_SIGNALS:
    // Sorted names, or error (the engine's words: which server, how to fix it) and no names.
    void finished(const QStringList& databases, const QString& error);

private:
    std::shared_ptr<DatabaseEngine> m_engine;
    BackgroundCall* m_call;
};

} // namespace larder
