// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "WelcomePage.h"

#include "DatabaseLister.h"
#include "config/toml/ConfigLoader.h"
#include "run/RunService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace larder {

namespace {

QString serverWords(const ServerConfig& server)
{
    const QString user = server.user.isEmpty() ? QString() : server.user + QLatin1Char('@');
    return QStringLiteral("%1 — %2%3:%4 (%5)")
        .arg(server.name, user, server.host.isEmpty() ? QStringLiteral("localhost") : server.host)
        .arg(server.port)
        .arg(engineKindTitle(server.engine));
}

} // namespace

WelcomePage::WelcomePage(RunService& service, std::shared_ptr<DatabaseEngine> engine, QWidget* parent)
    : QWidget(parent), m_service(service), m_lister(new DatabaseLister(std::move(engine), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    buildForm();
    connect(&m_service, &RunService::configReloaded, this, &WelcomePage::readServers);
    connect(m_lister, &DatabaseLister::finished, this, &WelcomePage::onListed);
    readServers();
}

WelcomePage::~WelcomePage() = default;

bool WelcomePage::isFirstRun(const RunService& service)
{
    if (!service.hasConfig())
        return !QFileInfo::exists(service.configPath());
    const Config& config = service.config();
    if (!config.jobs.isEmpty())
        return false;
    return std::none_of(config.servers.cbegin(), config.servers.cend(),
                        [](const ServerConfig& server) { return !server.discoverPatterns.isEmpty(); });
}

void WelcomePage::buildForm()
{
    auto* title = new QLabel(tr("Welcome to Larder"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(
        tr("Larder dumps your databases on a schedule into one folder, checks every dump and keeps as "
           "many as you choose. Three steps to the first backup; everything can be changed later from "
           "the Config menu, and `larder run` from cron reads the same file:\n%1")
            .arg(QDir::toNativeSeparators(m_service.configPath())),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // 1. Server
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("welcomeServer"));
    m_server->setAccessibleName(tr("Server to back up"));
    m_addServer = new QPushButton(tr("&Add Server…"), this);
    m_addServer->setObjectName(QStringLiteral("welcomeAddServer"));
    m_addServer->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_serverStatus = new QLabel(this);
    m_serverStatus->setObjectName(QStringLiteral("welcomeServerStatus"));
    m_serverStatus->setWordWrap(true);
    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_addServer);
    auto* serverBox = new QVBoxLayout;
    serverBox->addLayout(serverRow);
    serverBox->addWidget(m_serverStatus);

    // 2. Databases
    m_every = new QRadioButton(tr("&Every database on the server, also ones created later"), this);
    m_every->setObjectName(QStringLiteral("welcomeEveryDatabase"));
    m_every->setChecked(true);
    m_pick = new QRadioButton(tr("&Only these:"), this);
    m_pick->setObjectName(QStringLiteral("welcomePickDatabases"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_every);
    group->addButton(m_pick);
    m_databases = new QListWidget(this);
    m_databases->setObjectName(QStringLiteral("welcomeDatabaseList"));
    m_databases->setAccessibleName(tr("Databases on the server"));
    m_databases->setMaximumHeight(m_databases->fontMetrics().height() * 8);
    m_refresh = new QPushButton(tr("&List Again"), this);
    m_refresh->setObjectName(QStringLiteral("welcomeListAgain"));
    m_listStatus = new QLabel(this);
    m_listStatus->setObjectName(QStringLiteral("welcomeListStatus"));
    m_listStatus->setWordWrap(true);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_databases, 1);
    listRow->addWidget(m_refresh, 0, Qt::AlignTop);
    auto* databaseBox = new QVBoxLayout;
    databaseBox->addWidget(m_every);
    databaseBox->addWidget(m_pick);
    databaseBox->addLayout(listRow);
    databaseBox->addWidget(m_listStatus);

    // 3. Schedule and keeping
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("welcomePreset"));
    m_preset->setAccessibleName(tr("Schedule and dumps kept"));
    const QList<BackupPreset> presets = BackupPreset::all();
    for (int i = 0; i < presets.size(); ++i)
        m_preset->addItem(presets.at(i).title, i);
    m_dumpDir = new QLabel(tr("Dumps are written to %1 (Config > Defaults… changes it).")
                               .arg(QDir::toNativeSeparators(ConfigLoader::defaultDumpDir())),
                           this);
    m_dumpDir->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("1 · Server"), serverBox);
    form->addRow(tr("2 · Databases"), databaseBox);
    form->addRow(tr("3 · Schedule"), m_preset);
    // A row of its own: a wrapped label inside a nested layout gets one line's height.
    form->addRow(QString(), m_dumpDir);

    m_backUp = new QPushButton(tr("&Back Up Now"), this);
    m_backUp->setObjectName(QStringLiteral("welcomeBackUpNow"));
    m_backUp->setDefault(true);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("welcomeHint"));
    m_hint->setWordWrap(true);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_backUp);
    buttonRow->addWidget(m_hint, 1);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(form);
    column->addSpacing(12);
    column->addLayout(buttonRow);
    column->addStretch(1);
    // A readable column in a wide window, not a form stretched across the screen.
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    connect(m_addServer, &QPushButton::clicked, this, &WelcomePage::addServerRequested);
    connect(m_server, &QComboBox::currentIndexChanged, this, &WelcomePage::listDatabases);
    connect(m_refresh, &QPushButton::clicked, this, &WelcomePage::listDatabases);
    connect(m_every, &QRadioButton::toggled, this, &WelcomePage::updateButton);
    connect(m_databases, &QListWidget::itemChanged, this, &WelcomePage::updateButton);
    connect(m_backUp, &QPushButton::clicked, this, [this] { Q_EMIT backUpRequested(choice()); });
}

