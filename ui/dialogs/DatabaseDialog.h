// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "SectionDialog.h"
#include "config/EngineKind.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace larder {

class MonitoringFields;
class OptionalSpinBox;
class RetentionFields;
class RetryEdit;
class ScheduleField;

// Adds or edits one [databases.NAME]. Fields left empty inherit (the placeholder shows from where)
// and are not written, so a later change to the server or [defaults] still applies to this job.
class DatabaseDialog final : public SectionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseDialog)

public:
    // jobName empty: a new job.
    DatabaseDialog(ConfigDocument document, const QString& jobName, QWidget* parent = nullptr);
    ~DatabaseDialog() override;

    QString jobName() const;
    ScheduleField* scheduleField() const { return m_schedule; }
    RetentionFields* retentionFields() const { return m_retention; }
    MonitoringFields* monitoringFields() const { return m_monitoring; }

protected:
    QStringList applyTo(ConfigDocument& document) const override;
    QString section() const override;

private:
    // The engine of the job's server (its own key, else [defaults]'s, else PostgreSQL).
    EngineKind engine() const;
    void updatePlaceholders();
    // The dump-tool fields follow the server's engine: pg_dump_args and the formats for PostgreSQL,
    // mariadb_dump_args and plain only for MariaDB.
    void updateEngineFields();
    void browseDumpDir();
    QStringList inheritanceChain() const;
    // A new job's box shows what it would inherit until the user sets it.
    void followInheritedEnabled();

    QString m_originalName;
    QLineEdit* m_nameEdit;
    QComboBox* m_serverCombo;
    QLineEdit* m_dbnameEdit;
    ScheduleField* m_schedule;
    QComboBox* m_formatCombo;
    OptionalSpinBox* m_compressionSpin;
    QLineEdit* m_dumpDirEdit;
    QPushButton* m_browseButton;
    QPlainTextEdit* m_argsEdit;
    QLabel* m_argsLabel;
    QLabel* m_argsHint;
    QCheckBox* m_enabledCheck;
    RetryEdit* m_retryEdit;
    bool m_enabledSetByUser = false;
    RetentionFields* m_retention;
    MonitoringFields* m_monitoring;
};

} // namespace larder
