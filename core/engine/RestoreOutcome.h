// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QMetaType>
#include <QString>

namespace larder {

// How a restore ended (RestoreTask::finished).
struct RestoreOutcome
{
    bool ok = false;
    bool cancelled = false;
    // The target database may hold part of the dump: it was created or written to.
    bool targetTouched = false;
    // The restore created the target and, failing or cancelled, dropped it again: nothing is left.
    bool targetDropped = false;
    QString error;
    qint64 durationMs = 0;
    int itemsDone = 0;
    int itemsTotal = 0; // items the restore counts (TOC entries of an archive); 0 when it counts none
    QString toolVersion;
};

} // namespace larder

Q_DECLARE_METATYPE(larder::RestoreOutcome)
