// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>
#include <QStringList>

namespace larder {

// A hook's argv (before_dump = ["/usr/local/bin/copy", "--to", "off site"]) as one line a person
// edits, and back: QProcess::splitCommand's rules, so the line reads as a desktop launcher's does.
// Arguments with spaces or quotes go in double quotes, a literal quote is written """ inside them.
// No shell is involved either way.
class CommandLine final
{
public:
    // The line that split() turns back into argv (an empty argument cannot be written: it is left
    // out, see isRepresentable()).
    static QString join(const QStringList& argv);
    static QStringList split(const QString& line);
    // Whether join() and split() give argv back unchanged (false when an argument is empty).
    static bool isRepresentable(const QStringList& argv);
};

} // namespace larder
