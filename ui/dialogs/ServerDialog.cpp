// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ServerDialog.h"

#include "ConfigInheritance.h"
#include "ConnectionTester.h"
#include "OptionalSpinBox.h"
#include "StateColours.h"
#include "config/keys/ConfigKeyNames.h"
#include "config/keys/ConfigKeyTable.h"
#include "system/CredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace larder {

namespace {

const QString kServersPrefix = QStringLiteral("servers.");
const QString kDefaults = tables::defaults;

const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

QVariant textValue(const QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

ServerDialog::ServerDialog(ConfigDocument document, const QString& serverName,
                           std::shared_ptr<DatabaseEngine> engine, QWidget* parent)
    : SectionDialog(std::move(document), parent), m_originalName(serverName), m_nameEdit(new QLineEdit(this)),
      m_engineCombo(new QComboBox(this)), m_hostEdit(new QLineEdit(this)),
      m_portSpin(new OptionalSpinBox(1, 65535, this)), m_userEdit(new QLineEdit(this)),
      m_sslmodeCombo(new QComboBox(this)), m_maxParallelSpin(new OptionalSpinBox(1, 64, this)),
      m_passwordEdit(new QLineEdit(this)),
      m_forgetPasswordCheck(new QCheckBox(tr("&Forget the stored password"), this)),
      m_passwordStatusLabel(new QLabel(this)), m_probeDatabaseEdit(new QLineEdit(this)),
      m_testButton(new QPushButton(tr("&Test connection"), this)), m_testBusy(new QProgressBar(this)),
      m_testResultLabel(new QLabel(this)), m_tester(new ConnectionTester(std::move(engine), this))
{
    setWindowTitle(serverName.isEmpty() ? tr("Add server") : tr("Edit server %1").arg(serverName));

    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(tr("Server name"));
    m_nameEdit->setPlaceholderText(tr("letters, digits, - _ ."));
    m_engineCombo->setObjectName(QStringLiteral("engineCombo"));
    m_engineCombo->setAccessibleName(tr("Engine"));
    m_hostEdit->setObjectName(QStringLiteral("hostEdit"));
    m_hostEdit->setAccessibleName(tr("Host"));
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setAccessibleName(tr("Port"));
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userEdit->setAccessibleName(tr("User"));
    m_sslmodeCombo->setObjectName(QStringLiteral("sslmodeCombo"));
    m_sslmodeCombo->setAccessibleName(tr("SSL mode"));
    m_maxParallelSpin->setObjectName(QStringLiteral("maxParallelSpin"));
    m_maxParallelSpin->setAccessibleName(tr("Dumps at once against this server"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_forgetPasswordCheck->setObjectName(QStringLiteral("forgetPasswordCheck"));
    m_forgetPasswordCheck->setAccessibleName(tr("Forget the stored password"));
    m_passwordStatusLabel->setObjectName(QStringLiteral("passwordStatusLabel"));
    m_passwordStatusLabel->setAccessibleName(tr("Password storage problem"));
    m_passwordStatusLabel->setWordWrap(true);
    m_passwordStatusLabel->setTextFormat(Qt::PlainText);
    m_passwordStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_passwordStatusLabel->setStyleSheet(
        StateColours::textStyleSheet(StateColours::failure(palette(), QPalette::Window)));
    m_passwordStatusLabel->hide();
    m_probeDatabaseEdit->setObjectName(QStringLiteral("probeDatabaseEdit"));
    m_probeDatabaseEdit->setAccessibleName(tr("Database to connect to for the test"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testBusy->setObjectName(QStringLiteral("testBusyIndicator"));
    m_testBusy->setAccessibleName(tr("Testing the connection"));
    m_testBusy->setRange(0, 0); // busy, no percentage
    m_testBusy->setTextVisible(false);
    m_testBusy->hide();
    m_testResultLabel->setObjectName(QStringLiteral("testResultLabel"));
    m_testResultLabel->setAccessibleName(tr("Connection test result"));
    m_testResultLabel->setWordWrap(true);
    m_testResultLabel->setTextFormat(Qt::PlainText);
    m_testResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_engineCombo->addItem(QString(), QVariant()); // "inherited", text set by updatePlaceholders
    m_engineCombo->addItem(tr("PostgreSQL"), engineKindName(EngineKind::PostgreSQL));
    m_engineCombo->addItem(tr("MariaDB or MySQL"), engineKindName(EngineKind::MariaDB));
    m_sslmodeCombo->addItem(QString(), QVariant()); // "inherited", text set by updatePlaceholders
    for (const QString& mode : kSslModes)
        m_sslmodeCombo->addItem(mode, mode);

    QFormLayout* form = this->form();
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Engine:"), m_engineCombo);
    form->addRow(tr("&Host:"), m_hostEdit);
    form->addRow(tr("&Port:"), m_portSpin);
    form->addRow(tr("&User:"), m_userEdit);
    form->addRow(tr("&SSL mode:"), m_sslmodeCombo);
    form->addRow(tr("Dumps at &once:"), m_maxParallelSpin);
    form->addRow(tr("Pass&word:"), m_passwordEdit);
    form->addRow(QString(), m_forgetPasswordCheck);
    form->addRow(QString(), m_passwordStatusLabel);
    form->addRow(tr("Test &database:"), m_probeDatabaseEdit);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testBusy, 1);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_testResultLabel);

    // Load what the file says, as written (not inherited).
    const ConfigDocument& doc = original();
    if (!serverName.isEmpty()) {
        const QString sec = sectionFor(serverName);
        m_nameEdit->setText(serverName);
        const QVariant engineName = doc.value(sec, keys::engine);
        if (engineName.isValid()) {
            // "mysql" (a synonym) or a value the loader refuses stays as written until changed.
            int index = m_engineCombo->findData(engineName.toString());
            if (index < 0) {
                m_engineCombo->addItem(engineName.toString(), engineName.toString());
                index = m_engineCombo->count() - 1;
            }
            m_engineCombo->setCurrentIndex(index);
        }
        m_hostEdit->setText(doc.value(sec, keys::host).toString());
        m_portSpin->setStoredValue(doc.value(sec, keys::port));
        m_userEdit->setText(doc.value(sec, keys::user).toString());
        m_maxParallelSpin->setStoredValue(doc.value(sec, keys::maxParallel));
        const QVariant sslmode = doc.value(sec, keys::sslmode);
        if (sslmode.isValid()) {
            int index = m_sslmodeCombo->findData(sslmode.toString());
            if (index < 0) {
                m_sslmodeCombo->addItem(sslmode.toString(), sslmode.toString());
                index = m_sslmodeCombo->count() - 1;
            }
            m_sslmodeCombo->setCurrentIndex(index);
        }
    } else {
        m_forgetPasswordCheck->hide(); // nothing can be stored for a server that does not exist yet
    }
    updatePlaceholders();
    // "unchanged" only where there is something to keep; ~/.pgpass is libpq's to read, not the dialog's.
    showPasswordStored(!serverName.isEmpty() &&
                       CredentialStore().readPassword(effectiveServer()).has_value());

    for (QLineEdit* edit : {m_nameEdit, m_hostEdit, m_userEdit})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::revalidate);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &ServerDialog::revalidate);
    connect(m_maxParallelSpin, &QSpinBox::valueChanged, this, &ServerDialog::revalidate);
    connect(m_sslmodeCombo, &QComboBox::currentIndexChanged, this, &ServerDialog::revalidate);
    connect(m_engineCombo, &QComboBox::currentIndexChanged, this, [this] {
        updatePlaceholders();
        revalidate();
    });
    connect(m_passwordEdit, &QLineEdit::textChanged, m_passwordStatusLabel, &QLabel::hide);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Typing a new password replaces the stored one; forgetting it at the same time means nothing.
        m_forgetPasswordCheck->setEnabled(text.isEmpty());
    });
    connect(m_testButton, &QPushButton::clicked, this, &ServerDialog::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, &ServerDialog::showTestResult);
    revalidate();
}

