// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "TerminalInput.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

std::optional<QString> TerminalInput::readHiddenLine(const QString& prompt, QTextStream& prompts)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved = {};
    if (terminal) {
        prompts << prompt;
        prompts.flush();
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QFile input;
    const bool opened = input.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle);
    QByteArray line = opened ? input.readLine() : QByteArray();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        prompts << '\n';
        prompts.flush();
    }
    if (line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}
