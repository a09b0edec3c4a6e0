// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "StartupReport.h"

#include "ShellLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>
#include <QWidget>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace larder {

namespace {

constexpr char kPathVariable[] = "LARDER_GUI_STARTUP_REPORT";
constexpr char kQuitVariable[] = "LARDER_GUI_STARTUP_REPORT_QUIT";

// Milliseconds since this process was started (exec), -1 where that cannot be told.
qint64 msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    // Field 22 of /proc/self/stat is the start in clock ticks since boot; the fields before it
    // include the command name in parentheses, which may hold spaces, so count from the last ')'.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTimeAfterName = 22 - 3; // fields 3.. follow the name
    bool ok = false;
    const qint64 startTicks = fields.value(kStartTimeAfterName).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
    return nowMs - startTicks * 1000 / ticksPerSecond;
#else
    return -1;
#endif
}

// A "VmHWM:   123 kB" line of /proc/self/status, in KiB; -1 where there is none.
qint64 statusKib(const QByteArray& status, const char* field)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(\\d+) kB").arg(QLatin1String(field)),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

void StartupReport::watchFromEnvironment(QWidget& window)
{
    const QString path = qEnvironmentVariable(kPathVariable);
    if (path.isEmpty())
        return;
    new StartupReport(window, path, qEnvironmentVariableIntValue(kQuitVariable) == 1);
}

StartupReport::StartupReport(QWidget& window, QString path, bool quit)
    : QObject(&window), m_window(window), m_path(std::move(path)), m_quit(quit)
{
    m_window.installEventFilter(this);
}

StartupReport::~StartupReport() = default;

bool StartupReport::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The window paints before its children, in one pass: the report waits for the pass to end.
        QTimer::singleShot(0, this, &StartupReport::write);
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::write()
{
    m_window.removeEventFilter(this);
    const qint64 sinceStart = msSinceProcessStart();
    const qint64 epochMs = QDateTime::currentMSecsSinceEpoch();
    QByteArray status;
    QFile statusFile(QStringLiteral("/proc/self/status"));
    if (statusFile.open(QIODevice::ReadOnly))
        status = statusFile.readAll();
    const QByteArray report = QStringLiteral("first_paint_ms=%1\nfirst_paint_epoch_ms=%2\nvm_hwm_kib=%3\n"
                                             "vm_rss_kib=%4\n")
                                  .arg(sinceStart)
                                  .arg(epochMs)
                                  .arg(statusKib(status, "VmHWM"))
                                  .arg(statusKib(status, "VmRSS"))
                                  .toUtf8();
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(report) != report.size()) {
        qCWarning(lcShell) << "cannot write the startup report to" << m_path << ":" << file.errorString();
    } else {
        qCInfo(lcShell) << "window drawn" << sinceStart << "ms after the process started; report in"
                        << m_path;
    }
    file.close();
    // exit(), not quit(): quit() closes the windows first, and closing the main window may ask first.
    if (m_quit)
        QCoreApplication::exit(0);
}

} // namespace larder
