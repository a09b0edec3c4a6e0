// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QGroupBox>
#include <QStringList>

class QComboBox;
class QLineEdit;

namespace larder {

class ConfigDocument;
class OptionalSpinBox;
class ScheduleField;

// The "Retention and checks" group that the database and defaults dialogs share: keep_*,
// test_restore and restore_server. Like the dialogs' other fields, an empty field inherits and
// removes its key, so a later change further up the chain still applies.
class RetentionFields final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionFields)

public:
    // servers: the [servers.*] names restore_server may choose.
    explicit RetentionFields(const QStringList& servers, QWidget* parent = nullptr);

    // Shows what `section` itself sets; keys it leaves unset stay empty.
    void load(const ConfigDocument& document, const QString& section);
    void applyTo(ConfigDocument& document, const QString& section) const;
    // chain: the sections `section` inherits from, nearest first (as ConfigInheritance takes it).
    void updatePlaceholders(const ConfigDocument& document, const QStringList& chain);

    ScheduleField* testRestoreField() const { return m_testRestore; }

Q_SIGNALS:
    void changed();

private:
    void addCount(const QString& label, const QString& key, const QString& objectName,
                  const QString& accessibleName, const QString& toolTip);

    QList<QPair<QString, OptionalSpinBox*>> m_counts; // key, field
    QLineEdit* m_keepWithinEdit;
    ScheduleField* m_testRestore;
    QComboBox* m_restoreServerCombo;
};

} // namespace larder
