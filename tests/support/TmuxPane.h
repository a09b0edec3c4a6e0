// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QSize>
#include <QString>
#include <QStringList>

// A real terminal for tests: one pane of a private tmux server (its own socket, no user config),
// running a command line through sh. What the pane shows is read back with capture-pane, as a
// person would see it. The pane's shell ends with "[exit N]" after the command, then waits, so the
// final screen and the exit code stay readable. The server is killed with the object.
class TmuxPane final
{
    Q_DISABLE_COPY_MOVE(TmuxPane)

public:
    // The environment of the command (the tmux server's, which tmux passes on; tmux sets TERM).
    TmuxPane(QString socketDir, QProcessEnvironment environment);
    ~TmuxPane();

    static bool available(); // tmux is installed

    // Starts commandLine (words, quoted for sh here) in a new pane of the given size.
    bool start(const QStringList& commandLine, QSize size, QString* error = nullptr);
    // The visible screen, one string per row, trailing spaces dropped; withEscapes: tmux's rendering
    // of the attributes and colours (capture-pane -e).
    QString screen(bool withEscapes = false) const;
    // The screen and the scrollback above it.
    QString history() const;
    bool cursorVisible() const;
    void sendKeys(const QString& keys) const; // tmux key names: "C-c", "q", "Enter"
    void resize(QSize size) const;
    // Waits until the screen contains text; false after timeoutMs.
    bool waitForScreen(const QString& text, int timeoutMs) const;
    // The command's exit code once it ended ("[exit N]" on screen), -1 while it runs.
    int exitCode() const;

private:
    QByteArray tmux(const QStringList& arguments, bool* ok = nullptr) const;

    QString m_socket;
    QProcessEnvironment m_environment;
    bool m_started = false;
};
