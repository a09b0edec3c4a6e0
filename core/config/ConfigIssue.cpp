// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/ConfigIssue.h"

#include <QStringList>

namespace larder {

QString ConfigIssue::toString() const
{
    QStringList parts;
    if (!file.isEmpty()) {
        QString place = file;
        if (line > 0) {
            place += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                place += QLatin1Char(':') + QString::number(column);
        }
        parts << place;
    }
    if (!key.isEmpty())
        parts << key;
    parts << message;
    return parts.join(QStringLiteral(": "));
}

} // namespace larder