ServerDialog::~ServerDialog() = default;

QString ServerDialog::serverName() const
{
    return m_nameEdit->text().trimmed();
}

QString ServerDialog::sectionFor(const QString& name) const
{
    return kServersPrefix + name;
}

QString ServerDialog::section() const
{
    const QString name = serverName();
    return sectionFor(name.isEmpty() ? m_originalName : name);
}

void ServerDialog::showPasswordStored(bool stored)
{
    m_passwordStored = stored;
    if (stored) {
        m_passwordEdit->setPlaceholderText(tr("unchanged"));
        m_passwordEdit->setToolTip(
            tr("Stored in the OS keychain when you press OK, never in the config file. "
               "Leave empty to keep what is stored."));
    } else if (effectiveEngine() == EngineKind::MariaDB) {
        m_passwordEdit->setPlaceholderText(tr("not stored"));
        m_passwordEdit->setToolTip(tr("Stored in the OS keychain when you press OK, never in the config "
                                      "file. Leave empty to use ~/.my.cnf or no password."));
    } else {
        m_passwordEdit->setPlaceholderText(tr("not stored"));
        m_passwordEdit->setToolTip(tr("Stored in the OS keychain when you press OK, never in the config "
                                      "file. Leave empty to use ~/.pgpass or no password."));
    }
}

