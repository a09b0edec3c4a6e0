#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;

namespace larder {

class GuiSettings;
struct JobEvent;
struct RestoreCheck;

// Desktop notifications about finished dumps and failed test-restores: every failure, and successes when the
// user asked for them (GuiSettings::notifyOnSuccess). Sent to org.freedesktop.Notifications over the session
// bus (failures critical and without expiry, so they stay until dismissed); when that service is missing or
// refuses, through the tray icon's balloon. Clicking either emits activated(job).
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(GuiSettings& settings, QObject* parent = nullptr);
    ~Notifier() override;

    // The fallback when the notification service is missing; may be null (then only the signal).
    void setTrayIcon(QSystemTrayIcon* tray);
    void jobChanged(const larder::JobEvent& event);
    // A failed check only: a scheduled test-restore that worked is no news.
    void testRestoreFinished(const larder::RestoreCheck& check);
    void notify(const QString& title, const QString& body, const QString& job, bool isFailure);

Q_SIGNALS:
    // Emitted first for every notification, whichever way it is then shown.
    void notificationRequested(const QString& title, const QString& body, const QString& job, bool isFailure);
    // The user clicked the notification of job.
    void activated(const QString& job);

private Q_SLOTS:
    // QDBusConnection::connect takes only a slot signature, hence slots here.
    void onActionInvoked(uint id, const QString& action);
    void onNotificationClosed(uint id, uint reason);

private:
    void sendDBus(const QString& title, const QString& body, const QString& job, bool isFailure);
    void showInTray(const QString& title, const QString& body, const QString& job, bool isFailure);

    GuiSettings& m_settings;
    QPointer<QSystemTrayIcon> m_tray;
    QHash<uint, QString> m_jobByNotification;
    QString m_trayMessageJob;
};

} // namespace larder
