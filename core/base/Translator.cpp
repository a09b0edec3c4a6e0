// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "base/Translator.h"

#include "base/LogCategories.h"

#include <QLibraryInfo>
#include <QTranslator>

using namespace larder;

QLocale Translator::localeFor(const QString& language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QStringList Translator::install(const QString& language)
{
    const QLocale locale = localeFor(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // numbers and dates follow the chosen language too

    QStringList loaded;
    auto load = [&loaded](const QLocale& locale, const QString& name, const QString& directory) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        // Tries the locale's UI languages in order (de_DE, then de).
        if (translator->load(locale, name, QStringLiteral("_"), directory) &&
            QCoreApplication::installTranslator(translator)) {
            loaded << translator->filePath();
            return;
        }
        delete translator;
    };
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // English is the source language; larder_en carries only its plural forms ("1 dump").
        load(QLocale(QLocale::English), QStringLiteral("larder"), QStringLiteral(":/i18n"));
        return loaded;
    }
    load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(locale, QStringLiteral("larder"), QStringLiteral(":/i18n"));
    qCDebug(lcConfig) << "translations for" << locale.name() << loaded;
    return loaded;
}
