// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ConfigInheritance.h"

#include "CommandLine.h"
#include "HookCommandEdit.h"
#include "config/keys/ConfigKeyNames.h"
#include "config/keys/ConfigKeyTable.h"
#include "config/toml/ConfigDocument.h"

#include <QRegularExpression>

namespace larder {

QVariant ConfigInheritance::builtIn(const QString& key, bool serverSection, EngineKind engine)
{
    // The key table's port is PostgreSQL's; the parser takes the engine's own (ConfigParser).
    if (key == keys::port)
        return qint64(defaultPort(engine));
    // "max_parallel" means the whole run in [defaults] and one server in [servers.NAME].
    return ConfigKeyTable::builtIn(key, serverSection);
}

EngineKind ConfigInheritance::engine(const ConfigDocument& document, const QStringList& chain)
{
    for (const QString& section : chain) {
        const QVariant set = document.value(section, keys::engine);
        if (set.isValid())
            return engineKindFromName(set.toString()).value_or(EngineKind::PostgreSQL);
    }
    return EngineKind::PostgreSQL;
}

QVariant ConfigInheritance::value(const ConfigDocument& document, const QStringList& chain,
                                  const QString& key, bool serverSection, EngineKind engine)
{
    for (const QString& section : chain) {
        const QVariant set = document.value(section, key);
        if (set.isValid())
            return set;
    }
    return builtIn(key, serverSection, engine);
}

QString ConfigInheritance::describe(const ConfigDocument& document, const QStringList& chain,
                                    const QString& key, bool serverSection, EngineKind engine)
{
    for (const QString& section : chain) {
        const QVariant set = document.value(section, key);
        if (set.isValid())
            return tr("%1 (from [%2])").arg(valueText(key, set), section);
    }
    const QVariant fallback = builtIn(key, serverSection, engine);
    if (!fallback.isValid()) {
        if (key == keys::host) {
            return engine == EngineKind::MariaDB ? tr("the mariadb client's default (local socket)")
                                                 : tr("libpq's default (local socket)");
        }
        if (key == keys::user)
            return tr("your login name");
        if (key == keys::restoreServer)
            return tr("the job's own server (built-in)");
        // An unset keep_* rule is not used at all, which is not the same as 0.
        if (key.startsWith(QLatin1String("keep_")))
            return tr("not set (built-in)");
        if (key == keys::maxAge)
            return tr("2 schedule periods + 1 hour (built-in)");
        if (isCommand(key))
            return tr("none (built-in)");
        return tr("not set");
    }
    return tr("%1 (built-in)").arg(toText(fallback));
}

bool ConfigInheritance::isCommand(const QString& key)
{
    const ConfigKey* found = ConfigKeyTable::find(key);
    return found && found->type == ConfigKey::Type::Command;
}

QString ConfigInheritance::valueText(const QString& key, const QVariant& value)
{
    if (!isCommand(key))
        return toText(value);
    const QStringList argv = value.toStringList();
    // The word the hook fields take for [].
    return argv.isEmpty() ? HookCommandEdit::noneText() : CommandLine::join(argv);
}

QString ConfigInheritance::toText(const QVariant& value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QVariant ConfigInheritance::durationValue(const QString& text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (trimmed.isEmpty())
        return QVariant();
    if (digits.match(trimmed).hasMatch())
        return trimmed.toLongLong();
    return trimmed;
}

} // namespace larder
