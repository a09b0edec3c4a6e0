// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "DatabaseDialog.h"

#include "ConfigInheritance.h"
#include "MonitoringFields.h"
#include "OptionalSpinBox.h"
#include "RetentionFields.h"
#include "RetryEdit.h"
#include "ScheduleField.h"
#include "config/keys/ConfigKeyNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace larder {

namespace {

const QString kDatabasesPrefix = QStringLiteral("databases.");
const QString kDefaults = tables::defaults;
const QStringList kFormats = {QStringLiteral("custom"), QStringLiteral("directory"), QStringLiteral("plain"),
                              QStringLiteral("tar")};

QVariant textValue(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

// Selects `value` among the items' data, adding it when a hand-edited file holds something else.
void selectData(QComboBox* combo, const QVariant& value)
{
    if (!value.isValid())
        return;
    int index = combo->findData(value.toString());
    if (index < 0) {
        combo->addItem(value.toString(), value.toString());
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

DatabaseDialog::DatabaseDialog(ConfigDocument document, const QString& jobName, QWidget* parent)
    : SectionDialog(std::move(document), parent), m_originalName(jobName), m_nameEdit(new QLineEdit(this)),
      m_serverCombo(new QComboBox(this)), m_dbnameEdit(new QLineEdit(this)),
      m_schedule(new ScheduleField(this)), m_formatCombo(new QComboBox(this)),
      m_compressionSpin(new OptionalSpinBox(0, 9, this)), m_dumpDirEdit(new QLineEdit(this)),
      m_browseButton(new QPushButton(tr("&Browse…"), this)), m_argsEdit(new QPlainTextEdit(this)),
      m_argsLabel(new QLabel(this)), m_argsHint(new QLabel(this)),
      m_enabledCheck(new QCheckBox(tr("&Job enabled: dumps on its schedule"), this)),
      m_retryEdit(new RetryEdit(this)),
      m_retention(new RetentionFields(original().sectionNames(tables::servers), this)),
      m_monitoring(new MonitoringFields(MonitoringFields::Scope::Job, this))
{
    setWindowTitle(jobName.isEmpty() ? tr("Add database") : tr("Edit database %1").arg(jobName));

    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(tr("Job name"));
    m_nameEdit->setToolTip(tr("The job's name: letters, digits, - _ . (it names the dump directory)"));
    m_serverCombo->setObjectName(QStringLiteral("serverCombo"));
    m_serverCombo->setAccessibleName(tr("Server"));
    m_dbnameEdit->setObjectName(QStringLiteral("dbnameEdit"));
    m_dbnameEdit->setAccessibleName(tr("Database name on the server"));
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->setAccessibleName(tr("Dump format"));
    m_compressionSpin->setObjectName(QStringLiteral("compressionSpin"));
    m_compressionSpin->setAccessibleName(tr("Compression level"));
    m_dumpDirEdit->setObjectName(QStringLiteral("dumpDirEdit"));
    m_dumpDirEdit->setAccessibleName(tr("Dump directory"));
    m_browseButton->setObjectName(QStringLiteral("browseDumpDirButton"));
    m_browseButton->setAccessibleName(tr("Choose the dump directory"));
    m_argsEdit->setObjectName(QStringLiteral("pgDumpArgsEdit"));
    m_enabledCheck->setObjectName(QStringLiteral("enabledCheck"));
    m_enabledCheck->setToolTip(tr("Unchecked: the job keeps its settings and dumps but is never dumped on "
                                  "its schedule; Back Up Selected Now still dumps it"));
    m_enabledCheck->setChecked(true);
    m_argsEdit->setTabChangesFocus(true); // keyboard users can leave the field with Tab
    m_argsEdit->setFixedHeight(m_argsEdit->fontMetrics().lineSpacing() * 4 + 12);

    const ConfigDocument& doc = original();
    m_serverCombo->addItem(tr("(not set: the [defaults] connection)"), QVariant());
    const QStringList servers = doc.sectionNames(tables::servers);
    for (const QString& server : servers)
        m_serverCombo->addItem(server, server);
    m_formatCombo->addItem(QString(), QVariant()); // "inherited", text set by updatePlaceholders
    for (const QString& format : kFormats)
        m_formatCombo->addItem(format, format);

    auto* dumpDirRow = new QHBoxLayout;
    dumpDirRow->addWidget(m_dumpDirEdit, 1);
    dumpDirRow->addWidget(m_browseButton);
    m_argsLabel->setObjectName(QStringLiteral("dumpArgsLabel"));
    m_argsLabel->setBuddy(m_argsEdit);
    m_argsHint->setObjectName(QStringLiteral("dumpArgsHint"));
    m_argsHint->setWordWrap(true);

    QFormLayout* form = this->form();
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(QString(), m_enabledCheck);
    form->addRow(tr("&Server:"), m_serverCombo);
    form->addRow(tr("&Database:"), m_dbnameEdit);
    form->addRow(tr("Sc&hedule:"), m_schedule);
    form->addRow(tr("&Format:"), m_formatCombo);
    form->addRow(tr("&Compression:"), m_compressionSpin);
    form->addRow(tr("Dump director&y:"), dumpDirRow);
    qobject_cast<QLabel*>(form->labelForField(dumpDirRow))->setBuddy(m_dumpDirEdit);
    form->addRow(tr("Retry after fail&ure:"), m_retryEdit);
    form->addRow(m_argsLabel, m_argsEdit);
    form->addRow(QString(), m_argsHint);
    form->addRow(m_retention);
    form->addRow(m_monitoring);

    if (!jobName.isEmpty()) {
        const QString sec = kDatabasesPrefix + jobName;
        m_nameEdit->setText(jobName);
        const QVariant server = doc.value(sec, keys::server);
        if (server.isValid()) {
            selectData(m_serverCombo, server);
        }
        m_dbnameEdit->setText(doc.value(sec, keys::dbname).toString());
        m_schedule->setText(doc.value(sec, keys::schedule).toString());
        selectData(m_formatCombo, doc.value(sec, keys::format));
        m_compressionSpin->setStoredValue(doc.value(sec, keys::compression));
        m_dumpDirEdit->setText(doc.value(sec, keys::dumpDir).toString());
        const QLatin1StringView argsKey =
            engine() == EngineKind::MariaDB ? keys::mariadbDumpArgs : keys::pgDumpArgs;
        m_argsEdit->setPlainText(doc.value(sec, argsKey).toStringList().join(QLatin1Char('\n')));
        m_retention->load(doc, sec);
        m_monitoring->load(doc, sec);
        m_retryEdit->setText(ConfigInheritance::toText(doc.value(sec, keys::retry)));
        m_enabledCheck->setChecked(
            ConfigInheritance::value(doc, QStringList{sec} + inheritanceChain(), keys::enabled).toBool());
    } else {
        if (servers.size() == 1) {
            m_serverCombo->setCurrentIndex(1); // the obvious choice
        } else if (!servers.isEmpty() && !doc.value(kDefaults, keys::host).isValid() &&
                   !servers.contains(QStringLiteral("default"))) {
            // "(not set)" would name no usable connection: the loader wants a server for the job.
            m_serverCombo->setCurrentIndex(1);
        }
        followInheritedEnabled();
        connect(m_serverCombo, &QComboBox::currentIndexChanged, this,
                &DatabaseDialog::followInheritedEnabled);
    }
    updatePlaceholders();

    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] {
        updatePlaceholders();
        revalidate();
    });
    connect(m_serverCombo, &QComboBox::currentIndexChanged, this, [this] {
        updatePlaceholders();
        revalidate();
    });
    connect(m_dbnameEdit, &QLineEdit::textChanged, this, &DatabaseDialog::revalidate);
    connect(m_dumpDirEdit, &QLineEdit::textChanged, this, &DatabaseDialog::revalidate);
    connect(m_schedule, &ScheduleField::textChanged, this, &DatabaseDialog::revalidate);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &DatabaseDialog::revalidate);
    connect(m_compressionSpin, &QSpinBox::valueChanged, this, &DatabaseDialog::revalidate);
    connect(m_argsEdit, &QPlainTextEdit::textChanged, this, &DatabaseDialog::revalidate);
    connect(m_retryEdit, &QLineEdit::textChanged, this, &DatabaseDialog::revalidate);
    connect(m_enabledCheck, &QCheckBox::toggled, this, &DatabaseDialog::revalidate);
    connect(m_enabledCheck, &QCheckBox::clicked, this, [this] { m_enabledSetByUser = true; });
    connect(m_retention, &RetentionFields::changed, this, &DatabaseDialog::revalidate);
    connect(m_monitoring, &MonitoringFields::changed, this, &DatabaseDialog::revalidate);
    connect(m_browseButton, &QPushButton::clicked, this, &DatabaseDialog::browseDumpDir);
    revalidate();
}

DatabaseDialog::~DatabaseDialog() = default;

QString DatabaseDialog::jobName() const
{
    return m_nameEdit->text().trimmed();
}

QString DatabaseDialog::section() const
{
    const QString name = jobName();
    return kDatabasesPrefix + (name.isEmpty() ? m_originalName : name);
}

QStringList DatabaseDialog::inheritanceChain() const
{
    QStringList chain;
    const QVariant server = m_serverCombo->currentData();
    if (server.isValid())
        chain << QStringLiteral("servers.") + server.toString();
    chain << kDefaults;
    return chain;
}

void DatabaseDialog::followInheritedEnabled()
{
    if (m_enabledSetByUser)
        return;
    m_enabledCheck->setChecked(
        ConfigInheritance::value(original(), inheritanceChain(), keys::enabled).toBool());
}

EngineKind DatabaseDialog::engine() const
{
    return ConfigInheritance::engine(original(), inheritanceChain());
}

void DatabaseDialog::updateEngineFields()
{
    const bool mariadb = engine() == EngineKind::MariaDB;
    if (mariadb) {
        m_argsLabel->setText(tr("mariadb-dump &arguments:"));
        m_argsEdit->setAccessibleName(tr("Extra mariadb-dump arguments, one per line"));
        m_argsEdit->setPlaceholderText(tr("--ignore-table=shop.audit_log"));
        m_argsHint->setText(tr("One argument per line, passed to mariadb-dump verbatim (no shell quoting)."));
    } else {
        m_argsLabel->setText(tr("pg_dump &arguments:"));
        m_argsEdit->setAccessibleName(tr("Extra pg_dump arguments, one per line"));
        m_argsEdit->setPlaceholderText(tr("--exclude-table-data=audit_log"));
        m_argsHint->setText(tr("One argument per line, passed to pg_dump verbatim (no shell quoting)."));
    }
    // mariadb-dump writes SQL only: the loader refuses another format for a MariaDB job.
    if (mariadb) {
        const QVariant format = m_formatCombo->currentData();
        if (format.isValid() && format.toString() != QLatin1String("plain"))
            m_formatCombo->setCurrentIndex(0);
    }
    m_formatCombo->setEnabled(!mariadb);
    m_formatCombo->setToolTip(mariadb ? tr("MariaDB dumps are always SQL scripts (plain); compression gzips "
                                           "them.")
                                      : QString());
}

void DatabaseDialog::updatePlaceholders()
{
    updateEngineFields();
    const ConfigDocument& doc = original();
    const QStringList chain = inheritanceChain();
    const QString name = jobName();
    m_dbnameEdit->setPlaceholderText(name.isEmpty() ? tr("the job's name")
                                                    : tr("%1 (the job's name)").arg(name));
    m_schedule->setInherited(ConfigInheritance::value(doc, chain, keys::schedule).toString(),
                             ConfigInheritance::describe(doc, chain, keys::schedule));
    m_formatCombo->setItemText(
        0, engine() == EngineKind::MariaDB
               ? tr("plain (MariaDB dumps are SQL)")
               : tr("inherited: %1").arg(ConfigInheritance::describe(doc, chain, keys::format)));
    m_compressionSpin->setInheritedText(ConfigInheritance::describe(doc, chain, keys::compression));
    m_dumpDirEdit->setPlaceholderText(ConfigInheritance::describe(doc, chain, keys::dumpDir));
    m_retryEdit->setPlaceholderText(ConfigInheritance::describe(doc, chain, keys::retry));
    m_retention->updatePlaceholders(doc, chain);
    m_monitoring->updatePlaceholders(doc, chain);
}

void DatabaseDialog::browseDumpDir()
{
    const QString start =
        m_dumpDirEdit->text().isEmpty()
            ? ConfigInheritance::value(original(), inheritanceChain(), keys::dumpDir).toString()
            : m_dumpDirEdit->text();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Dump directory"), start);
    if (!chosen.isEmpty())
        m_dumpDirEdit->setText(chosen);
}

QStringList DatabaseDialog::applyTo(ConfigDocument& document) const
{
    const QString name = jobName();
    if (name.isEmpty())
        return {tr("Give the job a name.")};
    const QString sec = kDatabasesPrefix + name;
    if ((m_originalName.isEmpty() || name != m_originalName) && document.hasSection(sec))
        return {tr("A database job named '%1' exists already: choose another name.").arg(name)};
    if (!m_originalName.isEmpty() && name != m_originalName)
        document.renameSection(kDatabasesPrefix + m_originalName, name);

    if (!document.hasSection(sec)) {
        // An explicit key creates the section, so a job with every value inherited still exists.
        document.setValue(sec, keys::dbname, name);
        document.setValue(sec, keys::dbname, QVariant());
    }
    document.setValue(sec, keys::server, m_serverCombo->currentData());
    document.setValue(sec, keys::dbname, textValue(m_dbnameEdit->text()));
    document.setValue(sec, keys::schedule, textValue(m_schedule->text()));
    document.setValue(sec, keys::format, m_formatCombo->currentData());
    document.setValue(sec, keys::compression, m_compressionSpin->storedValue());
    document.setValue(sec, keys::dumpDir, textValue(m_dumpDirEdit->text()));

    QStringList args;
    const QStringList lines = m_argsEdit->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        // Spaces around a line are dropped; inside it the argument is passed exactly as typed.
        const QString arg = line.trimmed();
        if (!arg.isEmpty())
            args << arg;
    }
    // The other engine's key is an error in this job's section: the field holds this engine's only.
    const bool mariadb = engine() == EngineKind::MariaDB;
    document.setValue(sec, mariadb ? keys::mariadbDumpArgs : keys::pgDumpArgs,
                      args.isEmpty() ? QVariant() : QVariant(args));
    document.setValue(sec, mariadb ? keys::pgDumpArgs : keys::mariadbDumpArgs, QVariant());
    m_retention->applyTo(document, sec);
    m_monitoring->applyTo(document, sec);
    document.setValue(sec, keys::retry, ConfigInheritance::durationValue(m_retryEdit->text()));
    // Written only when it differs from what the job would inherit, so a plain job stays plain.
    const bool inherited = ConfigInheritance::value(document, inheritanceChain(), keys::enabled).toBool();
    document.setValue(sec, keys::enabled,
                      m_enabledCheck->isChecked() == inherited ? QVariant()
                                                               : QVariant(m_enabledCheck->isChecked()));
    return {};
}

} // namespace larder
