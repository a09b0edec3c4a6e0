// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "MainWindow.h"

#include "ActivityView.h"
#include "DumpVerifier.h"
#include "FinishedModel.h"
#include "HistoryModel.h"
#include "JobTableModel.h"
#include "QueueModel.h"
#include "RestoreDialog.h"
#include "RunningModel.h"
#include "RunningView.h"
#include "TimelinePanel.h"
#include "TrendChart.h"
#include "history/History.h"
#include "history/RestoreCheck.h"
#include "plan/PlannedJob.h"
#include "run/RunService.h"
#include "status/LiveRunFeed.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace larder {

namespace {

constexpr int kNoticeTimeoutMs = 15'000;
constexpr int kStatusIntervalMs = 30'000;

QTableView* makeTable(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

// The first rows decide the columns' widths (the font and the scaling in use, not a fixed 100 px), each
// at most 40 characters wide: a long error is read in full in the row's detail below. Later changes are
// the person's, made by dragging.
void fitColumnsToFirstRows(QTableView* table)
{
    auto fitted = std::make_shared<bool>(false);
    const auto fit = [table, fitted] {
        if (*fitted || table->model()->rowCount() == 0)
            return;
        *fitted = true;
        table->resizeColumnsToContents();
        const int widest = table->fontMetrics().averageCharWidth() * 40;
        QHeaderView* header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column)
            header->resizeSection(column, std::min(header->sectionSize(column), widest));
    };
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, table, fit);
    QObject::connect(table->model(), &QAbstractItemModel::rowsInserted, table, fit);
    fit();
}