EngineKind ServerDialog::effectiveEngine() const
{
    const QVariant chosen = m_engineCombo->currentData();
    if (chosen.isValid())
        return engineKindFromName(chosen.toString()).value_or(EngineKind::PostgreSQL);
    return ConfigInheritance::engine(original(), {kDefaults});
}

void ServerDialog::updatePlaceholders()
{
    const ConfigDocument& doc = original();
    const QStringList chain = {kDefaults};
    const EngineKind engine = effectiveEngine();
    const bool mariadb = engine == EngineKind::MariaDB;
    m_engineCombo->setItemText(
        0, tr("inherited: %1").arg(ConfigInheritance::describe(doc, chain, keys::engine)));
    m_hostEdit->setPlaceholderText(ConfigInheritance::describe(doc, chain, keys::host, true, engine));
    m_hostEdit->setToolTip(
        mariadb ? tr("A host name, an IP address, or the path of the server's unix socket file "
                     "(e.g. /run/mysqld/mysqld.sock).")
                : tr("A host name, an IP address, or the directory of the server's unix socket "
                     "(e.g. /var/run/postgresql)."));
    m_userEdit->setPlaceholderText(ConfigInheritance::describe(doc, chain, keys::user, true, engine));
    m_portSpin->setInheritedText(ConfigInheritance::describe(doc, chain, keys::port, true, engine));
    m_sslmodeCombo->setItemText(
        0, tr("inherited: %1").arg(ConfigInheritance::describe(doc, chain, keys::sslmode, true)));
    // sslmode is libpq's: the loader refuses it on a MariaDB server, so applyTo() leaves it out.
    m_sslmodeCombo->setEnabled(!mariadb);
    m_sslmodeCombo->setToolTip(mariadb ? tr("PostgreSQL only. For TLS to MariaDB set ssl-ca in the [client] "
                                            "section of ~/.my.cnf.")
                                       : QString());
    // MariaDB connections need no database; a name given here is still checked to exist.
    m_probeDatabaseEdit->setPlaceholderText(mariadb ? tr("none") : maintenanceDatabase(engine));
    m_probeDatabaseEdit->setToolTip(mariadb ? tr("Optional for MariaDB: the test connects without a database "
                                                 "unless you name one here.")
                                            : QString());
    // [defaults] max_parallel is the whole run's limit, not a server's, so it is not inherited here.
    m_maxParallelSpin->setInheritedText(tr("%1 (built-in)").arg(1));
    showPasswordStored(m_passwordStored);
}

