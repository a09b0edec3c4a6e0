// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "MonitoringFields.h"

#include "ConfigInheritance.h"
#include "HookCommandEdit.h"
#include "config/keys/ConfigKeyNames.h"
#include "config/keys/ConfigKeyTable.h"
#include "config/toml/ConfigDocument.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

namespace larder {

namespace {

QString helpOf(const QString& key)
{
    const ConfigKey* found = ConfigKeyTable::find(key);
    return found ? found->helpText() : QString();
}

// min_size_ratio as the loader reads it: a number when it is one, else the text (which the loader
// refuses with its own message).
QVariant ratioValue(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool ok = false;
    const qint64 whole = trimmed.toLongLong(&ok);
    if (ok)
        return whole;
    const double ratio = QLocale::c().toDouble(trimmed, &ok);
    return ok ? QVariant(ratio) : QVariant(trimmed);
}

} // namespace

MonitoringFields::MonitoringFields(Scope scope, QWidget* parent)
    : QGroupBox(tr("Freshness and hooks"), parent)
{
    setObjectName(QStringLiteral("monitoringGroup"));
    new QFormLayout(this);

    addText(tr("Max a&ge:"), keys::maxAge, QStringLiteral("maxAgeEdit"),
            tr("Stale when the newest dump is older than"));
    addText(tr("Min si&ze ratio:"), keys::minSizeRatio, QStringLiteral("minSizeRatioEdit"),
            tr("Warn when a dump is smaller than this fraction of the recent ones"));
    addHook(tr("Before &dump:"), keys::beforeDump, QStringLiteral("beforeDumpEdit"),
            tr("Command run before each dump"));
    addHook(tr("After d&ump:"), keys::afterDump, QStringLiteral("afterDumpEdit"),
            tr("Command run after each successful dump"));
    addHook(tr("On fail&ure:"), keys::onFailure, QStringLiteral("onFailureEdit"),
            tr("Command run after a job fails"));
    if (scope == Scope::Defaults) {
        addHook(tr("After the &run:"), keys::afterRun, QStringLiteral("afterRunEdit"),
                tr("Command run once at the end of every run"));
    }
    addText(tr("Hook ti&meout:"), keys::hookTimeout, QStringLiteral("hookTimeoutEdit"),
            tr("Hook command timeout"));
}

QLineEdit* MonitoringFields::addText(const QString& label, const QString& key, const QString& objectName,
                                     const QString& accessibleName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(helpOf(key));
    qobject_cast<QFormLayout*>(layout())->addRow(label, edit);
    m_texts.append({key, edit});
    connect(edit, &QLineEdit::textChanged, this, &MonitoringFields::changed);
    return edit;
}

void MonitoringFields::addHook(const QString& label, const QString& key, const QString& objectName,
                               const QString& accessibleName)
{
    auto* edit = new HookCommandEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(tr("%1\nThe program and its arguments as on a command line, no shell: quote an "
                        "argument with spaces (\"two words\"); \"%2\" turns an inherited command off.")
                         .arg(helpOf(key), HookCommandEdit::noneText()));
    qobject_cast<QFormLayout*>(layout())->addRow(label, edit);
    m_hooks.append({key, edit});
    connect(edit, &QLineEdit::textChanged, this, &MonitoringFields::changed);
}

void MonitoringFields::load(const ConfigDocument& document, const QString& section)
{
    for (const auto& [key, edit] : std::as_const(m_texts))
        edit->setText(ConfigInheritance::toText(document.value(section, key)));
    for (const auto& [key, edit] : std::as_const(m_hooks))
        edit->setStoredValue(document.value(section, key));
}

void MonitoringFields::applyTo(ConfigDocument& document, const QString& section) const
{
    for (const auto& [key, edit] : m_texts) {
        const QString text = edit->text();
        document.setValue(section, key,
                          key == keys::minSizeRatio ? ratioValue(text)
                                                    : ConfigInheritance::durationValue(text));
    }
    for (const auto& [key, edit] : m_hooks)
        document.setValue(section, key, edit->storedValue());
}

void MonitoringFields::updatePlaceholders(const ConfigDocument& document, const QStringList& chain)
{
    for (const auto& [key, edit] : std::as_const(m_texts))
        edit->setPlaceholderText(ConfigInheritance::describe(document, chain, key));
    for (const auto& [key, edit] : std::as_const(m_hooks))
        edit->setPlaceholderText(ConfigInheritance::describe(document, chain, key));
}

} // namespace larder
