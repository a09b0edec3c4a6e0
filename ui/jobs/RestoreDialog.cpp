// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RestoreDialog.h"

#include "StateColours.h"
#include "base/Units.h"
#include "restore/RestoreSession.h"
#include "run/RunService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace larder {
namespace {

constexpr int kMostJobs = 32;

// A word a POSIX shell reads as it is, or the word in single quotes.
QString shellWord(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    return QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
           QLatin1Char('\'');
}

} // namespace

RestoreDialog::RestoreDialog(RunService& service, JobConfig job, HistoryRecord dump, QWidget* parent)
    : QDialog(parent), m_service(service), m_job(std::move(job)), m_dump(std::move(dump))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore %1").arg(m_job.name));
    buildForm();
    updateCommand();
}

RestoreDialog::~RestoreDialog()
{
    // A restore still running when the window goes (the app quits): stop it; the session's own
    // destruction kills the tool.
    if (m_session)
        m_session->cancel();
}

QString RestoreDialog::suggestedName(const JobConfig& job)
{
    return job.dbname + QStringLiteral("_restored");
}

QString RestoreDialog::commandLine(const QString& configPath, const QString& job, const QString& server,
                                   const QString& target, const QString& dumpPath, bool clean, int jobs)
{
    QStringList words{QStringLiteral("larder"),
                      QStringLiteral("--config"),
                      configPath,
                      QStringLiteral("restore"),
                      job,
                      QStringLiteral("--to"),
                      target,
                      QStringLiteral("--dump"),
                      dumpPath};
    if (!server.isEmpty())
        words << QStringLiteral("--server") << server;
    if (clean)
        words << QStringLiteral("--clean");
    if (jobs > 1)
        words << QStringLiteral("--jobs") << QString::number(jobs);
    QStringList quoted;
    for (const QString& word : std::as_const(words))
        quoted << shellWord(word);
    return quoted.join(QLatin1Char(' '));
}

void RestoreDialog::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(
        tr("The dump of <b>%1</b> started %2 (%3):<br>%4")
            .arg(m_job.name.toHtmlEscaped(),
                 m_dump.startedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 Units::bytes(m_dump.bytes), QDir::toNativeSeparators(m_dump.path).toHtmlEscaped()),
        this);
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(what);

    auto* form = new QFormLayout;
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("restoreServer"));
    // A dump goes only to a server of its own engine (the engine refuses the others anyway).
    const Config& config = m_service.config();
    for (auto it = config.servers.cbegin(); it != config.servers.cend(); ++it) {
        if (it->engine == m_job.server.engine)
            m_server->addItem(it->displayName(), it.key());
    }
    m_server->setCurrentIndex(std::max(0, m_server->findData(m_job.server.name)));
    form->addRow(tr("Restore to &server:"), m_server);

    m_target = new QLineEdit(suggestedName(m_job), this);
    m_target->setObjectName(QStringLiteral("restoreTarget"));
    m_target->setToolTip(
        tr("Created unless it exists and is empty. An existing database with tables is refused "
           "unless you choose to restore over it."));
    form->addRow(tr("Into &database:"), m_target);

    m_clean = new QCheckBox(tr("Restore over an existing database (--c&lean)"), this);
    m_clean->setObjectName(QStringLiteral("restoreClean"));
    form->addRow(QString(), m_clean);
    m_cleanWarning =
        new QLabel(tr("Each object of the dump is dropped from the target before it is recreated: "
                      "the data in those tables is replaced by the dump's. Check the server and "
                      "database above."),
                   this);
    m_cleanWarning->setObjectName(QStringLiteral("restoreCleanWarning"));
    m_cleanWarning->setWordWrap(true);
    m_cleanWarning->setStyleSheet(
        StateColours::textStyleSheet(StateColours::failure(palette(), QPalette::Window)));
    m_cleanWarning->hide();
    form->addRow(QString(), m_cleanWarning);

    m_jobs = new QSpinBox(this);
    m_jobs->setObjectName(QStringLiteral("restoreJobs"));
    m_jobs->setRange(1, kMostJobs);
    m_jobs->setToolTip(tr("Parallel pg_restore jobs: custom and directory dumps only."));
    form->addRow(tr("Parallel &jobs:"), m_jobs);

    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("restoreCommand"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setToolTip(tr("The same restore from a terminal."));
    form->addRow(tr("Co&mmand:"), m_command);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("restoreLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("What the restore does"));
    m_log->hide();
    layout->addWidget(m_log, 1);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("restoreResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->hide();
    layout->addWidget(m_result);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setDefault(true);
    m_stop = m_buttons->addButton(tr("S&top"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopRestoreButton"));
    m_stop->hide();
    layout->addWidget(m_buttons);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (!isRestoring())
            return;
        m_stop->setEnabled(false);
        m_log->appendPlainText(tr("stopping…"));
        m_session->cancel();
    });

    connect(m_server, &QComboBox::currentIndexChanged, this, &RestoreDialog::updateCommand);
    connect(m_target, &QLineEdit::textChanged, this, &RestoreDialog::updateCommand);
    connect(m_clean, &QCheckBox::toggled, this, [this](bool on) {
        m_cleanWarning->setVisible(on);
        updateCommand();
    });
    connect(m_jobs, &QSpinBox::valueChanged, this, &RestoreDialog::updateCommand);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::startRestore);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    resize(sizeHint().expandedTo(QSize(640, 0)));
}

void RestoreDialog::updateCommand()
{
    const QString server = m_server->currentData().toString();
    m_command->setText(
        commandLine(m_service.configPath(), m_job.name, server == m_job.server.name ? QString() : server,
                    m_target->text().trimmed(), m_dump.path, m_clean->isChecked(), m_jobs->value()));
    m_command->setCursorPosition(0);
    updateRestoreButton();
}

void RestoreDialog::updateRestoreButton()
{
    m_restore->setEnabled(m_editable && !m_target->text().trimmed().isEmpty() && m_server->count() > 0);
}

bool RestoreDialog::isRestoring() const
{
    return m_session && m_session->isRunning();
}

void RestoreDialog::setEditable(bool editable)
{
    for (QWidget* field : {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_target),
                           static_cast<QWidget*>(m_clean), static_cast<QWidget*>(m_jobs)})
        field->setEnabled(editable);
    m_editable = editable;
    updateRestoreButton();
}

