// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace larder {

class DatabaseEngine;
struct FirstRunChoice;
class RunService;

// Runs the editing dialogs on the config file that RunService reads: each action loads the file
// (ConfigDocument), shows its dialog, saves atomically (keeping a .bak) and makes the service
// reload. A save that fails, or a file edited elsewhere meanwhile, is shown, never lost silently.
class ConfigEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigEditor)

public:
    // engine: what the server dialogs' "Test connection" probes through.
    ConfigEditor(RunService& service, std::shared_ptr<DatabaseEngine> engine, QWidget* parentWindow,
                 QObject* parent = nullptr);

    // Each returns true when the config was changed and saved.
    bool editServers();                      // list: add, edit, remove (ServerListDialog)
    bool addServer();                        // ServerDialog for a new server
    bool addDatabase();                      // DatabaseDialog for a new [databases.NAME]
    bool editDatabase(const QString& job);   // configured jobs only (discovered/globals: refused)
    bool removeDatabase(const QString& job); // asks first; history and dumps stay
    bool editDefaults();                     // DefaultsDialog
    // The welcome page's choice (server, databases, preset) written into the file.
    bool setUpFirstRun(const FirstRunChoice& choice);

private:
    RunService& m_service;
    std::shared_ptr<DatabaseEngine> m_engine;
    QWidget* m_parentWindow;
};

} // namespace larder
