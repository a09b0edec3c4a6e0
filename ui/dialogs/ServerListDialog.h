// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/toml/ConfigDocument.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace larder {

class DatabaseEngine;
class ServerDialog;

// The [servers.*] sections: add, edit and remove them on a copy of the document, which OK hands back
// to be saved. A server that databases still use cannot be removed; the dialog names those databases.
class ServerListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerListDialog)

public:
    // engine: what the server dialogs' "Test connection" probes through.
    ServerListDialog(ConfigDocument document, std::shared_ptr<DatabaseEngine> engine,
                     QWidget* parent = nullptr);
    ~ServerListDialog() override;

    const ConfigDocument& document() const { return m_document; }
    bool isModified() const { return m_modified; }
    QString selectedServer() const;
    // The add/edit dialog currently open (for tests), or nullptr.
    ServerDialog* serverDialog() const { return m_serverDialog; }

    void addServer();
    void editServer();
    // False (and the reason shown) while databases use the selected server.
    bool removeServer();

private:
    void openServerDialog(const QString& name);
    void refresh(const QString& select);
    void updateButtons();
    QStringList databasesUsing(const QString& server) const;

    ConfigDocument m_document;
    std::shared_ptr<DatabaseEngine> m_engine;
    bool m_modified = false;
    QListWidget* m_list;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
    QLabel* m_statusLabel;
    QDialogButtonBox* m_buttons;
    QPointer<ServerDialog> m_serverDialog;
};

} // namespace larder
