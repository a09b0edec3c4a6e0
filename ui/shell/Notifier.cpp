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
        const QString error = event.outcome.error.isEmpty() ? event.detail : event.outcome.error;
        notifyFailure(tr("Backup of %1 failed").arg(event.job), shortened(error.trimmed()), event.job);
    } else if (event.state == JobState::Succeeded) {
        const bool recovered = m_failingJobs.remove(event.job);
        if (!recovered && !m_settings.notifyOnSuccess())
            return;
        const QString size = Units::bytes(event.outcome.bytes);
        const QString body = tr("%1 written in %n second(s)", nullptr, int(event.elapsedMs / 1000)).arg(size);
        notify(recovered ? tr("Backup of %1 works again").arg(event.job)
                         : tr("Backup of %1 done").arg(event.job),
               body, event.job, false);
    }
}

void Notifier::testRestoreFinished(const RestoreCheck& check)
{
    if (!check.ok)
        notifyFailure(tr("Test-restore of %1 failed").arg(check.job), shortened(check.detail.trimmed()),
                      check.job);
}

void Notifier::notifyFailure(const QString& title, const QString& body, const QString& job)
{
    if (m_failingJobs.contains(job))
        return; // still failing: the notification of the first failure says it
    m_failingJobs.insert(job);
    notify(title, body, job, true);
}

void Notifier::notify(const QString& title, const QString& body, const QString& job, bool isFailure)
{
    Q_EMIT notificationRequested(title, body, job, isFailure);
    if (QDBusConnection::sessionBus().isConnected())
        sendDBus(title, body, job, isFailure);
    else
        showInTray(title, body, job, isFailure);
}

void Notifier::sendDBus(const QString& title, const QString& body, const QString& job, bool isFailure)
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
    call << QStringLiteral("Larder") << m_notificationByJob.value(job, 0u)
         << QStringLiteral("org.larder.Larder") << title << body.toHtmlEscaped() << actions << hints
         << qint32(isFailure ? kFailureExpiryMs : -1);

    // Asynchronous: a slow or hung notification daemon must not freeze the window.
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, title, body, job, isFailure] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCDebug(lcShell) << "no notification service, using the tray:" << reply.error().message();
            showInTray(title, body, job, isFailure);
            return;
        }
        m_jobByNotification.insert(reply.value(), job);
        m_notificationByJob.insert(job, reply.value());
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
    const auto it = m_jobByNotification.constFind(id);
    if (it == m_jobByNotification.cend())
        return; // another application's notification
    if (action == QLatin1String("default"))
        Q_EMIT activated(it.value());
}

void Notifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    const QString job = m_jobByNotification.take(id);
    if (m_notificationByJob.value(job) == id)
        m_notificationByJob.remove(job);
}
