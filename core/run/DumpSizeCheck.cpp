// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "run/DumpSizeCheck.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace larder {

namespace {

// Sizes go into stored messages as data, the same in every language: "1.2 MiB".
QString sizeText(double bytes)
{
    return QLocale::c().formattedDataSize(qint64(std::llround(bytes)), 1, QLocale::DataSizeIecFormat);
}

} // namespace

double DumpSizeCheck::median(QList<qint64> sizes)
{
    if (sizes.isEmpty())
        return 0.0;
    std::sort(sizes.begin(), sizes.end());
    const qsizetype middle = sizes.size() / 2;
    if (sizes.size() % 2 == 1)
        return double(sizes.at(middle));
    return (double(sizes.at(middle - 1)) + double(sizes.at(middle))) / 2.0;
}

std::optional<Message> DumpSizeCheck::judge(qint64 bytes, const QList<qint64>& earlier, double minRatio)
{
    const QList<qint64> samples = earlier.mid(0, kSamples);
    if (minRatio <= 0.0 || samples.size() < kMinSamples)
        return std::nullopt;
    const double usual = median(samples);
    if (usual <= 0.0 || double(bytes) >= minRatio * usual)
        return std::nullopt;
    const qint64 percent = std::llround(100.0 * double(bytes) / usual);
    return Message("larder::DumpSizeCheck",
                   QT_TRANSLATE_NOOP("larder::DumpSizeCheck",
                                     "dump is %1, %2 % of the median %3 of the last %4 successful dumps: "
                                     "check that no data was lost"))
        .arg(sizeText(double(bytes)))
        .arg(percent)
        .arg(sizeText(usual))
        .arg(qint64(samples.size()));
}

} // namespace larder
