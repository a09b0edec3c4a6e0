#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QSystemTrayIcon;

namespace larder {

class GuiSettings;
struct JobEvent;
struct RestoreCheck;

// Desktop notifications about finished dumps and failed test-restores, one per job and change of state: a job
// that starts failing, a failing job that works again ("recovered"), and successes when the user asked for
// them (GuiSettings::notifyOnSuccess). A job that fails again is no news: a scheduler retrying it must not
// pile up notifications. Each job's notification replaces its previous one. Sent to
// org.freedesktop.Notifications over the session bus (failures critical); when that service is missing or
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
    // Shows a notification about job, replacing the one shown last for that job.
    void notify(const QString& title, const QString& body, const QString& job, bool isFailure);

    // How long a failure stays when the user does not dismiss it (ms); a success uses the server's default.
    static constexpr int kFailureExpiryMs = 60 * 60 * 1000;

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
    void notifyFailure(const QString& title, const QString& body, const QString& job);

    QHash<uint, QString> m_jobByNotification;
    QHash<QString, uint> m_notificationByJob;
    QSet<QString> m_failingJobs; // failed last time: a further failure is not news
    QString m_trayMessageJob;
};

} // namespace larder
