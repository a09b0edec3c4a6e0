// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/JobConfig.h"
#include "engine/RestoreOutcome.h"
#include "history/HistoryRecord.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace larder {

class RestoreSession;
class RunService;

// "Restore to…" for one successful dump of the History tab: the target server (those of the job's
// engine), a new database's name, --clean with a warning, --jobs, and the exact `larder restore`
// command that does the same from a terminal. The restore runs in the background through the same
// RestoreSession as the CLI's (under the run lock), with its progress and lines shown; Stop ends it,
// and a database it created is dropped again. Closing while it runs stops it first.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    RestoreDialog(RunService& service, JobConfig job, HistoryRecord dump, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    // The command line a person can paste into a shell (POSIX quoting where needed).
    static QString commandLine(const QString& configPath, const QString& job, const QString& server,
                               const QString& target, const QString& dumpPath, bool clean, int jobs);
    // The database name offered first: the job's database with "_restored".
    static QString suggestedName(const JobConfig& job);

    bool isRestoring() const;

Q_SIGNALS:
    // After every restore that ran, whatever its end.
    void restoreFinished(const larder::RestoreOutcome& outcome);

public Q_SLOTS:
    void reject() override;

private:
    void buildForm();
    void updateCommand();
    void startRestore();
    void onFinished(const RestoreOutcome& outcome);
    void showResult(const QString& text, bool ok);
    // The form can be changed and Restore pressed: not while a restore starts or runs.
    void setEditable(bool editable);
    void updateRestoreButton();

    RunService& m_service;
    JobConfig m_job;
    HistoryRecord m_dump;
    QComboBox* m_server = nullptr;
    QLineEdit* m_target = nullptr;
    QCheckBox* m_clean = nullptr;
    QLabel* m_cleanWarning = nullptr;
    QSpinBox* m_jobs = nullptr;
    QLineEdit* m_command = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QLabel* m_result = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_stop = nullptr;
    RestoreSession* m_session = nullptr;
    bool m_editable = true;
    bool m_closeWhenDone = false;
};

} // namespace larder
