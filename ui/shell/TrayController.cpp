// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "TrayController.h"

#include "GuiSettings.h"
#include "HealthWatch.h"
#include "ShellLog.h"
#include "run/RunService.h"

#include <QAction>
#include <QGuiApplication>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>
#include <QSystemTrayIcon>

using namespace larder;

namespace {

QPixmap renderSvg(const QString& path, int size, const QColor& tint)
{
    QSvgRenderer renderer(path);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    if (tint.isValid()) {
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), tint);
    }
    return pixmap;
}

} // namespace

TrayController::TrayController(RunService& service, HealthWatch& health, GuiSettings& settings,
                               QObject* parent)
    : QObject(parent), m_service(service), m_health(health), m_settings(settings),
      m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    auto* open = m_menu->addAction(tr("&Open Larder"), this, &TrayController::openRequested);
    open->setObjectName(QStringLiteral("openAction"));
    m_menu->addSeparator();
    auto* all = m_menu->addAction(tr("&Back Up All Now"), this, &TrayController::backUpAll);
    all->setObjectName(QStringLiteral("backUpAllAction"));
    auto* due = m_menu->addAction(tr("Run Everything &Due"), &m_service, &RunService::runDue);
    due->setObjectName(QStringLiteral("runDueAction"));
    m_pauseAction =
        m_menu->addAction(QString(), this, [this] { m_service.setScheduling(!m_service.isScheduling()); });
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseHourAction = m_menu->addAction(tr("Pause for 1 &Hour"), this, [this] {
        m_service.pauseUntil(QDateTime::currentDateTimeUtc().addSecs(3600));
    });
    m_pauseHourAction->setObjectName(QStringLiteral("pauseHourAction"));
    m_pauseTomorrowAction = m_menu->addAction(tr("Pause Until &Tomorrow"), this, [this] {
        m_service.pauseUntil(tomorrowUtc(QDateTime::currentDateTime()));
    });
    m_pauseTomorrowAction->setObjectName(QStringLiteral("pauseTomorrowAction"));
    m_menu->addSeparator();
    auto* quit = m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    quit->setObjectName(QStringLiteral("quitAction"));
    m_tray->setContextMenu(m_menu);

    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });

    connect(&m_health, &HealthWatch::changed, this, &TrayController::refresh);
    connect(&m_service, &RunService::schedulingChanged, this, &TrayController::updatePauseAction);
    connect(&m_settings, &GuiSettings::changed, this, &TrayController::refresh);
    refresh();
}

TrayController::~TrayController()
{
    // The menu has no parent (QSystemTrayIcon does not take it).
    delete m_menu;
}

const TrayState& TrayController::state() const
{
    return m_health.state();
}

void TrayController::show()
{
    m_tray->show();
}

QIcon TrayController::stateIcon(TrayState::Icon icon, bool monochrome)
{
    const QString path =
        QStringLiteral(":/icons/tray-%1%2.svg")
            .arg(TrayState::iconName(icon), monochrome ? QStringLiteral("-mono") : QString());
    // Panels follow the desktop theme, which the application palette follows too.
    const QColor tint = monochrome ? QGuiApplication::palette().color(QPalette::WindowText) : QColor();
    QIcon result;
    for (int size : {16, 22, 24, 32, 48, 64})
        result.addPixmap(renderSvg(path, size, tint));
    result.setIsMask(monochrome);
    return result;
}

void TrayController::refresh()
{
    updatePauseAction();
    const TrayState& state = m_health.state();
    const TrayState::Icon icon = state.icon();
    const bool monochrome = m_settings.monochromeTray();
    if (int(icon) != m_shownIcon || monochrome != m_shownMonochrome) {
        m_tray->setIcon(stateIcon(icon, monochrome));
        m_shownIcon = int(icon);
        m_shownMonochrome = monochrome;
    }
    m_tray->setToolTip(state.toolTip(QDateTime::currentDateTime()));
}

void TrayController::updatePauseAction()
{
    const bool scheduling = m_service.isScheduling();
    m_pauseAction->setText(scheduling ? tr("&Pause Scheduling") : tr("&Resume Scheduling"));
    m_pauseHourAction->setVisible(scheduling);
    m_pauseTomorrowAction->setVisible(scheduling);
}

QDateTime TrayController::tomorrowUtc(const QDateTime& now)
{
    const QDateTime local = now.toLocalTime();
    return QDateTime(local.date().addDays(1), QTime(0, 0)).toUTC();
}

void TrayController::backUpAll()
{
    const Result<void> started = m_service.runNow({});
    if (!started) {
        qCWarning(lcShell) << "back up all:" << started.error().message;
        m_tray->showMessage(tr("Cannot back up"), started.error().message, QSystemTrayIcon::Warning);
    }
}
