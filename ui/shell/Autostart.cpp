// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "Autostart.h"

#include "ShellLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace larder;

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/org.larder.Larder.desktop");
}

bool Autostart::isEnabled()
{
#ifdef Q_OS_MACOS
    return false;
#else
    return QFileInfo::exists(entryPath());
#endif
}

QString Autostart::entryText(const QString& executable)
{
    // Desktop entry Exec values quote arguments that hold spaces or specials with double quotes.
    QString exec = executable;
    static const QString special = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (std::any_of(exec.cbegin(), exec.cend(), [](QChar c) { return special.contains(c); })) {
        exec.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""))
            .replace(QLatin1Char('`'), QLatin1String("\\`"))
            .replace(QLatin1Char('$'), QLatin1String("\\$"));
        exec = QLatin1Char('"') + exec + QLatin1Char('"');
    }
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Larder\n"
                          "Comment=Scheduled PostgreSQL backups\n"
                          "Exec=%1 --minimized\n"
                          "Icon=org.larder.Larder\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(exec);
}

QString Autostart::setEnabled(bool enabled, const QString& executable)
{
#ifdef Q_OS_MACOS
    Q_UNUSED(enabled)
    Q_UNUSED(executable)
    return tr("Starting at login is not supported on macOS yet.");
#else
    const QString path = entryPath();
    if (!enabled) {
        QFile file(path);
        if (file.exists() && !file.remove()) {
            qCWarning(lcShell) << "cannot remove" << path << file.errorString();
            return tr("Cannot remove %1: %2").arg(path, file.errorString());
        }
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryText(executable).toUtf8()) < 0 ||
        !file.commit()) {
        qCWarning(lcShell) << "cannot write" << path << file.errorString();
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
#endif
}
