// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ConfigEditor.h"

#include "DatabaseDialog.h"
#include "DefaultsDialog.h"
#include "FirstRunChoice.h"
#include "ServerDialog.h"
#include "ServerListDialog.h"
#include "config/toml/ConfigDocument.h"
#include "run/RunService.h"

#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace larder {

namespace {

const QString kDatabasesPrefix = QStringLiteral("databases.");

std::optional<ConfigDocument> loadDocument(const RunService& service, QWidget* window)
{
    Result<ConfigDocument> loaded = ConfigDocument::load(service.configPath());
    if (!loaded) {
        QMessageBox::critical(
            window, ConfigEditor::tr("Cannot open the configuration"),
            ConfigEditor::tr("Cannot open %1:\n%2").arg(service.configPath(), loaded.error().message));
        return std::nullopt;
    }
    return std::move(*loaded);
}

// Saves and makes the service read the file again. A file edited elsewhere since it was loaded is
// never overwritten without asking.
bool saveDocument(ConfigDocument document, RunService& service, QWidget* window)
{
    const QString path = document.path();
    if (document.changedOnDisk()) {
        QMessageBox ask(QMessageBox::Warning, ConfigEditor::tr("Configuration changed elsewhere"),
                        ConfigEditor::tr("%1 was changed by another program since it was opened here.\n\n"
                                         "Overwrite it with your changes, or discard your changes and reload "
                                         "it?")
                            .arg(path),
                        QMessageBox::Cancel, window);
        QPushButton* overwrite = ask.addButton(ConfigEditor::tr("&Overwrite"), QMessageBox::DestructiveRole);
        QPushButton* reload = ask.addButton(ConfigEditor::tr("&Reload"), QMessageBox::AcceptRole);
        ask.setDefaultButton(reload);
        ask.exec();
        if (ask.clickedButton() == reload) {
            service.reload();
            return false;
        }
        if (ask.clickedButton() != overwrite)
            return false;
    }
    const Result<void> saved = document.save();
    if (!saved) {
        QMessageBox::critical(window, ConfigEditor::tr("Cannot save the configuration"),
                              ConfigEditor::tr("Cannot save %1:\n%2").arg(path, saved.error().message));
        return false;
    }
    if (!service.reload()) {
        QStringList issues;
        const QList<ConfigIssue> configIssues = service.configIssues();
        for (const ConfigIssue& issue : configIssues)
            issues << issue.toString();
        QMessageBox::warning(window, ConfigEditor::tr("Configuration not applied"),
                             ConfigEditor::tr("%1 was saved, but reading it back failed; the previous "
                                              "configuration stays in use:\n%2")
                                 .arg(path, issues.join(QLatin1Char('\n'))));
    }
    return true;
}

bool isConfiguredJob(const ConfigDocument& document, const QString& job, QWidget* window)
{
    if (document.hasSection(kDatabasesPrefix + job))
        return true;
    QMessageBox::information(
        window, ConfigEditor::tr("Not a configured database"),
        ConfigEditor::tr("%1 has no [databases.%2] section in %3: discovered and globals "
                         "jobs take their settings from their server, so edit the server "
                         "instead.")
            .arg(job, job, document.path()));
    return false;
}

// Runs a section dialog modally and saves what it accepted.
template <typename Dialog>
bool runDialog(Dialog& dialog, RunService& service, QWidget* window)
{
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return saveDocument(dialog.document(), service, window);
}

} // namespace

ConfigEditor::ConfigEditor(RunService& service, std::shared_ptr<DatabaseEngine> engine, QWidget* parentWindow,
                           QObject* parent)
    : QObject(parent), m_service(service), m_engine(std::move(engine)), m_parentWindow(parentWindow)
{}

bool ConfigEditor::editServers()
{
    std::optional<ConfigDocument> document = loadDocument(m_service, m_parentWindow);
    if (!document)
        return false;
    ServerListDialog dialog(*document, m_engine, m_parentWindow);
    if (dialog.exec() != QDialog::Accepted || !dialog.isModified())
        return false;
    return saveDocument(dialog.document(), m_service, m_parentWindow);
}

bool ConfigEditor::addServer()
{
    std::optional<ConfigDocument> document = loadDocument(m_service, m_parentWindow);
    if (!document)
        return false;
    ServerDialog dialog(*document, QString(), m_engine, m_parentWindow);
    return runDialog(dialog, m_service, m_parentWindow);
}

bool ConfigEditor::addDatabase()
{
    std::optional<ConfigDocument> document = loadDocument(m_service, m_parentWindow);
    if (!document)
        return false;
    DatabaseDialog dialog(*document, QString(), m_parentWindow);
    return runDialog(dialog, m_service, m_parentWindow);
}

bool ConfigEditor::editDatabase(const QString& job)
{
    std::optional<ConfigDocument> document = loadDocument(m_service, m_parentWindow);
    if (!document || !isConfiguredJob(*document, job, m_parentWindow))
        return false;
    DatabaseDialog dialog(*document, job, m_parentWindow);
    return runDialog(dialog, m_service, m_parentWindow);
}

bool ConfigEditor::removeDatabase(const QString& job)
{
    std::optional<ConfigDocument> document = loadDocument(m_service, m_parentWindow);
    if (!document || !isConfiguredJob(*document, job, m_parentWindow))
        return false;
    const JobConfig* config = m_service.config().job(job);
    const QString where = config ? config->outputDirectory() : tr("its dump directory");
    const QMessageBox::StandardButton answer = QMessageBox::question(
        m_parentWindow, tr("Remove database"),
        tr("Remove the job %1 from %2?\n\nIt will no longer be dumped. Its history and its dumps in %3 stay; "
           "delete them yourself if you no longer need them.")
            .arg(job, document->path(), where),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    document->removeSection(kDatabasesPrefix + job);
    return saveDocument(std::move(*document), m_service, m_parentWindow);
}

bool ConfigEditor::editDefaults()
{
    std::optional<ConfigDocument> document = loadDocument(m_service, m_parentWindow);
    if (!document)
        return false;
    DefaultsDialog dialog(*document, m_parentWindow);
    return runDialog(dialog, m_service, m_parentWindow);
}

bool ConfigEditor::setUpFirstRun(const FirstRunChoice& choice)
{
    std::optional<ConfigDocument> document = loadDocument(m_service, m_parentWindow);
    if (!document)
        return false;
    choice.apply(*document);
    return saveDocument(std::move(*document), m_service, m_parentWindow);
}

} // namespace larder
