// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "DesktopApp.h"
#include "GuiSettings.h"
#include "SingleInstance.h"
#include "base/Translator.h"
#include "base/Version.h"
#include "config/toml/ConfigLoader.h"
#include "postgres/PgConnection.h"
#include "system/ProcessHardening.h"
#include "system/SignalWatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace larder;

int main(int argc, char* argv[])
{
    ProcessHardening::apply(); // before any password can be read
    // Before any thread runs: the config alone says where to connect (see PgConnection).
    larder::PgConnection::isolateProcessEnvironment();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("larder-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("Larder"));
    QApplication::setOrganizationName(QStringLiteral("Larder"));
    QApplication::setApplicationVersion(larder::version());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.larder.Larder"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.larder.Larder.svg")));
    // The tray keeps the app alive with the window hidden; without a tray the window quits it.
    QApplication::setQuitOnLastWindowClosed(false);

    {
        const GuiSettings settings;
        Translator::install(settings.language());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Larder: scheduled pg_dump backups of many PostgreSQL databases."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate("main", "Config file (default: $LARDER_CONFIG, else "
                                            "$XDG_CONFIG_HOME/larder/larder.toml)."),
        QStringLiteral("FILE"));
    const QCommandLineOption minimizedOption(
        QStringLiteral("minimized"), QCoreApplication::translate("main", "Start in the system tray only."));
    parser.addOption(configOption);
    parser.addOption(minimizedOption);
    parser.process(app);

    const QString configPath = ConfigLoader::resolvePath(parser.value(configOption));

    SingleInstance instance(configPath);
    if (instance.start() == SingleInstance::Role::Secondary)
        return 0;

    DesktopApp desktop(configPath);
    QObject::connect(&instance, &SingleInstance::raiseRequested, &desktop, &DesktopApp::raise);
    // A logout or `systemctl stop` sends SIGTERM: stop the dumps cleanly (recorded as cancelled, no
    // partial file left) instead of dying in the middle of them. 128 + N, as larder run exits.
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::received, &desktop,
                     [&desktop](int signalNumber) { desktop.shutDown(128 + signalNumber); });
    desktop.start(parser.isSet(minimizedOption));
    return QApplication::exec();
}