QStringList ServerDialog::applyTo(ConfigDocument& document) const
{
    const QString name = serverName();
    if (name.isEmpty())
        return {tr("Give the server a name.")};
    const QString sec = sectionFor(name);
    if (m_originalName.isEmpty() || name != m_originalName) {
        if (document.hasSection(sec))
            return {tr("A server named '%1' exists already: choose another name.").arg(name)};
    }
    if (!m_originalName.isEmpty() && name != m_originalName)
        document.renameSection(sectionFor(m_originalName), name);

    // An explicit key creates the section, so an empty [servers.NAME] still exists afterwards.
    if (!document.hasSection(sec)) {
        document.setValue(sec, keys::host, QStringLiteral("-"));
        document.setValue(sec, keys::host, QVariant());
    }
    document.setValue(sec, keys::engine, m_engineCombo->currentData());
    document.setValue(sec, keys::host, textValue(m_hostEdit));
    document.setValue(sec, keys::port, m_portSpin->storedValue());
    document.setValue(sec, keys::user, textValue(m_userEdit));
    document.setValue(sec, keys::sslmode, m_sslmodeCombo->currentData());
    document.setValue(sec, keys::maxParallel, m_maxParallelSpin->storedValue());
    // The other engine's keys (sslmode, pg_dump, pg_dump_args; mariadb_dump_args) are errors in this
    // section and have no field here to remove them with: the engine chosen drops them.
    const EngineKind engine = effectiveEngine();
    for (const ConfigKey& key : ConfigKeyTable::keys()) {
        const QString name = key.keyName();
        const std::optional<EngineKind> owner = ConfigKeyTable::engineOnly(name);
        if (owner && *owner != engine && document.value(sec, name).isValid())
            document.setValue(sec, name, QVariant());
    }
    return {};
}

ServerConfig ServerDialog::effectiveServer() const
{
    // From the validated document when possible: exactly what `larder` will use.
    if (const std::optional<Config>& config = validatedConfig()) {
        const auto it = config->servers.constFind(serverName());
        if (it != config->servers.constEnd())
            return *it;
    }
    const ConfigDocument& doc = original();
    const QStringList chain = {kDefaults};
    ServerConfig server;
    server.name = serverName();
    server.engine = effectiveEngine();
    server.host = m_hostEdit->text().trimmed();
    if (server.host.isEmpty())
        server.host = ConfigInheritance::value(doc, chain, keys::host, true).toString();
    server.port =
        int((m_portSpin->isInherited() ? ConfigInheritance::value(doc, chain, keys::port, true, server.engine)
                                       : m_portSpin->storedValue())
                .toLongLong());
    server.user = m_userEdit->text().trimmed();
    if (server.user.isEmpty())
        server.user = ConfigInheritance::value(doc, chain, keys::user, true).toString();
    const QVariant sslmode = m_sslmodeCombo->currentData();
    server.sslmode =
        (sslmode.isValid() ? sslmode : ConfigInheritance::value(doc, chain, keys::sslmode, true)).toString();
    server.connectTimeoutSeconds =
        int(ConfigInheritance::value(doc, {section(), kDefaults}, keys::connectTimeout, true).toLongLong());
    server.pgDump = ConfigInheritance::value(doc, {section(), kDefaults}, keys::pgDump, true).toString();
    return server;
}

void ServerDialog::testConnection()
{
    if (m_tester->isRunning()) {
        m_tester->cancel();
        showTestResult(false, tr("Test cancelled."));
        return;
    }
    const ServerConfig server = effectiveServer();
    std::optional<QString> password;
    if (!m_passwordEdit->text().isEmpty())
        password = m_passwordEdit->text();
    else if (!m_forgetPasswordCheck->isChecked())
        password = CredentialStore().readPassword(server); // nullopt: the client's own (~/.pgpass, ~/.my.cnf)
    const QString dbname = m_probeDatabaseEdit->text().trimmed().isEmpty()
                               ? maintenanceDatabase(server.engine)
                               : m_probeDatabaseEdit->text().trimmed();

    m_testResultLabel->setStyleSheet(QString());
    m_testResultLabel->setText(tr("Connecting to %1…").arg(server.credentialKey()));
    m_testBusy->show();
    m_testButton->setText(tr("Cancel &test"));
    m_tester->start(server, dbname, password, server.pgDump);
}

