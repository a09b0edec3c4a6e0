// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace larder {

// Installs Larder's translation (embedded, :/i18n/larder_<lang>.qm) and Qt's own (qtbase_<lang>.qm
// from Qt's translations directory, when installed) for the chosen language.
class Translator final
{
    Q_DECLARE_TR_FUNCTIONS(Translator)

public:
    // language: "" = the system's (LANG, LC_ALL, LC_MESSAGES), else a locale name ("de", "en").
    static QLocale localeFor(const QString& language);
    // Returns the files that were loaded, for logs and tests. Call once, after the application object
    // exists and before any window.
    static QStringList install(const QString& language);
};

} // namespace larder
