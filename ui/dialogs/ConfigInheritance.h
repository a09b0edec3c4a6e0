// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/EngineKind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace larder {

class ConfigDocument;

// What a key that a section leaves unset falls back to, for the dialogs' placeholder texts: the first
// section in `chain` that sets it, else Larder's built-in value (as `larder plan --explain` would show).
// `engine` is the server's effective engine: some built-ins are the engine's own (port 5432 or 3306).
class ConfigInheritance final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigInheritance)

public:
    // The value as text, with where it comes from, e.g. "5432 (built-in)", "02:30 daily (defaults)".
    static QString describe(const ConfigDocument& document, const QStringList& chain, const QString& key,
                            bool serverSection = false, EngineKind engine = EngineKind::PostgreSQL);
    // The raw inherited value (set in `chain` or built-in); invalid when libpq decides (host, user).
    static QVariant value(const ConfigDocument& document, const QStringList& chain, const QString& key,
                          bool serverSection = false, EngineKind engine = EngineKind::PostgreSQL);
    static QVariant builtIn(const QString& key, bool serverSection = false,
                            EngineKind engine = EngineKind::PostgreSQL);
    // The engine a section's `chain` names (the first that sets `engine`, else PostgreSQL); an
    // unreadable value counts as unset, the loader reports it.
    static EngineKind engine(const ConfigDocument& document, const QStringList& chain);
    // "a, b" for string lists, the number or text otherwise.
    static QString toText(const QVariant& value);
    // As toText, but a hook's argv as its command line (CommandLine), [] as "none".
    static QString valueText(const QString& key, const QVariant& value);
    // before_dump, after_dump, on_failure, after_run: an argv.
    static bool isCommand(const QString& key);
    // What a duration field (timeout, keep_within) stores: nothing when empty, a number of seconds
    // for digits, else the text as typed, which the loader parses ("6 hours").
    static QVariant durationValue(const QString& text);
};

} // namespace larder
