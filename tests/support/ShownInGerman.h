// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"

#include <QCoreApplication>
#include <QString>
#include <QTranslator>

// A stored message (Message::serialize()) as a reader whose language is German sees it: Larder's
// German translation is installed for this one call only, so the rest of the test stays English.
// Empty when the translation cannot be loaded, which fails any check for German words.
namespace ShownInGerman {

inline QString display(const QString& stored)
{
    QTranslator german;
    if (!german.load(QStringLiteral(":/i18n/larder_de.qm")) || !QCoreApplication::installTranslator(&german))
        return QString();
    const QString shown = larder::Message::display(stored);
    QCoreApplication::removeTranslator(&german);
    return shown;
}

} // namespace ShownInGerman
