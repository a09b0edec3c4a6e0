// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QGroupBox>
#include <QList>
#include <QPair>
#include <QString>

class QLineEdit;

namespace larder {

class ConfigDocument;
class HookCommandEdit;

// The "Freshness and hooks" group that the database and defaults dialogs share: max_age,
// min_size_ratio, the job's hooks (before_dump, after_dump, on_failure) and hook_timeout; in
// [defaults] also after_run. Like the dialogs' other fields, an empty field inherits and removes
// its key, and the placeholder shows what is inherited from where.
class MonitoringFields final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringFields)

public:
    enum class Scope { Job, Defaults };

    explicit MonitoringFields(Scope scope, QWidget* parent = nullptr);

    // Shows what `section` itself sets; keys it leaves unset stay empty.
    void load(const ConfigDocument& document, const QString& section);
    void applyTo(ConfigDocument& document, const QString& section) const;
    // chain: the sections `section` inherits from, nearest first (as ConfigInheritance takes it).
    void updatePlaceholders(const ConfigDocument& document, const QStringList& chain);

Q_SIGNALS:
    void changed();

private:
    QLineEdit* addText(const QString& label, const QString& key, const QString& objectName,
                       const QString& accessibleName);
    void addHook(const QString& label, const QString& key, const QString& objectName,
                 const QString& accessibleName);

    QList<QPair<QString, QLineEdit*>> m_texts;       // key, field
    QList<QPair<QString, HookCommandEdit*>> m_hooks; // key, field
};

} // namespace larder
