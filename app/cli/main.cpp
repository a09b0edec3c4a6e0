// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "Cli.h"
#include "base/Translator.h"
#include "base/Version.h"
#include "postgres/PgConnection.h"
#include "system/ProcessHardening.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    larder::ProcessHardening::apply(); // before any password can be read
    // Before any thread runs: the config alone says where to connect (see PgConnection).
    larder::PgConnection::isolateProcessEnvironment();
    // Same shape as the run's own log lines: cron mail reads as one log.
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-dd HH:mm:ss} %{if-category}%{category}: %{endif}%{message}"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("larder"));
    QCoreApplication::setApplicationVersion(larder::version());
    // LANG / LC_MESSAGES pick the language, as for pg_dump itself; English loads nothing.
    larder::Translator::install(QString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Cli::run(QCoreApplication::arguments(), out, err);
}
