// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// larder-manpage TEMPLATE OUTPUT VERSION: a docs/man template with the commands and config keys the
// code declares filled in (ManualPage), ready for scdoc. Run at build time; not installed.
#include "ManualPage.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: larder-manpage TEMPLATE OUTPUT VERSION\n");
        return 64;
    }
    QFile input(arguments.at(1));
    if (!input.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "larder-manpage: cannot read %s: %s\n", qPrintable(input.fileName()),
                     qPrintable(input.errorString()));
        return 1;
    }
    QSaveFile output(arguments.at(2));
    if (!output.open(QIODevice::WriteOnly) ||
        output.write(ManualPage::fill(QString::fromUtf8(input.readAll()), arguments.at(3)).toUtf8()) < 0 ||
        !output.commit()) {
        std::fprintf(stderr, "larder-manpage: cannot write %s: %s\n", qPrintable(output.fileName()),
                     qPrintable(output.errorString()));
        return 1;
    }
    return 0;
}