QAction* makeAction(const QString& objectName, const QString& text, const QKeySequence& shortcut,
                    const QString& statusTip, QObject* parent)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    action->setToolTip(shortcut.isEmpty() ? statusTip
                                          : QStringLiteral("%1 (%2)").arg(
                                                statusTip, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

struct MainWindow::Ui
{
    JobTableModel* jobModel = nullptr;
    QSortFilterProxyModel* jobProxy = nullptr;
    HistoryModel* historyModel = nullptr;
    RunningModel* runningModel = nullptr;
    FinishedModel* finishedModel = nullptr;
    QueueModel* queueModel = nullptr;

    QLabel* banner = nullptr;
    QLabel* headline = nullptr;
    QLineEdit* filterEdit = nullptr;
    QTableView* jobTable = nullptr;
    QTabWidget* tabs = nullptr;
    QStackedWidget* centralStack = nullptr; // the jobs, or the welcome page of a first run
    QWidget* jobsPage = nullptr;
    QWidget* welcomePage = nullptr;
    QWidget* runningTab = nullptr;
    QStackedWidget* runningStack = nullptr; // the panes below, or one line while nothing runs
    QLabel* runningIdle = nullptr;
    QWidget* runningPanes = nullptr;
    RunningView* runningView = nullptr;
    QTableView* queueView = nullptr;
    QTableView* finishedView = nullptr;
    LiveRunFeed* liveFeed = nullptr;
    ActivityView* activityView = nullptr;
    QLabel* activityCaption = nullptr;
    TimelinePanel* timeline = nullptr;
    TrendChart* trends = nullptr;
    QWidget* historyTab = nullptr;
    QTableView* historyTable = nullptr;
    QPlainTextEdit* historyDetail = nullptr;
    QLabel* historyCaption = nullptr;
    QPushButton* openFolderButton = nullptr;
    QPushButton* copyPathButton = nullptr;
    QPushButton* verifyButton = nullptr;
    QPushButton* restoreButton = nullptr;
    QAction* restore = nullptr;
    QPushButton* testRestoreButton = nullptr;
    QAction* testRestore = nullptr;
    QSet<QString> requestedTestRestores; // asked for here: their results are shown
    QProgressBar* verifyBusy = nullptr;
    QPushButton* stopVerifyButton = nullptr;
    DumpVerifier* verifier = nullptr;
    QLabel* schedulingLabel = nullptr;
    QLabel* runLabel = nullptr;
    QDateTime nextDueUtc; // setNextDue()
    QTimer statusClock;

    QAction* backUpNow = nullptr;
    QAction* runDue = nullptr;
    QAction* stop = nullptr;
    QAction* pauseScheduling = nullptr;
    QAction* addDatabase = nullptr;
    QAction* editDatabase = nullptr;
    QAction* removeDatabase = nullptr;
    QAction* servers = nullptr;
    QAction* defaults = nullptr;
    QAction* settings = nullptr;
    QAction* quit = nullptr;
    QAction* openFolder = nullptr;
    QAction* copyPath = nullptr;
    QAction* verify = nullptr;
    QAction* findJob = nullptr;

    QPointer<QMessageBox> errorBox;
    QString currentJob;
    qint64 currentAttemptId = 0; // kept across history reloads
    QString lockMessage;
    QString testRestoringJob; // a test-restore of this job's newest dump is running
    bool closeExplained = false;
};

MainWindow::MainWindow(RunService& service, QWidget* parent)
    : QMainWindow(parent), m_ui(new Ui), m_service(service)
{
    setWindowTitle(tr("Larder"));
    setObjectName(QStringLiteral("mainWindow"));
    Ui& ui = *m_ui;

    // Models
    // The live run, this app's own (published for `larder watch`) or cron's (watched): one feed.
    ui.liveFeed = new LiveRunFeed(m_service, this);
    ui.jobModel = new JobTableModel(m_service, *ui.liveFeed, this);
    ui.jobProxy = new QSortFilterProxyModel(this);
    ui.jobProxy->setSourceModel(ui.jobModel);
    ui.jobProxy->setSortRole(JobTableModel::SortRole);
    ui.jobProxy->setFilterKeyColumn(-1);
    ui.jobProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    ui.jobProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    ui.jobProxy->setDynamicSortFilter(true);
    ui.historyModel = new HistoryModel(m_service, this);
    ui.runningModel = new RunningModel(*ui.liveFeed, this);
    ui.finishedModel = new FinishedModel(*ui.liveFeed, this);
    ui.queueModel = new QueueModel(m_service, this);

    // Actions
    ui.backUpNow = makeAction(QStringLiteral("backUpNowAction"), tr("&Back Up Selected Now"),
                              QKeySequence(Qt::CTRL | Qt::Key_B),
                              tr("Dump the selected jobs now, whatever their schedule"), this);
    ui.runDue = makeAction(QStringLiteral("runDueAction"), tr("Run Everything &Due"),
                           QKeySequence(Qt::CTRL | Qt::Key_R), tr("Dump every job that is due now"), this);
    ui.stop = makeAction(QStringLiteral("stopAction"), tr("&Stop"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                         tr("Stop the running dumps and drop the waiting ones"), this);
    ui.pauseScheduling = makeAction(QStringLiteral("pauseSchedulingAction"), tr("&Pause Scheduling"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                    tr("Stop starting scheduled dumps until resumed"), this);
    ui.pauseScheduling->setCheckable(true);
    ui.addDatabase = makeAction(QStringLiteral("addDatabaseAction"), tr("&Add Database…"), QKeySequence::New,
                                tr("Add a database to back up"), this);
    ui.editDatabase = makeAction(QStringLiteral("editDatabaseAction"), tr("&Edit Database…"),
                                 QKeySequence(Qt::CTRL | Qt::Key_E), tr("Edit the selected job"), this);
    ui.removeDatabase = makeAction(QStringLiteral("removeDatabaseAction"), tr("&Remove Database…"),
                                   QKeySequence::Delete, tr("Remove the selected job from the config"), this);
    ui.servers = makeAction(QStringLiteral("serversAction"), tr("Ser&vers…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), tr("Edit the servers"), this);
    ui.defaults = makeAction(QStringLiteral("defaultsAction"), tr("De&faults…"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                             tr("Edit the settings every job inherits"), this);
    const QKeySequence preferences = QKeySequence(QKeySequence::Preferences).isEmpty()
                                         ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                         : QKeySequence(QKeySequence::Preferences);
    ui.settings = makeAction(QStringLiteral("settingsAction"), tr("Se&ttings…"), preferences,
                             tr("Settings of the Larder application"), this);
    ui.settings->setMenuRole(QAction::PreferencesRole);
    // Some platforms (and the offscreen one) bind no key to the standard Quit: Ctrl+Q then.
    const QKeySequence quit = QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q)
                                                                         : QKeySequence(QKeySequence::Quit);
    ui.quit = makeAction(QStringLiteral("quitAction"), tr("&Quit"), quit,
                         tr("Quit Larder: scheduled dumps stop until it starts again"), this);
    ui.quit->setMenuRole(QAction::QuitRole);
    ui.openFolder =
        makeAction(QStringLiteral("openFolderAction"), tr("&Open Folder"), QKeySequence(Qt::CTRL | Qt::Key_O),
                   tr("Open the folder of the selected dump"), this);
    ui.copyPath = makeAction(QStringLiteral("copyPathAction"), tr("&Copy Path"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                             tr("Copy the path of the selected dump"), this);
    ui.verify = makeAction(QStringLiteral("verifyAction"), tr("&Verify Dump"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                           tr("Check the selected dump's checksums and have pg_restore read it"), this);
    ui.restore = makeAction(QStringLiteral("restoreAction"), tr("Re&store To…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                            tr("Restore the selected dump into a database"), this);
    ui.testRestore =
        makeAction(QStringLiteral("testRestoreAction"), tr("Test-Restore &Newest Dump"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                   tr("Restore the job's newest dump into a scratch database and compare row counts"), this);
    ui.findJob = makeAction(QStringLiteral("findJobAction"), tr("&Find Job"), QKeySequence::Find,
                            tr("Filter the jobs"), this);
    addAction(ui.findJob);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(ui.settings);
    fileMenu->addSeparator();
    fileMenu->addAction(ui.quit);
    QMenu* jobsMenu = menuBar()->addMenu(tr("&Jobs"));
    jobsMenu->addAction(ui.backUpNow);
    jobsMenu->addAction(ui.runDue);
    jobsMenu->addAction(ui.stop);
    jobsMenu->addSeparator();
    jobsMenu->addAction(ui.pauseScheduling);
    jobsMenu->addSeparator();
    jobsMenu->addAction(ui.openFolder);
    jobsMenu->addAction(ui.copyPath);
    jobsMenu->addAction(ui.verify);
    jobsMenu->addSeparator();
    jobsMenu->addAction(ui.findJob);
    QMenu* configMenu = menuBar()->addMenu(tr("&Config"));
    configMenu->addAction(ui.addDatabase);
    configMenu->addAction(ui.editDatabase);
    configMenu->addAction(ui.removeDatabase);
    configMenu->addSeparator();
    configMenu->addAction(ui.servers);
    configMenu->addAction(ui.defaults);

    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(ui.backUpNow);
    toolBar->addAction(ui.runDue);
    toolBar->addAction(ui.stop);
    toolBar->addSeparator();
    toolBar->addAction(ui.addDatabase);
    toolBar->addAction(ui.editDatabase);
    toolBar->addAction(ui.servers);

    // Top: config issues, filter, jobs
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    ui.banner = new QLabel(central);
    ui.banner->setObjectName(QStringLiteral("configIssuesBanner"));
    ui.banner->setAccessibleName(tr("Config errors"));
    ui.banner->setTextFormat(Qt::PlainText);
    ui.banner->setWordWrap(true);
    ui.banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    ui.banner->setFrameShape(QFrame::StyledPanel);
    ui.banner->setMargin(8);
    ui.banner->setStyleSheet(
        QStringLiteral("QLabel#configIssuesBanner { background: #fdecea; color: #611a15; border: 1px solid "
                       "#e0a39e; }"));
    ui.banner->hide();
    layout->addWidget(ui.banner);

    ui.headline = new QLabel(central);
    ui.headline->setObjectName(QStringLiteral("healthHeadline"));
    ui.headline->setAccessibleName(tr("Backup health"));
    ui.headline->setTextFormat(Qt::PlainText);
    ui.headline->setWordWrap(true);
    ui.headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont headlineFont = ui.headline->font();
    headlineFont.setBold(true);
    ui.headline->setFont(headlineFont);
    ui.headline->hide(); // until the first setHealth()
    layout->addWidget(ui.headline);

    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Filter:"), central);
    ui.filterEdit = new QLineEdit(central);
    ui.filterEdit->setObjectName(QStringLiteral("filterEdit"));
    ui.filterEdit->setAccessibleName(tr("Filter jobs"));
    ui.filterEdit->setPlaceholderText(
        tr("Job, server, database, schedule or state (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    ui.filterEdit->setClearButtonEnabled(true);
    filterLabel->setBuddy(ui.filterEdit);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(ui.filterEdit, 1);
    layout->addLayout(filterRow);

    ui.jobTable = makeTable(QStringLiteral("jobTable"), tr("Jobs"), central);
    ui.jobTable->setModel(ui.jobProxy);
    ui.jobTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    ui.jobTable->setSortingEnabled(true);
    // What needs attention first: failed, stale, suspicious, then running and queued (a stable sort:
    // ties keep the plan's order).
    ui.jobTable->sortByColumn(JobTableModel::StateColumn, Qt::DescendingOrder);
    ui.jobTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    fitColumnsToFirstRows(ui.jobTable);
    ui.jobTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    ui.jobTable->addActions({ui.backUpNow, ui.editDatabase, ui.removeDatabase});

    // Bottom: running (progress + queue), activity, history
    ui.tabs = new QTabWidget(central);
    ui.tabs->setObjectName(QStringLiteral("detailTabs"));
    ui.tabs->setAccessibleName(tr("Details"));

    ui.runningTab = new QWidget(ui.tabs);
    auto* runningLayout = new QVBoxLayout(ui.runningTab);
    auto* finishedSplitter = new QSplitter(Qt::Vertical, ui.runningTab);
    auto* runningSplitter = new QSplitter(Qt::Horizontal, finishedSplitter);
    ui.runningView = new RunningView(runningSplitter);
    ui.runningView->setObjectName(QStringLiteral("runningView"));
    ui.runningView->setAccessibleName(tr("Running dumps"));
    ui.runningView->setModel(ui.runningModel);
    ui.queueView = makeTable(QStringLiteral("queueView"), tr("Waiting jobs"), runningSplitter);
    ui.queueView->setModel(ui.queueModel);
    ui.queueView->setSelectionMode(QAbstractItemView::NoSelection);
    runningSplitter->addWidget(ui.runningView);
    runningSplitter->addWidget(ui.queueView);
    runningSplitter->setStretchFactor(0, 3);
    runningSplitter->setStretchFactor(1, 2);
    // The run's ended jobs below: a success with a warning is told apart from a plain one.
    ui.finishedView =
        makeTable(QStringLiteral("finishedView"), tr("Finished jobs of the run"), finishedSplitter);
    ui.finishedView->setModel(ui.finishedModel);
    ui.finishedView->setSelectionMode(QAbstractItemView::NoSelection);
    finishedSplitter->addWidget(runningSplitter);
    finishedSplitter->addWidget(ui.finishedView);
    finishedSplitter->setStretchFactor(0, 3);
    finishedSplitter->setStretchFactor(1, 2);
    // Three empty tables say less than one line: they come back with the first job of a run.
    ui.runningIdle = new QLabel(ui.runningTab);
    ui.runningIdle->setObjectName(QStringLiteral("runningIdle"));
    ui.runningIdle->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    ui.runningIdle->setWordWrap(true);
    ui.runningIdle->setMargin(6);
    ui.runningPanes = finishedSplitter;
    ui.runningStack = new QStackedWidget(ui.runningTab);
    ui.runningStack->setObjectName(QStringLiteral("runningStack"));
    ui.runningStack->addWidget(ui.runningIdle);
    ui.runningStack->addWidget(finishedSplitter);
    runningLayout->addWidget(ui.runningStack);
    ui.tabs->addTab(ui.runningTab, tr("&Running"));

    auto* activityTab = new QWidget(ui.tabs);
    auto* activityLayout = new QVBoxLayout(activityTab);
    ui.activityCaption = new QLabel(activityTab);
    ui.activityCaption->setObjectName(QStringLiteral("activityCaption"));
    activityLayout->addWidget(ui.activityCaption);
    ui.activityView = new ActivityView(*ui.liveFeed, activityTab);
    ui.activityView->setObjectName(QStringLiteral("activityView"));
    activityLayout->addWidget(ui.activityView, 1);
    ui.tabs->addTab(activityTab, tr("Ac&tivity"));

    ui.historyTab = new QWidget(ui.tabs);
    ui.historyTab->setObjectName(QStringLiteral("historyTab"));
    auto* historyLayout = new QVBoxLayout(ui.historyTab);
    ui.historyCaption = new QLabel(ui.historyTab);
    ui.historyCaption->setObjectName(QStringLiteral("historyCaption"));
    historyLayout->addWidget(ui.historyCaption);
    auto* historySplitter = new QSplitter(Qt::Vertical, ui.historyTab);
    ui.historyTable =
        makeTable(QStringLiteral("historyTable"), tr("History of the selected job"), historySplitter);
    ui.historyTable->setModel(ui.historyModel);
    ui.historyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    ui.historyTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    ui.historyTable->addActions({ui.restore, ui.testRestore, ui.verify, ui.openFolder, ui.copyPath});
    ui.historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    fitColumnsToFirstRows(ui.historyTable);
    ui.historyTable->setColumnWidth(HistoryModel::RetentionColumn, 220);
    ui.verifier = new DumpVerifier(m_service.engine(), this);
    ui.historyDetail = new QPlainTextEdit(historySplitter);
    ui.historyDetail->setObjectName(QStringLiteral("historyDetail"));
    ui.historyDetail->setAccessibleName(tr("Details of the selected attempt"));
    ui.historyDetail->setReadOnly(true);
    ui.historyDetail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    historySplitter->addWidget(ui.historyTable);
    historySplitter->addWidget(ui.historyDetail);
    historySplitter->setStretchFactor(0, 3);
    historySplitter->setStretchFactor(1, 1);
    historyLayout->addWidget(historySplitter, 1);
    auto* historyButtons = new QHBoxLayout;
    ui.openFolderButton = new QPushButton(tr("&Open Folder"), ui.historyTab);
    ui.openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    ui.openFolderButton->setAccessibleName(tr("Open the folder of the selected dump"));
    ui.copyPathButton = new QPushButton(tr("&Copy Path"), ui.historyTab);
    ui.copyPathButton->setObjectName(QStringLiteral("copyPathButton"));
    ui.copyPathButton->setAccessibleName(tr("Copy the path of the selected dump"));
    ui.verifyButton = new QPushButton(tr("&Verify"), ui.historyTab);
    ui.verifyButton->setObjectName(QStringLiteral("verifyButton"));
    ui.verifyButton->setAccessibleName(tr("Verify the selected dump"));
    ui.verifyBusy = new QProgressBar(ui.historyTab);
    ui.verifyBusy->setObjectName(QStringLiteral("verifyBusy"));
    ui.verifyBusy->setAccessibleName(tr("Verifying"));
    ui.verifyBusy->setRange(0, 0); // busy: a hash and pg_restore report no progress
    ui.verifyBusy->setTextVisible(false);
    ui.verifyBusy->setMaximumWidth(120);
    ui.verifyBusy->hide();
    historyButtons->addWidget(ui.verifyBusy);
    ui.stopVerifyButton = new QPushButton(tr("Stop Verif&ying"), ui.historyTab);
    ui.stopVerifyButton->setObjectName(QStringLiteral("stopVerifyButton"));
    ui.stopVerifyButton->hide();
    historyButtons->addWidget(ui.stopVerifyButton);
    historyButtons->addStretch(1);
    ui.restoreButton = new QPushButton(tr("Re&store To…"), ui.historyTab);
    ui.restoreButton->setObjectName(QStringLiteral("restoreButton"));
    ui.restoreButton->setAccessibleName(tr("Restore the selected dump into a database"));
    historyButtons->addWidget(ui.restoreButton);
    ui.testRestoreButton = new QPushButton(tr("Test-Restore &Newest"), ui.historyTab);
    ui.testRestoreButton->setObjectName(QStringLiteral("testRestoreButton"));
    ui.testRestoreButton->setAccessibleName(tr("Test-restore the job's newest dump"));
    historyButtons->addWidget(ui.testRestoreButton);
    historyButtons->addWidget(ui.verifyButton);
    historyButtons->addWidget(ui.openFolderButton);
    historyButtons->addWidget(ui.copyPathButton);
    historyLayout->addLayout(historyButtons);
    ui.timeline = new TimelinePanel(m_service, ui.tabs);
    ui.timeline->setObjectName(QStringLiteral("timelinePanel"));
    ui.tabs->addTab(ui.timeline, tr("Time&line"));
    ui.tabs->addTab(ui.historyTab, tr("&History"));
    // The selected job's rows of the History tab, drawn.
    ui.trends = new TrendChart(ui.tabs);
    ui.trends->setObjectName(QStringLiteral("trendChart"));
    ui.trends->setAccessibleName(tr("Size and duration of the selected job's dumps"));
    ui.tabs->addTab(ui.trends, tr("Tr&ends"));

    auto* splitter = new QSplitter(Qt::Vertical, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(ui.jobTable);
    splitter->addWidget(ui.tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    ui.jobsPage = central;
    ui.centralStack = new QStackedWidget(this);
    ui.centralStack->setObjectName(QStringLiteral("centralStack"));
    ui.centralStack->addWidget(central);
    setCentralWidget(ui.centralStack);

    // Status bar
    ui.runLabel = new QLabel(this);
    ui.runLabel->setObjectName(QStringLiteral("runStateLabel"));
    ui.schedulingLabel = new QLabel(tr("Scheduling paused"), this);
    ui.schedulingLabel->setObjectName(QStringLiteral("schedulingPausedLabel"));
    ui.schedulingLabel->setToolTip(
        tr("No scheduled dump starts until scheduling is resumed (%1).")
            .arg(ui.pauseScheduling->shortcut().toString(QKeySequence::NativeText)));
    statusBar()->addPermanentWidget(ui.runLabel);
    statusBar()->addPermanentWidget(ui.schedulingLabel);
    ui.statusClock.setInterval(kStatusIntervalMs);
    connect(&ui.statusClock, &QTimer::timeout, this, &MainWindow::updateRunState);
    ui.statusClock.start();

    // Wiring: actions
    connect(ui.backUpNow, &QAction::triggered, this, &MainWindow::backUpSelected);
    connect(ui.runDue, &QAction::triggered, this, [this] {
        m_service.runDue();
        m_ui->queueModel->updatePending();
        updateActions();
    });
    connect(ui.stop, &QAction::triggered, this, [this] {
        m_service.stop();
        m_ui->queueModel->updatePending();
        updateActions();
    });
    connect(ui.pauseScheduling, &QAction::toggled, this,
            [this](bool paused) { m_service.setScheduling(!paused); });
    connect(ui.addDatabase, &QAction::triggered, this, &MainWindow::addDatabaseRequested);
    connect(ui.editDatabase, &QAction::triggered, this, [this] {
        if (!m_ui->currentJob.isEmpty())
            Q_EMIT editDatabaseRequested(m_ui->currentJob);
    });
    connect(ui.removeDatabase, &QAction::triggered, this, [this] {
        if (!m_ui->currentJob.isEmpty())
            Q_EMIT removeDatabaseRequested(m_ui->currentJob);
    });
    connect(ui.servers, &QAction::triggered, this, &MainWindow::editServersRequested);
    connect(ui.defaults, &QAction::triggered, this, &MainWindow::editDefaultsRequested);
    connect(ui.settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(ui.quit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(ui.openFolder, &QAction::triggered, this, &MainWindow::openDumpFolder);
    connect(ui.copyPath, &QAction::triggered, this, &MainWindow::copyDumpPath);
    connect(ui.openFolderButton, &QPushButton::clicked, ui.openFolder, &QAction::trigger);
    connect(ui.copyPathButton, &QPushButton::clicked, ui.copyPath, &QAction::trigger);
    connect(ui.verify, &QAction::triggered, this, &MainWindow::verifySelected);
    connect(ui.stopVerifyButton, &QPushButton::clicked, ui.verifier, &DumpVerifier::cancel);
    connect(ui.verifyButton, &QPushButton::clicked, ui.verify, &QAction::trigger);
    connect(ui.restore, &QAction::triggered, this, &MainWindow::restoreSelected);
    connect(ui.restoreButton, &QPushButton::clicked, ui.restore, &QAction::trigger);
    connect(ui.testRestore, &QAction::triggered, this, &MainWindow::testRestoreSelected);
    connect(ui.testRestoreButton, &QPushButton::clicked, ui.testRestore, &QAction::trigger);
    connect(ui.verifier, &DumpVerifier::finished, this, [this](const DumpVerifier::Outcome& outcome) {
        onVerified(outcome.path, outcome.status, outcome.recordError);
    });
    connect(ui.findJob, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });

    // Wiring: views
    connect(ui.filterEdit, &QLineEdit::textChanged, ui.jobProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    // After the proxy filtered: the row that became current when the selected one was hidden is
    // selected too, so the table shows the job the History tab shows.
    connect(ui.filterEdit, &QLineEdit::textChanged, this, &MainWindow::selectCurrentJobRow);
    connect(ui.jobTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentJobChanged);
    connect(ui.jobTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(ui.jobTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(JobTableModel::EditableRole).toBool())
            Q_EMIT editDatabaseRequested(index.data(JobTableModel::JobNameRole).toString());
    });
    // A reset (new config) drops the selection; keep the job a person was looking at.
    connect(ui.jobModel, &QAbstractItemModel::modelReset, this, [this] {
        // A job hidden by the filter is not shown as if it were selected.
        if (!selectJob(m_ui->currentJob))
            onCurrentJobChanged();
    });
    connect(ui.jobModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(ui.timeline, &TimelinePanel::attemptActivated, this, &MainWindow::showAttempt);
    connect(ui.trends, &TrendChart::attemptActivated, this, &MainWindow::showAttempt);
    connect(ui.historyModel, &QAbstractItemModel::modelReset, ui.trends,
            [this] { m_ui->trends->setAttempts(m_ui->historyModel->records()); });
    // Older pages read as the History tab scrolls draw there too.
    connect(ui.historyModel, &QAbstractItemModel::rowsInserted, ui.trends,
            [this] { m_ui->trends->setAttempts(m_ui->historyModel->records()); });
    connect(ui.historyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentAttemptChanged);
    connect(ui.historyModel, &QAbstractItemModel::modelReset, this, &MainWindow::restoreAttemptSelection);

    // Wiring: service
    connect(&m_service, &RunService::configReloaded, this, &MainWindow::updateConfigIssues);
    connect(&m_service, &RunService::configFailed, this, &MainWindow::updateConfigIssues);
    connect(&m_service, &RunService::schedulingChanged, this, &MainWindow::updateScheduling);
    connect(&m_service, &RunService::runStarted, this, [this] {
        m_ui->lockMessage.clear();
        statusBar()->clearMessage();
        updateRunState();
        updateActions();
    });
    connect(&m_service, &RunService::runFinished, this, [this](const RunSummary& summary) {
        QString text = tr("Run finished: %n succeeded", nullptr, summary.succeeded());
        if (summary.warned() > 0)
            text += tr(" (%n with a warning)", nullptr, summary.warned());
        if (summary.failed() > 0)
            text += tr(", %n failed", nullptr, summary.failed());
        if (summary.cancelled)
            text += tr(" (stopped)");
        statusBar()->showMessage(text, kNoticeTimeoutMs);
        updateRunState();
        updateActions();
    });
    connect(&m_service, &RunService::jobChanged, this, [this] { updateRunState(); });
    // A scheduled check may find only test-restores due: they run without a runStarted.
    connect(&m_service, &RunService::testRestoreStarted, this, [this](const QString& job) {
        m_ui->testRestoringJob = job;
        updateRunState();
        updateActions();
    });
    connect(&m_service, &RunService::testRestoreFinished, this, &MainWindow::onTestRestoreFinished);
    connect(&m_service, &RunService::testRestoreFinished, this, [this] {
        m_ui->testRestoringJob.clear();
        updateRunState();
    });
    connect(&m_service, &RunService::runEnded, this, [this] {
        m_ui->testRestoringJob.clear();
        updateRunState();
        updateActions();
    });
    connect(&m_service, &RunService::lockBusy, this, [this](const QString& message) {
        m_ui->lockMessage = message;
        statusBar()->showMessage(message);
        updateActions();
    });
    connect(&m_service, &RunService::notice, this, [this](const QString& message, bool isError) {
        statusBar()->showMessage(isError ? tr("Error: %1").arg(message) : message, kNoticeTimeoutMs);
    });

    updateConfigIssues();
    updateScheduling(m_service.isScheduling());
    updateRunState();
    updateActions();
    onCurrentJobChanged();
    // Room for the tables where the screen has it, and never larger than the screen (1024x768),
    // leaving room for the window's frame and a panel.
    QSize size(1100, 720);
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size.expandedTo(minimumSizeHint()));
}

MainWindow::~MainWindow()
{
    // Children are destroyed after this body and may signal on the way (a view losing its model
    // moves its current index): nothing may reach the slots once m_ui is gone.
    const QList<QObject*> children = findChildren<QObject*>();
    for (QObject* child : children)
        disconnect(child, nullptr, this, nullptr);
    disconnect(&m_service, nullptr, this, nullptr);
    delete m_ui;
    m_ui = nullptr;
}

QAbstractItemModel* MainWindow::jobModel() const
{
    return m_ui->jobModel;
}

QAbstractItemModel* MainWindow::historyModel() const
{
    return m_ui->historyModel;
}

void MainWindow::setHealth(const QString& headline, const QString& summary)
{
    m_ui->headline->setText(headline);
    m_ui->headline->setVisible(!headline.isEmpty());
    setWindowTitle(summary.isEmpty() ? tr("Larder") : tr("Larder — %1").arg(summary));
}

void MainWindow::setNextDue(const QDateTime& utc)
{
    if (utc == m_ui->nextDueUtc)
        return;
    m_ui->nextDueUtc = utc;
    updateRunState();
}

QString MainWindow::currentJob() const
{
    return m_ui->currentJob;
}

void MainWindow::revealJob(const QString& job)
{
    if (m_ui->jobModel->rowOf(job) >= 0 && !selectJob(job)) {
        // Hidden by the filter: a person asking for this job wants to see it.
        m_ui->filterEdit->clear();
        selectJob(job);
    }
    m_ui->tabs->setCurrentWidget(m_ui->historyTab);
    // Asked for from a notification or the timeline: the history may not have been re-read since
    // the attempt in question was written.
    m_ui->historyModel->reload();
}

void MainWindow::showJobHistory(const QString& job)
{
    revealJob(job);
    if (m_ui->historyModel->rowCount() > 0)
        m_ui->historyTable->setCurrentIndex(m_ui->historyModel->index(0, 0));
    show();
    raise();
    activateWindow();
}

void MainWindow::showAttempt(const QString& job, qint64 attemptId)
{
    revealJob(job);
    // Older pages are read until it is listed, but not without end: a click must not read years.
    constexpr int kMaxRows = 50 * HistoryModel::kPageSize;
    if (m_ui->currentJob == job) {
        if (const int row = m_ui->historyModel->fetchUntil(attemptId, kMaxRows); row >= 0) {
            m_ui->historyTable->setCurrentIndex(m_ui->historyModel->index(row, 0));
            m_ui->historyTable->scrollTo(m_ui->historyTable->currentIndex());
            return;
        }
    }
    statusBar()->showMessage(
        m_ui->currentJob == job ? tr("That attempt of %1 is not among the %2 newest listed in the history.")
                                      .arg(job)
                                      .arg(m_ui->historyModel->rowCount())
                                : tr("%1 is no longer in the config, so its history is not listed.").arg(job),
        kNoticeTimeoutMs);
}

void MainWindow::setKeepRunningInTray(bool keep)
{
    m_keepRunningInTray = keep;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_keepRunningInTray) {
        // Scheduled dumps go on from the tray; closing only puts the window away.
        hide();
        event->ignore();
        return;
    }
    if (!m_ui->closeExplained) {
        m_ui->closeExplained = true;
        Q_EMIT closeQuitsExplained();
    }
    event->accept();
    Q_EMIT quitRequested();
}

bool MainWindow::selectJob(const QString& job)
{
    if (job.isEmpty())
        return false;
    const int sourceRow = m_ui->jobModel->rowOf(job);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_ui->jobProxy->mapFromSource(m_ui->jobModel->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_ui->jobTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    m_ui->jobTable->scrollTo(index);
    return true;
}

QStringList MainWindow::selectedJobs() const
{
    QStringList jobs;
    const QModelIndexList rows = m_ui->jobTable->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        jobs.append(index.data(JobTableModel::JobNameRole).toString());
    return jobs;
}

void MainWindow::backUpSelected()
{
    const QStringList jobs = selectedJobs();
    // An empty list would mean every job to runNow: never what "selected" means.
    if (jobs.isEmpty())
        return;
    const Result<void> started = m_service.runNow(jobs);
    m_ui->queueModel->updatePending();
    updateActions();
    if (!started) {
        showError(tr("Could not back up %1").arg(jobs.join(QStringLiteral(", "))), started.error().message);
        return;
    }
    // A busy lock was reported during runNow; that message says more than "backing up".
    if (m_ui->lockMessage.isEmpty())
        statusBar()->showMessage(tr("Backing up %1…").arg(jobs.join(QStringLiteral(", "))), kNoticeTimeoutMs);
    m_ui->tabs->setCurrentWidget(m_ui->runningTab);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    statusBar()->showMessage(tr("%1: %2").arg(title, message), kNoticeTimeoutMs);
    if (m_ui->errorBox)
        m_ui->errorBox->deleteLater();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Larder"), title, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_ui->errorBox = box;
    // open(), not exec(): runs and their signals go on while the message is shown.
    box->open();
}

void MainWindow::onCurrentJobChanged()
{
    const QModelIndex current = m_ui->jobTable->selectionModel()->currentIndex();
    const QString job = current.isValid() ? current.data(JobTableModel::JobNameRole).toString() : QString();
    // History and activity show the selected job: none when the filter hid every row.
    m_ui->currentJob = job;
    m_ui->historyModel->setJob(m_ui->currentJob);
    m_ui->activityView->setJob(m_ui->currentJob);
    m_ui->activityCaption->setText(m_ui->currentJob.isEmpty()
                                       ? tr("Select a job to see its pg_dump output.")
                                       : tr("pg_dump output of %1 (the latest %2 lines).")
                                             .arg(m_ui->currentJob)
                                             .arg(ActivityView::kMaxLines));
    m_ui->historyCaption->setText(m_ui->currentJob.isEmpty()
                                      ? tr("Select a job to see its attempts.")
                                      : tr("The attempts of %1, newest first; older ones are read as "
                                           "you scroll down.")
                                            .arg(m_ui->currentJob));
    if (m_ui->historyModel->rowCount() > 0)
        m_ui->historyTable->setCurrentIndex(m_ui->historyModel->index(0, 0));
    else
        onCurrentAttemptChanged();
    updateActions();
}

void MainWindow::selectCurrentJobRow()
{
    QItemSelectionModel* selection = m_ui->jobTable->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && !selection->isRowSelected(current.row(), current.parent()))
        selection->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (current.data(JobTableModel::JobNameRole).toString() != m_ui->currentJob)
        onCurrentJobChanged();
}

void MainWindow::restoreAttemptSelection()
{
    const HistoryModel& model = *m_ui->historyModel;
    if (model.rowCount() > 0)
        m_ui->historyTable->setCurrentIndex(model.index(std::max(0, model.rowOf(m_ui->currentAttemptId)), 0));
    else
        onCurrentAttemptChanged();
}

void MainWindow::onCurrentAttemptChanged()
{
    const HistoryModel& model = *m_ui->historyModel;
    const HistoryRecord* record = model.recordAt(m_ui->historyTable->currentIndex().row());
    m_ui->currentAttemptId = record ? record->id : 0;
    QString detail;
    if (!model.loadError().isEmpty()) {
        detail = tr("The history could not be read: %1").arg(model.loadError());
    } else if (record) {
        QStringList lines;
        lines << tr("Status: %1").arg(HistoryModel::statusText(record->status));
        if (!record->error.isEmpty())
            lines << record->error << QString();
        if (!record->path.isEmpty()) {
            // Only a successful attempt left a dump there; the others name where it would have been.
            const QString path = QDir::toNativeSeparators(record->path);
            switch (record->status) {
            case AttemptStatus::Success:
                lines << tr("Path: %1").arg(path);
                break;
            case AttemptStatus::Running:
                lines << tr("Path: %1 (being written)").arg(path);
                break;
            case AttemptStatus::Pruned:
                lines << tr("Path: %1 (deleted by pruning)").arg(path);
                break;
            case AttemptStatus::Failed:
            case AttemptStatus::Interrupted:
            case AttemptStatus::Cancelled:
                lines << tr("Path: %1 (not created)").arg(path);
                break;
            }
        }
        if (!record->sha256.isEmpty())
            lines << tr("SHA-256: %1").arg(record->sha256);
        if (!record->serverVersion.isEmpty())
            lines << tr("Server: PostgreSQL %1").arg(record->serverVersion);
        if (!record->pgDumpVersion.isEmpty())
            lines << tr("Tool: %1").arg(record->pgDumpVersion);
        if (const QString kept = model.retentionText(record->id);
            !kept.isEmpty() && record->status == AttemptStatus::Success)
            lines << tr("Retention: %1").arg(kept);
        if (m_ui->verifier->runningAttemptId() == record->id) {
            lines << tr("Verifying…");
        } else if (record->verifiedUtc.isValid()) {
            lines << tr("Verified %1: %2")
                         .arg(record->verifiedUtc.toLocalTime().toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                              record->verifyStatus);
            if (!record->verifyError.isEmpty())
                lines << record->verifyError;
        }
        detail = lines.join(QLatin1Char('\n'));
    }
    m_ui->historyDetail->setPlainText(detail);
    updateActions();
}

const HistoryRecord* MainWindow::currentAttempt() const
{
    return m_ui->historyModel->recordAt(m_ui->historyTable->currentIndex().row());
}

QString MainWindow::currentDumpPath() const
{
    // Only a successful attempt has a dump on disk to show or copy.
    const HistoryRecord* record = currentAttempt();
    return record && record->status == AttemptStatus::Success ? record->path : QString();
}

void MainWindow::restoreSelected()
{
    const HistoryRecord* record = currentAttempt();
    if (!record || record->status != AttemptStatus::Success)
        return;
    const std::optional<JobConfig> job = m_service.job(record->job);
    if (!job) {
        showError(tr("Restore"),
                  tr("%1 is no longer in the config: restore its dumps with `larder restore %1 "
                     "--server NAME`.")
                      .arg(record->job));
        return;
    }
    if (job->kind == JobKind::Globals) {
        showError(tr("Restore"),
                  tr("%1 holds a whole server's roles and tablespaces, not a database: replaying "
                     "them is a decision to make by hand (`larder restore %1` says how).")
                      .arg(record->job));
        return;
    }
    auto* dialog = new RestoreDialog(m_service, *job, *record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::testRestoreSelected()
{
    const QString job = m_ui->currentJob;
    if (job.isEmpty())
        return;
    if (const Result<void> queued = m_service.testRestoreNow(job); !queued) {
        showError(tr("Test-Restore"), queued.error().message);
        return;
    }
    m_ui->requestedTestRestores.insert(job);
    statusBar()->showMessage(tr("Test-restore of %1 queued: it runs after any dumps in progress.").arg(job),
                             kNoticeTimeoutMs);
}

void MainWindow::onTestRestoreFinished(const RestoreCheck& check)
{
    if (!m_ui->requestedTestRestores.remove(check.job))
        return; // a scheduled one: the history and the tray tell
    auto* box = new QMessageBox(
        check.ok ? QMessageBox::Information : QMessageBox::Warning, tr("Test-Restore of %1").arg(check.job),
        check.ok ? tr("The newest dump of %1 restored into a scratch database on %2, which "
                      "was dropped again. %3")
                       .arg(check.job, check.server, check.detail)
                 : tr("The test-restore of %1 FAILED: %2").arg(check.job, check.detail),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("testRestoreResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::verifySelected()
{
    const HistoryRecord* record = currentAttempt();
    History* history = m_service.history();
    if (!record || record->status != AttemptStatus::Success || m_ui->verifier->isRunning())
        return;
    if (!history) {
        showError(tr("Cannot verify %1").arg(QDir::toNativeSeparators(record->path)),
                  m_service.historyError());
        return;
    }
    // Hashing a large dump and pg_restore reading it take a while: on a worker thread, which
    // records the result through its own connection to the history file.
    m_ui->verifier->start(history->path(), *record);
    m_ui->verifyBusy->show();
    m_ui->stopVerifyButton->show();
    statusBar()->showMessage(tr("Verifying %1…").arg(QDir::toNativeSeparators(record->path)));
    onCurrentAttemptChanged();
}

void MainWindow::onVerified(const QString& path, const QString& status, const QString& recordError)
{
    m_ui->verifyBusy->hide();
    m_ui->stopVerifyButton->hide();
    const QString nativePath = QDir::toNativeSeparators(path);
    if (status == QLatin1String("cancelled"))
        statusBar()->showMessage(tr("Stopped verifying %1; nothing was recorded").arg(nativePath),
                                 kNoticeTimeoutMs);
    else if (!recordError.isEmpty())
        showError(tr("The verification of %1 could not be recorded").arg(nativePath), recordError);
    else if (status == QLatin1String("ok"))
        statusBar()->showMessage(tr("Verified %1: ok").arg(nativePath), kNoticeTimeoutMs);
    else if (status == QLatin1String("pruned"))
        statusBar()->showMessage(tr("%1 was pruned by a run while it was being verified").arg(nativePath),
                                 kNoticeTimeoutMs);
    else if (status == QLatin1String("mismatch"))
        statusBar()->showMessage(
            tr("Verified %1: it changed since it was written (see the details)").arg(nativePath),
            kNoticeTimeoutMs);
    else
        statusBar()->showMessage(tr("Verified %1: it could not be checked (see the details)").arg(nativePath),
                                 kNoticeTimeoutMs);
    // The worker wrote through its own connection; read the row back now rather than waiting for
    // the file watcher.
    m_ui->historyModel->reload();
    updateActions();
}

void MainWindow::openDumpFolder()
{
    const QString path = currentDumpPath();
    if (path.isEmpty())
        return;
    // The folder holding the dump (a directory-format dump is itself a directory: show it among
    // its siblings, where a person can copy or move it).
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        showError(tr("Cannot open the folder"), tr("%1 does not exist any more.").arg(folder));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        showError(tr("Cannot open the folder"),
                  tr("No application opens folders here; the folder is %1.").arg(folder));
}

void MainWindow::copyDumpPath()
{
    const QString path = currentDumpPath();
    if (path.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(path));
    statusBar()->showMessage(tr("Copied %1").arg(QDir::toNativeSeparators(path)), kNoticeTimeoutMs);
}

void MainWindow::updateConfigIssues()
{
    const QList<ConfigIssue> issues = m_service.configIssues();
    if (issues.isEmpty()) {
        m_ui->banner->hide();
        m_ui->banner->clear();
        return;
    }
    if (!m_service.hasConfig() && !QFileInfo::exists(m_service.configPath())) {
        // First start: what the command line says about a missing file names TOML sections; here
        // the dialogs write it.
        m_ui->banner->setText(
            tr("No config file yet at %1. Add a server (Config > Servers…), then "
               "a database (Config > Add Database…): Larder writes the file, which `larder run` "
               "from cron reads too.")
                .arg(QDir::toNativeSeparators(m_service.configPath())));
        m_ui->banner->show();
        return;
    }
    QStringList lines;
    lines << (m_service.hasConfig()
                  ? tr("The config file has errors; Larder keeps using the config it read before:")
                  : tr("The config file has errors; nothing is backed up until they are fixed:"));
    for (const ConfigIssue& issue : issues)
        lines << issue.toString();
    m_ui->banner->setText(lines.join(QLatin1Char('\n')));
    m_ui->banner->show();
}

void MainWindow::setWelcomePage(QWidget* page)
{
    if (m_ui->welcomePage)
        delete m_ui->welcomePage;
    m_ui->welcomePage = page;
    m_ui->centralStack->addWidget(page);
}

void MainWindow::showWelcome(bool shown)
{
    if (!m_ui->welcomePage)
        return;
    m_ui->centralStack->setCurrentWidget(shown ? m_ui->welcomePage : m_ui->jobsPage);
}

bool MainWindow::isWelcomeShown() const
{
    return m_ui->welcomePage && m_ui->centralStack->currentWidget() == m_ui->welcomePage;
}

void MainWindow::updateScheduling(bool enabled)
{
    m_ui->schedulingLabel->setVisible(!enabled);
    // The action mirrors the service: the tray or another window may have paused it.
    const QSignalBlocker blocker(m_ui->pauseScheduling);
    m_ui->pauseScheduling->setChecked(!enabled);
}

void MainWindow::updateRunState()
{
    const int running = m_ui->runningModel->rowCount();
    const int waiting = m_ui->queueModel->rowCount();
    const bool busy = running > 0 || waiting > 0;
    const QDateTime& next = m_ui->nextDueUtc;
    const QString nextText = !busy && next.isValid() && m_service.isScheduling()
                                 ? QLocale().toString(next.toLocalTime(), QLocale::ShortFormat)
                                 : QString();
    QString text;
    if (busy) {
        text = tr("%n running", nullptr, running);
        if (waiting > 0)
            text += tr(", %n waiting", nullptr, waiting);
    } else if (!m_ui->testRestoringJob.isEmpty()) {
        text = tr("Test-restoring %1").arg(m_ui->testRestoringJob);
    } else if (!nextText.isEmpty()) {
        text = tr("Next scheduled dump: %1").arg(nextText);
    }
    m_ui->runLabel->setText(text);

    const bool idle = !busy && m_ui->finishedModel->rowCount() == 0;
    if (idle) {
        m_ui->runningIdle->setText(
            nextText.isEmpty() ? tr("Nothing is running.")
                               : tr("Nothing is running. The next scheduled dump starts %1.").arg(nextText));
    }
    m_ui->runningStack->setCurrentWidget(idle ? static_cast<QWidget*>(m_ui->runningIdle)
                                              : m_ui->runningPanes);
}

void MainWindow::updateActions()
{
    const QStringList selected = selectedJobs();
    const QModelIndex current = m_ui->jobTable->selectionModel()->currentIndex();
    const bool editable =
        selected.size() == 1 && current.isValid() && current.data(JobTableModel::EditableRole).toBool();
    const bool busy = m_service.isRunning() || !m_service.pendingJobs().isEmpty();
    m_ui->backUpNow->setEnabled(!selected.isEmpty() && m_service.hasConfig());
    m_ui->runDue->setEnabled(m_service.hasConfig());
    m_ui->stop->setEnabled(busy);
    m_ui->editDatabase->setEnabled(editable);
    m_ui->removeDatabase->setEnabled(editable);
    const QString tip =
        selected.size() == 1 && !editable && current.isValid()
            ? tr("%1 is discovered or the server's globals: edit its server instead.").arg(selected.first())
            : QString();
    m_ui->editDatabase->setStatusTip(tip.isEmpty() ? tr("Edit the selected job") : tip);
    const bool hasPath = !currentDumpPath().isEmpty();
    m_ui->openFolder->setEnabled(hasPath);
    m_ui->copyPath->setEnabled(hasPath);
    m_ui->openFolderButton->setEnabled(hasPath);
    m_ui->copyPathButton->setEnabled(hasPath);
    const HistoryRecord* attempt = currentAttempt();
    const bool canVerify = attempt && attempt->status == AttemptStatus::Success && m_service.history() &&
                           !m_ui->verifier->isRunning();
    m_ui->verify->setEnabled(canVerify);
    m_ui->verifyButton->setEnabled(canVerify);
    m_ui->restore->setEnabled(hasPath);
    m_ui->restoreButton->setEnabled(hasPath);
    // The newest dump of the job, whichever row is selected: any success in its history will do.
    bool hasDump = false;
    for (int row = 0; row < m_ui->historyModel->rowCount() && !hasDump; ++row)
        hasDump = m_ui->historyModel->recordAt(row)->status == AttemptStatus::Success;
    m_ui->testRestore->setEnabled(hasDump);
    m_ui->testRestoreButton->setEnabled(hasDump);
}

} // namespace larder
