// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QMainWindow>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QDateTime;

namespace larder {

class RunService;
struct HistoryRecord;
struct RestoreCheck;

// The main window: every job with its state, the running dumps (progress, activity, queue) and the
// selected job's history. It changes nothing in the config itself: editing is requested through
// signals, which the application connects to the dialogs (ConfigEditor).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(RunService& service, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Selects the job, shows its history (failed rows with the full error) and raises the window.
    void showJobHistory(const QString& job);
    // Selects the job and that attempt in its history (the timeline's marks open here); says so in the
    // status bar when the attempt is not among the history's rows.
    void showAttempt(const QString& job, qint64 attemptId);
    // Where a tray icon exists, closing hides the window; otherwise closing quits (quitRequested),
    // after saying once why (closeQuitsExplained).
    void setKeepRunningInTray(bool keep);

    // Health at a glance (HealthWatch): headline over the table ("7 of 8 backed up · ..."), summary
    // in the window title ("Larder — 2 failed, next at 02:30").
    void setHealth(const QString& headline, const QString& summary);
    // The start of the next scheduled slot of any job (invalid: none), for the status bar's "next
    // scheduled dump": from the latest settled plan (HealthWatch), as the tray has it. The window does
    // not plan for it: each plan reads history, and the status changes with every job's event.
    void setNextDue(const QDateTime& utc);

    // First run: page (the welcome page, owned by the window from here on) replaces the table while
    // shown, until there is something to back up.
    void setWelcomePage(QWidget* page);
    void showWelcome(bool shown);
    bool isWelcomeShown() const;

    // The job of the current row of the table; empty if none.
    QString currentJob() const;

    // For tests.
    QAbstractItemModel* jobModel() const;
    QAbstractItemModel* historyModel() const;

Q_SIGNALS:
    void editServersRequested();
    void addDatabaseRequested();
    void editDatabaseRequested(const QString& job);
    void removeDatabaseRequested(const QString& job);
    void editDefaultsRequested();
    void settingsRequested();
    void quitRequested();
    // Emitted once, the first time closing the window quits because there is no tray.
    void closeQuitsExplained();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Ui;

    bool selectJob(const QString& job); // false if unknown or filtered away
    void revealJob(const QString& job); // selected even if filtered away, its history tab shown
    QStringList selectedJobs() const;
    void backUpSelected();
    void showError(const QString& title, const QString& message);
    void onCurrentJobChanged();
    void onCurrentAttemptChanged();
    void restoreAttemptSelection();
    void selectCurrentJobRow();
    QString currentDumpPath() const;
    void openDumpFolder();
    void copyDumpPath();
    const HistoryRecord* currentAttempt() const;
    void verifySelected();
    void restoreSelected();
    void testRestoreSelected();
    void onTestRestoreFinished(const RestoreCheck& check);
    void onVerified(const QString& path, const QString& status, const QString& recordError);
    void updateConfigIssues();
    void updateScheduling(bool enabled);
    void updateRunState();
    void updateActions();

    Ui* m_ui = nullptr;
    RunService& m_service;
    bool m_keepRunningInTray = false;
};

} // namespace larder
