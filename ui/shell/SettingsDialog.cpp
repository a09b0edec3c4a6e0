// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "SettingsDialog.h"

#include "GuiSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

using namespace larder;

SettingsDialog::SettingsDialog(GuiSettings& settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Larder Settings"));

    m_startAtLogin = new QCheckBox(tr("&Start Larder at login (in the tray)"), this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setChecked(m_settings.startAtLogin());
#ifdef Q_OS_MACOS
    m_startAtLogin->setEnabled(false);
    m_startAtLogin->setToolTip(tr("Not supported on macOS yet."));
#endif

    m_notifyOnSuccess = new QCheckBox(tr("&Notify when a backup succeeds (failures are always shown)"), this);
    m_notifyOnSuccess->setObjectName(QStringLiteral("notifyOnSuccess"));
    m_notifyOnSuccess->setChecked(m_settings.notifyOnSuccess());

    m_monochromeTray = new QCheckBox(tr("&Monochrome tray icon"), this);
    m_monochromeTray->setObjectName(QStringLiteral("monochromeTray"));
    m_monochromeTray->setChecked(m_settings.monochromeTray());

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System"), QString());
    // Language names in their own language: someone who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const int current = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    auto* languageNote = new QLabel(tr("A new language takes effect when Larder is restarted."), this);
    languageNote->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(m_startAtLogin);
    form->addRow(m_notifyOnSuccess);
    form->addRow(m_monochromeTray);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(languageNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setNotifyOnSuccess(m_notifyOnSuccess->isChecked());
    m_settings.setMonochromeTray(m_monochromeTray->isChecked());
    m_settings.setLanguage(m_language->currentData().toString());
    const QString error = m_settings.setStartAtLogin(m_startAtLogin->isChecked());
    if (!error.isEmpty()) {
        m_startAtLogin->setChecked(m_settings.startAtLogin());
        QMessageBox::warning(this, tr("Start at login"), error);
        return;
    }
    QDialog::accept();
}
