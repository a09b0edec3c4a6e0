// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "SectionDialog.h"

class QComboBox;
class QLineEdit;

namespace larder {

class MonitoringFields;
class OptionalSpinBox;
class RetentionFields;
class RetryEdit;
class ScheduleField;

// Edits [defaults]: what every server and database inherits. Empty fields keep the built-in value
// and are not written.
class DefaultsDialog final : public SectionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefaultsDialog)

public:
    explicit DefaultsDialog(ConfigDocument document, QWidget* parent = nullptr);
    ~DefaultsDialog() override;

    ScheduleField* scheduleField() const { return m_schedule; }
    RetentionFields* retentionFields() const { return m_retention; }
    MonitoringFields* monitoringFields() const { return m_monitoring; }

protected:
    QStringList applyTo(ConfigDocument& document) const override;
    QString section() const override;

private:
    QLineEdit* pathRow(const QString& label, const QString& key, const QString& objectName,
                       const QString& accessibleName, bool directory);

    QLineEdit* m_dumpDirEdit = nullptr;
    ScheduleField* m_schedule;
    QComboBox* m_formatCombo;
    OptionalSpinBox* m_compressionSpin;
    OptionalSpinBox* m_maxParallelSpin;
    OptionalSpinBox* m_connectTimeoutSpin;
    QLineEdit* m_timeoutEdit;
    RetryEdit* m_retryEdit;
    QLineEdit* m_historyEdit = nullptr;
    QLineEdit* m_metricsFileEdit = nullptr;
    RetentionFields* m_retention;
    MonitoringFields* m_monitoring;
};

} // namespace larder
