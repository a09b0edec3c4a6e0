// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"
#include "history/HistoryRecord.h"
#include "history/TableCount.h"

#include <QList>

#include <QString>

namespace larder {

struct DumpOutcome
{
    AttemptStatus status = AttemptStatus::Failed; // Success, Failed or Cancelled
    QString error; // what went wrong and how to fix it, with pg_dump's last stderr lines
    // error, language-neutral (Message::serialize()), for the history; empty: error is stored as is.
    QString storedError;
    qint64 bytes = 0;
    QString path; // final path on success
    QString sha256;
    qint64 hashedWhileWritten = 0; // of bytes, hashed while the tool wrote them (issue 16)
    QString toolVersion;           // e.g. "pg_dump (PostgreSQL) 15.4"
    QString serverVersion;         // e.g. "15.4"
    // Rows per table in pg_dump's snapshot; only for jobs with a scheduled test_restore, empty if
    // counting failed.
    QList<TableCount> tableCounts;

    void setError(const Message& message)
    {
        error = message.toString();
        storedError = message.serialize();
    }
};

} // namespace larder
