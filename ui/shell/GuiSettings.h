// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

namespace larder {

// The desktop app's own preferences (not the shared config): QSettings in
// $XDG_CONFIG_HOME/larder/larder-gui.conf.
class GuiSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiSettings)

public:
    explicit GuiSettings(QObject* parent = nullptr);

    bool startAtLogin() const;
    // Writes or removes the XDG autostart entry (Linux); errors are returned as text ("" = ok).
    QString setStartAtLogin(bool enabled);
    bool notifyOnSuccess() const;
    void setNotifyOnSuccess(bool enabled);
    bool monochromeTray() const;
    void setMonochromeTray(bool enabled);
    QString language() const; // "" = the system's; else a locale name such as "de"
    void setLanguage(const QString& language);
    bool closeQuitsExplained() const; // "closing quits" has been said once
    void setCloseQuitsExplained(bool said);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

Q_SIGNALS:
    void changed();

private:
    mutable QSettings m_settings;
};

} // namespace larder
