// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ServerListDialog.h"

#include "ConfigInheritance.h"
#include "ServerDialog.h"
#include "config/keys/ConfigKeyNames.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace larder {

ServerListDialog::ServerListDialog(ConfigDocument document, std::shared_ptr<DatabaseEngine> engine,
                                   QWidget* parent)
    : QDialog(parent), m_document(std::move(document)), m_engine(std::move(engine)),
      m_list(new QListWidget(this)), m_addButton(new QPushButton(tr("&Add…"), this)),
      m_editButton(new QPushButton(tr("&Edit…"), this)), m_removeButton(new QPushButton(tr("&Remove"), this)),
      m_statusLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Servers"));
    m_list->setObjectName(QStringLiteral("serverList"));
    m_list->setAccessibleName(tr("Servers"));
    m_addButton->setObjectName(QStringLiteral("addServerButton"));
    m_editButton->setObjectName(QStringLiteral("editServerButton"));
    m_removeButton->setObjectName(QStringLiteral("removeServerButton"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Why the server cannot be removed"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_statusLabel->hide();

    auto* listLabel = new QLabel(tr("&Servers:"), this);
    listLabel->setBuddy(m_list);
    auto* side = new QVBoxLayout;
    side->addWidget(m_addButton);
    side->addWidget(m_editButton);
    side->addWidget(m_removeButton);
    side->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addLayout(row);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);

    connect(m_addButton, &QPushButton::clicked, this, &ServerListDialog::addServer);
    connect(m_editButton, &QPushButton::clicked, this, &ServerListDialog::editServer);
    connect(m_removeButton, &QPushButton::clicked, this, &ServerListDialog::removeServer);
    connect(m_list, &QListWidget::itemActivated, this, &ServerListDialog::editServer);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_statusLabel->hide();
        updateButtons();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh(QString());
}

ServerListDialog::~ServerListDialog() = default;

QString ServerListDialog::selectedServer() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ServerListDialog::refresh(const QString& select)
{
    m_list->clear();
    const QStringList names = m_document.sectionNames(tables::servers);
    for (const QString& name : names) {
        // The engine beside the name: a run mixes them, and the keys a server takes differ.
        const EngineKind engine = ConfigInheritance::engine(
            m_document, {QStringLiteral("servers.") + name, QString(tables::defaults)});
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(name, engineKindTitle(engine)), m_list);
        item->setData(Qt::UserRole, name);
    }
    const int row = names.indexOf(select);
    m_list->setCurrentRow(row >= 0 ? row : (names.isEmpty() ? -1 : 0));
    updateButtons();
}

void ServerListDialog::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

void ServerListDialog::addServer()
{
    openServerDialog(QString());
}

void ServerListDialog::editServer()
{
    if (!selectedServer().isEmpty())
        openServerDialog(selectedServer());
}

void ServerListDialog::openServerDialog(const QString& name)
{
    if (m_serverDialog)
        return;
    m_serverDialog = new ServerDialog(m_document, name, m_engine, this);
    m_serverDialog->setAttribute(Qt::WA_DeleteOnClose);
    ServerDialog* dialog = m_serverDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_document = dialog->document();
        m_modified = true;
        m_statusLabel->hide();
        refresh(dialog->serverName());
    });
    // Window-modal and not exec(): the caller's event loop keeps running (and tests can drive it).
    dialog->open();
}

QStringList ServerListDialog::databasesUsing(const QString& server) const
{
    QStringList users;
    const bool implicit = server == QLatin1String("default");
    const QStringList jobs = m_document.sectionNames(tables::databases);
    for (const QString& job : jobs) {
        const QString section = QStringLiteral("databases.") + job;
        const QVariant named = m_document.value(section, keys::server);
        const QVariant restore = m_document.value(section, keys::restoreServer);
        // A database without `server` uses [servers.default] when it exists.
        if ((named.isValid() ? named.toString() == server : implicit) ||
            (restore.isValid() && restore.toString() == server))
            users << job;
    }
    return users;
}

bool ServerListDialog::removeServer()
{
    const QString name = selectedServer();
    if (name.isEmpty())
        return false;
    const QStringList users = databasesUsing(name);
    if (!users.isEmpty()) {
        m_statusLabel->setText(
            tr("Server '%1' is used by %2: point them at another server or remove them first.")
                .arg(name, users.join(QStringLiteral(", "))));
        m_statusLabel->show();
        return false;
    }
    m_document.removeSection(QStringLiteral("servers.") + name);
    m_modified = true;
    refresh(QString());
    m_statusLabel->setText(
        tr("Removed server '%1'. A password stored for it stays in the keychain.").arg(name));
    m_statusLabel->show();
    return true;
}

} // namespace larder
