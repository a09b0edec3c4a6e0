// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace larder {

// A secret named in a notification's url or header value: {secret:NAME}, NAME of ASCII letters,
// digits and '_'. The text keeps the reference until a run sends (resolve), so that the file, plan,
// logs and errors only ever show the reference. In a url (QUrl) the braces are percent-encoded:
// %7Bsecret:NAME%7D reads as the same reference.
class SecretReference final
{
    Q_DECLARE_TR_FUNCTIONS(SecretReference)

public:
    // A secret's value by its name, or why it cannot be had.
    using Lookup = std::function<Result<QString>(const QString& name)>;

    static bool isValidName(const QString& name);
    // What is wrong with the references in text, in words; empty when every "{secret" starts a
    // well-formed reference (or there is none). Never quotes more of text than the reference.
    static QString problem(const QString& text);
    // The names text references, in order, without repeats.
    static QStringList names(const QString& text);
    // text with each reference replaced by its value, percent-encoded when text is an encoded url.
    // The first name lookup cannot resolve ends it with that error.
    static Result<QString> resolve(const QString& text, const Lookup& lookup, bool percentEncode);
};

} // namespace larder
