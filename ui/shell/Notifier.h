// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "plan/PlannedJob.h"

#include <QHash>
#include <QList>
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
// pile up notifications. Dumps and test-restores are followed apart: a job whose dumps work but whose
// test-restore fails is told once, and only its next good test-restore says it works again. Each job's
// notification replaces its previous one of the same kind (dump or test-restore). Sent to
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
    // A scheduled test-restore that worked is no news, unless the job's last one failed.
    void testRestoreFinished(const larder::RestoreCheck& check);
    // The plan as of now: a job that became stale (Freshness) is told once, until it is fresh again.
    void planChecked(const QList<larder::PlannedJob>& plan);
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
    // What a notification is about: each kind of a job replaces only its own previous notification.
    enum class Topic { Dump, TestRestore, Freshness };
    struct Shown
    {
        QString job;
        Topic topic = Topic::Dump;
    };

    void show(const QString& title, const QString& body, const Shown& about, bool isFailure);
    void sendDBus(const QString& title, const QString& body, const Shown& about, bool isFailure);
    void showInTray(const QString& title, const QString& body, const QString& job, bool isFailure);
    QHash<QString, uint>& notificationsOf(Topic topic);

    GuiSettings& m_settings;
    QPointer<QSystemTrayIcon> m_tray;

    QHash<uint, Shown> m_shownById;
    QHash<QString, uint> m_dumpNotificationByJob;
    QHash<QString, uint> m_testRestoreNotificationByJob;
    QHash<QString, uint> m_freshnessNotificationByJob;
    // Failed last time: a further failure is not news.
    QSet<QString> m_failingDumps;
    QSet<QString> m_failingTestRestores;
    // Stale when last checked: told already.
    QSet<QString> m_staleJobs;
    QString m_trayMessageJob;
};

} // namespace larder