void ServerDialog::showTestResult(bool ok, const QString& message)
{
    m_testBusy->hide();
    m_testButton->setText(tr("&Test connection"));
    m_testResultLabel->setStyleSheet(
        StateColours::textStyleSheet(ok ? StateColours::success(palette(), QPalette::Window)
                                        : StateColours::failure(palette(), QPalette::Window)));
    m_testResultLabel->setText(message);
}

void ServerDialog::showPasswordProblem(const QString& message)
{
    m_passwordStatusLabel->setText(message);
    m_passwordStatusLabel->show();
}

void ServerDialog::accept()
{
    if (!isAcceptable())
        return;
    const ServerConfig server = effectiveServer();
    const CredentialStore store;
    const QString password = m_passwordEdit->text();
    if (!password.isEmpty()) {
        const Result<void> stored = store.writePassword(server, password);
        if (!stored) {
            // Never fall back to writing it anywhere ourselves: ~/.pgpass or ~/.my.cnf is the user's call.
            const QString host = server.host.isEmpty() ? QStringLiteral("localhost") : server.host;
            const QString user = server.user.isEmpty() ? qEnvironmentVariable("USER") : server.user;
            if (server.engine == EngineKind::MariaDB) {
                showPasswordProblem(
                    tr("%1\n\nThe password was not stored anywhere. To use ~/.my.cnf instead, add these "
                       "lines to it (and chmod 600 ~/.my.cnf):\n[client]\nuser=%2\npassword=PASSWORD\n"
                       "Then clear the password field and press OK to save the server without it.")
                        .arg(stored.error().message, user));
                m_passwordEdit->setFocus();
                return;
            }
            showPasswordProblem(
                tr("%1\n\nThe password was not stored anywhere. To use ~/.pgpass instead, add this line to "
                   "it (and chmod 600 ~/.pgpass):\n%2:%3:*:%4:PASSWORD\nThen clear the password field and "
                   "press OK to save the server without it.")
                    .arg(stored.error().message, host)
                    .arg(server.port)
                    .arg(user));
            m_passwordEdit->setFocus();
            return;
        }
    } else if (!m_originalName.isEmpty() && m_forgetPasswordCheck->isChecked()) {
        const Result<void> deleted = store.deletePassword(server);
        if (!deleted) {
            showPasswordProblem(deleted.error().message);
            return;
        }
    } else if (!m_originalName.isEmpty()) {
        if (const Result<void> moved = moveStoredPassword(server); !moved) {
            showPasswordProblem(moved.error().message);
            return;
        }
    }
    SectionDialog::accept();
}

Result<void> ServerDialog::moveStoredPassword(const ServerConfig& server) const
{
    // The keychain entry is keyed by USER@HOST:PORT: a changed user, host or port would leave the
    // stored password behind under the old key, and the next dump would fail to log in.
    const ConfigLoader::LoadResult before = original().validate();
    if (!before)
        return {};
    const auto old = before->servers.constFind(m_originalName);
    if (old == before->servers.constEnd() || old->credentialKey() == server.credentialKey())
        return {};
    const CredentialStore store;
    const std::optional<QString> password = store.readPassword(*old);
    if (!password)
        return {};
    if (const Result<void> written = store.writePassword(server, *password); !written)
        return written;
    // Another server section may still log in with the old key.
    if (const std::optional<Config>& after = validatedConfig()) {
        for (const ServerConfig& other : after->servers) {
            if (other.credentialKey() == old->credentialKey())
                return {};
        }
    }
    return store.deletePassword(*old);
}

void ServerDialog::done(int result)
{
    // Closing abandons a running test: its thread finishes on its own and reports nowhere.
    m_tester->cancel();
    m_testBusy->hide();
    SectionDialog::done(result);
}

} // namespace larder
