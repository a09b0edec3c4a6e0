// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace larder {

// Pruned: a successful dump that retention deleted; the row stays for the record.
enum class AttemptStatus { Running, Success, Failed, Interrupted, Cancelled, Pruned };
enum class Trigger { Schedule, Manual };

// "running", "success", "failed", "interrupted", "cancelled", "pruned"
QString attemptStatusName(AttemptStatus status);
QString triggerName(Trigger trigger); // "schedule", "manual"
// The inverse of the names above; nullopt for anything else.
std::optional<AttemptStatus> attemptStatusFromName(const QString& name);
std::optional<Trigger> triggerFromName(const QString& name);

// One attempt to dump one job.
struct HistoryRecord
{
    qint64 id = 0;
    QString job;
    QString server;
    QString database;
    Trigger trigger = Trigger::Schedule;
    QDateTime startedUtc;
    QDateTime finishedUtc; // invalid while running
    AttemptStatus status = AttemptStatus::Running;
    qint64 bytes = 0;
    QString path;        // final path of the dump (file or directory)
    QString partialPath; // where it is written while running; removed by recovery
    QString sha256;      // of the file; for directory format, of the manifest sidecar
    QString pgDumpVersion;
    QString serverVersion;
    // error and verifyError are read back in the reader's language (Message::display()).
    QString error;
    // error, language-neutral (Message::serialize()): written instead of error when set; not read.
    QString storedError;
    // A successful dump that looks wrong (schema v3; DumpSizeCheck: much smaller than usual), read
    // back in the reader's language; empty: none.
    QString warning;
    // warning, language-neutral (Message::serialize()): written instead of warning when set; not read.
    QString storedWarning;
    qint64 pid = 0; // the larder process that made the attempt
    // The host it ran on (schema v6; default: HostIdentity, host_id or the machine's name); empty in
    // older rows.
    QString host;
    // The latest `larder verify` of this dump (schema v2).
    QDateTime verifiedUtc; // invalid: never verified
    QString verifyStatus;  // "", "ok", "mismatch", "error"
    QString verifyError;

    qint64 durationMs() const;
};

} // namespace larder
