// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "base/Units.h"

#include <QLocale>

namespace larder {

QString Units::bytes(qint64 bytes)
{
    // The default locale is the UI language (Translator::install): "751 Byte", "1,4 MiB" in German.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString Units::duration(qint64 ms)
{
    if (ms < 60'000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1)); // "2,3 s" in German
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString Units::rate(qint64 bytes, qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("-");
    return tr("%1/s").arg(Units::bytes(qint64(double(bytes) * 1000.0 / double(ms))));
}

} // namespace larder
