// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

// Exit codes documented in `larder --help` and the README (sysexits.h where one fits).
namespace ExitCode {
constexpr int Ok = 0;
constexpr int JobFailed = 1;
constexpr int Stale = 1;         // check --fresh: a job's newest successful dump is older than its max_age
constexpr int Usage = 64;        // EX_USAGE
constexpr int CannotCreate = 73; // EX_CANTCREAT: the lock or history file cannot be created
constexpr int Locked = 75;       // EX_TEMPFAIL: another run holds the lock, and only that
constexpr int Config = 78;       // EX_CONFIG
constexpr int Interrupted = 130; // SIGINT
constexpr int Terminated = 143;  // SIGTERM
} // namespace ExitCode
