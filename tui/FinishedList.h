// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "ScreenLine.h"
#include "live/LiveFinished.h"

#include <QCoreApplication>
#include <QList>

namespace larder {

// The jobs a run has finished, one line each: "ok  shop  1.2 MiB  /backups/shop/shop-….dump",
// "warning  shop  12 KiB  dump is 12 KiB, 1 % of the median …", or "failed  blog  could not connect to
// server db1: …" (the error's first line).
class FinishedList final
{
    Q_DECLARE_TR_FUNCTIONS(larder::FinishedList)

public:
    // Every line at most `width` columns.
    static QList<ScreenLine> render(const QList<LiveFinished>& jobs, int width);

private:
    struct Outcome
    {
        QString word; // "ok", "warning", "failed", "cancelled"
        SpanStyle style = SpanStyle::Normal;
    };

    static Outcome outcome(const LiveFinished& job);
    static ScreenLine row(const LiveFinished& job, int outcomeColumns, int jobColumns, int width);
};

} // namespace larder