FirstRunChoice WelcomePage::choice() const
{
    FirstRunChoice choice;
    choice.server = m_server->currentData().toString();
    choice.everyDatabase = m_every->isChecked();
    for (int row = 0; row < m_databases->count(); ++row) {
        const QListWidgetItem* item = m_databases->item(row);
        if (item->checkState() == Qt::Checked)
            choice.databases << item->text();
    }
    const QList<BackupPreset> presets = BackupPreset::all();
    choice.preset = presets.value(m_preset->currentData().toInt(), presets.first());
    return choice;
}

void WelcomePage::readServers()
{
    const QString current = m_server->currentData().toString();
    QStringList names;
    if (m_service.hasConfig())
        names = m_service.config().servers.keys();
    QStringList before;
    for (int i = 0; i < m_server->count(); ++i)
        before << m_server->itemData(i).toString();
    m_server->setVisible(!names.isEmpty());
    m_addServer->setText(names.isEmpty() ? tr("&Add Server…") : tr("&Add Another Server…"));
    m_serverStatus->setText(tr("No server yet: add the one whose databases to back up."));
    m_serverStatus->setVisible(names.isEmpty());
    if (names == before && m_listed) {
        updateButton();
        return;
    }
    m_listed = true;
    // The server just added is the one to go on with.
    QString select = current;
    for (const QString& name : names) {
        if (!before.contains(name))
            select = name;
    }
    {
        const QSignalBlocker blocker(m_server);
        m_server->clear();
        for (const QString& name : names)
            m_server->addItem(serverWords(m_service.config().servers.value(name)), name);
        m_server->setCurrentIndex(std::max(0, m_server->findData(select)));
    }
    listDatabases();
}

void WelcomePage::listDatabases()
{
    const QString name = m_server->currentData().toString();
    m_databases->clear();
    m_listedServer.clear();
    if (name.isEmpty() || !m_service.hasConfig()) {
        m_listStatus->setText(tr("The server's databases are listed here once it is added."));
        m_refresh->setEnabled(false);
        updateButton();
        return;
    }
    const ServerConfig server = m_service.config().servers.value(name);
    m_listStatus->setText(tr("Listing the databases on %1…").arg(name));
    m_refresh->setEnabled(false);
    // The keychain is asked here, on this thread: its D-Bus calls are not for a worker.
    const PasswordLookup& passwords = m_service.passwords();
    m_listedServer = name;
    m_lister->start(server, passwords ? passwords(server) : std::nullopt);
    updateButton();
}

void WelcomePage::onListed(const QStringList& databases, const QString& error)
{
    m_refresh->setEnabled(true);
    if (m_listedServer != m_server->currentData().toString()) {
        listDatabases(); // the server changed while its predecessor answered
        return;
    }
    if (!error.isEmpty()) {
        m_listStatus->setText(tr("Cannot list the databases: %1").arg(error));
        updateButton();
        return;
    }
    {
        const QSignalBlocker blocker(m_databases);
        for (const QString& database : databases) {
            auto* item = new QListWidgetItem(database, m_databases);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_listStatus->setText(
        databases.isEmpty()
            ? tr("%1 has no database to back up yet; new ones are found at each run "
                 "when every database is chosen.")
                  .arg(m_listedServer)
            : tr("%n database(s) on %1 today.", nullptr, int(databases.size())).arg(m_listedServer));
    updateButton();
}

void WelcomePage::updateButton()
{
    m_databases->setEnabled(m_pick->isChecked() && !m_server->currentData().toString().isEmpty());
    const FirstRunChoice current = choice();
    QString hint;
    if (current.server.isEmpty())
        hint = tr("Add a server first.");
    else if (!current.everyDatabase && current.databases.isEmpty())
        hint = tr("Tick the databases to back up, or choose every database.");
    m_backUp->setEnabled(hint.isEmpty());
    m_hint->setText(hint.isEmpty() ? tr("Writes the config and starts the first backup; the window then "
                                        "shows it running.")
                                   : hint);
}

} // namespace larder
