// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDateTime>
#include <QString>

namespace larder {

// One test-restore: a dump restored into a scratch database and compared with the source.
struct RestoreCheck
{
    qint64 id = 0;
    qint64 attemptId = 0; // the dump that was restored
    QString job;
    QString server; // where the scratch database was made
    QString scratchDatabase;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    bool ok = false;
    QString detail;       // what differed, or the error; a summary when ok; read in the reader's language
    QString storedDetail; // detail, language-neutral: written instead of detail when set; not read
};

} // namespace larder
