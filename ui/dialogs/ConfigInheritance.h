#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace larder {

class ConfigDocument;

// What a key that a section leaves unset falls back to, for the dialogs' placeholder texts: the first
// section in `chain` that sets it, else Larder's built-in value (as `larder plan --explain` would show).
class ConfigInheritance final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigInheritance)

public:
    // The value as text, with where it comes from, e.g. "5432 (built-in)", "02:30 daily (defaults)".
    static QString describe(const ConfigDocument& document, const QStringList& chain, const QString& key,
                            bool serverSection = false);
    // The raw inherited value (set in `chain` or built-in); invalid when libpq decides (host, user).
    static QVariant value(const ConfigDocument& document, const QStringList& chain, const QString& key,
                          bool serverSection = false);
    static QVariant builtIn(const QString& key, bool serverSection = false);
    // "a, b" for string lists, the number or text otherwise.
    static QString toText(const QVariant& value);
    // What a duration field (timeout, keep_within) stores: nothing when empty, a number of seconds
    // for digits, else the text as typed, which the loader parses ("6 hours").
    static QVariant durationValue(const QString& text);
};

} // namespace larder
