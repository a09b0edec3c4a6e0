// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "FirstRunChoice.h"

#include <QWidget>

#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace larder {

class DatabaseEngine;
class DatabaseLister;
class RunService;

// What the main window shows instead of an empty table while the config has no database to back up:
// three steps from nothing to a first dump. 1. a server (the server dialog, with Test connection and
// the keychain); 2. every database on it (discovery, new ones included) or some of its listed ones;
// 3. a schedule with retention (BackupPreset). "Back Up Now" asks for the config to be written
// (backUpRequested) and the first run to start; the page follows the config as it changes.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    WelcomePage(RunService& service, std::shared_ptr<DatabaseEngine> engine, QWidget* parent = nullptr);
    ~WelcomePage() override;

    // The choice as the page shows it now (server empty: none yet).
    FirstRunChoice choice() const;
    // Whether a config with nothing to back up is a first run: no database section and no server
    // discovering. A file with errors is not (the window shows its errors).
    static bool isFirstRun(const RunService& service);

Q_SIGNALS:
    void addServerRequested();
    void backUpRequested(const larder::FirstRunChoice& choice);

private:
    void buildForm();
    // The servers of the config as it is now; a new server is selected and listed.
    void readServers();
    void listDatabases();
    void onListed(const QStringList& databases, const QString& error);
    void updateButton();

    RunService& m_service;
    DatabaseLister* m_lister;
    QComboBox* m_server = nullptr;
    QLabel* m_serverStatus = nullptr;
    QPushButton* m_addServer = nullptr;
    QRadioButton* m_every = nullptr;
    QRadioButton* m_pick = nullptr;
    QListWidget* m_databases = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_listStatus = nullptr;
    QComboBox* m_preset = nullptr;
    QLabel* m_dumpDir = nullptr;
    QPushButton* m_backUp = nullptr;
    QLabel* m_hint = nullptr;
    QString m_listedServer; // whose databases the list shows
    bool m_listed = false;  // the servers were read once
};

} // namespace larder
