// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "TmuxPane.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString kSession = QStringLiteral("larder");

QString shellQuoted(const QString& word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

TmuxPane::TmuxPane(QString socketDir, QProcessEnvironment environment)
    : m_socket(socketDir + QStringLiteral("/tmux.sock")), m_environment(std::move(environment))
{}

TmuxPane::~TmuxPane()
{
    if (m_started)
        tmux({QStringLiteral("kill-server")});
}

bool TmuxPane::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("tmux")).isEmpty();
}

bool TmuxPane::start(const QStringList& commandLine, QSize size, QString* error)
{
    QStringList words;
    for (const QString& word : commandLine)
        words.append(shellQuoted(word));
    const QString shell =
        words.join(QLatin1Char(' ')) + QStringLiteral("; echo \"[exit $?]\"; exec sleep 3600");
    bool ok = false;
    const QByteArray output = tmux({QStringLiteral("new-session"), QStringLiteral("-d"), QStringLiteral("-s"),
                                    kSession, QStringLiteral("-x"), QString::number(size.width()),
                                    QStringLiteral("-y"), QString::number(size.height()), shell},
                                   &ok);
    m_started = true;
    if (!ok && error)
        *error = QStringLiteral("tmux new-session failed: %1").arg(QString::fromUtf8(output));
    return ok;
}

QString TmuxPane::screen(bool withEscapes) const
{
    QStringList arguments{QStringLiteral("capture-pane"), QStringLiteral("-p"), QStringLiteral("-t"),
                          kSession};
    if (withEscapes)
        arguments.append(QStringLiteral("-e"));
    return QString::fromUtf8(tmux(arguments));
}

QString TmuxPane::history() const
{
    return QString::fromUtf8(tmux({QStringLiteral("capture-pane"), QStringLiteral("-p"), QStringLiteral("-S"),
                                   QStringLiteral("-"), QStringLiteral("-t"), kSession}));
}

bool TmuxPane::cursorVisible() const
{
    return tmux({QStringLiteral("display-message"), QStringLiteral("-p"), QStringLiteral("-t"), kSession,
                 QStringLiteral("#{cursor_flag}")})
               .trimmed() == "1";
}

void TmuxPane::sendKeys(const QString& keys) const
{
    tmux({QStringLiteral("send-keys"), QStringLiteral("-t"), kSession, keys});
}

void TmuxPane::resize(QSize size) const
{
    tmux({QStringLiteral("resize-window"), QStringLiteral("-t"), kSession, QStringLiteral("-x"),
          QString::number(size.width()), QStringLiteral("-y"), QString::number(size.height())});
}

bool TmuxPane::waitForScreen(const QString& text, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return screen().contains(text); }, timeoutMs);
}

int TmuxPane::exitCode() const
{
    static const QRegularExpression exitLine(QStringLiteral("\\[exit (\\d+)\\]"));
    const QRegularExpressionMatch match = exitLine.match(screen());
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QByteArray TmuxPane::tmux(const QStringList& arguments, bool* ok) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("tmux"), QStringList{QStringLiteral("-S"), m_socket, QStringLiteral("-f"),
                                                      QStringLiteral("/dev/null")} +
                                              arguments);
    const bool finished = process.waitForFinished(10'000);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return process.readAll();
}