void RestoreDialog::startRestore()
{
    if (isRestoring())
        return;
    const Config& config = m_service.config();
    const auto server = config.servers.constFind(m_server->currentData().toString());
    if (server == config.servers.cend())
        return;
    delete m_session;
    m_session = new RestoreSession(*m_service.engine(), config.historyPath, m_service.passwords(), this);
    connect(m_session, &RestoreSession::activity, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_session, &RestoreSession::progress, this, [this](int done, int total, const QString&) {
        if (total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        }
    });
    connect(m_session, &RestoreSession::finished, this, &RestoreDialog::onFinished);

    RestoreSession::Choice choice;
    choice.job = m_job;
    choice.server = *server;
    choice.targetDatabase = m_target->text().trimmed();
    choice.dumpPath = m_dump.path;
    choice.clean = m_clean->isChecked();
    choice.jobs = m_jobs->value();
    m_log->clear();
    m_log->show();
    m_result->hide();
    m_progress->setRange(0, 0); // busy until the restore counts its items
    m_progress->show();
    setEditable(false);
    m_stop->setEnabled(true);
    m_stop->show();
    if (const Result<void> started = m_session->start(choice); !started) {
        m_progress->hide();
        m_stop->hide();
        setEditable(true);
        showResult(started.error().kind == ErrorKind::Busy
                       ? tr("Not started: %1. Try again when it has ended.").arg(started.error().message)
                       : tr("Not started: %1").arg(started.error().message),
                   false);
    }
}

void RestoreDialog::onFinished(const RestoreOutcome& outcome)
{
    m_progress->hide();
    m_stop->hide();
    setEditable(true);
    const QString where =
        tr("\"%1\" on %2")
            .arg(m_session->request().targetDatabase, m_session->request().server.displayName());
    if (outcome.ok) {
        showResult(tr("Restored into %1 in %2.").arg(where, Units::duration(outcome.durationMs)), true);
    } else {
        QString text = outcome.cancelled ? tr("Stopped.") : tr("Failed: %1").arg(outcome.error);
        if (outcome.targetDropped)
            text += QLatin1Char(' ') +
                    tr("Database %1 was created by this restore and has been dropped again.").arg(where);
        else if (outcome.targetTouched)
            text += QLatin1Char(' ') +
                    tr("Database %1 is left partly restored: drop it, or restore over it.").arg(where);
        showResult(text, false);
    }
    Q_EMIT restoreFinished(outcome);
    if (m_closeWhenDone)
        QDialog::reject();
}

void RestoreDialog::showResult(const QString& text, bool ok)
{
    const QPalette& colours = palette();
    m_result->setStyleSheet(
        StateColours::textStyleSheet(ok ? StateColours::success(colours, QPalette::Window)
                                        : StateColours::failure(colours, QPalette::Window)));
    m_result->setText(text);
    m_result->show();
}

void RestoreDialog::reject()
{
    // Stop first, close when the restore has ended (and dropped what it created).
    if (isRestoring()) {
        m_closeWhenDone = true;
        m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
        m_stop->click();
        return;
    }
    QDialog::reject();
}

} // namespace larder
