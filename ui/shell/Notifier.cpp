// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "Notifier.h"

#include "GuiSettings.h"
#include "ShellLog.h"
#include "base/Units.h"
#include "history/RestoreCheck.h"
#include "run/JobEvent.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLocale>
#include <QSystemTrayIcon>

using namespace larder;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int kMaxBody = 600; // notification bubbles cut long text anyway; the window shows it all

QString shortened(const QString& text)
{
    if (text.size() <= kMaxBody)
        return text;
    return text.left(kMaxBody - 1) + QChar(0x2026);
}

} // namespace

Notifier::Notifier(GuiSettings& settings, QObject* parent) : QObject(parent), m_settings(settings)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        const bool subscribed = bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"),
                                            this, SLOT(onActionInvoked(uint, QString))) &&
                                bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"),
                                            this, SLOT(onNotificationClosed(uint, uint)));
        if (!subscribed)
            qCWarning(lcShell) << "cannot follow clicks on notifications:" << bus.lastError().message();
    }
}

Notifier::~Notifier() = default;

void Notifier::setTrayIcon(QSystemTrayIcon* tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { Q_EMIT activated(m_trayMessageJob); });
    }
}

void Notifier::jobChanged(const JobEvent& event)
{
    if (event.state == JobState::Failed) {
        if (m_failingDumps.contains(event.job))
            return; // still failing: the notification of the first failure says it
        m_failingDumps.insert(event.job);
        const QString error = event.outcome.error.isEmpty() ? event.detail : event.outcome.error;
        show(tr("Backup of %1 failed").arg(event.job), shortened(error.trimmed()), {event.job, Topic::Dump},
             true);
    } else if (event.state == JobState::Succeeded) {
        const bool recovered = m_failingDumps.remove(event.job);
        if (!event.warning.isEmpty()) {
            // A success to look at: shown whatever the setting for successes says.
            show(tr("Backup of %1 needs a look").arg(event.job), shortened(event.warning.trimmed()),
                 {event.job, Topic::Dump}, false);
            return;
        }
        if (!recovered && !m_settings.notifyOnSuccess())
            return;
        const QString size = Units::bytes(event.outcome.bytes);
        const QString body = tr("%1 written in %n second(s)", nullptr, int(event.elapsedMs / 1000)).arg(size);
        show(recovered ? tr("Backup of %1 works again").arg(event.job)
                       : tr("Backup of %1 done").arg(event.job),
             body, {event.job, Topic::Dump}, false);
    }
}

void Notifier::testRestoreFinished(const RestoreCheck& check)
{
    const Shown about{check.job, Topic::TestRestore};
    if (check.ok) {
        if (m_failingTestRestores.remove(check.job))
            show(tr("Test-restore of %1 works again").arg(check.job), shortened(check.detail.trimmed()),
                 about, false);
        return;
    }
    if (m_failingTestRestores.contains(check.job))
        return;
    m_failingTestRestores.insert(check.job);
    show(tr("Test-restore of %1 failed").arg(check.job), shortened(check.detail.trimmed()), about, true);
}

void Notifier::planChecked(const QList<PlannedJob>& plan)
{
    QSet<QString> stale;
    for (const PlannedJob& planned : plan) {
        if (!planned.freshness.isStale())
            continue;
        const QString& job = planned.job.name;
        stale.insert(job);
        if (!m_staleJobs.contains(job))
            show(tr("Backups of %1 stopped").arg(job), planned.freshness.describe(), {job, Topic::Freshness},
                 true);
    }
    m_staleJobs = stale;
}

void Notifier::notify(const QString& title, const QString& body, const QString& job, bool isFailure)
{
    show(title, body, {job, Topic::Dump}, isFailure);
}

void Notifier::show(const QString& title, const QString& body, const Shown& about, bool isFailure)
{
    Q_EMIT notificationRequested(title, body, about.job, isFailure);
    if (QDBusConnection::sessionBus().isConnected())
        sendDBus(title, body, about, isFailure);
    else
        showInTray(title, body, about.job, isFailure);
}

QHash<QString, uint>& Notifier::notificationsOf(Topic topic)
{
    switch (topic) {
    case Topic::TestRestore:
        return m_testRestoreNotificationByJob;
    case Topic::Freshness:
        return m_freshnessNotificationByJob;
    case Topic::Dump:
        break;
    }
    return m_dumpNotificationByJob;
}

void Notifier::sendDBus(const QString& title, const QString& body, const Shown& about, bool isFailure)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QStringList actions{QStringLiteral("default"), tr("Show history")};
    const QVariantMap hints{
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(isFailure ? 2 : 1))},
        {QStringLiteral("desktop-entry"), QStringLiteral("org.larder.Larder")},
        {QStringLiteral("category"),
         isFailure ? QStringLiteral("transfer.error") : QStringLiteral("transfer.complete")},
    };
    // Servers may read the body as markup; a pg_dump error can hold '<' and '&'.
    call << QStringLiteral("Larder") << notificationsOf(about.topic).value(about.job, 0u)
         << QStringLiteral("org.larder.Larder") << title << body.toHtmlEscaped() << actions << hints
         << qint32(isFailure ? kFailureExpiryMs : -1);

    // Asynchronous: a slow or hung notification daemon must not freeze the window.
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, title, body, about, isFailure] {
                watcher->deleteLater();
                const QDBusPendingReply<uint> reply = *watcher;
                if (reply.isError()) {
                    qCDebug(lcShell) << "no notification service, using the tray:" << reply.error().message();
                    showInTray(title, body, about.job, isFailure);
                    return;
                }
                m_shownById.insert(reply.value(), about);
                notificationsOf(about.topic).insert(about.job, reply.value());
            });
}

void Notifier::showInTray(const QString& title, const QString& body, const QString& job, bool isFailure)
{
    if (!m_tray || !m_tray->isVisible()) {
        qCWarning(lcShell).noquote() << "cannot show a notification (no notification service, no tray):"
                                     << title << body;
        return;
    }
    m_trayMessageJob = job;
    // The tray has one balloon: a new message replaces the shown one.
    m_tray->showMessage(title, body, isFailure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information,
                        isFailure ? kFailureExpiryMs : 10000);
}

void Notifier::onActionInvoked(uint id, const QString& action)
{
    const auto it = m_shownById.constFind(id);
    if (it == m_shownById.cend())
        return; // another application's notification
    if (action == QLatin1String("default"))
        Q_EMIT activated(it.value().job);
}

void Notifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    const auto it = m_shownById.constFind(id);
    if (it == m_shownById.cend())
        return;
    QHash<QString, uint>& ofTopic = notificationsOf(it.value().topic);
    if (ofTopic.value(it.value().job) == id)
        ofTopic.remove(it.value().job);
    m_shownById.erase(it);
}
