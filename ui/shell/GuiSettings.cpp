// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "GuiSettings.h"

#include "Autostart.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace larder;

namespace {

QString settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/larder/larder-gui.conf");
}

const QString kNotifyOnSuccess = QStringLiteral("notifications/onSuccess");
const QString kMonochromeTray = QStringLiteral("tray/monochrome");
const QString kLanguage = QStringLiteral("general/language");
const QString kCloseQuitsExplained = QStringLiteral("general/closeQuitsExplained");
const QString kWindowGeometry = QStringLiteral("window/geometry");

} // namespace

GuiSettings::GuiSettings(QObject* parent) : QObject(parent), m_settings(settingsPath(), QSettings::IniFormat)
{}

bool GuiSettings::startAtLogin() const
{
    return Autostart::isEnabled();
}

QString GuiSettings::setStartAtLogin(bool enabled)
{
    if (enabled == startAtLogin())
        return {};
    const QString error = Autostart::setEnabled(enabled, QCoreApplication::applicationFilePath());
    if (error.isEmpty())
        Q_EMIT changed();
    return error;
}

bool GuiSettings::notifyOnSuccess() const
{
    return m_settings.value(kNotifyOnSuccess, false).toBool();
}

void GuiSettings::setNotifyOnSuccess(bool enabled)
{
    if (enabled == notifyOnSuccess())
        return;
    m_settings.setValue(kNotifyOnSuccess, enabled);
    Q_EMIT changed();
}

bool GuiSettings::monochromeTray() const
{
    return m_settings.value(kMonochromeTray, false).toBool();
}

void GuiSettings::setMonochromeTray(bool enabled)
{
    if (enabled == monochromeTray())
        return;
    m_settings.setValue(kMonochromeTray, enabled);
    Q_EMIT changed();
}

QString GuiSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void GuiSettings::setLanguage(const QString& language)
{
    if (language == this->language())
        return;
    m_settings.setValue(kLanguage, language);
    Q_EMIT changed();
}

bool GuiSettings::closeQuitsExplained() const
{
    return m_settings.value(kCloseQuitsExplained, false).toBool();
}

void GuiSettings::setCloseQuitsExplained(bool said)
{
    m_settings.setValue(kCloseQuitsExplained, said);
}

QByteArray GuiSettings::windowGeometry() const
{
    return m_settings.value(kWindowGeometry).toByteArray();
}

void GuiSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kWindowGeometry, geometry);
}
