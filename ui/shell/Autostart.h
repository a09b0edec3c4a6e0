// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QCoreApplication>
#include <QString>

namespace larder {

// "Start at login": an XDG autostart entry ($XDG_CONFIG_HOME/autostart/org.larder.Larder.desktop)
// that starts the app minimized to the tray. The file itself is the setting, so removing it by hand
// (or through the desktop's own startup settings) is respected.
class Autostart final
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    static QString entryPath();
    static bool isEnabled();
    // Writes or removes the entry; returns the error as user-facing text, "" when it worked.
    static QString setEnabled(bool enabled, const QString& executable);
    static QString entryText(const QString& executable);
};

} // namespace larder
